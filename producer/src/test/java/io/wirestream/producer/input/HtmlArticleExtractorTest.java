package io.wirestream.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.producer.ArticleNormalizer;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Validation;
import io.wirestream.schemas.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlArticleExtractorTest {

    final ArticleReader reader = new ArticleReader(Limits.DEFAULTS);
    final ArticleNormalizer normalizer = new ArticleNormalizer(Limits.DEFAULTS,
            Clock.fixed(Instant.parse("2024-12-31T00:00:00Z"), ZoneOffset.UTC));

    Validation page(String html, Optional<String> url) {
        List<InputEntry> entries = reader.read(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), InputFormat.HTML,
                "page", new InputDefaults(url, Optional.empty(), Optional.empty()));
        assertThat(entries).singleElement().isInstanceOf(InputEntry.Draft.class);
        return normalizer.normalize(((InputEntry.Draft) entries.get(0)).draft());
    }

    RawArticle article(String fixture, Optional<String> source) {
        List<InputEntry> entries = reader.read(Fixtures.bytes(fixture), InputFormat.HTML, fixture,
                new InputDefaults(Optional.empty(), source, Optional.empty()));
        Validation v = normalizer.normalize(((InputEntry.Draft) entries.get(0)).draft());
        assertThat(v).isInstanceOf(Validation.Valid.class);
        return ((Validation.Valid) v).article();
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("news-jsonld.html", "Harbour floods after overnight storm",
                        "Heavy rain flooded the harbour district of Portsmouth overnight, forcing about 200 families from their homes.\n\n"
                                + "\"We have never seen the water rise this fast,\" said Jane Doe, who runs a caf\u00e9 on the quay.\n\n"
                                + "The council said pumps would run\nuntil the tide turns on Saturday.",
                        "2024-03-15T07:45:00Z", List.of("Maria Lopez", "Ahmed Khan"), "The Daily Example",
                        "https://www.daily-example.co.uk/news/harbour-floods-after-storm", "en-GB"),
                Arguments.of("news-meta.html", "Zentralbank senkt den Leitzins",
                        "Die Zentralbank hat am Donnerstag den Leitzins um 0,25 Prozentpunkte gesenkt.\n\n"
                                + "Es ist die erste Senkung seit f\u00fcnf Jahren.",
                        "2024-06-06T10:15:00Z", List.of("Lukas Weber"), "Beispiel Zeitung",
                        "https://beispiel-zeitung.de/wirtschaft/leitzins", "de"),
                Arguments.of("news-time.html", "Local team wins the cup",
                        "The home side beat the visitors 3-1 in front of a sold-out stadium on Sunday.\n\n"
                                + "Two late goals settled a tense final.\n\nFirst goal: 12th minute\nSecond goal: 85th minute",
                        "2023-11-05T18:30:00Z", List.of("Sofia Rossi"), "gazette", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void shouldExtractTitleBodyAuthorsAndPublicationDate(String fixture, String title, String body, String published,
            List<String> authors, String source, String url, String language) {
        // the sender's source applies only when the page names none (the third page names none)
        RawArticle a = article(fixture, Optional.of("gazette"));
        assertThat(a.getTitle()).isEqualTo(title);
        assertThat(a.getBody()).isEqualTo(body);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse(published));
        assertThat(a.getAuthors()).containsExactlyElementsOf(authors);
        assertThat(a.getSource()).isEqualTo(source);
        assertThat(a.getUrl()).isEqualTo(url);
        assertThat(a.getLanguage()).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({
            "https://example.com/2024/03/15/story, 2024-03-15",
            "https://example.com/news/2023-7-4-fireworks, 2023-07-04",
            "https://example.com/2024/3/9/, 2024-03-09",
            "https://example.com/2024/13/40/nope, ",
            "https://example.com/archive/2024/story, "})
    void shouldFindTheDateInTheUrlPath(String url, String expected) {
        assertThat(HtmlArticleExtractor.dateInUrl(url)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void shouldTakeTheDateFromTheUrlWhenThePageHasNone() {
        Validation v = page("<html><body><h1>T</h1><p>Body.</p></body></html>", Optional.of("https://example.com/2024/03/15/story"));
        assertThat(((Validation.Valid) v).article().getPublishedAt()).isEqualTo(Instant.parse("2024-03-15T00:00:00Z"));
    }

    static Stream<Arguments> badDates() {
        return Stream.of(
                Arguments.of("in the future", "<meta property=\"article:published_time\" content=\"2031-01-01T00:00:00Z\">", "in the future"),
                Arguments.of("before 1900", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"1850-05-01\"}</script>", "before 1900"),
                Arguments.of("unreadable", "<meta property=\"article:published_time\" content=\"last Tuesday\">", "is not a date"));
    }

    @ParameterizedTest(name = "a publication date {0} is a field error")
    @MethodSource("badDates")
    void shouldRejectImpossiblePublicationDates(String what, String head, String problem) {
        Validation v = page("<html><head>" + head + "</head><body><p>Body.</p></body></html>", Optional.of("https://example.com/a"));
        assertThat(v).isInstanceOfSatisfying(Validation.Invalid.class, i -> assertThat(i.errors()).singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("published");
                    assertThat(e.problem()).contains(problem);
                }));
    }

    @Test
    void shouldRejectAPageWithoutText() {
        Validation v = page("<html><body><nav>Home</nav></body></html>", Optional.of("https://example.com/a"));
        assertThat(v).isInstanceOfSatisfying(Validation.Invalid.class, i -> assertThat(i.errors())
                .extracting(FieldError::field).containsExactly("body"));
    }

    @Test
    void shouldKeepTheTextOfElementsNestedDeeperThanTheParserFollows() {
        String deep = "<div>".repeat(HtmlArticleExtractor.MAX_DEPTH * 3) + "<p>Deep down, the minister spoke.</p>"
                + "</div>".repeat(HtmlArticleExtractor.MAX_DEPTH * 3);
        Validation v = page("<html><body><p>First paragraph.</p>" + deep + "<p>Last paragraph.</p></body></html>",
                Optional.of("https://example.com/deep"));
        assertThat(((Validation.Valid) v).article().getBody())
                .isEqualTo("First paragraph.\n\nDeep down, the minister spoke.\n\nLast paragraph.");
    }

    @Test
    void shouldKeepTheTextOfAFeedItemFragmentNestedDeeperThanTheParserFollows() {
        String deep = "<span>".repeat(HtmlArticleExtractor.MAX_DEPTH * 2) + "Deep text" + "</span>".repeat(HtmlArticleExtractor.MAX_DEPTH * 2);
        assertThat(HtmlArticleExtractor.fragmentText("<p>Start.</p><p>" + deep + ".</p><script>x()</script>"))
                .isEqualTo("Start.\n\nDeep text.");
    }
}
