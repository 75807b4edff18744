package io.wirestream.enrichment.internal.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CleanTextStageTest {

    private static final CleanTextStage STAGE = new CleanTextStage();

    static Stream<Arguments> maskedTexts() {
        return Stream.of(
                Arguments.of("inline tags become spaces", "a <b>bold</b> move", "a    bold     move"),
                Arguments.of("block tags leave a line break", "one<p>two", "one\n  two"),
                Arguments.of("entities keep their character", "AT&amp;T rose", "AT&    T rose"),
                Arguments.of("numeric entities are decoded", "it&#39;s", "it'    s"),
                Arguments.of("script contents are masked", "x<script>var a=1;</script>y", "x" + " ".repeat(25) + "y"),
                Arguments.of("comments are masked", "a<!-- hidden -->b", "a               b"),
                Arguments.of("urls are masked but not the full stop after them", "See https://example.com/a.",
                        "See                      ."),
                Arguments.of("a less-than sign in prose stays", "if a < b then", "if a < b then"),
                Arguments.of("an unknown entity stays", "R&D costs", "R&D costs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maskedTexts")
    void shouldMaskMarkupWithoutMovingOffsets(String description, String text, String expected) {
        String cleaned = STAGE.clean(text);
        assertThat(cleaned).hasSameSizeAs(text).isEqualTo(expected);
    }

    static Stream<Arguments> furnitureLines() {
        return Stream.of(
                Arguments.of("share line", "Share this article", true),
                Arguments.of("cookie notice", "We use cookies to improve your experience. Accept?", true),
                Arguments.of("call to action", "Click here to subscribe to our newsletter", true),
                Arguments.of("copyright line", "© 2025 Example News. All rights reserved.", true),
                Arguments.of("advertisement marker", "ADVERTISEMENT", true),
                Arguments.of("news sentence", "The minister said the plan would share costs fairly.", false),
                Arguments.of("headline about cookies", "Bakers sell record number of cookies", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("furnitureLines")
    void shouldMaskBoilerplateLinesOnly(String description, String line, boolean masked) {
        String text = "Headline\n" + line + "\nBody text.";
        String cleaned = STAGE.clean(text);
        String middle = cleaned.substring(9, 9 + line.length());
        assertThat(middle.isBlank()).as(middle).isEqualTo(masked);
        assertThat(cleaned).startsWith("Headline\n").endsWith("\nBody text.");
    }

    @Test
    void shouldNeverMaskLongParagraphs() {
        String paragraph = "Click here to read why the council voted, said the mayor, " + "who spoke at length. ".repeat(10);
        assertThat(STAGE.clean(paragraph)).isEqualTo(paragraph);
    }
}
