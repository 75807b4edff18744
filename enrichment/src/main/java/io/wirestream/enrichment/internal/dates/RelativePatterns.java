package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.TimexType;
import io.wirestream.enrichment.internal.dates.Meaning.Direction;
import io.wirestream.enrichment.internal.dates.Meaning.Fixed;
import io.wirestream.enrichment.internal.dates.Meaning.Period;
import io.wirestream.enrichment.internal.dates.Meaning.Shift;
import io.wirestream.enrichment.internal.dates.Meaning.Weekday;
import io.wirestream.enrichment.internal.dates.Meaning.Weekend;
import io.wirestream.enrichment.internal.dates.Meaning.Yearless;
import java.util.Optional;
import java.util.Set;

/**
 * Expressions that only make sense against the publication date: "today", "yesterday
 * afternoon", "tonight", "Friday", "Friday night", "last week", "this month", "next Tuesday",
 * "last summer", "the following day", "now", "recently", "the future", "the past".
 */
final class RelativePatterns implements TimexPattern {

    /** Words before "the end of", "the rest of" ... that make "the year" mean this year. */
    static final Set<String> PART_OF = Set.of("end", "beginning", "start", "middle", "rest", "remainder",
            "close", "turn", "course", "balance", "half", "part", "first", "second");

    @Override
    public Optional<Candidate> match(Words<TimeWord> w, int i, String language) {
        TimeWord e = w.entry(i);
        if (e == null) {
            return Optional.empty();
        }
        if (e.is(TimeClass.DEIXIS)) {
            return deixis(w, i, e);
        }
        if (e.is(TimeClass.FOREIGN_DEIXIS) && e.inLanguage(language)) {
            return foreignDeixis(w, i, e, language);
        }
        if (e.is(TimeClass.REFERENCE)) {
            return reference(w, i, e);
        }
        if (e.is(TimeClass.WEEKDAY)) {
            return weekday(w, i, Direction.NEAREST, i);
        }
        if (e.is(TimeClass.DAYPART) && Lex.has(w, i + 1, TimeClass.DEIXIS) && !e.form().endsWith("s")) {
            // afternoon yesterday
            return Optional.of(new Candidate(i, i + 2, new Shift(TimeUnit.DAY, Lex.value(w, i + 1, TimeClass.DEIXIS),
                    dayPartCode(e), false, false), false));
        }
        if (e.is(TimeClass.WEEKDAYS)) {
            return weekdays(w, i, e);
        }
        return switch (e.form()) {
            case "this", "last", "next", "past", "coming", "previous", "following" -> relative(w, i);
            case "the" -> withArticle(w, i);
            case "recent" -> recent(w, i);
            case "current" -> current(w, i);
            case "these" -> Lex.isAny(w, i + 1, "days") ? Optional.of(new Candidate(i, i + 2, ref("PRESENT_REF"), false))
                    : Optional.empty();
            case "that" -> thatUnit(w, i);
            case "year" -> yearEnd(w, i);
            case "midyear" -> Optional.of(new Candidate(i, i + 1, Shift.of(TimeUnit.YEAR, 0), false));
            default -> Optional.empty();
        };
    }

    private Optional<Candidate> deixis(Words<TimeWord> w, int i, TimeWord e) {
        if (w.isCapitalized(i) && i > 0 && w.sameSentence(i - 1, i) && Lex.isName(w, i - 1)) {
            return Optional.empty(); // USA Today
        }
        if (w.isCapitalized(i) && (Lex.isAny(w, i - 1, "the", "'s") || Lex.isName(w, i + 1)) && i > 0 && w.sameSentence(i - 1, i)) {
            return Optional.empty(); // the Today programme
        }
        if (Lex.isAny(w, i + 1, "'s") && e.form().equals("today") || Lex.isAny(w, i - 1, "of") && !e.form().equals("today")) {
            return Optional.empty(); // today's world, the people of tomorrow: no particular day
        }
        int offset = e.value(TimeClass.DEIXIS);
        if (e.form().startsWith("toni")) {
            return Optional.of(new Candidate(i, i + 1, new Shift(TimeUnit.DAY, 0, "NI", false, false), false));
        }
        String part = dayPart(w, i + 1);
        return Optional.of(new Candidate(i, part.isEmpty() ? i + 1 : i + 2,
                new Shift(TimeUnit.DAY, offset, part, false, false), false));
    }

