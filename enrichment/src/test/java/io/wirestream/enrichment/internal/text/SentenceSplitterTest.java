package io.wirestream.enrichment.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, tokenizer.tokenize(text)).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Smith went to Washington. He stayed.           | Mr. Smith went to Washington.#He stayed.
            "We will win," he said. "Nobody doubts it."        | "We will win," he said.#"Nobody doubts it."
            Growth slowed in the U.S. The dollar fell.         | Growth slowed in the U.S.#The dollar fell.
            Prices rose 2.5 percent. Shares fell.              | Prices rose 2.5 percent.#Shares fell.
            Is it over? Not yet!                               | Is it over?#Not yet!
            Prices of iron ore. Miners struck.                 | Prices of iron ore.#Miners struck.
            The plant in Salem, Ore. closed. Workers left.     | The plant in Salem, Ore. closed.#Workers left.
            """)
    void shouldSplitAtSentenceEnds(String text, String expected) {
        assertThat(sentences(text)).containsExactly(expected.split("#"));
    }

    @org.junit.jupiter.api.Test
    void shouldEndSentencesAtLineBreaksButNotAtSoftWraps() {
        String text = "CRICKET - LEICESTERSHIRE WIN\nLONDON 1996-08-30\nPhil Simmons took four\nfor 38 on Friday.";
        assertThat(sentences(text)).containsExactly(
                "CRICKET - LEICESTERSHIRE WIN", "LONDON 1996-08-30", "Phil Simmons took four\nfor 38 on Friday.");
    }
}
