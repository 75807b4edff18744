package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.TimexType;
import io.wirestream.enrichment.internal.dates.Meaning.Direction;
import io.wirestream.enrichment.internal.dates.Meaning.Fixed;
import io.wirestream.enrichment.internal.dates.Meaning.Period;
import io.wirestream.enrichment.internal.dates.Meaning.QuarterAnaphor;
import io.wirestream.enrichment.internal.dates.Meaning.Shift;
import io.wirestream.enrichment.internal.dates.Meaning.Yearless;
import java.util.Optional;
import java.util.Set;

/**
 * Parts of a year: quarters ("the third quarter", "third-quarter", "Q3 2024", "the fiscal first
 * quarter", "1990's fourth quarter"), halves ("the second half of 1990"), seasons ("summer",
 * "the fall of 1998") and the comparison periods of results news ("the year-ago quarter",
 * "year-earlier", "the latest quarter").
 */
final class PeriodPatterns implements TimexPattern {

    /** Words before a bare season that make it a season rather than a verb ("prices fall"). */
    static final Set<String> SEASON_CUES = Set.of("the", "this", "last", "next", "in", "early", "late", "mid",
            "of", "since", "until", "till", "by", "during", "that", "each", "every", "through", "over", "for",
            "before", "after", "past", "coming", "following", "previous", "whole", "entire", "all");

    @Override
    public Optional<Candidate> match(Words<TimeWord> w, int i, String language) {
        TimeWord e = w.entry(i);
        if (w.is(i, Words.ORDINAL) || e != null && e.is(TimeClass.ORDINAL)) {
            return quarterOrHalf(w, i, i);
        }
        int year = Lex.year(w, i);
        if (year > 0) {
            return yearAndPeriod(w, i, year);
        }
        if (e == null) {
            return Optional.empty();
        }
        if (e.is(TimeClass.SEASON)) {
            return season(w, i, e);
        }
        if (Lex.isAny(w, i, "last", "latter") && Lex.isAny(w, i + 1, "half") && Lex.isAny(w, i - 1, "the")) {
            return quarterOrHalf(w, i, i, 2);
        }
        return switch (e.form()) {
            case "fiscal" -> fiscal(w, i);
            case "q", "h" -> shortQuarter(w, i);
            case "year" -> yearAgo(w, i);
            case "this", "last", "next" -> yearsQuarter(w, i).or(() -> lastYearsQuarter(w, i));
            case "the" -> anaphor(w, i);
            default -> Optional.empty();
        };
    }

    /** "1990's fourth quarter", "the 1988 second quarter", "the 1988 quarter", "the 1989 period". */
    private Optional<Candidate> yearAndPeriod(Words<TimeWord> w, int i, int year) {
        int j = Lex.isAny(w, i + 1, "'s") ? i + 2 : i + 1;
        if (isQuarterAt(w, j)) {
            return quarterOrHalf(w, j, i).map(c -> c.meaning() instanceof Yearless y
                    ? new Candidate(i, c.end(), fixed(year + (y.period() == Period.QUARTER ? "-Q" : "-H") + y.index()), true)
                    : c);
        }
        if (j == i + 1 && Lex.isAny(w, j, "quarter", "period") && Lex.isAny(w, i - 1, "the")) {
            return Optional.of(new Candidate(i, j + 1, new QuarterAnaphor(0, year), true));
        }
        return Optional.empty();
    }

    static boolean isQuarterAt(Words<TimeWord> w, int i) {
        int n = ordinal(w, i);
        return n >= 1 && n <= 4 && Lex.isAny(w, i + 1, "quarter", "half");
    }

    private static int ordinal(Words<TimeWord> w, int i) {
        if (w.is(i, Words.ORDINAL)) {
            return (int) w.integer(i);
        }
        return Lex.has(w, i, TimeClass.ORDINAL) ? Lex.value(w, i, TimeClass.ORDINAL) : -1;
    }

    /** "third quarter [of 1990]", "first half", "third-quarter"; {@code first} is where the span starts. */
    private Optional<Candidate> quarterOrHalf(Words<TimeWord> w, int i, int first) {
        return quarterOrHalf(w, i, first, ordinal(w, i));
    }

