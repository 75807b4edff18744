package io.wirestream.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.producer.ArticleDraft;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Limits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleReaderTest {

    final ArticleReader reader = new ArticleReader(Limits.DEFAULTS.withBytes(2048, 1 << 20));

    List<InputEntry> read(String text, InputFormat format) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), format, "in", InputDefaults.NONE);
    }

    static ArticleDraft draft(InputEntry e) {
        assertThat(e).isInstanceOf(InputEntry.Draft.class);
        return ((InputEntry.Draft) e).draft();
    }

    static List<FieldError> errors(InputEntry e) {
        assertThat(e).isInstanceOf(InputEntry.Unreadable.class);
        return ((InputEntry.Unreadable) e).errors();
    }

    @Test
    void shouldReadEveryNdjsonLineOnItsOwnWithItsLineNumber() {
        List<InputEntry> entries = read("""
                {"url": "https://example.com/1", "body": "one"}

                {"url": "https://example.com/2", "text": "two"
                not json at all
                {"html": "<p>three</p>", "source": "s"}
                ["an", "array"]
                """, InputFormat.NDJSON);
        assertThat(entries).extracting(e -> e.origin().line()).containsExactly(1L, 3L, 4L, 5L, 6L);
        assertThat(entries).extracting(e -> e.origin().index()).containsExactly(0, 1, 2, 3, 4);
        assertThat(draft(entries.get(0)).text()).contains("one");
        assertThat(errors(entries.get(1))).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("json"));
        assertThat(errors(entries.get(2))).singleElement().satisfies(e -> assertThat(e.problem()).contains("column 1"));
        assertThat(draft(entries.get(3)).html()).contains("<p>three</p>");
        assertThat(errors(entries.get(4))).singleElement().satisfies(e -> assertThat(e.problem()).contains("must be a JSON object"));
    }

    @Test
    void shouldReportBytesThatAreNotUtf8OnTheirLineAndReadTheNextLine() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("{\"body\": \"ok\"}\n{\"body\": \"caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9); // Latin-1 'é'
        b.write("\"}\r\n{\"body\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.UTF_8));
        List<InputEntry> entries = reader.read(b.toByteArray(), InputFormat.NDJSON, "in", InputDefaults.NONE);
        assertThat(entries).hasSize(3);
        assertThat(errors(entries.get(1))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("encoding");
            assertThat(e.problem()).contains("0xE9").contains("column 14");
        });
        assertThat(draft(entries.get(2)).text()).contains("caf\u00e9");
    }

    @Test
    void shouldRejectAnOverlongLineBeforeParsingItAndGoOn() {
        String big = "{\"body\": \"" + "x".repeat(5000) + "\"}";
        List<InputEntry> entries = read(big + "\n{\"body\": \"small\"}\n", InputFormat.NDJSON);
        assertThat(entries.get(0)).isInstanceOfSatisfying(InputEntry.Unreadable.class, u -> {
            assertThat(u.tooLarge()).isTrue();
            assertThat(u.errors().get(0).problem()).contains("limit is 2 KB");
        });
        assertThat(draft(entries.get(1)).text()).contains("small");
    }

    @Test
    void shouldReadAJsonArrayWithTheLineOfEachElement() {
        List<InputEntry> entries = read("""
                [
                  {"url": "https://example.com/1", "body": "one", "authors": ["A", {"name": "B"}]},
                  {"url": "https://example.com/2",
                   "body": "two", "published": 1710496800}
                ]
                """, InputFormat.JSON);
        assertThat(entries).extracting(e -> e.origin().line()).containsExactly(2L, 3L);
        assertThat(draft(entries.get(0)).authors()).containsExactly("A", "B");
        assertThat(draft(entries.get(1)).published()).contains("1710496800");
    }

    @Test
    void shouldRejectABrokenJsonDocumentWhole() {
        List<InputEntry> entries = read("[{\"body\": \"one\"},\n {\"body\": \"two\"", InputFormat.JSON);
        assertThat(entries).singleElement().satisfies(e -> assertThat(errors(e)).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("json");
            assertThat(err.problem()).contains("line 2").contains("nothing in this document was read");
        }));
    }

    @Test
    void shouldReadJsonObjectsOneAfterAnotherAsLines() {
        assertThat(read("{\"body\": \"one\"}\n{\"body\": \"two\"}\n", InputFormat.JSON)).hasSize(2).allSatisfy(e ->
                assertThat(e).isInstanceOf(InputEntry.Draft.class));
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("a numeric title", "{\"body\": \"b\", \"title\": 7}", "title", "must be a string, not a number"),
                Arguments.of("an object as authors", "{\"body\": \"b\", \"authors\": {\"a\": 1}}", "authors", "array of strings"),
                Arguments.of("a number among authors", "{\"body\": \"b\", \"authors\": [\"A\", 3]}", "authors[1]", "not a number"),
                Arguments.of("metadata as a list", "{\"body\": \"b\", \"metadata\": [1]}", "metadata", "object"),
                Arguments.of("a nested metadata object", "{\"body\": \"b\", \"metadata\": {\"x\": {\"y\": 1}}}", "metadata.x", "not an object"),
                Arguments.of("a boolean date", "{\"body\": \"b\", \"published\": true}", "published", "not a boolean"));
    }

    @ParameterizedTest(name = "reports {0}")
    @MethodSource("wrongTypes")
    void shouldReportFieldsOfTheWrongJsonType(String what, String json, String field, String problem) {
        assertThat(draft(read(json, InputFormat.NDJSON).get(0)).problems()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).contains(problem);
        });
    }

    @Test
    void shouldKeepScalarMetadataAsText() {
        ArticleDraft d = draft(read("{\"body\": \"b\", \"metadata\": {\"n\": 3, \"ok\": true, \"tags\": [\"a\", \"b\"]}}",
                InputFormat.JSON).get(0));
        assertThat(d.metadata()).containsEntry("n", "3").containsEntry("ok", "true").containsEntry("tags", "a, b");
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("a date marker then a line break", "date 2024-03-15\nThe council met.", Optional.of("2024-03-15"), "The council met."),
                Arguments.of("a date marker then a space", "  DATE 2024-03-15 The council met.", Optional.of("2024-03-15"), "The council met."),
                Arguments.of("no marker", "The council met on 2024-03-15.", Optional.empty(), "The council met on 2024-03-15."),
                Arguments.of("a marker glued to text", "date 2024-03-15x", Optional.empty(), "date 2024-03-15x"));
    }

    @ParameterizedTest(name = "plain text with {0}")
    @MethodSource("texts")
    void shouldTakeThePublicationDateFromTheMarker(String what, String text, Optional<String> published, String body) {
        ArticleDraft d = draft(read(text, InputFormat.TEXT).get(0));
        assertThat(d.published()).isEqualTo(published);
        assertThat(d.text()).hasValueSatisfying(t -> assertThat(t.trim()).isEqualTo(body));
    }

    @Test
    void shouldReportAMarkerThatNamesNoDay() {
        assertThat(draft(read("date 2025-02-30 Text.", InputFormat.TEXT).get(0)).problems()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("published"));
    }

    @Test
    void shouldApplyDefaultsOnlyWhereTheArticleSaysNothing() {
        List<InputEntry> entries = reader.read("{\"body\": \"a\"}\n{\"body\": \"b\", \"source\": \"own\", \"language\": \"de\"}"
                        .getBytes(StandardCharsets.UTF_8), InputFormat.NDJSON, "in",
                new InputDefaults(Optional.empty(), Optional.of("cli"), Optional.of("en")));
        assertThat(draft(entries.get(0)).source()).contains("cli");
        assertThat(draft(entries.get(0)).language()).contains("en");
        assertThat(draft(entries.get(1)).source()).contains("own");
        assertThat(draft(entries.get(1)).language()).contains("de");
    }

    @Test
    void shouldRejectASingleArticleInputOverTheLimit() {
        assertThat(read("x".repeat(3000), InputFormat.TEXT)).singleElement().isInstanceOfSatisfying(InputEntry.Unreadable.class,
                u -> assertThat(u.tooLarge()).isTrue());
    }
}
