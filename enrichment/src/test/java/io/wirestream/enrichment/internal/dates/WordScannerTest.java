package io.wirestream.enrichment.internal.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordScannerTest {

    private static final WordScanner<TimeWord> SCANNER = new WordScanner<>(TimeLexicon.load());

    private static List<String> words(String text) {
        Words<TimeWord> w = SCANNER.scan(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            out.add(w.word(i));
        }
        return out;
    }

    static Stream<Arguments> splits() {
        return Stream.of(
                Arguments.of("digit groups stay whole", "1,000.5 and 2025-02-15 at 3:30", List.of("1,000.5", "and", "2025-02-15", "at", "3:30")),
                Arguments.of("dotted abbreviations keep their period", "at 3 p.m. on Feb. 14", List.of("at", "3", "p.m.", "on", "Feb.", "14")),
                Arguments.of("a hyphen joins without being a word", "third-quarter profit", List.of("third", "quarter", "profit")),
                Arguments.of("decades and ordinals are single words", "the 1990s and the '90s, the 3rd", List.of("the", "1990s", "and", "the", "'90s", ",", "the", "3rd")),
                Arguments.of("a clitic is its own word", "Friday's vote, he'll say", List.of("Friday", "'s", "vote", ",", "he", "'ll", "say")),
                Arguments.of("a number glued to letters splits", "10km and $2.3bn", List.of("10", "km", "and", "$", "2.3", "bn")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void shouldSplitTextTheWayThePatternsExpect(String behaviour, String text, List<String> expected) {
        assertThat(words(text)).isEqualTo(expected);
    }

    @Test
    void shouldMarkHyphenJoinsAndSentences() {
        Words<TimeWord> w = SCANNER.scan("A two-year deal. Mr. Smith left on 3. März.");
        assertThat(w.hyphenBefore(2)).isTrue(); // "year" of "two-year"
        assertThat(w.sentence(0)).isEqualTo(w.sentence(3)); // up to "deal"
        assertThat(w.sentence(5)).isGreaterThan(w.sentence(3)); // "Mr." starts the next sentence
        assertThat(w.sentence(6)).isEqualTo(w.sentence(5)); // "Mr." does not end it
        assertThat(w.sentence(w.size() - 2)).isEqualTo(w.sentence(5)); // nor the dot of "3."
    }

    @Test
    void shouldKeepOffsetsExactOnAnyText() {
        String text = "Émile, 15h30 — “now” 12½ ’98 \uD83D\uDE00 über-morgen\n\nNext.";
        Words<TimeWord> w = SCANNER.scan(text);
        for (int i = 0; i < w.size(); i++) {
            assertThat(w.word(i)).isEqualTo(text.substring(w.start(i), w.end(i)));
            assertThat(w.word(i)).isNotBlank();
        }
    }
}