    private Optional<Candidate> quarterOrHalf(Words<TimeWord> w, int i, int first, int n) {
        int j = i + 1;
        if (Lex.isAny(w, j, "fiscal")) {
            j++;
        }
        boolean quarter = Lex.isAny(w, j, "quarter");
        boolean half = Lex.isAny(w, j, "half");
        if (!(quarter && n >= 1 && n <= 4 || half && n >= 1 && n <= 2)) {
            return Optional.empty();
        }
        Period period = quarter ? Period.QUARTER : Period.HALF;
        String letter = quarter ? "-Q" : "-H";
        int k = j + 1;
        int yi = Lex.isAny(w, k, "of") ? k + 1 : k;
        if (Lex.isAny(w, yi, "fiscal")) {
            yi++;
        }
        int year = Lex.year(w, yi);
        if (year > 0 && !w.hyphenBefore(j)) {
            return Optional.of(new Candidate(first, yi + 1, fixed(year + letter + n), true));
        }
        if (Lex.isAny(w, k, "of") && Lex.isAny(w, k + 1, "this", "last", "next") && Lex.isAny(w, k + 2, "year")) {
            Direction d = Lex.isAny(w, k + 1, "this") ? Direction.THIS
                    : Lex.isAny(w, k + 1, "last") ? Direction.PREVIOUS_YEAR : Direction.FOLLOWING_YEAR;
            return Optional.of(new Candidate(first, k + 3, new Yearless(period, n, 0, d), true));
        }
        return Optional.of(new Candidate(first, j + 1, new Yearless(period, n, 0, Direction.NEAREST), true));
    }

    /** "this year's third quarter", "last year's fourth quarter". */
    private Optional<Candidate> yearsQuarter(Words<TimeWord> w, int i) {
        if (!Lex.isAny(w, i + 1, "year") || !Lex.isAny(w, i + 2, "'s") || !isQuarterAt(w, i + 3)) {
            return Optional.empty();
        }
        Direction d = Lex.isAny(w, i, "this") ? Direction.THIS
                : Lex.isAny(w, i, "last") ? Direction.PREVIOUS_YEAR : Direction.FOLLOWING_YEAR;
        return quarterOrHalf(w, i + 3, i).map(c -> c.meaning() instanceof Yearless y
                ? new Candidate(i, c.end(), new Yearless(y.period(), y.index(), 0, d), true) : c);
    }

    /** "fiscal 1990", "fiscal year 1990", "fiscal 1990's first quarter" (the year itself is the value). */
    private Optional<Candidate> fiscal(Words<TimeWord> w, int i) {
        int j = Lex.isAny(w, i + 1, "year") ? i + 2 : i + 1;
        int year = Lex.year(w, j);
        if (year > 0) {
            return Optional.of(new Candidate(i, j + 1, fixed(Integer.toString(year)), false));
        }
        if (w.is(j, Words.SHORT_YEAR)) {
            long y = w.integer(j);
            return Optional.of(new Candidate(i, j + 1, fixed(Long.toString(y < 50 ? 2000 + y : 1900 + y)), false));
        }
        return Optional.empty();
    }

