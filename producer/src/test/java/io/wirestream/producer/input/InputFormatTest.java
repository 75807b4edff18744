package io.wirestream.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InputFormatTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "'application/json; charset=utf-8', JSON",
            "application/x-ndjson, NDJSON",
            "application/jsonl, NDJSON",
            "'text/plain;charset=UTF-8', TEXT",
            "TEXT/HTML, HTML",
            "application/rss+xml, FEED",
            "application/atom+xml, FEED",
            "text/xml, FEED"})
    void shouldTakeTheFormatFromTheContentType(String contentType, InputFormat expected) {
        assertThat(InputFormat.ofContentType(contentType)).contains(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"articles.json, JSON", "dump.JSONL, NDJSON", "a.ndjson, NDJSON", "story.txt, TEXT", "page.htm, HTML",
            "feed.rss, FEED", "feed.atom, FEED", "feed.xml, FEED"})
    void shouldTakeTheFormatFromTheFileName(String name, InputFormat expected) {
        assertThat(InputFormat.ofFileName(name)).contains(expected);
    }

    static Stream<Arguments> contents() {
        return Stream.of(
                Arguments.of("a JSON array", "  [ {\"body\": \"x\"} ]", InputFormat.JSON),
                Arguments.of("one pretty-printed object", "{\n  \"body\": \"x\"\n}", InputFormat.JSON),
                Arguments.of("one object per line", "{\"body\": \"x\"}\n{\"body\": \"y\"}\n", InputFormat.NDJSON),
                Arguments.of("an RSS feed", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", InputFormat.FEED),
                Arguments.of("an Atom feed", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", InputFormat.FEED),
                Arguments.of("an HTML page", "<!DOCTYPE html><html><body><p>x</p></body></html>", InputFormat.HTML),
                Arguments.of("plain text with a date marker", "date 2024-03-15 The council met.", InputFormat.TEXT),
                Arguments.of("a UTF-8 byte-order mark before JSON", "\uFEFF[{}]", InputFormat.JSON));
    }

    @ParameterizedTest(name = "sniffs {0}")
    @MethodSource("contents")
    void shouldRecognizeContentThatNamesNoFormat(String what, String content, InputFormat expected) {
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        assertThat(InputFormat.sniff(b, b.length)).isEqualTo(expected);
    }
}
