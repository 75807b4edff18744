package io.wirestream.enrichment.internal.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.TimexType;
import io.wirestream.enrichment.internal.dates.Meaning.Direction;
import io.wirestream.enrichment.internal.dates.Meaning.Period;
import io.wirestream.enrichment.internal.dates.Meaning.Shift;
import io.wirestream.enrichment.internal.dates.Meaning.Weekday;
import io.wirestream.enrichment.internal.dates.Meaning.Weekend;
import io.wirestream.enrichment.internal.dates.Meaning.Yearless;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimexResolverTest {

    /** A Saturday in the first quarter, in winter. */
    private static final LocalDate SATURDAY = LocalDate.of(2025, 2, 15);
    private static final TimexResolver RESOLVER = new TimexResolver();

    private static String resolve(Meaning m, Tense tense) {
        return resolve(m, tense, SATURDAY);
    }

    private static String resolve(Meaning m, Tense tense, LocalDate anchor) {
        var ctx = new TimexResolver.Context(Optional.of(anchor), tense, new Discourse(), 0, Optional.empty());
        return RESOLVER.resolve(m, ctx).value();
    }

    static Stream<Arguments> weekdays() {
        return Stream.of(
                Arguments.of("bare Friday in the past is yesterday", 5, Direction.NEAREST, Tense.NONE, "2025-02-14"),
                Arguments.of("bare Monday in the past is last Monday", 1, Direction.NEAREST, Tense.PAST, "2025-02-10"),
                Arguments.of("bare Monday in the future is the coming one", 1, Direction.NEAREST, Tense.FUTURE, "2025-02-17"),
                Arguments.of("the anchor's own weekday is the anchor", 6, Direction.NEAREST, Tense.FUTURE, "2025-02-15"),
                Arguments.of("next Tuesday is the first Tuesday after", 2, Direction.NEXT, Tense.NONE, "2025-02-18"),
                Arguments.of("last Saturday is a week back", 6, Direction.LAST, Tense.NONE, "2025-02-08"),
                Arguments.of("this Monday is the Monday of the week", 1, Direction.THIS, Tense.NONE, "2025-02-10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weekdays")
    void shouldPlaceWeekdaysByDirectionAndTense(String behaviour, int day, Direction d, Tense tense, String value) {
        assertThat(resolve(new Weekday(day, d, ""), tense)).isEqualTo(value);
    }

    static Stream<Arguments> yearless() {
        return Stream.of(
                Arguments.of("a month a few weeks ahead is this year's", Period.MONTH, 3, 0, Direction.NEAREST, Tense.NONE, "2025-03"),
                Arguments.of("a month long ahead is last year's", Period.MONTH, 10, 0, Direction.NEAREST, Tense.NONE, "2024-10"),
                Arguments.of("a month long ahead in a future sentence is this year's", Period.MONTH, 10, 0, Direction.NEAREST, Tense.FUTURE, "2025-10"),
                Arguments.of("an earlier month in a future sentence is next year's", Period.MONTH, 1, 0, Direction.NEAREST, Tense.FUTURE, "2026-01"),
                Arguments.of("a day two weeks ahead is this year's even in a past sentence", Period.MONTH, 3, 1, Direction.NEAREST, Tense.PAST, "2025-03-01"),
                Arguments.of("December in February is the last one", Period.MONTH, 12, 0, Direction.NEAREST, Tense.NONE, "2024-12"),
                Arguments.of("last May", Period.MONTH, 5, 0, Direction.LAST, Tense.NONE, "2024-05"),
                Arguments.of("next March", Period.MONTH, 3, 0, Direction.NEXT, Tense.NONE, "2025-03"),
                Arguments.of("June last year", Period.MONTH, 6, 0, Direction.PREVIOUS_YEAR, Tense.NONE, "2024-06"),
                Arguments.of("a later quarter spoken of plainly is last year's", Period.QUARTER, 3, 0, Direction.NEAREST, Tense.NONE, "2024-Q3"),
                Arguments.of("a later quarter in a forecast is this year's", Period.QUARTER, 3, 0, Direction.NEAREST, Tense.FUTURE, "2025-Q3"),
                Arguments.of("the current quarter", Period.QUARTER, 1, 0, Direction.NEAREST, Tense.PAST, "2025-Q1"),
                Arguments.of("last summer", Period.SEASON, 2, 0, Direction.LAST, Tense.NONE, "2024-SU"),
                Arguments.of("this winter started last year", Period.SEASON, 4, 0, Direction.THIS, Tense.NONE, "2024-WI"),
                Arguments.of("next spring", Period.SEASON, 1, 0, Direction.NEXT, Tense.NONE, "2025-SP"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearless")
    void shouldChooseTheYearOfYearlessExpressions(String behaviour, Period p, int index, int day, Direction d, Tense tense,
                                                   String value) {
        assertThat(resolve(new Yearless(p, index, day, d), tense)).isEqualTo(value);
    }

    static Stream<Arguments> shifts() {
        return Stream.of(
                Arguments.of(TimeUnit.DAY, -1, "", "2025-02-14"),
                Arguments.of(TimeUnit.DAY, 0, "NI", "2025-02-15TNI"),
                Arguments.of(TimeUnit.WEEK, -2, "", "2025-W05"),
                Arguments.of(TimeUnit.WEEK, 0, "", "2025-W07"),
                Arguments.of(TimeUnit.MONTH, -1, "", "2025-01"),
                Arguments.of(TimeUnit.QUARTER, -1, "", "2024-Q4"),
                Arguments.of(TimeUnit.YEAR, 1, "", "2026"),
                Arguments.of(TimeUnit.DECADE, 0, "", "202"),
                Arguments.of(TimeUnit.CENTURY, 0, "", "20"));
    }

    @ParameterizedTest(name = "{0} {1} is {3}")
    @MethodSource("shifts")
    void shouldShowShiftsAtTheUnitsGranularity(TimeUnit unit, int amount, String part, String value) {
        assertThat(resolve(new Shift(unit, amount, part, false, false), Tense.NONE)).isEqualTo(value);
    }

    @Test
    void shouldTakeTheLatestWeekendInThePastAndTheComingOneInTheFuture() {
        LocalDate wednesday = LocalDate.of(2025, 2, 12);
        assertThat(resolve(new Weekend(Direction.NEAREST), Tense.PAST, wednesday)).isEqualTo("2025-W06-WE");
        assertThat(resolve(new Weekend(Direction.NEAREST), Tense.FUTURE, wednesday)).isEqualTo("2025-W07-WE");
        assertThat(resolve(new Weekend(Direction.NEAREST), Tense.PAST, SATURDAY)).isEqualTo("2025-W07-WE");
    }

    @Test
    void shouldReadAYearAgoInResultsNewsAsTheSameQuarterAYearBefore() {
        Discourse discourse = new Discourse();
        discourse.saw("2024-Q4", 0);
        var ctx = new TimexResolver.Context(Optional.of(SATURDAY), Tense.NONE, discourse, 3, Optional.empty());
        assertThat(RESOLVER.resolve(new Shift(TimeUnit.YEAR, -1, "", false, true), ctx).value()).isEqualTo("2023-Q4");
        assertThat(RESOLVER.resolve(Shift.of(TimeUnit.YEAR, -1), ctx).value()).isEqualTo("2024");
    }

    @Test
    void shouldResolveHolidaysInTheirYear() {
        assertThat(resolve(new Meaning.Holiday(HolidayDate.THANKSGIVING, Direction.LAST), Tense.NONE)).isEqualTo("2024-11-28");
        assertThat(resolve(new Meaning.Holiday(HolidayDate.EASTER, Direction.NEXT), Tense.NONE)).isEqualTo("2025-04-20");
        assertThat(resolve(new Meaning.Holiday(HolidayDate.CHRISTMAS, Direction.NEAREST), Tense.NONE)).isEqualTo("2024-12-25");
    }

    @Test
    void shouldNeverGuessWithoutAnAnchor() {
        var ctx = new TimexResolver.Context(Optional.empty(), Tense.FUTURE, new Discourse(), 0, Optional.empty());
        var r = RESOLVER.resolve(new Weekday(5, Direction.NEAREST, "NI"), ctx);
        assertThat(r.value()).isEqualTo("XXXX-WXX-5TNI");
        assertThat(r.type()).isEqualTo(TimexType.TIME);
        assertThat(r.resolved()).isFalse();
        assertThat(RESOLVER.resolve(new Yearless(Period.QUARTER, 3, 0, Direction.NEAREST), ctx).value()).isEqualTo("XXXX-Q3");
    }

    static Stream<Arguments> durations() {
        return Stream.of(
                Arguments.of(TimeUnit.YEAR, 2.5, "P2Y6M"),
                Arguments.of(TimeUnit.HOUR, 1.5, "PT1H30M"),
                Arguments.of(TimeUnit.DAY, 1.5, "P1DT12H"),
                Arguments.of(TimeUnit.DECADE, 2, "P20Y"),
                Arguments.of(TimeUnit.MINUTE, 90, "PT90M"),
                Arguments.of(TimeUnit.WEEK, 0.5, "P3.5D"));
    }

    @ParameterizedTest(name = "{1} {0} is {2}")
    @MethodSource("durations")
    void shouldWriteDurationsAsIso8601(TimeUnit unit, double n, String value) {
        assertThat(unit.duration(n)).isEqualTo(value);
    }
}
