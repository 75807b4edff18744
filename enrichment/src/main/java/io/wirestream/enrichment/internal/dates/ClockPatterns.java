package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.internal.dates.Meaning.Clock;
import io.wirestream.enrichment.internal.dates.Meaning.Direction;
import io.wirestream.enrichment.internal.dates.Meaning.Shift;
import io.wirestream.enrichment.internal.dates.Meaning.Weekday;
import java.util.Optional;
import java.util.Set;

/**
 * Clock times: "3 p.m.", "10:35 a.m. EDT", "noon Thursday", "midnight", "15:30", "1400 GMT",
 * "4 in the morning", "3 o'clock", "15 Uhr", "15h30", with a day written right after them ("10
 * p.m. Wednesday", "5 p.m. EST Nov. 9").
 */
final class ClockPatterns implements TimexPattern {

    /** Words before a 24-hour "15:30" that make it a time rather than a score or a ratio. */
    static final Set<String> TIME_CUES = Set.of("at", "around", "about", "by", "until", "till", "from", "since",
            "before", "after", "um", "gegen", "ab", "bis", "à", "a", "alle", "om", "às", "vers", "dès", "las", "les",
            "heure", "hours", "approximately", "shortly", "and", "to");
    /** Words before a bare hour followed by its part of the day ("at 9 tonight"). */
    static final Set<String> HOUR_CUES = Set.of("at", "around", "about", "by", "until", "till", "before", "after", "from");
    static final Set<String> TIME_SUFFIXES = Set.of("uhr", "h", "hrs", "hours", "heures", "horas", "ore", "uur",
            "local");

    private final CalendarPatterns calendar;

    ClockPatterns(CalendarPatterns calendar) {
        this.calendar = calendar;
    }