    private Optional<Candidate> foreignDeixis(Words<TimeWord> w, int i, TimeWord e, String language) {
        if (language.equals("de") && w.isCapitalized(i) && e.form().equals("morgen")) {
            return Optional.empty(); // der Morgen: the morning
        }
        if (e.form().equals("mañana") && Lex.isAny(w, i - 1, "la", "esta", "cada")) {
            return Optional.empty(); // la mañana: the morning
        }
        return Optional.of(new Candidate(i, i + 1, Shift.of(TimeUnit.DAY, e.value(TimeClass.FOREIGN_DEIXIS)), false));
    }

    private Optional<Candidate> reference(Words<TimeWord> w, int i, TimeWord e) {
        String form = e.form();
        if (form.equals("soon") && (Lex.isAny(w, i - 1, "as") || Lex.isAny(w, i + 1, "as", "after"))) {
            return Optional.empty(); // as soon as, soon after
        }
        if (form.equals("shortly") && Lex.isAny(w, i + 1, "after", "before", "thereafter")) {
            return Optional.empty();
        }
        if (form.equals("soon") && (Lex.isAny(w, i - 1, "was", "were", "had", "then") || w.hyphenBefore(i + 1))) {
            return Optional.empty(); // "was soon released": soon after a past event, not the future
        }
        return Optional.of(new Candidate(i, i + 1, ref(e.string(TimeClass.REFERENCE)), false));
    }

    /** A weekday with an optional part of day; {@code first} is where the expression starts. */
    private Optional<Candidate> weekday(Words<TimeWord> w, int i, Direction direction, int first) {
        if (Lex.isAny(w, i - 1, "black", "good", "holy", "cyber") && w.isCapitalized(i - 1)) {
            return Optional.empty();
        }
        if (Lex.isAny(w, i - 1, "the") && Lex.isName(w, i + 1)) {
            return Optional.empty(); // the Sunday Times
        }
        int day = Lex.value(w, i, TimeClass.WEEKDAY);
        String part = dayPart(w, i + 1);
        int end = part.isEmpty() ? i + 1 : i + 2;
        return Optional.of(new Candidate(first, end, new Weekday(day, direction, part), false));
    }

    /** "Mondays", "Tuesday nights": every such day. */
    private Optional<Candidate> weekdays(Words<TimeWord> w, int i, TimeWord e) {
        int day = e.value(TimeClass.WEEKDAYS);
        return Optional.of(new Candidate(i, i + 1, new Fixed("XXXX-WXX-" + day, TimexType.SET), false));
    }

    /** this / last / next / past / coming / current / previous / following + unit, day, month, season. */
    private Optional<Candidate> relative(Words<TimeWord> w, int i) {
        String first = w.entry(i).form();
        int j = i + 1;
        int amount = switch (first) {
            case "last", "past", "previous", "recent" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0;
        };
        if (first.equals("this") && Lex.isAny(w, j, "past", "coming")) {
            amount = Lex.isAny(w, j, "past") ? -1 : 1;
            j++;
        }
        boolean fromReference = first.equals("previous") || first.equals("following");
        TimeWord e = w.entry(j);
        if (e == null) {
            return Optional.empty();
        }
        Direction direction = amount < 0 ? Direction.LAST : amount > 0 ? Direction.NEXT : Direction.THIS;
        if (e.is(TimeClass.UNIT)) {
            if (w.isCapitalized(i) && w.isCapitalized(j) && i > 0 && w.sameSentence(i - 1, i) && !w.is(i - 1, Words.PUNCT)
                    || w.isCapitalized(j) && i > 0 && w.isChar(i - 1, '"')) {
                return Optional.empty(); // a title: ABC's "This Week"
            }
            return unit(w, i, j, e.unit(), amount, fromReference);
        }
        if (e.is(TimeClass.DAYPART) && !e.form().endsWith("s") && !fromReference) {
            // this morning, last night (the night before today), tomorrow night is deixis
            int offset = amount < 0 ? -1 : amount > 0 ? 1 : 0;
            return Optional.of(new Candidate(i, j + 1,
                    new Shift(TimeUnit.DAY, offset, dayPartCode(e), false, false), false));
        }
        if (e.is(TimeClass.WEEKDAY) && !fromReference) {
            return weekday(w, j, direction, i);
        }
        if (e.is(TimeClass.MONTH) && !fromReference && w.isCapitalized(j)) {
            int day = Lex.dayOfMonth(w, j + 1);
            int end = day > 0 && Lex.year(w, j + 1) < 0 ? j + 1 + Lex.dayOfMonthWords(w, j + 1) : j + 1;
            return Optional.of(new Candidate(i, end, new Yearless(Period.MONTH, e.value(TimeClass.MONTH),
                    end > j + 1 ? day : 0, direction), false));
        }
        if (e.is(TimeClass.SEASON) && !fromReference) {
            return Optional.of(new Candidate(i, j + 1, new Yearless(Period.SEASON, PeriodPatterns.season(e), 0, direction), true));
        }
        return Optional.empty();
    }

