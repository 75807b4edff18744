package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.TimexType;
import io.wirestream.enrichment.internal.dates.Meaning.Fixed;
import io.wirestream.enrichment.internal.dates.Meaning.Shift;
import java.util.Optional;
import java.util.Set;

/**
 * Counted time: durations ("six months", "48 hours", "two-year", "the past three years", "a
 * few days", "recent years"), points counted from now or from the story's reference ("two weeks
 * ago", "a year earlier", "three days later", "in the coming months") and recurrences ("daily",
 * "every Monday", "each year", "$5 million a year").
 */
final class DurationPatterns implements TimexPattern {

    /** Words that turn "a year" into a rate ("twice a year", "5% a year", "$2m a year"). */
    static final Set<String> RATE_CUES = Set.of("once", "twice", "thrice", "times", "%", "percent",
            "million", "billion", "trillion", "cent", "cents", "dollars", "euros", "pounds", "yen", "barrels",
            "tons", "tonnes", "people", "visitors", "passengers", "flights");
    /** Words before a bare "years", "months" that make it a duration ("for years"). */
    static final Set<String> BARE_UNIT_CUES = Set.of("for", "in", "within", "after", "over", "during", "take",
            "takes", "took", "taking", "lasted", "last", "spent", "spend");
    static final Set<String> LEADERS = Set.of("past", "last", "next", "previous", "coming", "first", "final",
            "remaining", "following", "recent", "latest", "initial", "ensuing", "preceding", "subsequent", "further");

    @Override
    public Optional<Candidate> match(Words<TimeWord> w, int i, String language) {
        TimeWord e = w.entry(i);
        if (e != null) {
            if (e.is(TimeClass.RECURRENCE)) {
                return recurrence(w, i, e);
            }
            String form = e.form();
            if (LEADERS.contains(form)) {
                Optional<Candidate> led = led(w, i, form);
                if (led.isPresent()) {
                    return led;
                }
            }
            if (form.equals("every") || form.equals("each") || form.equals("per")) {
                return every(w, i);
            }
            if (e.is(TimeClass.UNITS)) {
                return bareUnits(w, i, e);
            }
        }
        return counted(w, i);
    }

    /** "three years", "a few days", "two-year", "two weeks ago", "a year earlier", "a year" as a rate. */
    private Optional<Candidate> counted(Words<TimeWord> w, int i) {
        Optional<Quantity> found = Quantity.at(w, i);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Quantity q = found.get();
        int j = skipFillers(w, q.end());
        if (Lex.isAny(w, j, "to", "or") && !Lex.isAny(w, j + 1, "a", "an")) {
            Optional<Quantity> upper = Quantity.at(w, j + 1);
            if (upper.isPresent() && unitAt(w, upper.get().end()) != null) {
                j = upper.get().end();
            }
        }
        TimeUnit unit = unitAt(w, j);
        if (unit == null || !plausibleCount(w, i, j, q, unit)) {
            return Optional.empty();
        }
        int end = j + 1;
        boolean adjectival = w.hyphenBefore(j);
        if (Lex.isAny(w, end, "old")) {
            return Optional.empty(); // an age: "a 52-year-old", "52 years old"
        }
        double n = q.value();
        if (Lex.isAny(w, end, "or") && Lex.isAny(w, end + 1, "so")) {
            end += 2; // a week or so (ago)
        }
        if (Lex.isAny(w, end, "and") && Lex.isAny(w, end + 1, "a") && Lex.isAny(w, end + 2, "half")) {
            n += 0.5; // a minute and a half
            end += 3;
        }
        if (!adjectival) {
            Optional<Candidate> pointed = pointInTime(w, i, end, q, unit);
            if (pointed.isPresent()) {
                return pointed;
            }
            if (Lex.isAny(w, i, "a", "an", "per") && isRate(w, i)) {
                return Optional.empty(); // "twice a year", "$5 million a year": a rate, not a time
            }
        }
        String value = q.vague() ? unit.vagueDuration() : unit.duration(n);
        return Optional.of(new Candidate(i, end, new Fixed(value, TimexType.DURATION), true));
    }

    /** "two more weeks", "eight trading days", "three full years". */
    private static int skipFillers(Words<TimeWord> w, int j) {
        while (Lex.isAny(w, j, "more", "additional", "full", "straight", "consecutive", "trading", "business",
                "working", "calendar", "long", "extra", "whole", "further", "successive", "solid")) {
            j++;
        }
        return j;
    }