    @Override
    public Optional<Candidate> match(Words<TimeWord> w, int i, String language) {
        TimeWord e = w.entry(i);
        boolean title = w.isCapitalized(i) && i > 0 && w.sameSentence(i - 1, i) && Lex.isName(w, i + 1);
        if (e != null && e.is(TimeClass.CLOCK) && !Lex.isAny(w, i - 1, "high") && !title) {
            int minutes = e.value(TimeClass.CLOCK);
            return Optional.of(withDay(w, i, i + 1, minutes / 60, minutes % 60, false));
        }
        byte kind = w.kind(i);
        if (kind == Words.NUMERIC) {
            return colon(w, i);
        }
        if (kind == Words.NUMBER) {
            return number(w, i);
        }
        if (e != null && e.is(TimeClass.NUMBER) && Lex.isAny(w, i + 1, "o'clock")) {
            int h = e.value(TimeClass.NUMBER);
            return h >= 1 && h <= 12 ? Optional.of(withDay(w, i, i + 2, h, 0, true)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "3:30", "3:30 p.m.", "15:30" after "at". */
    private Optional<Candidate> colon(Words<TimeWord> w, int i) {
        String s = w.word(i);
        int colon = s.indexOf(':');
        if (colon < 1 || colon > 2 || s.length() != colon + 3 || s.indexOf('/') >= 0 || s.indexOf('-') >= 0) {
            return Optional.empty();
        }
        int h = Integer.parseInt(s.substring(0, colon));
        int m = Integer.parseInt(s.substring(colon + 1));
        if (m > 59) {
            return Optional.empty();
        }
        if (Lex.has(w, i + 1, TimeClass.MERIDIEM)) {
            return meridiem(w, i, h, m);
        }
        if (h > 23 || !(cued(w, i) || suffixed(w, i + 1))) {
            return Optional.empty();
        }
        return Optional.of(withDay(w, i, afterSuffix(w, i + 1), h, m, h >= 1 && h <= 12));
    }

    /** "3 p.m.", "1400 GMT", "15.30 Uhr", "15 Uhr", "15h30", "4 in the morning", "3 o'clock". */
    private Optional<Candidate> number(Words<TimeWord> w, int i) {
        String s = w.word(i);
        long v = w.integer(i);
        if (v >= 0 && v <= 12 && Lex.has(w, i + 1, TimeClass.MERIDIEM)) {
            return meridiem(w, i, (int) v, 0);
        }
        if (v >= 1 && v <= 12 && Lex.isAny(w, i + 1, "o'clock")) {
            return Optional.of(withDay(w, i, i + 2, (int) v, 0, true));
        }
        if (v >= 1 && v <= 12 && i > 0 && w.sameSentence(i - 1, i) && Lex.in(w, i - 1, HOUR_CUES) && i + 1 < w.size()
                && w.sameSentence(i, i + 1) && bareHourPlaced(w, i + 1, (int) v)) {
            // "at 9 tonight", "by 10 this morning": a bare hour only with a part of the day that places it
            return Optional.of(withDay(w, i, i + 1, (int) v, 0, true));
        }
        if (v >= 1 && v <= 12 && Lex.isAny(w, i + 1, "in") && Lex.isAny(w, i + 2, "the") && Lex.has(w, i + 3, TimeClass.DAYPART)) {
            String part = w.entry(i + 3).string(TimeClass.DAYPART);
            int h = (int) v + (part.equals("AF") || part.equals("EV") || part.equals("NI") && v >= 6 ? 12 : 0);
            return Optional.of(withDay(w, i, i + 4, h % 24, 0, false));
        }
        if (v >= 0 && v <= 23 && Lex.isAny(w, i + 1, "h") && w.start(i + 1) == w.end(i)) {
            int m = w.is(i + 2, Words.NUMBER) && w.start(i + 2) == w.end(i + 1) ? (int) w.integer(i + 2) : 0;
            int end = m > 0 || w.is(i + 2, Words.NUMBER) && w.start(i + 2) == w.end(i + 1) ? i + 3 : i + 2;
            return m <= 59 ? Optional.of(withDay(w, i, end, (int) v, m, false)) : Optional.empty();
        }
        if (s.length() == 4 && v >= 0 && v <= 2359 && v % 100 <= 59 && (Lex.has(w, i + 1, TimeClass.ZONE)
                || Lex.isAny(w, i + 1, "hours", "hrs"))) {
            return Optional.of(withDay(w, i, afterSuffix(w, i + 1), (int) v / 100, (int) v % 100, false));
        }
        if (v >= 0 && v <= 24 && Lex.isAny(w, i + 1, "uhr")) {
            return Optional.of(withDay(w, i, i + 2, (int) v, 0, false));
        }
        int dot = s.indexOf('.');
        if (dot > 0 && dot <= 2 && s.length() == dot + 3 && s.indexOf(',') < 0 && suffixed(w, i + 1)) {
            int h = Integer.parseInt(s.substring(0, dot));
            int m = Integer.parseInt(s.substring(dot + 1));
            if (h <= 23 && m <= 59) {
                return Optional.of(withDay(w, i, afterSuffix(w, i + 1), h, m, false));
            }
        }
        return Optional.empty();
    }

    private Optional<Candidate> meridiem(Words<TimeWord> w, int i, int h, int m) {
        if (h > 12 || h == 0 && m == 0) {
            return Optional.empty();
        }
        int offset = Lex.value(w, i + 1, TimeClass.MERIDIEM);
        int hour = h % 12 + offset;
        return Optional.of(withDay(w, i, afterSuffix(w, i + 2), hour, m, false));
    }

    private static boolean cued(Words<TimeWord> w, int i) {
        return i > 0 && w.sameSentence(i - 1, i) && Lex.in(w, i - 1, TIME_CUES);
    }

    private static boolean suffixed(Words<TimeWord> w, int i) {
        return i < w.size() && (Lex.has(w, i, TimeClass.ZONE) || Lex.in(w, i, TIME_SUFFIXES));
    }

    /** Past a time zone and "local time" after a time. */
    private static int afterSuffix(Words<TimeWord> w, int i) {
        int j = i;
        if (Lex.has(w, j, TimeClass.ZONE)) {
            j++;
        } else if (Lex.isAny(w, j, "local") && Lex.isAny(w, j + 1, "time")) {
            j += 2;
        } else if (Lex.isAny(w, j, "uhr", "hours", "hrs", "h")) {
            j++;
        }
        return j;
    }

    /**
     * The time with a day named right after it ("Wednesday", "today", "Nov. 9", "tonight", "this evening",
     * "yesterday morning"), if there is one. A part of the day places an hour that has no a.m. or p.m.: "7
     * o'clock this evening" is 19:00, "9 tonight" 21:00; an hour it cannot place ("12 tonight", "2 tonight")
     * stays apart from it.
     */
    private Candidate withDay(Words<TimeWord> w, int first, int end, int hour, int minute, boolean ambiguousHour) {
        int j = w.isChar(end, ',') ? end + 1 : end;
        if (Lex.isAny(w, j, "on")) {
            j++;
        }
        if (j >= w.size() || !w.sameSentence(end - 1, j)) {
            return new Candidate(first, end, new Clock(hour, minute, Optional.empty()), false);
        }
        int dayEnd = dayPartDay(w, j);
        if (dayEnd > j) {
            int placed = ambiguousHour ? placeHour(hour, dayPart(w, j, dayEnd)) : hour;
            if (placed >= 0) {
                int shift = Lex.has(w, j, TimeClass.DEIXIS) ? w.entry(j).value(TimeClass.DEIXIS) : 0;
                return new Candidate(first, dayEnd, new Clock(placed, minute, Optional.of(Shift.of(TimeUnit.DAY, shift))), false);
            }
        }
        TimeWord e = w.entry(j);
        if (e != null) {
            if (e.is(TimeClass.WEEKDAY)) {
                return new Candidate(first, j + 1, new Clock(hour, minute, Optional.of(new Weekday(e.value(TimeClass.WEEKDAY), Direction.NEAREST, ""))), false);
            }
            if (e.is(TimeClass.MONTH)) {
                Optional<Candidate> date = calendar.monthFirst(w, j);
                if (date.isPresent() && date.get().end() > j + 1) {
                    return new Candidate(first, date.get().end(), new Clock(hour, minute, Optional.of(date.get().meaning())), false);
                }
            }
        }
        return new Candidate(first, end, new Clock(hour, minute, Optional.empty()), false);
    }

    /**
     * Where a day named by a deictic word ends: "today", "tomorrow", "tonight", "yesterday morning",
     * "this evening" (the end, past its part of the day), or {@code j} when there is none at {@code j}.
     */
    private static int dayPartDay(Words<TimeWord> w, int j) {
        if (Lex.isAny(w, j, "this") && Lex.has(w, j + 1, TimeClass.DAYPART) && w.sameSentence(j, j + 1)) {
            return j + 2;
        }
        TimeWord e = w.entry(j);
        if (e == null || !e.is(TimeClass.DEIXIS)) {
            return j;
        }
        return Lex.has(w, j + 1, TimeClass.DAYPART) && w.sameSentence(j, j + 1) && !tonight(e) ? j + 2 : j + 1;
    }

    /** Whether a part of the day right at {@code j} ("tonight", "this morning") places the bare hour {@code hour}. */
    private static boolean bareHourPlaced(Words<TimeWord> w, int j, int hour) {
        int end = dayPartDay(w, j);
        String part = end > j ? dayPart(w, j, end) : "";
        return !part.isEmpty() && placeHour(hour, part) >= 0;
    }

    /** The TimeML part of the day of the day between {@code j} and {@code end}, or "". */
    private static String dayPart(Words<TimeWord> w, int j, int end) {
        if (Lex.has(w, end - 1, TimeClass.DAYPART)) {
            return w.entry(end - 1).string(TimeClass.DAYPART);
        }
        return w.entry(j) != null && tonight(w.entry(j)) ? "NI" : "";
    }

    private static boolean tonight(TimeWord e) {
        return e.is(TimeClass.DEIXIS) && e.form().startsWith("toni");
    }

    /** A 1-12 hour placed in its part of the day (24-hour clock), or -1 when the part leaves it unclear. */
    static int placeHour(int hour, String part) {
        return switch (part) {
            case "MO" -> hour == 12 ? -1 : hour;
            case "AF" -> hour == 12 ? 12 : hour <= 6 ? hour + 12 : -1;
            case "EV" -> hour >= 4 && hour <= 11 ? hour + 12 : -1;
            case "NI" -> hour >= 6 && hour <= 11 ? hour + 12 : -1;
            default -> hour;
        };
    }
}