    /** "Q3", "Q3 2024", "H1 2025": the letter and the digit written together. */
    private Optional<Candidate> shortQuarter(Words<TimeWord> w, int i) {
        if (!w.is(i + 1, Words.NUMBER) || w.start(i + 1) != w.end(i) || !w.isCapitalized(i)) {
            return Optional.empty();
        }
        boolean quarter = Lex.isAny(w, i, "q");
        long n = w.integer(i + 1);
        if (n < 1 || n > (quarter ? 4 : 2)) {
            return Optional.empty();
        }
        Period period = quarter ? Period.QUARTER : Period.HALF;
        int year = Lex.year(w, i + 2);
        if (year > 0) {
            return Optional.of(new Candidate(i, i + 3, fixed(year + (quarter ? "-Q" : "-H") + n), false));
        }
        if (!quarter) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 2, new Yearless(period, (int) n, 0, Direction.NEAREST), false));
    }

    /** "year-ago", "year-earlier" used as adjectives: the comparison period a year before. */
    private Optional<Candidate> yearAgo(Words<TimeWord> w, int i) {
        if (!w.hyphenBefore(i + 1) || !Lex.isAny(w, i + 1, "ago", "earlier")) {
            return Optional.empty();
        }
        if (Lex.isAny(w, i + 2, "quarter", "period")) {
            return Optional.of(new Candidate(i, i + 3, QuarterAnaphor.shifted(-1), true));
        }
        if (isQuarterAt(w, i + 2)) {
            return quarterOrHalf(w, i + 2, i).map(c -> c.meaning() instanceof Yearless y
                    ? new Candidate(i, c.end(), new Yearless(y.period(), y.index(), 0, Direction.PREVIOUS_YEAR), true) : c);
        }
        return Optional.of(new Candidate(i, i + 2, new Shift(TimeUnit.YEAR, -1, "", false, true), true));
    }

    /**
     * "the quarter", "the latest quarter", "the same period last year", "the corresponding quarter
     * a year ago": the quarter under discussion, or its counterpart a year before.
     */
    private Optional<Candidate> anaphor(Words<TimeWord> w, int i) {
        int j = i + 1;
        boolean qualified = false;
        if (Lex.isAny(w, j, "latest", "recent", "fiscal", "same", "corresponding", "comparable", "comparative")) {
            qualified = true;
            j++;
        } else if (Lex.isAny(w, j, "most") && Lex.isAny(w, j + 1, "recent")) {
            qualified = true;
            j += 2;
        }
        if (!(Lex.isAny(w, j, "quarter") || qualified && Lex.isAny(w, j, "period")) || Lex.isAny(w, j + 1, "of", "century")) {
            return Optional.empty();
        }
        if (!qualified && Lex.isAny(w, j + 1, "ended", "ending") && Lex.has(w, j + 2, TimeClass.MONTH)) {
            int day = Lex.dayOfMonth(w, j + 3);
            if (day > 0 && CalendarPatterns.valid(2000, Lex.value(w, j + 2, TimeClass.MONTH), day)) {
                return Optional.of(new Candidate(i, j + 1,
                        new Meaning.QuarterEnding(Lex.value(w, j + 2, TimeClass.MONTH), day), true));
            }
        }
        int end = j + 1;
        int shift = 0;
        if (Lex.isAny(w, end, "last") && Lex.isAny(w, end + 1, "year")) {
            shift = -1;
            end += 2;
        } else if (Lex.isAny(w, end, "a") && Lex.isAny(w, end + 1, "year") && Lex.isAny(w, end + 2, "ago", "earlier")) {
            shift = -1;
            end += 3;
        }
        return Optional.of(new Candidate(i, end, QuarterAnaphor.shifted(shift), true));
    }

    /** "last year's quarter", "last year's period". */
    private Optional<Candidate> lastYearsQuarter(Words<TimeWord> w, int i) {
        if (Lex.isAny(w, i, "last") && Lex.isAny(w, i + 1, "year") && Lex.isAny(w, i + 2, "'s")
                && Lex.isAny(w, i + 3, "quarter", "period")) {
            return Optional.of(new Candidate(i, i + 4, QuarterAnaphor.shifted(-1), true));
        }
        return Optional.empty();
    }

    private Optional<Candidate> season(Words<TimeWord> w, int i, TimeWord e) {
        int s = season(e);
        int j = i + 1;
        int yi = Lex.isAny(w, j, "of") ? j + 1 : j;
        Optional<Lex.YearAt> year = Lex.yearAt(w, yi);
        if (year.isPresent()) {
            return Optional.of(new Candidate(i, year.get().end(), fixed(year.get().year() + "-" + code(s)), true));
        }
        boolean cued = i > 0 && w.sameSentence(i - 1, i) && Lex.in(w, i - 1, SEASON_CUES);
        if (!cued || w.isCapitalized(i) && Lex.isName(w, i + 1) || w.hyphenBefore(i + 1)) {
            return Optional.empty();
        }
        if (Lex.isAny(w, i, "fall", "spring") && Lex.isAny(w, i - 1, "the") && !Lex.in(w, i - 2, SEASON_CUES)) {
            return Optional.empty(); // "blamed for the fall", "the spring in his step"
        }
        if (Lex.isAny(w, i, "fall", "spring") && (Lex.isAny(w, i - 1, "to", "will", "would", "may", "might", "could") || !Lex.isAny(w, i - 1,
                "the", "this", "last", "next", "in", "early", "late", "mid", "of", "since", "until", "by", "during", "that", "past",
                "coming", "each", "every", "through", "over", "before", "after"))) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(i, i + 1, new Yearless(Period.SEASON, s, 0, Direction.NEAREST), true));
    }

    /** Season number 1-4 (spring, summer, fall, winter) of a season word. */
    static int season(TimeWord e) {
        return switch (e.string(TimeClass.SEASON)) {
            case "SP" -> 1;
            case "SU" -> 2;
            case "FA" -> 3;
            default -> 4;
        };
    }

    static String code(int season) {
        return switch (season) {
            case 1 -> "SP";
            case 2 -> "SU";
            case 3 -> "FA";
            default -> "WI";
        };
    }

    private static Fixed fixed(String value) {
        return new Fixed(value, TimexType.DATE);
    }
}
