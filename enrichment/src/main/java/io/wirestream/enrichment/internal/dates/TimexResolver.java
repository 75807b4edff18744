package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.TimexType;
import io.wirestream.enrichment.internal.dates.Meaning.Clock;
import io.wirestream.enrichment.internal.dates.Meaning.Direction;
import io.wirestream.enrichment.internal.dates.Meaning.Fixed;
import io.wirestream.enrichment.internal.dates.Meaning.Period;
import io.wirestream.enrichment.internal.dates.Meaning.QuarterAnaphor;
import io.wirestream.enrichment.internal.dates.Meaning.Shift;
import io.wirestream.enrichment.internal.dates.Meaning.Weekday;
import io.wirestream.enrichment.internal.dates.Meaning.Weekend;
import io.wirestream.enrichment.internal.dates.Meaning.Yearless;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * Turns a {@link Meaning} into a TimeML value, against the publication date (the anchor) when
 * the meaning needs one. Without an anchor, relative meanings keep an unresolved value
 * ({@code XXXX-WXX-5}, {@code XXXX-03}, {@code XXXX-XX-XX}): the engine never guesses from the
 * system clock.
 *
 * <p>Conventions follow news and TimeML: a bare weekday or month is the closest one, in the past
 * unless the sentence speaks of the future; "last week" is the previous ISO week; "two weeks ago"
 * is a week ({@code 2025-W05}); a quarter later in the year than the anchor's, spoken of in the
 * past, is last year's.
 */
final class TimexResolver {

    /** A resolved value. {@code resolved} is true when the anchor was used. */
    record Resolution(String value, TimexType type, boolean resolved) {
    }

    /** What the resolver may consult besides the meaning itself. */
    record Context(Optional<LocalDate> anchor, Tense tense, Discourse discourse, int sentence,
                   Optional<LocalDate> sentenceDay) {
    }

    Resolution resolve(Meaning meaning, Context ctx) {
        if (meaning instanceof Fixed f) {
            return new Resolution(f.value(), f.type(), false);
        }
        if (ctx.anchor().isEmpty()) {
            return new Resolution(unresolved(meaning), meaning.type(), false);
        }
        LocalDate anchor = ctx.anchor().get();
        String value;
        if (meaning instanceof Weekday wd) {
            value = withPart(weekday(anchor, wd.isoDay(), wd.direction(), ctx.tense()).toString(), wd.dayPart());
        } else if (meaning instanceof Yearless y) {
            value = yearless(anchor, y, ctx.tense());
        } else if (meaning instanceof Shift s) {
            value = shift(anchor, s, ctx);
        } else if (meaning instanceof Weekend we) {
            value = weekend(anchor, we.direction(), ctx.tense());
        } else if (meaning instanceof QuarterAnaphor q) {
            value = quarterAnaphor(anchor, q, ctx);
        } else if (meaning instanceof Clock c) {
            value = clock(c, ctx);
        } else if (meaning instanceof Meaning.Holiday h) {
            value = holiday(anchor, h, ctx.tense()).toString();
        } else if (meaning instanceof Meaning.QuarterEnding q) {
            LocalDate end = LocalDate.of(closestYear(anchor, q.month(), q.day(), Tense.PAST), q.month(), q.day());
            LocalDate mostly = end.minusDays(45);
            value = mostly.getYear() + "-Q" + quarterOf(mostly);
        } else {
            throw new IllegalArgumentException("unknown meaning " + meaning);
        }
        return new Resolution(value, meaning.type(), true);
    }

    private String clock(Clock c, Context ctx) {
        String day;
        if (c.day().isPresent()) {
            Resolution r = resolve(c.day().get(), ctx);
            day = r.value().length() >= 10 ? r.value().substring(0, 10) : ctx.anchor().map(LocalDate::toString).orElse("XXXX-XX-XX");
        } else {
            day = ctx.sentenceDay().or(ctx::anchor).map(LocalDate::toString).orElse("XXXX-XX-XX");
        }
        return day + "T" + CalendarPatterns.two(c.hour()) + ":" + CalendarPatterns.two(c.minute());
    }