    private Optional<Candidate> unit(Words<TimeWord> w, int i, int j, TimeUnit unit, int amount, boolean fromReference) {
        switch (unit) {
            case WEEKEND:
                Direction d = amount < 0 ? Direction.LAST : amount > 0 ? Direction.NEXT : Direction.THIS;
                return Optional.of(new Candidate(i, j + 1, new Weekend(d), true));
            case DAY:
                if (amount == 0 || !fromReference && !Lex.isAny(w, i - 1, "the")) {
                    return Optional.empty(); // "this day", "next day" without "the"
                }
                return Optional.of(new Candidate(i, j + 1, new Shift(TimeUnit.DAY, amount, "", true, false), true));
            case NIGHT:
                if (amount >= 0) {
                    return Optional.empty();
                }
                return Optional.of(new Candidate(i, j + 1, new Shift(TimeUnit.DAY, -1, "NI", false, false), false));
            case SECOND, MINUTE, HOUR, FORTNIGHT, MILLENNIUM:
                return Optional.empty();
            default:
                if (Lex.isAny(w, j + 1, "'s") && (PeriodPatterns.isQuarterAt(w, j + 2) || Lex.isAny(w, j + 2, "quarter", "period"))) {
                    return Optional.empty(); // last year's third quarter: PeriodPatterns
                }
                boolean comparative = unit == TimeUnit.YEAR && amount == -1 && comparison(w, i);
                return Optional.of(new Candidate(i, j + 1, new Shift(unit, amount, "", fromReference, comparative), true));
        }
    }

