package io.wirestream.enrichment.internal.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds temporal expressions in scanned words: at each word that can start one (a digit, or a
 * word the lexicon knows), tries every pattern family and keeps the longest match, then widens
 * it over the modifiers that TimeML includes in the span ("early", "late", "nearly", "more
 * than", "the end of") and over "the" when the expression is a noun phrase.
 *
 * <p>English and undetermined text gets every family; other languages get numeric dates, month
 * names next to a day or year, clock times and their words for today, yesterday and tomorrow.
 */
final class TimexRecognizer {

    static final Set<String> TIME_MODIFIERS = Set.of("early", "late", "mid", "earlier", "later", "fiscal",
            "nearly", "almost", "approximately", "roughly", "around", "only", "right", "just", "about", "over");
    /** Modifiers the TimeML convention leaves out of the span. */
    static final Set<String> OUTSIDE = Set.of("only", "just", "about", "over");
    static final Set<String> PERIOD_PARTS = Set.of("end", "beginning", "start", "middle");

    private final List<TimexPattern> all;
    private final List<TimexPattern> foreign;

    TimexRecognizer() {
        CalendarPatterns calendar = new CalendarPatterns();
        RelativePatterns relative = new RelativePatterns();
        ClockPatterns clock = new ClockPatterns(calendar);
        all = List.of(calendar, clock, new PeriodPatterns(), relative, new DurationPatterns(), new HolidayPatterns());
        foreign = List.of(calendar, clock, relative);
    }

    List<Candidate> recognize(Words<TimeWord> w, String language) {
        boolean english = language.equals("en") || language.equals("und");
        List<TimexPattern> patterns = english ? all : foreign;
        List<Candidate> found = new ArrayList<>();
        int floor = 0;
        int i = 0;
        int n = w.size();
        while (i < n) {
            if (!canStart(w, i)) {
                i++;
                continue;
            }
            Candidate best = null;
            for (TimexPattern p : patterns) {
                Optional<Candidate> c = p.match(w, i, language);
                if (c.isPresent() && (best == null || c.get().end() > best.end())) {
                    best = c.get();
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (english) {
                best = widen(w, best, floor);
                if (Lex.isAny(w, best.end(), "or") && Lex.isAny(w, best.end() + 1, "so")) {
                    best = best.to(best.end() + 2); // the next year or so
                }
            }
            found.add(best);
            floor = best.end();
            i = best.end();
        }
        return found;
    }

    private static boolean canStart(Words<TimeWord> w, int i) {
        byte k = w.kind(i);
        if (k == Words.PUNCT) {
            return false;
        }
        TimeWord e = w.entry(i);
        return k != Words.ALPHA || e != null && e.isTemporal();
    }

    /** Takes in the modifiers before the expression that TimeML spans include. */
    private static Candidate widen(Words<TimeWord> w, Candidate c, int floor) {
        int first = c.first();
        // "the eight-year war", "the third-quarter loss": the article belongs to the noun after
        boolean noun = c.noun() && !(c.end() - 1 > c.first() && w.hyphenBefore(c.end() - 1));
        while (first - 1 >= floor && w.sameSentence(first - 1, first)) {
            int p = first - 1;
            if (Lex.isAny(w, p, "the") && (noun || startsWithModifier(w, first))) {
                first = p;
                noun = false;
            } else if (p - 1 >= floor && Lex.isAny(w, p, "than") && Lex.isAny(w, p - 1, "more", "less", "fewer")
                    || p - 1 >= floor && Lex.isAny(w, p, "least", "most") && Lex.isAny(w, p - 1, "at")
                    || p - 1 >= floor && Lex.isAny(w, p, "to") && Lex.isAny(w, p - 1, "up")) {
                first = p - 1;
            } else if (p - 1 >= floor && Lex.isAny(w, p, "of") && Lex.in(w, p - 1, PERIOD_PARTS)
                    && Lex.isAny(w, p - 2, "the") && p - 2 >= floor) {
                first = p - 2;
            } else if (w.is(p, Words.ALPHA) && Lex.in(w, p, TIME_MODIFIERS)
                    && !Lex.in(w, p, OUTSIDE)) {
                first = p;
            } else {
                break;
            }
        }
        return first == c.first() ? c : c.from(first);
    }

    private static boolean startsWithModifier(Words<TimeWord> w, int i) {
        return Lex.isAny(w, i, "early", "late", "mid", "fiscal");
    }
}