    private static LocalDate holiday(LocalDate anchor, Meaning.Holiday h, Tense tense) {
        HolidayDate d = h.holiday();
        LocalDate thisYear = d.in(anchor.getYear());
        int year = switch (h.direction()) {
            case LAST -> thisYear.isBefore(anchor) ? anchor.getYear() : anchor.getYear() - 1;
            case NEXT -> thisYear.isAfter(anchor) ? anchor.getYear() : anchor.getYear() + 1;
            case THIS -> anchor.getYear();
            case PREVIOUS_YEAR -> anchor.getYear() - 1;
            case FOLLOWING_YEAR -> anchor.getYear() + 1;
            default -> closestYear(anchor, thisYear.getMonthValue(), thisYear.getDayOfMonth(), tense);
        };
        return d.in(year);
    }

    static LocalDate weekday(LocalDate anchor, int day, Direction direction, Tense tense) {
        int today = anchor.getDayOfWeek().getValue();
        int back = (today - day + 7) % 7;
        int ahead = (day - today + 7) % 7;
        return switch (direction) {
            case THIS -> anchor.with(DayOfWeek.MONDAY).plusDays(day - 1L);
            case LAST -> anchor.minusDays(back == 0 ? 7 : back);
            case NEXT -> anchor.plusDays(ahead == 0 ? 7 : ahead);
            default -> {
                if (back == 0) {
                    yield anchor;
                }
                yield tense == Tense.FUTURE ? anchor.plusDays(ahead) : anchor.minusDays(back);
            }
        };
    }

    private String yearless(LocalDate anchor, Yearless y, Tense tense) {
        if (y.period() == Period.SEASON) {
            return season(anchor, y.index(), y.direction(), tense);
        }
        int year = anchor.getYear();
        int cmp = switch (y.period()) {
            case MONTH -> y.index() != anchor.getMonthValue() || y.day() == 0
                    ? y.index() - anchor.getMonthValue() : y.day() - anchor.getDayOfMonth();
            case QUARTER -> y.index() - quarterOf(anchor);
            default -> y.index() - (anchor.getMonthValue() <= 6 ? 1 : 2);
        };
        int chosen = switch (y.direction()) {
            case THIS -> year;
            case PREVIOUS_YEAR -> year - 1;
            case FOLLOWING_YEAR -> year + 1;
            case LAST -> y.period() == Period.MONTH ? (cmp <= -2 ? year : year - 1) : (cmp < 0 ? year : year - 1);
            case NEXT -> cmp > 0 ? year : year + 1;
            default -> y.period() == Period.MONTH ? closestYear(anchor, y.index(), y.day(), tense)
                    : cmp <= 0 || tense == Tense.FUTURE ? year : year - 1;
        };
        return switch (y.period()) {
            case MONTH -> y.day() > 0 ? CalendarPatterns.iso(chosen, y.index(), y.day()) : chosen + "-" + CalendarPatterns.two(y.index());
            case QUARTER -> chosen + "-Q" + y.index();
            default -> chosen + "-H" + y.index();
        };
    }

    /**
     * The year of a bare month or month and day. News mostly reports what happened, so without a
     * tense cue the month is placed from nine and a half months back to two and a half ahead
     * ("January" in November is the coming one, "March" the past one); a future sentence looks
     * from a fortnight back to eleven and a half months ahead, a past one up to ten and a half
     * months back.
     */
    private static int closestYear(LocalDate anchor, int month, int day, Tense tense) {
        double now = anchor.getMonthValue() + (anchor.getDayOfMonth() - 1) / 31.0;
        double at = month + (day > 0 ? (day - 1) / 31.0 : 0.5);
        double offset = at - now; // months from the anchor within its year, in (-12, 12)
        double low = switch (tense) {
            case FUTURE -> -0.5;
            case PAST -> -10.5;
            default -> -9.5;
        };
        int year = anchor.getYear();
        if (offset <= low) {
            return year + 1;
        }
        return offset > low + 12 ? year - 1 : year;
    }

