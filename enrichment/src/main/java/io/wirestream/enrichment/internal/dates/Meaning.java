package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.TimexType;
import java.util.Optional;

/**
 * What a temporal expression says, before it is resolved against the publication date: the
 * recognizers produce these, {@link TimexResolver} turns them into TimeML values. Keeping the two
 * apart lets the same "last Friday" resolve with or without a publication date, and lets tests
 * check each half on its own.
 */
sealed interface Meaning {

    /** How a calendar point without a year, or a weekday, is placed relative to the anchor. */
    enum Direction {
        /** Bare "Friday", "March": the closest one, past unless the sentence speaks of the future. */
        NEAREST,
        LAST,
        NEXT,
        THIS,
        /** In the year before the anchor's: "June last year". */
        PREVIOUS_YEAR,
        /** In the year after the anchor's: "March next year". */
        FOLLOWING_YEAR
    }

    /** Periods of a year that a yearless expression can name. */
    enum Period {
        MONTH,
        SEASON,
        QUARTER,
        HALF
    }

    /** A value that needs no anchor: "September 2022", "2024", "the 1990s", "P3D", "PRESENT_REF". */
    record Fixed(String value, TimexType type) implements Meaning {
    }

    /**
     * A month (with an optional day), season, quarter or half without a year: "March 15", "last
     * summer", "the third quarter". {@code index} is the month 1-12, the season 1-4 (spring to
     * winter), the quarter 1-4 or the half 1-2; {@code day} is 0 when absent.
     */
    record Yearless(Period period, int index, int day, Direction direction) implements Meaning {
    }

    /** A weekday, optionally with a part of the day ("Friday night": {@code NI}; "" when none). */
    record Weekday(int isoDay, Direction direction, String dayPart) implements Meaning {
    }

    /**
     * The anchor shifted by {@code amount} units, shown at the unit's granularity: "today" (DAY 0),
     * "last week" (WEEK -1), "two years ago" (YEAR -2), "tonight" (DAY 0, NI).
     *
     * @param dayPart        TimeML part of day (MO, AF, EV, NI) or ""
     * @param fromReference  counted from the last date the article mentioned ("the following
     *                       day", "two days later") rather than from the publication date
     * @param comparative    "a year ago/earlier" in results news, which means the same quarter of
     *                       the year before when a quarter is being discussed
     */
    record Shift(TimeUnit unit, int amount, String dayPart, boolean fromReference, boolean comparative)
            implements Meaning {

        static Shift of(TimeUnit unit, int amount) {
            return new Shift(unit, amount, "", false, false);
        }
    }

    /**
     * A clock time, on the day named by {@code day} when the expression names one ("10 p.m.
     * Wednesday"), else on the day the sentence talks about or the publication date.
     */
    record Clock(int hour, int minute, Optional<Meaning> day) implements Meaning {
    }

    /** "Christmas", "last Thanksgiving", "Easter Monday". */
    record Holiday(HolidayDate holiday, Direction direction) implements Meaning {
    }

    /** "The quarter ended Sept. 30": the calendar quarter that mostly precedes that day. */
    record QuarterEnding(int month, int day) implements Meaning {
    }

    /** "The weekend", "this weekend", "last weekend". */
    record Weekend(Direction direction) implements Meaning {
    }

    /**
     * "The quarter", "the year-ago quarter", "the 1988 period": the quarter under discussion,
     * shifted by years, or placed in {@code year} when the expression names one (0 when not).
     */
    record QuarterAnaphor(int yearShift, int year) implements Meaning {

        static QuarterAnaphor shifted(int yearShift) {
            return new QuarterAnaphor(yearShift, 0);
        }
    }

    /** Type of the resulting timex, as far as the meaning alone decides it. */
    default TimexType type() {
        if (this instanceof Fixed f) {
            return f.type();
        }
        if (this instanceof Clock) {
            return TimexType.TIME;
        }
        if (this instanceof Weekday w) {
            return w.dayPart().isEmpty() ? TimexType.DATE : TimexType.TIME;
        }
        if (this instanceof Shift s) {
            return s.dayPart().isEmpty() ? TimexType.DATE : TimexType.TIME;
        }
        return TimexType.DATE;
    }
}
