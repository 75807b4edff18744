package io.wirestream.enrichment.internal.amounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wirestream.enrichment.Amount;
import io.wirestream.enrichment.Timex;
import io.wirestream.enrichment.internal.dates.DateStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountStageTest {

    private static final DateStage DATES = new DateStage();
    private static final AmountStage AMOUNTS = new AmountStage();

    private static List<Amount> amounts(String text, String language) {
        List<Timex> dates = DATES.extract(text, text, Optional.of(LocalDate.of(2025, 2, 15)), language);
        return AMOUNTS.extract(text, text, language, dates);
    }

    private static Amount only(String text, String language) {
        List<Amount> found = amounts(text, language);
        assertThat(found).as("amounts in: %s", text).hasSize(1);
        return found.get(0);
    }

    static Stream<Arguments> english() {
        return Stream.of(
                Arguments.of("Russia massed 1.5 million troops on the border.", "1.5 million troops", 1.5e6, null, null, "troops"),
                Arguments.of("The army fielded 110 combat brigades.", "110 combat brigades", 110, null, null, "combat brigades"),
                Arguments.of("The deal is worth $2.3bn.", "$2.3bn", 2.3e9, "USD", "USD", null),
                Arguments.of("Sales fell 20 per cent last year.", "20 per cent", 20, "percent", null, null),
                Arguments.of("The bank lent €40 million to the city.", "€40 million", 4e7, "EUR", "EUR", null),
                Arguments.of("The club was sold for £1.2 billion.", "£1.2 billion", 1.2e9, "GBP", "GBP", null),
                Arguments.of("Inflation reached 3.5% in January.", "3.5%", 3.5, "percent", null, null),
                Arguments.of("The convoy drove 12 km to the border.", "12 km", 12, "km", null, null),
                Arguments.of("Police said five people were arrested.", "five people", 5, null, null, "people"),
                Arguments.of("A dozen protesters gathered outside.", "A dozen protesters", 12, null, null, "protesters"),
                Arguments.of("The firm raised US$5m from investors.", "US$5m", 5e6, "USD", "USD", null),
                Arguments.of("Shares rose 50 cents to close higher.", "50 cents", 0.5, "USD", "USD", null),
                Arguments.of("Rates rose 2 percentage points in all.", "2 percentage points", 2, "percentage point", null, null),
                Arguments.of("The fire burned 300 square kilometres of forest.", "300 square kilometres", 300, "km²", null, null),
                Arguments.of("Output hit 9.8 million barrels per day.", "9.8 million barrels", 9.8e6, "barrel", null, null),
                Arguments.of("Japan pledged 500 billion yen in aid.", "500 billion yen", 5e11, "JPY", "JPY", null),
                Arguments.of("The fund holds EUR 40 million in bonds.", "EUR 40 million", 4e7, "EUR", "EUR", null),
                Arguments.of("The town has 12,500 inhabitants.", "12,500 inhabitants", 12500, null, null, "inhabitants"),
                Arguments.of("Two hundred and thirty-four engineers signed it.", "Two hundred and thirty-four engineers", 234, null, null, "engineers"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("english")
    void shouldNormalizeEnglishAmounts(String text, String span, double value, String unit, String currency, String object) {
        Amount a = only(text, "en");
        assertThat(a.text()).isEqualTo(span);
        assertThat(text.substring(a.start(), a.end())).isEqualTo(span);
        assertThat(a.value()).isCloseTo(value, within(1e-6 * Math.max(1, value)));
        assertThat(a.unit()).isEqualTo(Optional.ofNullable(unit));
        assertThat(a.currency()).isEqualTo(Optional.ofNullable(currency));
        assertThat(a.object()).isEqualTo(Optional.ofNullable(object));
    }

    static Stream<Arguments> otherLanguages() {
        return Stream.of(
                Arguments.of("de", "Die Regierung gab 1,5 Milliarden Euro aus.", "1,5 Milliarden Euro", 1.5e9, "EUR"),
                Arguments.of("de", "Die Kosten stiegen um 20 Prozent.", "20 Prozent", 20, "percent"),
                Arguments.of("de", "Der Konzern verlor 2,3 Mrd. € im Jahr.", "2,3 Mrd. €", 2.3e9, "EUR"),
                Arguments.of("fr", "Le budget atteint 1 500 000 euros cette fois.", "1 500 000 euros", 1.5e6, "EUR"),
                Arguments.of("fr", "Les prix ont augmenté de 3,5 % en un an.", "3,5 %", 3.5, "percent"),
                Arguments.of("fr", "Un contrat de 2 milliards de dollars a été signé.", "2 milliards de dollars", 2e9, "USD"),
                Arguments.of("es", "La inflación subió un 4,2 por ciento.", "4,2 por ciento", 4.2, "percent"),
                Arguments.of("es", "El gobierno aprobó 300 millones de euros.", "300 millones de euros", 3e8, "EUR"),
                Arguments.of("it", "Il deficit è di 12 miliardi di euro.", "12 miliardi di euro", 1.2e10, "EUR"),
                Arguments.of("nl", "Het kabinet trekt 1,2 miljard euro uit.", "1,2 miljard euro", 1.2e9, "EUR"),
                Arguments.of("pt", "O banco lucrou 3,4 milhões de euros.", "3,4 milhões de euros", 3.4e6, "EUR"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("otherLanguages")
    void shouldReadAmountsInTheLanguagesConvention(String language, String text, String span, double value, String unit) {
        Amount a = only(text, language);
        assertThat(a.text()).isEqualTo(span);
        assertThat(a.value()).isCloseTo(value, within(1e-6 * value));
        assertThat(a.unit()).isEqualTo(Optional.ofNullable(unit));
    }

    static Stream<Arguments> notAmounts() {
        return Stream.of(
                Arguments.of("a year", "The plant opened in 2019."),
                Arguments.of("a date", "The vote is on March 3."),
                Arguments.of("a time", "The polls close at 8 p.m."),
                Arguments.of("a duration", "The strike lasted six months."),
                Arguments.of("an ordinal", "She finished 3rd in the race."),
                Arguments.of("a name with digits", "Leaders of the G7 met in Rome."),
                Arguments.of("a label", "He lives at No. 10 with his family."),
                Arguments.of("a model number", "The airline flies the Boeing 747 on that route."),
                Arguments.of("an adjective", "They signed a two-year contract."),
                Arguments.of("a score", "They won 3-1 at home."),
                Arguments.of("a bare number", "The index closed at 2082.1 on Friday."),
                Arguments.of("one as a pronoun", "One of the men was arrested."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAmounts")
    void shouldNotReportNumbersThatAreNotAmounts(String behaviour, String text) {
        assertThat(amounts(text, "en")).isEmpty();
    }

    @Test
    void shouldNeverFailOnUnusualText() {
        String noise = "$ € 1.2.3 ,5 % 99999999999999999999999 bn $$5 1/0 — 5 ½ kg US$ EUR";
        for (String lang : List.of("en", "de", "fr", "und", "ja")) {
            assertThat(amounts(noise, lang)).allSatisfy(a -> assertThat(noise.substring(a.start(), a.end())).isEqualTo(a.text()));
        }
    }

    static Stream<Arguments> numerals() {
        return Stream.of(
                Arguments.of("1,000.5", '.', 1000.5),
                Arguments.of("1,500", '.', 1500),
                Arguments.of("1.5", '.', 1.5),
                Arguments.of("1.500", ',', 1500),
                Arguments.of("1,5", ',', 1.5),
                Arguments.of("1.234,56", ',', 1234.56),
                Arguments.of("1.500.000", ',', 1500000),
                Arguments.of("2,3", '.', 2.3));
    }

    @ParameterizedTest(name = "{0} with decimal mark {1}")
    @MethodSource("numerals")
    void shouldReadDigitGroupsByTheLanguagesDecimalMark(String digits, char decimalMark, double value) {
        assertThat(Numeral.parse(digits, decimalMark)).isEqualTo(value);
    }
}