    /** Seasons belong to the year they start in: January's winter is last year's. */
    private static String season(LocalDate anchor, int season, Direction direction, Tense tense) {
        int month = anchor.getMonthValue();
        int current = month >= 3 && month <= 5 ? 1 : month >= 6 && month <= 8 ? 2 : month >= 9 && month <= 11 ? 3 : 4;
        int seasonYear = month <= 2 ? anchor.getYear() - 1 : anchor.getYear();
        int cmp = season - current;
        int year = switch (direction) {
            case THIS -> season == 4 && month <= 2 ? seasonYear : anchor.getYear();
            case PREVIOUS_YEAR -> anchor.getYear() - 1;
            case FOLLOWING_YEAR -> anchor.getYear() + 1;
            case LAST -> cmp < 0 ? seasonYear : seasonYear - 1;
            case NEXT -> cmp > 0 ? seasonYear : seasonYear + 1;
            default -> cmp == 0 ? seasonYear : tense == Tense.FUTURE ? (cmp > 0 ? seasonYear : seasonYear + 1)
                    : (cmp < 0 ? seasonYear : seasonYear - 1);
        };
        return year + "-" + PeriodPatterns.code(season);
    }

    private String weekend(LocalDate anchor, Direction direction, Tense tense) {
        boolean inWeekend = anchor.getDayOfWeek().getValue() >= 6;
        int weeks = switch (direction) {
            case LAST -> -1;
            case NEXT -> 1;
            case THIS -> 0;
            default -> inWeekend || tense == Tense.FUTURE ? 0 : -1;
        };
        return week(anchor.plusWeeks(weeks)) + "-WE";
    }

    private String shift(LocalDate anchor, Shift s, Context ctx) {
        if (s.comparative()) {
            Optional<Discourse.QuarterRef> q = ctx.discourse().quarter(ctx.sentence());
            if (q.isPresent() && !ctx.discourse().longPeriodInFocus(ctx.sentence())) {
                return (q.get().year() + s.amount()) + "-Q" + q.get().quarter();
            }
        }
        LocalDate base = anchor;
        if (s.fromReference()) {
            Optional<Discourse.DateRef> ref = ctx.discourse().reference();
            if (ref.isPresent() && ref.get().unit().ordinal() <= Math.max(s.unit().ordinal(), TimeUnit.DAY.ordinal())) {
                base = ref.get().date();
            }
        }
        return withPart(format(plus(base, s.unit(), s.amount()), s.unit()), s.dayPart());
    }

    private String quarterAnaphor(LocalDate anchor, QuarterAnaphor a, Context ctx) {
        Optional<Discourse.QuarterRef> q = ctx.discourse().quarter(ctx.sentence());
        if (a.year() > 0) {
            // "the 1988 period" after "the first nine months" is that year, not a quarter of it
            return q.filter(r -> !ctx.discourse().longPeriodInFocus(ctx.sentence()))
                    .map(r -> a.year() + "-Q" + r.quarter()).orElse(Integer.toString(a.year()));
        }
        if (q.isPresent()) {
            return (q.get().year() + a.yearShift()) + "-Q" + q.get().quarter();
        }
        LocalDate previousQuarter = anchor.minusMonths(3);
        return (previousQuarter.getYear() + a.yearShift()) + "-Q" + quarterOf(previousQuarter);
    }