    private static TimeUnit unitAt(Words<TimeWord> w, int j) {
        TimeWord e = w.entry(j);
        if (e == null || !(e.is(TimeClass.UNIT) || e.is(TimeClass.UNITS))) {
            return null;
        }
        return e.unit();
    }

    private static boolean plausibleCount(Words<TimeWord> w, int i, int j, Quantity q, TimeUnit unit) {
        if (unit == TimeUnit.QUARTER && (Lex.isAny(w, j + 1, "of") || Lex.isAny(w, i, "a", "an", "three"))) {
            return false; // a quarter of the votes, three quarters of
        }
        if (unit == TimeUnit.SECOND && Lex.has(w, j, TimeClass.ORDINAL) && Lex.isAny(w, i, "a", "an")) {
            return false; // a second time
        }
        if (Lex.isAny(w, i, "some") && Lex.has(w, j, TimeClass.UNIT)) {
            return false; // some day, some time
        }
        if (Lex.year(w, i) > 0 && Lex.has(w, j, TimeClass.UNIT)) {
            return false; // "the 1988 quarter" names a year
        }
        if (w.is(i, Words.NUMBER) && i > 0 && w.is(i - 1, Words.PUNCT) && "$€£¥".indexOf(w.firstChar(i - 1)) >= 0) {
            return false;
        }
        return q.vague() || q.value() > 0 || Lex.isAny(w, i, "zero");
    }

    /** "two weeks ago", "a year earlier", "three days later", "five years from now". */
    private Optional<Candidate> pointInTime(Words<TimeWord> w, int i, int end, Quantity q, TimeUnit unit) {
        int n = q.vague() ? 0 : (int) Math.round(q.value());
        if (q.value() != n && !q.vague()) {
            return Optional.empty();
        }
        if (Lex.isAny(w, end, "ago")) {
            Meaning m = q.vague() ? new Fixed("PAST_REF", TimexType.DATE)
                    : new Shift(unit, -n, "", false, unit == TimeUnit.YEAR && n == 1);
            return Optional.of(new Candidate(i, end + 1, m, false));
        }
        if (Lex.isAny(w, end, "from", "hence") && (Lex.isAny(w, end, "hence") || Lex.isAny(w, end + 1, "now", "today"))) {
            int stop = Lex.isAny(w, end, "hence") ? end + 1 : end + 2;
            Meaning m = q.vague() ? new Fixed("FUTURE_REF", TimexType.DATE) : Shift.of(unit, n);
            return Optional.of(new Candidate(i, stop, m, false));
        }
        // "a year earlier" compares with the year (or quarter) before; "three days later" is a duration
        if (Lex.isAny(w, end, "earlier") && unit == TimeUnit.YEAR && n == 1) {
            return Optional.of(new Candidate(i, end + 1, new Shift(unit, -1, "", true, true), false));
        }
        return Optional.empty();
    }

    private static boolean isRate(Words<TimeWord> w, int i) {
        if (Lex.isAny(w, i, "per")) {
            return true;
        }
        int p = i - 1;
        if (p < 0 || !w.sameSentence(p, i)) {
            return false;
        }
        return w.is(p, Words.NUMBER) || Lex.in(w, p, RATE_CUES) || w.isChar(p, '%')
                || countedNoun(w, p);
    }

    /** A lower-case plural ("flights", "cars") right before "a week": so many of them per week. */
    private static boolean countedNoun(Words<TimeWord> w, int p) {
        if (!w.is(p, Words.ALPHA) || w.isCapitalized(p) || w.length(p) < 4) {
            return false;
        }
        TimeWord e = w.entry(p);
        String text = w.text();
        return (e == null || !e.isTemporal() || e.is(TimeClass.UNITS)) && text.charAt(w.end(p) - 1) == 's'
                && text.charAt(w.end(p) - 2) != 's';
    }

