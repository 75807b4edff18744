package io.wirestream.producer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("keeps paragraph breaks", "First paragraph.\n\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."),
                Arguments.of("keeps a single line break", "line one\nline two", "line one\nline two"),
                Arguments.of("folds many blank lines into one paragraph break", "a\n\n\n\n  \n\nb", "a\n\nb"),
                Arguments.of("unifies CRLF and CR line ends", "a\r\nb\rc\r\n\r\nd", "a\nb\nc\n\nd"),
                Arguments.of("strips control characters", "a\u0000b\u0007c\u001Bd\u007F\u0085e", "abcd\ne"),
                Arguments.of("collapses spaces, tabs and no-break spaces", "a \t  b\u00A0\u00A0c\u2003d", "a b c d"),
                Arguments.of("trims lines and the whole text", "   \n  a  \n   b   \n\n", "a\nb"),
                Arguments.of("drops byte-order marks and noncharacters", "\uFEFFa\uFFFEb\uFFFF", "ab"),
                Arguments.of("treats a paragraph separator as a paragraph break", "a\u2029b\u2028c", "a\n\nb\nc"),
                Arguments.of("keeps emoji and other supplementary characters", "ok \uD83D\uDE00 ja", "ok \uD83D\uDE00 ja"),
                Arguments.of("is empty for whitespace and controls only", " \u0000\n\t\u0001 ", ""));
    }

    @ParameterizedTest(name = "body {0}")
    @MethodSource("bodies")
    void shouldCleanBodyText(String behaviour, String input, String expected) {
        assertThat(TextCleaner.body(input)).isEqualTo(expected);
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("joins lines with a space", "Storm\n\nfloods\r\nharbour", "Storm floods harbour"),
                Arguments.of("strips controls and trims", "\u0000 Title\u0007 ", "Title"));
    }

    @ParameterizedTest(name = "line {0}")
    @MethodSource("lines")
    void shouldCleanOneLineText(String behaviour, String input, String expected) {
        assertThat(TextCleaner.line(input)).isEqualTo(expected);
    }

    static Stream<Arguments> surrogates() {
        return Stream.of(
                Arguments.of("a lone high surrogate", "ab\uD800c", 2),
                Arguments.of("a lone low surrogate", "\uDC00", 0),
                Arguments.of("a high surrogate at the end", "abc\uD83D", 3),
                Arguments.of("a valid pair", "a\uD83D\uDE00", -1));
    }

    @ParameterizedTest(name = "finds {0}")
    @MethodSource("surrogates")
    void shouldFindUnpairedSurrogates(String behaviour, String input, int expected) {
        assertThat(TextCleaner.unpairedSurrogate(input)).isEqualTo(expected);
    }
}