    static LocalDate plus(LocalDate d, TimeUnit unit, int n) {
        return switch (unit) {
            case SECOND, MINUTE -> d;
            case HOUR -> d.plusDays(Math.floorDiv(n, 24));
            case DAY, NIGHT -> d.plusDays(n);
            case WEEK, WEEKEND -> d.plusWeeks(n);
            case FORTNIGHT -> d.plusWeeks(2L * n);
            case MONTH -> d.plusMonths(n);
            case QUARTER -> d.plusMonths(3L * n);
            case YEAR -> d.plusYears(n);
            case DECADE -> d.plusYears(10L * n);
            case CENTURY -> d.plusYears(100L * n);
            case MILLENNIUM -> d.plusYears(1000L * n);
        };
    }

    /** A date shown at a unit's granularity: 2025-02-14, 2025-W07, 2025-02, 2025-Q1, 2025, 202, 20. */
    static String format(LocalDate d, TimeUnit unit) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY, NIGHT -> d.toString();
            case WEEK, FORTNIGHT -> week(d);
            case WEEKEND -> week(d) + "-WE";
            case MONTH -> d.getYear() + "-" + CalendarPatterns.two(d.getMonthValue());
            case QUARTER -> d.getYear() + "-Q" + quarterOf(d);
            case YEAR -> Integer.toString(d.getYear());
            case DECADE -> Integer.toString(d.getYear() / 10);
            case CENTURY -> Integer.toString(d.getYear() / 100);
            case MILLENNIUM -> Integer.toString(d.getYear() / 1000);
        };
    }

    static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + CalendarPatterns.two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    private static String withPart(String date, String part) {
        return part.isEmpty() ? date : date + "T" + part;
    }

    /** The value of a relative meaning when there is no publication date. */
    static String unresolved(Meaning meaning) {
        if (meaning instanceof Fixed f) {
            return f.value();
        }
        if (meaning instanceof Weekday wd) {
            return withPart("XXXX-WXX-" + wd.isoDay(), wd.dayPart());
        }
        if (meaning instanceof Yearless y) {
            return switch (y.period()) {
                case MONTH -> "XXXX-" + CalendarPatterns.two(y.index()) + (y.day() > 0 ? "-" + CalendarPatterns.two(y.day()) : "");
                case SEASON -> "XXXX-" + PeriodPatterns.code(y.index());
                case QUARTER -> "XXXX-Q" + y.index();
                case HALF -> "XXXX-H" + y.index();
            };
        }
        if (meaning instanceof Shift s) {
            String v = switch (s.unit()) {
                case WEEK, FORTNIGHT -> "XXXX-WXX";
                case WEEKEND -> "XXXX-WXX-WE";
                case MONTH -> "XXXX-XX";
                case QUARTER -> "XXXX-QX";
                case YEAR -> "XXXX";
                case DECADE -> "XXX";
                case CENTURY -> "XX";
                case MILLENNIUM -> "X";
                default -> "XXXX-XX-XX";
            };
            return withPart(v, s.dayPart());
        }
        if (meaning instanceof Weekend) {
            return "XXXX-WXX-WE";
        }
        if (meaning instanceof Meaning.Holiday h) {
            HolidayDate d = h.holiday();
            return d.fixedDay() > 0 ? "XXXX-" + CalendarPatterns.two(d.month()) + "-" + CalendarPatterns.two(d.fixedDay()) : "XXXX-XX-XX";
        }
        if (meaning instanceof Meaning.QuarterEnding) {
            return "XXXX-QX";
        }
        if (meaning instanceof QuarterAnaphor q) {
            return q.year() > 0 ? q.year() + "-QX" : "XXXX-QX";
        }
        if (meaning instanceof Clock c) {
            String day = c.day().map(TimexResolver::unresolved).filter(v -> v.length() >= 10).map(v -> v.substring(0, 10))
                    .orElse("XXXX-XX-XX");
            return day + "T" + CalendarPatterns.two(c.hour()) + ":" + CalendarPatterns.two(c.minute());
        }
        return "XXXX-XX-XX";
    }
}