    /** "the past three years", "the next few days", "the first nine months", "recent years", "coming months". */
    private Optional<Candidate> led(Words<TimeWord> w, int i, String leader) {
        int j = i + 1;
        Optional<Quantity> q = Quantity.at(w, j).filter(x -> !Lex.isAny(w, j, "a", "an") || Lex.isAny(w, j + 1, "few", "couple"));
        int u = skipFillers(w, q.map(Quantity::end).orElse(j));
        TimeUnit unit = unitAt(w, u);
        if (unit == null) {
            return Optional.empty();
        }
        boolean plural = Lex.has(w, u, TimeClass.UNITS);
        if (q.isPresent()) {
            Quantity n = q.get();
            if (leader.equals("recent") || !plural && !(n.value() == 1)) {
                return Optional.empty();
            }
            String value = n.vague() ? unit.vagueDuration() : unit.duration(n.value());
            return Optional.of(new Candidate(i, u + 1, new Fixed(value, TimexType.DURATION), true));
        }
        if (!plural) {
            return Optional.empty();
        }
        if (leader.equals("coming") || leader.equals("next") && Lex.isAny(w, i - 1, "the")) {
            return Optional.of(new Candidate(i, u + 1, new Fixed("FUTURE_REF", TimexType.DATE), true));
        }
        if (leader.equals("recent") || leader.equals("past") || leader.equals("last") || leader.equals("previous")) {
            return Optional.of(new Candidate(i, u + 1, new Fixed(unit.vagueDuration(), TimexType.DURATION), true));
        }
        return Optional.empty();
    }

    /** "daily", "weekly", "annually": not inside a name ("China Daily", "The Weekly Standard"). */
    private Optional<Candidate> recurrence(Words<TimeWord> w, int i, TimeWord e) {
        if (w.isCapitalized(i) && (Lex.isName(w, i - 1) && w.sameSentence(i - 1, i) || Lex.isName(w, i + 1))) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 1, new Fixed(e.string(TimeClass.RECURRENCE), TimexType.SET), false));
    }

    /** "every day", "each year", "every Monday", "every July", "every other week", "every two years", "per year". */
    private Optional<Candidate> every(Words<TimeWord> w, int i) {
        int j = i + 1;
        double n = 1;
        if (Lex.isAny(w, j, "other")) {
            n = 2;
            j++;
        } else {
            int at = j;
            Optional<Quantity> q = Quantity.at(w, at).filter(x -> !x.vague() && !Lex.isAny(w, at, "a", "an"));
            if (q.isPresent()) {
                n = q.get().value();
                j = q.get().end();
            }
        }
        TimeWord e = w.entry(j);
        if (e == null) {
            return Optional.empty();
        }
        String value = null;
        if (e.is(TimeClass.UNIT) || e.is(TimeClass.UNITS) && n != 1) {
            value = e.unit().duration(n);
        } else if (Lex.isAny(w, i, "per")) {
            return Optional.empty();
        } else if (e.is(TimeClass.WEEKDAY)) {
            String part = RelativePatterns.dayPart(w, j + 1);
            value = "XXXX-WXX-" + e.value(TimeClass.WEEKDAY) + (part.isEmpty() ? "" : "T" + part);
            if (!part.isEmpty()) {
                j++;
            }
        } else if (e.is(TimeClass.MONTH) && w.isCapitalized(j)) {
            value = "XXXX-" + CalendarPatterns.two(e.value(TimeClass.MONTH));
        } else if (e.is(TimeClass.SEASON)) {
            value = "XXXX-" + PeriodPatterns.code(PeriodPatterns.season(e));
        } else if (e.is(TimeClass.DAYPART) && !e.form().endsWith("s")) {
            value = "XXXX-XX-XXT" + e.string(TimeClass.DAYPART);
        }
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, j + 1, new Fixed(value, TimexType.SET), false));
    }

    /** "for years", "in recent weeks" is led(); "over the years"; "the weeks ahead". */
    private Optional<Candidate> bareUnits(Words<TimeWord> w, int i, TimeWord e) {
        TimeUnit unit = e.unit();
        if (unit == TimeUnit.SECOND || unit == TimeUnit.QUARTER || unit == TimeUnit.NIGHT || unit == TimeUnit.WEEKEND) {
            return Optional.empty();
        }
        if (Lex.isAny(w, i + 1, "ahead")) {
            return Optional.of(new Candidate(i, i + 2, new Fixed(unit.vagueDuration(), TimexType.DURATION), true));
        }
        int p = i - 1;
        boolean cued = p >= 0 && w.sameSentence(p, i) && Lex.in(w, p, BARE_UNIT_CUES);
        boolean overThe = Lex.isAny(w, p, "the") && Lex.isAny(w, p - 1, "over", "through", "during", "in", "for");
        if (!cued && !overThe || Lex.isAny(w, i + 1, "of", "old")) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 1, new Fixed(unit.vagueDuration(), TimexType.DURATION), true));
    }
}
