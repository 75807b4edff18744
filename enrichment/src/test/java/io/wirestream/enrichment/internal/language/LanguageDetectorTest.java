package io.wirestream.enrichment.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("en", "The government said on Tuesday that it would raise taxes after the election."),
                Arguments.of("fr", "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, malgré l'opposition des syndicats."),
                Arguments.of("de", "Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen, das die Mieten begrenzen soll."),
                Arguments.of("es", "El presidente del Gobierno anunció este martes un nuevo plan de vivienda para los jóvenes."),
                Arguments.of("it", "Il governo ha approvato ieri la legge di bilancio, che sarà discussa in parlamento."),
                Arguments.of("pt", "O governo anunciou nesta terça-feira um novo pacote de medidas para a economia do país."),
                Arguments.of("nl", "De regering heeft dinsdag een nieuw plan gepresenteerd om de woningnood aan te pakken."),
                Arguments.of("pl", "Rząd przyjął we wtorek projekt ustawy, który ma obniżyć ceny energii dla gospodarstw."),
                Arguments.of("sv", "Regeringen meddelade på tisdagen att den ska sänka skatten för pensionärer och att det blir fler jobb."),
                Arguments.of("tr", "Hükümet salı günü yeni bir ekonomi paketi açıkladı ve bu paket için çok para ayrıldı."),
                Arguments.of("ru", "Правительство во вторник объявило о новых мерах поддержки экономики, которые вступят в силу."),
                Arguments.of("uk", "Уряд у вівторок оголосив про нові заходи підтримки економіки, які набудуть чинності."),
                Arguments.of("el", "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα για την οικονομία."),
                Arguments.of("ar", "أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لدعم الاقتصاد الوطني."),
                Arguments.of("he", "הממשלה הודיעה ביום שלישי על צעדים חדשים לתמיכה בכלכלה."),
                Arguments.of("zh", "政府星期二宣布了支持经济的新措施。"),
                Arguments.of("ja", "政府は火曜日、経済を支援するための新しい措置を発表した。"),
                Arguments.of("ko", "정부는 화요일 경제를 지원하기 위한 새로운 조치를 발표했다."),
                Arguments.of("hi", "सरकार ने मंगलवार को अर्थव्यवस्था के लिए नए उपायों की घोषणा की।"),
                Arguments.of("cs", "Vláda ve středu schválila nový zákon o daních."),
                Arguments.of("en", "Microsoft adds to Visual Studio tools line. The new edition targets developers working in small firms."));
    }

    static Stream<Arguments> englishWithForeignLookingTokens() {
        return Stream.of(
                Arguments.of("initials and U.S.", "U.S. champion J. S. Smith won in 12.71 s, with U.S. team-mate A. U. Brown second on Friday."),
                Arguments.of("results table with foreign names", "ATHLETICS - RESULTS\nLeading results at the meeting on Friday:\n"
                        + "1. Ludmila Engquist (Sweden) 12.74\n2. Svetlana Masterkova (Russia) 4:06.87\n3. Brigita Bokovec (Slovenia) 12.92"),
                Arguments.of("Spanish names in English", "Jose Luis de la Vega and Maria de los Santos said the deal was done."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishWithForeignLookingTokens")
    void shouldKeepEnglishWhenNamesAndInitialsLookForeign(String description, String text) {
        assertThat(DETECTOR.detect(text)).isEqualTo("en");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("texts")
    void shouldDetectTheLanguageOfNewsSentences(String expected, String text) {
        assertThat(DETECTOR.detect(text)).isEqualTo(expected);
    }

    static Stream<Arguments> undetermined() {
        return Stream.of(
                Arguments.of("empty text", ""),
                Arguments.of("numbers only", "12,345 67.8 2025-02-14"),
                Arguments.of("a single name", "Reuters"),
                Arguments.of("symbols", "*** --- ###"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undetermined")
    void shouldSayUndeterminedWhenTheTextCannotTell(String description, String text) {
        assertThat(DETECTOR.detect(text)).isEqualTo("und");
    }
}
