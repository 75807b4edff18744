package io.wirestream.enrichment.internal.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Holidays that news dates things by, with the rule that places each in a given year: fixed days
 * (Christmas), weekdays of a month (Thanksgiving, the fourth Thursday of November) and Easter.
 */
enum HolidayDate {
    NEW_YEARS_DAY(1, 1),
    NEW_YEARS_EVE(12, 31),
    VALENTINES_DAY(2, 14),
    INDEPENDENCE_DAY(7, 4),
    BASTILLE_DAY(7, 14),
    HALLOWEEN(10, 31),
    CHRISTMAS_EVE(12, 24),
    CHRISTMAS(12, 25),
    BOXING_DAY(12, 26),
    MEMORIAL_DAY(5, 0),
    LABOR_DAY(9, 0),
    THANKSGIVING(11, 0),
    ELECTION_DAY(11, 0),
    GOOD_FRIDAY(4, 0),
    EASTER(4, 0),
    EASTER_MONDAY(4, 0);

    private final int month;
    private final int day;

    HolidayDate(int month, int day) {
        this.month = month;
        this.day = day;
    }

    /** The usual month, for placing the holiday relative to the publication date. */
    int month() {
        return month;
    }

    /** The day of a fixed-date holiday, 0 for one that moves. */
    int fixedDay() {
        return day;
    }

    LocalDate in(int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        return switch (this) {
            case MEMORIAL_DAY -> first.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case LABOR_DAY -> first.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case THANKSGIVING -> first.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case ELECTION_DAY -> first.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case EASTER -> easter(year);
            case GOOD_FRIDAY -> easter(year).minusDays(2);
            case EASTER_MONDAY -> easter(year).plusDays(1);
            default -> LocalDate.of(year, month, day);
        };
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