    /** "compared with $3 million last year", "up from last year's": a results comparison. */
    private static boolean comparison(Words<TimeWord> w, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 10 && w.sameSentence(k, i); k--) {
            if (Lex.isAny(w, k, "compared", "from", "than", "versus", "vs.", "against")) {
                return true;
            }
        }
        return false;
    }

    /** Expressions that begin with "the": the past, the future, the weekend, the day before yesterday... */
    private Optional<Candidate> withArticle(Words<TimeWord> w, int i) {
        int j = i + 1;
        if (Lex.isAny(w, j, "past") && !Lex.has(w, j + 1, TimeClass.UNIT) && !Lex.has(w, j + 1, TimeClass.UNITS)
                && Quantity.at(w, j + 1).isEmpty()
                && !Lex.has(w, j + 1, TimeClass.WEEKDAY) && !Lex.has(w, j + 1, TimeClass.SEASON)) {
            return Optional.of(new Candidate(i, j + 1, ref("PAST_REF"), true));
        }
        if (Lex.isAny(w, j, "future")) {
            return Optional.of(new Candidate(i, j + 1, ref("FUTURE_REF"), true));
        }
        if (Lex.isAny(w, j, "near", "foreseeable", "distant", "immediate") && Lex.isAny(w, j + 1, "future")) {
            return Optional.of(new Candidate(i, j + 2, ref("FUTURE_REF"), true));
        }
        if (Lex.isAny(w, j, "near", "short") && Lex.isAny(w, j + 1, "term")) {
            return Optional.of(new Candidate(i, j + 2, ref("FUTURE_REF"), true));
        }
        if (Lex.isAny(w, j, "present") && (j + 1 >= w.size() || w.is(j + 1, Words.PUNCT) || Lex.isAny(w, j + 1, "day", "time"))) {
            int end = Lex.isAny(w, j + 1, "day", "time") ? j + 2 : j + 1;
            return Optional.of(new Candidate(i, end, ref("PRESENT_REF"), true));
        }
        if (Lex.isAny(w, j, "day") && Lex.isAny(w, j + 1, "before", "after") && Lex.has(w, j + 2, TimeClass.DEIXIS)) {
            int offset = Lex.value(w, j + 2, TimeClass.DEIXIS) + (Lex.isAny(w, j + 1, "before") ? -1 : 1);
            return Optional.of(new Candidate(i, j + 3, Shift.of(TimeUnit.DAY, offset), true));
        }
        if (Lex.isAny(w, j, "weekend")) {
            return Optional.of(new Candidate(i, j + 1, new Weekend(Direction.NEAREST), true));
        }
        Optional<Candidate> year = theYear(w, i);
        if (year.isPresent()) {
            return year;
        }
        if (Lex.has(w, j, TimeClass.UNIT) && i > 1 && Lex.isAny(w, i - 1, "of")
                && Lex.in(w, i - 2, PART_OF)) {
            TimeUnit u = w.entry(j).unit();
            if (u == TimeUnit.YEAR || u == TimeUnit.MONTH || u == TimeUnit.WEEK || u == TimeUnit.DECADE
                    || u == TimeUnit.CENTURY || u == TimeUnit.QUARTER) {
                return Optional.of(new Candidate(i, j + 1, Shift.of(u, 0), true));
            }
        }
        return Optional.empty();
    }

    /**
     * "the year", "the full year", "the current fiscal year" in results news: this year; "the
     * year ended June 30" is a year-long period; "the year 2000" is that year.
     */
    private Optional<Candidate> theYear(Words<TimeWord> w, int i) {
        int j = i + 1;
        while (Lex.isAny(w, j, "full", "current", "whole", "entire", "fiscal", "calendar")) {
            j++;
        }
        if (!Lex.isAny(w, j, "year") || w.hyphenBefore(j + 1) || Lex.isAny(w, j + 1, "'s", "before", "after", "earlier", "later")) {
            return Optional.empty();
        }
        Optional<Lex.YearAt> number = Lex.yearAt(w, j + 1);
        if (number.isPresent()) {
            return Optional.of(new Candidate(i, number.get().end(), ref(Integer.toString(number.get().year())), true));
        }
        if (Lex.isAny(w, j + 1, "ended", "ending", "ends", "to", "through")) {
            return Optional.of(new Candidate(i, j + 1, new Fixed("P1Y", TimexType.DURATION), true));
        }
        boolean partOf = i > 1 && Lex.isAny(w, i - 1, "of") && Lex.in(w, i - 2, PART_OF);
        if (Lex.isAny(w, i - 1, "of") && !partOf || !Lex.isAny(w, i - 1, "for", "in", "of", "during", "this", "over", "throughout")) {
            return Optional.empty(); // "person of the year"
        }
        return Optional.of(new Candidate(i, j + 1, Shift.of(TimeUnit.YEAR, 0), true));
    }

    /** "recent" before anything but a time unit ("the recent closing"): some time before now. */
    private Optional<Candidate> recent(Words<TimeWord> w, int i) {
        if (Lex.has(w, i + 1, TimeClass.UNITS) || Lex.has(w, i + 1, TimeClass.UNIT) || Quantity.at(w, i + 1).isPresent()
                || w.is(i + 1, Words.PUNCT) || Lex.isAny(w, i + 1, "and", "or")) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 1, ref("PAST_REF"), false));
    }

    /** "current" as the unit's present ("the current quarter"), else the present itself ("current prices"). */
    private Optional<Candidate> current(Words<TimeWord> w, int i) {
        Optional<Candidate> unit = relative(w, i);
        if (unit.isPresent() || Lex.has(w, i + 1, TimeClass.UNIT) || Lex.has(w, i + 1, TimeClass.UNITS)
                || Lex.isAny(w, i + 1, "fiscal", "account", "accounts", "affairs", "events") || w.is(i + 1, Words.PUNCT)
                || Lex.isAny(w, i - 1, "then", "direct", "alternating", "electric", "ocean")) {
            return unit;
        }
        return Optional.of(new Candidate(i, i + 1, ref("PRESENT_REF"), false));
    }

    /** "that day", "that year": the one the story just mentioned. */
    private Optional<Candidate> thatUnit(Words<TimeWord> w, int i) {
        TimeWord e = w.entry(i + 1);
        if (e == null || !e.is(TimeClass.UNIT) || Lex.isAny(w, i + 2, "'s", "of", "when", "where")) {
            return Optional.empty();
        }
        TimeUnit u = e.unit();
        if (u != TimeUnit.DAY && u != TimeUnit.WEEK && u != TimeUnit.MONTH && u != TimeUnit.YEAR) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 2, new Shift(u, 0, "", true, false), false));
    }

    /** "year-end", "year end". */
    private Optional<Candidate> yearEnd(Words<TimeWord> w, int i) {
        if (Lex.isAny(w, i + 1, "end")) {
            return Optional.of(new Candidate(i, i + 2, Shift.of(TimeUnit.YEAR, 0), true));
        }
        return Optional.empty();
    }

    /** The TimeML part of day of word {@code i} ("morning" is MO), or "" when it is none. */
    static String dayPart(Words<TimeWord> w, int i) {
        TimeWord e = w.entry(i);
        if (e == null || !e.is(TimeClass.DAYPART) || e.form().endsWith("s") || e.form().equals("overnight")) {
            return "";
        }
        return dayPartCode(e);
    }

    private static String dayPartCode(TimeWord e) {
        return e.string(TimeClass.DAYPART);
    }

    private static Fixed ref(String value) {
        return new Fixed(value, TimexType.DATE);
    }
}
