package io.wirestream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.ArticleId;
import io.wirestream.schemas.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleNormalizerTest {

    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    final ArticleNormalizer normalizer = new ArticleNormalizer(Limits.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));

    static ArticleDraft.Builder valid() {
        return ArticleDraft.builder().url("https://example.com/a").source("example").title("Title").text("Body text.");
    }

    RawArticle normalized(ArticleDraft d) {
        Validation v = normalizer.normalize(d);
        assertThat(v).isInstanceOf(Validation.Valid.class);
        return ((Validation.Valid) v).article();
    }

    List<FieldError> errors(ArticleDraft d) {
        Validation v = normalizer.normalize(d);
        assertThat(v).isInstanceOf(Validation.Invalid.class);
        return ((Validation.Invalid) v).errors();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("a missing body", (UnaryOperator<ArticleDraft.Builder>) b -> b.text(null), "body", "missing"),
                Arguments.of("a body blank after cleaning", (UnaryOperator<ArticleDraft.Builder>) b -> b.text(" \u0000\n\t "), "body", "empty"),
                Arguments.of("an unpaired surrogate in the body", (UnaryOperator<ArticleDraft.Builder>) b -> b.text("a\uD800b"), "body", "unpaired surrogate"),
                Arguments.of("an ftp URL", (UnaryOperator<ArticleDraft.Builder>) b -> b.url("ftp://example.com/a"), "url", "http(s)"),
                Arguments.of("a relative URL", (UnaryOperator<ArticleDraft.Builder>) b -> b.url("/news/a"), "url", "http(s)"),
                Arguments.of("a URL with spaces", (UnaryOperator<ArticleDraft.Builder>) b -> b.url("https://example.com/a b"), "url", "not a valid URL"),
                Arguments.of("an overlong URL", (UnaryOperator<ArticleDraft.Builder>) b -> b.url("https://example.com/" + "a".repeat(3000)), "url", "limit is 2048"),
                Arguments.of("an ill-formed language tag", (UnaryOperator<ArticleDraft.Builder>) b -> b.language("en_US"), "language", "BCP 47"),
                Arguments.of("a language tag of digits", (UnaryOperator<ArticleDraft.Builder>) b -> b.language("12345"), "language", "BCP 47"),
                Arguments.of("an unreadable date", (UnaryOperator<ArticleDraft.Builder>) b -> b.published("last Friday"), "published", "is not a date"),
                Arguments.of("a date in the future", (UnaryOperator<ArticleDraft.Builder>) b -> b.published("2024-06-03T00:00:00Z"), "published", "in the future"),
                Arguments.of("a date before 1900", (UnaryOperator<ArticleDraft.Builder>) b -> b.published("1899-12-31"), "published", "before 1900"),
                Arguments.of("no source and no URL", (UnaryOperator<ArticleDraft.Builder>) b -> b.url(null).source(null), "source", "missing"),
                Arguments.of("an overlong title", (UnaryOperator<ArticleDraft.Builder>) b -> b.title("t".repeat(1001)), "title", "limit is 1000"),
                Arguments.of("an overlong author", (UnaryOperator<ArticleDraft.Builder>) b -> b.author("a".repeat(201)), "authors[0]", "limit is 200"),
                Arguments.of("too many authors", (UnaryOperator<ArticleDraft.Builder>) b -> {
                    for (int i = 0; i < 51; i++) {
                        b.author("Author " + i);
                    }
                    return b;
                }, "authors", "limit is 50"),
                Arguments.of("an overlong metadata value", (UnaryOperator<ArticleDraft.Builder>) b -> b.metadata("k", "v".repeat(5000)), "metadata.k", "limit is 4096"),
                Arguments.of("a problem the reader found", (UnaryOperator<ArticleDraft.Builder>) b -> b.problem(new FieldError("authors", "must be an array of strings, not a number")), "authors", "array"));
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("invalid")
    void shouldRejectWithTheFieldAndTheProblem(String what, UnaryOperator<ArticleDraft.Builder> change, String field, String problem) {
        assertThat(errors(change.apply(valid()).build()))
                .anySatisfy(e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void shouldListEveryProblemOfAnArticleAtOnce() {
        assertThat(errors(ArticleDraft.builder().url("mailto:x@example.com").language("e n").published("soon").build()))
                .extracting(FieldError::field).containsExactly("url", "body", "source", "language", "published");
    }

    @Test
    void shouldGiveTheSameIdToTheSameUrlWithOtherTrackingParametersOrFragment() {
        RawArticle a = normalized(valid().url("https://Example.com/news/story?id=7&utm_source=rss#comments").build());
        RawArticle b = normalized(valid().url("https://example.com/news/story?fbclid=xyz&id=7").build());
        assertThat(a.getId()).isEqualTo(b.getId()).isEqualTo(ArticleId.forUrl("https://example.com/news/story?id=7"));
        assertThat(a.getUrl()).isEqualTo("https://example.com/news/story?id=7");
    }

    @Test
    void shouldNormalizeEveryField() {
        RawArticle a = normalized(ArticleDraft.builder()
                .url(" https://www.Example.com/a ")
                .title("  Storm\nfloods   harbour ")
                .text("\uFEFFFirst  paragraph.\r\n\r\n\r\nSecond\u0000 paragraph.  ")
                .language("EN-gb")
                .published("2024-03-15T12:00:00.123456+02:00")
                .fetched("2024-03-15T12:30:00Z")
                .authors(List.of(" Maria  Lopez ", "", "Maria Lopez", "Ahmed Khan"))
                .metadata("section", " World ")
                .build());
        assertThat(a.getSource()).isEqualTo("example.com");
        assertThat(a.getUrl()).isEqualTo("https://www.example.com/a");
        assertThat(a.getTitle()).isEqualTo("Storm floods harbour");
        assertThat(a.getBody()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(a.getLanguage()).isEqualTo("en-GB");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-03-15T10:00:00.123Z"));
        assertThat(a.getFetchedAt()).isEqualTo(Instant.parse("2024-03-15T12:30:00Z"));
        assertThat(a.getAuthors()).containsExactly("Maria Lopez", "Ahmed Khan");
        assertThat(a.getMetadata()).containsEntry("section", "World");
    }

    @Test
    void shouldTakeTheIdFromTheTextWhenThereIsNoUrl() {
        RawArticle a = normalized(ArticleDraft.builder().source("wire").text("Same   text.\n").build());
        RawArticle b = normalized(ArticleDraft.builder().source("wire").text("Same text.").build());
        assertThat(a.getUrl()).isNull();
        assertThat(a.getId()).isEqualTo(b.getId()).isEqualTo(ArticleId.forText("Same text."));
    }

    @Test
    void shouldExtractTheBodyFromHtmlWhenThereIsNoText() {
        RawArticle a = normalized(valid().text(null).html("<html><body><p>One.</p><p>Two &amp; three.</p></body></html>").build());
        assertThat(a.getBody()).isEqualTo("One.\n\nTwo & three.");
    }

    @Test
    void shouldAcceptADateADayAheadForTimeZones() {
        assertThat(normalized(valid().published("2024-06-01").build()).getPublishedAt()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(normalized(valid().build()).getFetchedAt()).isEqualTo(NOW);
    }
}
