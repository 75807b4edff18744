package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.TimexType;
import io.wirestream.enrichment.internal.dates.Meaning.Direction;
import io.wirestream.enrichment.internal.dates.Meaning.Fixed;
import io.wirestream.enrichment.internal.dates.Meaning.Period;
import io.wirestream.enrichment.internal.dates.Meaning.Yearless;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written out: "Feb. 14, 2025", "14 February", "the 15th of March", "September
 * 2022", "2024", "fiscal 1990", "the 1990s", "the 20th century", numeric forms (2025-02-15,
 * 15.02.2025, 15/02/2025 in the language's day/month order) and month names of the major European
 * languages next to a day or year ("15. Februar 2025", "15 de febrero de 2025").
 */
final class CalendarPatterns implements TimexPattern {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4}|\\d{2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");

    /** Words before a bare "May" or "March" that make it a month rather than a verb or a name. */
    static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "from", "to", "through",
            "during", "early", "late", "mid", "last", "next", "this", "of", "before", "after", "between", "and", "or",
            "for", "that", "each", "every", "end", "start", "beginning", "middle", "late-", "early-", "around");
    static final Set<String> YEAR_CUES = Set.of("in", "since", "of", "from", "until", "till", "by", "year",
            "the", "to", "and", "before", "after", "circa", "c.", "ad", "bc", "through", "during", "around", "between");
    /** Words after a number that make it a count or a measure, not a year. */
    static final Set<String> COUNT_WORDS = Set.of("percent", "per", "million", "billion", "trillion", "people",
            "troops", "soldiers", "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "ft", "kg",
            "tons", "tonnes", "pounds", "dollars", "euros", "yen", "points", "votes", "hours", "gmt", "utc", "hrs",
            "bn", "m", "mln", "shares", "members", "employees", "workers", "jobs", "cars", "units", "barrels",
            "acres", "square", "yards", "students", "children", "men", "women", "cases", "deaths");

    @Override
    public Optional<Candidate> match(Words<TimeWord> w, int i, String language) {
        byte kind = w.kind(i);
        if (kind == Words.NUMERIC || kind == Words.NUMBER && w.integer(i) < 0) {
            Optional<Candidate> numeric = numericDate(w, i, language);
            if (numeric.isPresent()) {
                return numeric;
            }
        }
        if (kind == Words.DECADE) {
            return decade(w, i);
        }
        TimeWord e = w.entry(i);
        Optional<Candidate> c = Optional.empty();
        if (e != null && (e.is(TimeClass.WEEKDAY) || e.is(TimeClass.FOREIGN_WEEKDAY))) {
            c = weekdayAndDate(w, i, language);
        }
        if (c.isEmpty() && e != null && e.is(TimeClass.MONTH)) {
            c = monthFirst(w, i);
        }
        if (c.isEmpty() && e != null && e.is(TimeClass.FOREIGN_MONTH)) {
            c = foreignMonthYear(w, i);
        }
        if (c.isEmpty() && Lex.dayOfMonth(w, i) > 0) {
            c = dayFirst(w, i);
        }
        if (c.isEmpty() && Lex.year(w, i) > 0) {
            c = year(w, i);
        }
        if (c.isEmpty() && e != null && e.is(TimeClass.NUMBER)) {
            c = Lex.yearAt(w, i).filter(y -> y.end() > i + 1)
                    .map(y -> new Candidate(i, y.end(), fixed(Integer.toString(y.year())), false));
        }
        if (c.isEmpty() && (kind == Words.ORDINAL || e != null && e.is(TimeClass.ORDINAL))) {
            c = century(w, i);
        }
        if (c.isEmpty() && e != null && kind == Words.ALPHA) {
            c = spelledDecade(w, i);
        }
        return c;
    }

    /** "Feb. 14, 2025", "February 14", "March 1998", "January this year", bare "October". */
    Optional<Candidate> monthFirst(Words<TimeWord> w, int i) {
        TimeWord e = w.entry(i);
        int month = e.value(TimeClass.MONTH);
        int j = i + 1;
        int day = dayOrRangeStart(w, j);
        if (day > 0 && !Lex.isAny(w, j + 1, "percent", "%") && Lex.year(w, j) < 0) {
            int k = j + Lex.dayOfMonthWords(w, j);
            int yi = w.isChar(k, ',') ? k + 1 : k;
            Optional<Lex.YearAt> year = Lex.yearAt(w, yi);
            if (year.isPresent() && valid(year.get().year(), month, day)) {
                return Optional.of(new Candidate(i, year.get().end(), fixed(iso(year.get().year(), month, day)), false));
            }
            if (valid(2000, month, day)) {
                return Optional.of(new Candidate(i, k, new Yearless(Period.MONTH, month, day, Direction.NEAREST), false));
            }
        }
        int yi = w.isChar(j, ',') || Lex.isAny(w, j, "of") ? j + 1 : j;
        Optional<Lex.YearAt> year = Lex.yearAt(w, yi);
        if (year.isPresent()) {
            return Optional.of(new Candidate(i, year.get().end(), fixed(year.get().year() + "-" + two(month)), false));
        }
        if (Lex.isAny(w, j, "this", "last", "next") && Lex.isAny(w, j + 1, "year")) {
            Direction d = Lex.isAny(w, j, "this") ? Direction.THIS : Lex.isAny(w, j, "last") ? Direction.LAST : Direction.NEXT;
            return Optional.of(new Candidate(i, j + 2, new Yearless(Period.MONTH, month, 0, yearDirection(d)), false));
        }
        if (!bareMonthAllowed(w, i, e)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 1, new Yearless(Period.MONTH, month, 0, Direction.NEAREST), false));
    }

    /** A day of the month, or the first day of a range written "1-31". */
    private static int dayOrRangeStart(Words<TimeWord> w, int j) {
        if (w.is(j, Words.NUMERIC)) {
            String s = w.word(j);
            int dash = s.indexOf('-');
            if (dash > 0 && dash <= 2 && s.length() - dash - 1 <= 2 && s.indexOf('-', dash + 1) < 0) {
                int a = Integer.parseInt(s.substring(0, dash));
                int b = Integer.parseInt(s.substring(dash + 1));
                return a >= 1 && a < b && b <= 31 ? a : -1;
            }
            return -1;
        }
        return Lex.dayOfMonth(w, j);
    }

    /** "January last year" is January of the year before, whatever the anchor's month. */
    private static Direction yearDirection(Direction d) {
        return switch (d) {
            case LAST -> Direction.PREVIOUS_YEAR;
            case NEXT -> Direction.FOLLOWING_YEAR;
            default -> Direction.THIS;
        };
    }

    private static boolean bareMonthAllowed(Words<TimeWord> w, int i, TimeWord e) {
        String form = e.form();
        if (!w.isCapitalized(i)) {
            return false;
        }
        boolean abbreviated = form.length() <= 4 && !form.equals("may") && !form.equals("june") && !form.equals("july");
        if (abbreviated) {
            return false;
        }
        boolean cued = i > 0 && Lex.in(w, i - 1, MONTH_CUES);
        if (form.equals("may") || form.equals("march")) {
            return cued;
        }
        return cued || !Lex.isName(w, i + 1);
    }

    /** "14 February 2025", "the 15th of March", "15. Februar 2025", "15 de febrero de 2025", "1er mars". */
    private Optional<Candidate> dayFirst(Words<TimeWord> w, int i) {
        int day = Lex.dayOfMonth(w, i);
        int k = i + Lex.dayOfMonthWords(w, i);
        if (w.isChar(k, '.') || w.isChar(k, 'º') || w.isChar(k, '°') || Lex.isAny(w, k, "er")) {
            k++;
        }
        if (Lex.isAny(w, k, "of", "de")) {
            k++;
        }
        TimeWord m = w.entry(k);
        if (m == null || !(m.is(TimeClass.MONTH) || m.is(TimeClass.FOREIGN_MONTH))) {
            return Optional.empty();
        }
        if (m.is(TimeClass.MONTH) && !m.is(TimeClass.FOREIGN_MONTH) && m.form().length() <= 4 && !m.form().endsWith(".")
                && !m.form().equals("may") && !m.form().equals("june") && !m.form().equals("july")) {
            return Optional.empty();
        }
        int month = m.is(TimeClass.MONTH) ? m.value(TimeClass.MONTH) : m.value(TimeClass.FOREIGN_MONTH);
        if (!valid(2000, month, day)) {
            return Optional.empty();
        }
        int yi = k + 1;
        if (w.isChar(yi, ',') || Lex.isAny(w, yi, "de", "del")) {
            yi++;
        }
        Optional<Lex.YearAt> year = Lex.yearAt(w, yi);
        boolean ordinal = !w.is(i, Words.NUMBER);
        if (year.isPresent() && valid(year.get().year(), month, day)) {
            return Optional.of(new Candidate(i, year.get().end(), fixed(iso(year.get().year(), month, day)), ordinal));
        }
        return Optional.of(new Candidate(i, k + 1, new Yearless(Period.MONTH, month, day, Direction.NEAREST), ordinal));
    }

    /** "février 2025", "Februar 2025", "febrero de 2025". */
    private Optional<Candidate> foreignMonthYear(Words<TimeWord> w, int i) {
        int month = w.entry(i).value(TimeClass.FOREIGN_MONTH);
        int yi = Lex.isAny(w, i + 1, "de", "del") ? i + 2 : i + 1;
        return Lex.yearAt(w, yi).map(y -> new Candidate(i, y.end(), fixed(y.year() + "-" + two(month)), false));
    }

    /** "Friday, Feb. 14, 2025", "Freitag, 14. Februar 2025": the date decides the value. */
    private Optional<Candidate> weekdayAndDate(Words<TimeWord> w, int i, String language) {
        int k = i + 1;
        if (w.hyphenBefore(k) && Lex.isAny(w, k, "feira")) {
            k++; // segunda-feira
        }
        k = w.isChar(k, ',') ? k + 1 : k;
        if (Lex.isAny(w, k, "the")) {
            k++;
        }
        if (k >= w.size()) {
            return Optional.empty();
        }
        TimeWord e = w.entry(k);
        Optional<Candidate> date = Optional.empty();
        if (e != null && e.is(TimeClass.MONTH)) {
            date = monthFirst(w, k);
        } else if (Lex.dayOfMonth(w, k) > 0) {
            date = dayFirst(w, k);
        } else if (w.kind(k) == Words.NUMERIC || w.kind(k) == Words.NUMBER) {
            date = numericDate(w, k, language);
        }
        return date.filter(d -> !(d.meaning() instanceof Yearless y && y.day() == 0))
                .map(d -> new Candidate(i, d.end(), d.meaning(), false));
    }

    private Optional<Candidate> year(Words<TimeWord> w, int i) {
        int year = Lex.year(w, i);
        if (i > 0) {
            if (w.is(i - 1, Words.PUNCT) && "$€£¥#".indexOf(w.firstChar(i - 1)) >= 0) {
                return Optional.empty();
            }
            if (Lex.isAny(w, i - 1, "no.", "no", "number", "nos.", "flight", "route", "room", "page", "model", "code")) {
                return Optional.empty();
            }
            if (Lex.isAny(w, i - 1, "'s") && Lex.isName(w, i + 1)) {
                return Optional.empty(); // a model year: "his 1987 Chevrolet"
            }
        }
        if (w.isChar(i + 1, '%') || i + 1 < w.size() && Lex.in(w, i + 1, COUNT_WORDS)) {
            return Optional.empty();
        }
        if ((year < 1900 || year > 2100) && !(i > 0 && Lex.in(w, i - 1, YEAR_CUES))) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 1, fixed(Integer.toString(year)), false));
    }

    /** "1990s", "'90s", "1990's"; not an age ("in his 30s"). */
    private Optional<Candidate> decade(Words<TimeWord> w, int i) {
        long v = w.integer(i);
        if (w.hyphenBefore(i) && Lex.isAny(w, i - 1, "over", "under")) {
            return Optional.empty(); // the over-70s: an age group
        }
        int before = Lex.isAny(w, i - 1, "early", "late", "mid") ? i - 2 : i - 1;
        if (v < 0 || v < 100 && Lex.isAny(w, before, "his", "her", "their", "my", "your", "our")) {
            return Optional.empty();
        }
        String value;
        if (w.length(i) >= 5 && v >= 1000) {
            value = Long.toString(v / 10);
        } else if (v < 100) {
            value = (v >= 30 ? "19" : "20") + (v / 10);
        } else {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 1, fixed(value), true));
    }

    /** "the nineties", "the eighties": only after "the", which tells them from ages ("in his eighties"). */
    private Optional<Candidate> spelledDecade(Words<TimeWord> w, int i) {
        String[] names = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
        for (int d = 0; d < names.length; d++) {
            if (w.isWord(i, names[d])) {
                int j = i - 1;
                if (Lex.isAny(w, j, "early", "late", "mid")) {
                    j--;
                }
                if (!Lex.isAny(w, j, "the")) {
                    return Optional.empty();
                }
                return Optional.of(new Candidate(i, i + 1, fixed((d + 2 >= 3 ? "19" : "20") + (d + 2)), true));
            }
        }
        return Optional.empty();
    }

    /** "the 20th century" is 19, "the nineteenth century" 18. */
    private Optional<Candidate> century(Words<TimeWord> w, int i) {
        int n = w.is(i, Words.ORDINAL) ? (int) w.integer(i) : w.entry(i).value(TimeClass.ORDINAL);
        int j = i + 1;
        if (!w.is(i, Words.ORDINAL) && n == 20 && w.hyphenBefore(j) && Lex.has(w, j, TimeClass.ORDINAL)) {
            n += Lex.value(w, j, TimeClass.ORDINAL);
            j++;
        }
        if (n < 1 || n > 30 || !Lex.isAny(w, j, "century")) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, j + 1, fixed(two(n - 1)), true));
    }

    private Optional<Candidate> numericDate(Words<TimeWord> w, int i, String language) {
        String s = w.word(i);
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(i, num(m, 1), num(m, 2), num(m, 3));
        }
        boolean monthFirst = language.equals("en") || language.equals("und");
        m = SLASHED.matcher(s);
        if (m.matches()) {
            int a = num(m, 1);
            int b = num(m, 2);
            int y = fullYear(num(m, 3), m.group(3).length());
            boolean mf = monthFirst ? a <= 12 : b > 12;
            return date(i, y, mf ? a : b, mf ? b : a);
        }
        m = DOTTED.matcher(s);
        if (m.matches()) {
            int a = num(m, 1);
            int b = num(m, 2);
            int y = fullYear(num(m, 3), m.group(3).length());
            return b > 12 ? date(i, y, a, b) : date(i, y, b, a);
        }
        return Optional.empty();
    }

    private static Optional<Candidate> date(int i, int year, int month, int day) {
        if (!valid(year, month, day)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 1, fixed(iso(year, month, day)), false));
    }

    /** Two-digit years: 00-49 are 20xx, 50-99 19xx (a fixed pivot, never the clock). */
    private static int fullYear(int y, int digits) {
        if (digits == 4) {
            return y;
        }
        return y < 50 ? 2000 + y : 1900 + y;
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    static boolean valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static String iso(int year, int month, int day) {
        return year + "-" + two(month) + "-" + two(day);
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static Fixed fixed(String value) {
        return new Fixed(value, TimexType.DATE);
    }
}
