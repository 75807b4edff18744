package io.wirestream.enrichment.internal.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.Timex;
import io.wirestream.enrichment.TimexType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateStageTest {

    /** A Saturday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 15);
    private static final DateStage STAGE = new DateStage();

    private static List<Timex> dates(String text, Optional<LocalDate> published, String language) {
        return STAGE.extract(text, text, published, language);
    }

    private static Timex only(String text, String expression) {
        List<Timex> found = dates(text, Optional.of(PUBLISHED), "en");
        assertThat(found).as("dates in: %s", text).extracting(Timex::text).contains(expression);
        return found.stream().filter(t -> t.text().equals(expression)).findFirst().orElseThrow();
    }

    static Stream<Arguments> englishNews() {
        return Stream.of(
                Arguments.of("a bare weekday is the closest past one", "The minister resigned on Friday.", "Friday", "2025-02-14", TimexType.DATE),
                Arguments.of("a weekday in a future sentence is the coming one", "Talks will resume on Friday.", "Friday", "2025-02-21", TimexType.DATE),
                Arguments.of("earlier this month is the month", "Prices rose earlier this month.", "earlier this month", "2025-02", TimexType.DATE),
                Arguments.of("last year", "Profits fell last year.", "last year", "2024", TimexType.DATE),
                Arguments.of("next Tuesday", "The leaders meet next Tuesday.", "next Tuesday", "2025-02-18", TimexType.DATE),
                Arguments.of("a year used as a modifier", "Delegates still argue about the 2024 summit.", "2024", "2024", TimexType.DATE),
                Arguments.of("month and year", "The law took effect in September 2022.", "September 2022", "2022-09", TimexType.DATE),
                Arguments.of("weeks ago is a week", "The deal was signed two weeks ago.", "two weeks ago", "2025-W05", TimexType.DATE),
                Arguments.of("the coming months", "Rates should fall in the coming months.", "the coming months", "FUTURE_REF", TimexType.DATE),
                Arguments.of("today", "Markets opened higher today.", "today", "2025-02-15", TimexType.DATE),
                Arguments.of("yesterday", "He spoke yesterday.", "yesterday", "2025-02-14", TimexType.DATE),
                Arguments.of("tonight is a time", "The vote is tonight.", "tonight", "2025-02-15TNI", TimexType.TIME),
                Arguments.of("this week is an ISO week", "Shares slid this week.", "this week", "2025-W07", TimexType.DATE),
                Arguments.of("the past three years is a duration", "Exports doubled over the past three years.", "the past three years", "P3Y", TimexType.DURATION),
                Arguments.of("now", "The company now employs 500 people.", "now", "PRESENT_REF", TimexType.DATE),
                Arguments.of("recently", "The firm recently opened an office.", "recently", "PAST_REF", TimexType.DATE),
                Arguments.of("a decade", "Inflation was high in the 1990s.", "the 1990s", "199", TimexType.DATE),
                Arguments.of("a season", "Floods hit the region last summer.", "last summer", "2024-SU", TimexType.DATE),
                Arguments.of("a later quarter spoken of in the past is last year's", "Sales grew in the third quarter.", "the third quarter", "2024-Q3", TimexType.DATE),
                Arguments.of("a quarter with its year", "Sales grew in the first quarter of 2023.", "the first quarter of 2023", "2023-Q1", TimexType.DATE),
                Arguments.of("a fiscal year is its year", "Revenue rose in fiscal 2024.", "fiscal 2024", "2024", TimexType.DATE),
                Arguments.of("a clock time takes the publication date", "The polls close at 3 p.m.", "3 p.m.", "2025-02-15T15:00", TimexType.TIME),
                Arguments.of("a clock time takes the day it names", "The blast came at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2025-02-12T22:00", TimexType.TIME),
                Arguments.of("a bare hour placed by tonight", "The vote is at 9 tonight.", "9 tonight", "2025-02-15T21:00", TimexType.TIME),
                Arguments.of("an o'clock hour this evening is after noon", "The king speaks at 7 o'clock this evening.", "7 o'clock this evening", "2025-02-15T19:00", TimexType.TIME),
                Arguments.of("a p.m. time tonight is one expression", "Fireworks begin at 8 p.m. tonight.", "8 p.m. tonight", "2025-02-15T20:00", TimexType.TIME),
                Arguments.of("a time yesterday morning", "The strike began at 6 o'clock yesterday morning.", "6 o'clock yesterday morning", "2025-02-14T06:00", TimexType.TIME),
                Arguments.of("an hour tomorrow afternoon", "The hearing resumes at 3 tomorrow afternoon.", "3 tomorrow afternoon", "2025-02-16T15:00", TimexType.TIME),
                Arguments.of("a 12-hour clock this morning", "Crowds had gathered by 10:30 this morning.", "10:30 this morning", "2025-02-15T10:30", TimexType.TIME),
                Arguments.of("a duration in months", "The strike lasted six months.", "six months", "P6M", TimexType.DURATION),
                Arguments.of("a duration in hours", "Rescuers searched for 48 hours.", "48 hours", "PT48H", TimexType.DURATION),
                Arguments.of("a fraction of a year", "The project took 2 1/2 years.", "2 1/2 years", "P2Y6M", TimexType.DURATION),
                Arguments.of("a recurrence", "The paper publishes daily updates.", "daily", "P1D", TimexType.SET),
                Arguments.of("every weekday", "The council meets every Monday.", "every Monday", "XXXX-WXX-1", TimexType.SET),
                Arguments.of("a full date", "The ceasefire began on Feb. 14, 2025.", "Feb. 14, 2025", "2025-02-14", TimexType.DATE),
                Arguments.of("a day and month is the closest one", "The summit opens March 3.", "March 3", "2025-03-03", TimexType.DATE),
                Arguments.of("a bare month is the closest one", "Unemployment rose in December.", "December", "2024-12", TimexType.DATE),
                Arguments.of("a year ago in results news is the same quarter", "Third-quarter profit rose to $5 million from $4 million a year ago.", "a year ago", "2023-Q3", TimexType.DATE),
                Arguments.of("the following day counts from the date just mentioned", "Riots broke out on Jan. 6, 2021. The following day, calm returned.", "The following day", "2021-01-07", TimexType.DATE));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("englishNews")
    void shouldNormalizeEnglishExpressionsAgainstThePublicationDate(String behaviour, String text, String expression,
                                                                    String value, TimexType type) {
        Timex t = only(text, expression);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.type()).isEqualTo(type);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(expression);
    }

    /** Published on Saturday 2025-02-15: the coming Thursday is 2025-02-20, the last one 2025-02-13. */
    static Stream<Arguments> tenseOfTheClause() {
        return Stream.of(
                Arguments.of("until a weekday, the state holds now", "The river was expected to stay above 8 metres until Thursday.", "Thursday", "2025-02-20"),
                Arguments.of("until at least a weekday after a past-tense verb", "Rail services were suspended until at least Wednesday.", "at least Wednesday", "2025-02-19"),
                Arguments.of("a clause opening with until is over", "Until Thursday, the police had not named him.", "Thursday", "2025-02-13"),
                Arguments.of("it was not until", "It was not until Thursday that the bank replied.", "Thursday", "2025-02-13"),
                Arguments.of("present passive of a scheduled event", "It should lift her into the top 25 when the rankings are published on Monday.", "Monday", "2025-02-17"),
                Arguments.of("present tense of a fixture", "The Strikers play the Highveld Falcons in Johannesburg on Saturday.", "Saturday", "2025-02-15"),
                Arguments.of("present tense of a meeting", "He and the prime minister meet separately Monday with the envoy.", "Monday", "2025-02-17"),
                Arguments.of("present tense of a speech", "The finance minister speaks to parliament on Monday.", "Monday", "2025-02-17"),
                Arguments.of("present tense of a deadline", "The tender offer expires Friday.", "Friday", "2025-02-21"),
                Arguments.of("present tense of a sitting", "Parliament reconvenes on Wednesday after the recess.", "Wednesday", "2025-02-19"),
                Arguments.of("voters head to the polls", "Voters head to the polls on Sunday in a tight race.", "Sunday", "2025-02-16"),
                Arguments.of("an adjective is no schedule", "The vote was close on Thursday.", "Thursday", "2025-02-13"),
                Arguments.of("a strong future cue far back", "She will make her debut in the league match against Brightwell Rovers on Sunday.", "Sunday", "2025-02-16"),
                Arguments.of("will play on a weekday", "Kingsport will play their last home game of the year against Castlegate on Sunday.", "Sunday", "2025-02-16"),
                Arguments.of("a dated match spoken of in the present", "The match on Tuesday is the first real test of the season.", "Tuesday", "2025-02-18"),
                Arguments.of("an expectation reported in the past tense", "Protesters were planning to drive around the airport on Monday.", "Monday", "2025-02-17"),
                Arguments.of("planned with its object", "Protesters planned a large demonstration in the old town on Tuesday.", "Tuesday", "2025-02-18"),
                Arguments.of("is to", "The stock is to resume trading in Paris on Tuesday.", "Tuesday", "2025-02-18"),
                Arguments.of("a deadline", "The group must pay down the bridge loan by June.", "June", "2025-06"),
                Arguments.of("a deadline that had passed", "Thirty-two members had filed their reports by Wednesday.", "Wednesday", "2025-02-12"),
                Arguments.of("said on a weekday stays the day of the statement", "The company said on Monday it would cut 200 jobs.", "Monday", "2025-02-10"),
                Arguments.of("a plain past event", "The minister resigned on Tuesday after the vote.", "Tuesday", "2025-02-11"),
                Arguments.of("plans as a noun is no future", "On Friday, she set aside her holiday plans for the trip.", "Friday", "2025-02-14"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("tenseOfTheClause")
    void shouldPlaceWeekdaysAndMonthsByWhatTheClauseSays(String behaviour, String text, String expression, String value) {
        assertThat(only(text, expression).value()).as(behaviour).isEqualTo(value);
    }

    static Stream<Arguments> resultsNews() {
        return Stream.of(
                Arguments.of("after a longer period a year earlier is the year",
                        "Third-quarter profit rose 12%. For the nine months, net income was $5 million, up from $4 million a year earlier.",
                        "a year earlier", "2024"),
                Arguments.of("a quarter named in the same sentence wins over the first one",
                        "Acme earned more in the fiscal first quarter. Separately, Borle reported fourth-quarter profit of $5 million, up from $4 million a year earlier.",
                        "a year earlier", "2023-Q4"),
                Arguments.of("a year-period after the nine months is that year",
                        "In the first nine months, net was $306 million, compared with a loss in the 2023 period. Third-quarter sales fell.",
                        "the 2023 period", "2023"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultsNews")
    void shouldCompareResultsWithThePeriodTheSentenceTalksAbout(String behaviour, String text, String expression, String value) {
        assertThat(only(text, expression).value()).as(behaviour).isEqualTo(value);
    }

    @Test
    void shouldLeaveABareHourThatItsPartOfTheDayCannotPlaceApart() {
        // "2 tonight" is two in the morning of the next day, or a count: no guess either way
        assertThat(dates("The plane landed at 2 tonight.", Optional.of(PUBLISHED), "en")).extracting(Timex::text, Timex::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tonight", "2025-02-15TNI"));
        assertThat(dates("The home side scored at 9 today.", Optional.of(PUBLISHED), "en")).extracting(Timex::text)
                .containsExactly("today");
    }

    @Test
    void shouldResolveFridayAgainstPublicationDate() {
        Timex friday = only("The minister resigned on Friday.", "Friday");
        assertThat(friday.value()).isEqualTo("2025-02-14");
        assertThat(friday.resolved()).isTrue();
    }

    @Test
    void shouldMarkAbsoluteDatesAsNotResolvedAgainstThePublicationDate() {
        assertThat(only("The law took effect in September 2022.", "September 2022").resolved()).isFalse();
    }

    static Stream<Arguments> withoutPublicationDate() {
        return Stream.of(
                Arguments.of("The minister resigned on Friday.", "Friday", "XXXX-WXX-5"),
                Arguments.of("Profits fell last year.", "last year", "XXXX"),
                Arguments.of("Prices rose earlier this month.", "earlier this month", "XXXX-XX"),
                Arguments.of("The deal was signed two weeks ago.", "two weeks ago", "XXXX-WXX"),
                Arguments.of("He spoke yesterday.", "yesterday", "XXXX-XX-XX"),
                Arguments.of("Unemployment rose in December.", "December", "XXXX-12"),
                Arguments.of("The law took effect in September 2022.", "September 2022", "2022-09"));
    }

    @ParameterizedTest(name = "{1} stays {2}")
    @MethodSource("withoutPublicationDate")
    void shouldKeepRelativeExpressionsUnresolvedWithoutPublicationDate(String text, String expression, String value) {
        List<Timex> found = dates(text, Optional.empty(), "en");
        assertThat(found).extracting(Timex::text, Timex::value, Timex::resolved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(expression, value, false));
    }

    static Stream<Arguments> otherLanguages() {
        return Stream.of(
                Arguments.of("de", "Am 15.02.2025 sagte der Minister, er trete zurück.", "15.02.2025", "2025-02-15"),
                Arguments.of("de", "Die Wahl findet am 23. Februar 2025 statt.", "23. Februar 2025", "2025-02-23"),
                Arguments.of("fr", "Le sommet du 14 février 2025 a échoué.", "14 février 2025", "2025-02-14"),
                Arguments.of("fr", "Le rapport daté du 03/02/2025 est public.", "03/02/2025", "2025-02-03"),
                Arguments.of("es", "El acuerdo se firmó el 3 de marzo de 2024.", "3 de marzo de 2024", "2024-03-03"),
                Arguments.of("it", "La legge è entrata in vigore il 5 maggio 2023.", "5 maggio 2023", "2023-05-05"),
                Arguments.of("pt", "A eleição de 7 de setembro de 2022 foi adiada.", "7 de setembro de 2022", "2022-09-07"),
                Arguments.of("nl", "De wet geldt sinds 1 april 2021.", "1 april 2021", "2021-04-01"),
                Arguments.of("de", "Die Preise stiegen im Januar 2024 kräftig.", "Januar 2024", "2024-01"),
                Arguments.of("en", "The report dated 02/03/2025 is public.", "02/03/2025", "2025-02-03"),
                Arguments.of("en", "Filed on 2025-02-15 in Delaware.", "2025-02-15", "2025-02-15"),
                Arguments.of("de", "Gestern trat der Minister zurück.", "Gestern", "2025-02-14"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("otherLanguages")
    void shouldReadIsoDatesInOtherLanguages(String language, String text, String expression, String value) {
        List<Timex> found = dates(text, Optional.of(PUBLISHED), language);
        assertThat(found).extracting(Timex::text, Timex::value)
                .contains(org.assertj.core.groups.Tuple.tuple(expression, value));
    }

    static Stream<Arguments> notDates() {
        return Stream.of(
                Arguments.of("a modal verb", "Investors may sell their shares."),
                Arguments.of("a surname", "Theresa May said the vote would go ahead."),
                Arguments.of("a verb that is also a season", "Prices fall when supply grows."),
                Arguments.of("an age", "A 52-year-old man was arrested."),
                Arguments.of("an age in words", "The suspect, 34 years old, fled."),
                Arguments.of("a count written with a separator", "About 2,000 people marched."),
                Arguments.of("a newspaper named after a day", "USA Today reported the figures."),
                Arguments.of("a rate", "The plant makes 400 cars a week."),
                Arguments.of("an ordinal that is not a quarter", "He came second in the race."),
                Arguments.of("a score", "They won 3-1 at home."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notDates")
    void shouldNotTakeOtherWordsForDates(String behaviour, String text) {
        assertThat(dates(text, Optional.of(PUBLISHED), "en")).isEmpty();
    }

    @Test
    void shouldNeverFailOnUnusualText() {
        String noise = "\u0000 ' '' 1/0 31.02.2025 99:99 p.m. Q9 FY — 12:30 – -5 years 1e9 \uD83D\uDE00 mañana";
        for (String lang : List.of("en", "de", "es", "und", "zh")) {
            assertThat(dates(noise, Optional.of(PUBLISHED), lang)).allSatisfy(t ->
                    assertThat(noise.substring(t.start(), t.end())).isEqualTo(t.text()));
            assertThat(dates(noise, Optional.empty(), lang)).isNotNull();
        }
    }
}
