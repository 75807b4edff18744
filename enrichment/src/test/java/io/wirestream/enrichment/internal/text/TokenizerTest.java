package io.wirestream.enrichment.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.internal.Token;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kenya's ruler                  | Kenya 's ruler
            the U.S. economy               | the U.S. economy
            Mr. Smith and Dr. Jones        | Mr. Smith and Dr. Jones
            J. R. R. Tolkien               | J. R. R. Tolkien
            anti-government songs          | anti-government songs
            LONDON 1996-08-30              | LONDON 1996-08-30
            won 3-1 on Friday.             | won 3-1 on Friday .
            $2.3bn deal                    | $ 2.3 bn deal
            10km away                      | 10 km away
            1,000.50 euros                 | 1,000.50 euros
            the 1990s and 3rd place        | the 1990s and 3rd place
            ``Moi must go,'' they said     | `` Moi must go , '' they said
            O'Brien didn't                 | O'Brien didn't
            see https://example.com/a?b=1. | see https://example.com/a?b=1 .
            AT&T and S&P 500               | AT&T and S&P 500
            wait... what                   | wait ... what
            U.S.-led forces                | U.S.-led forces
            a Mo.-based bank               | a Mo.-based bank
            US-China talks                 | US - China talks
            Portland, Ore. and iron ore.   | Portland , Ore. and iron ore .
            Coca-Cola and EU-wide rules    | Coca-Cola and EU-wide rules
            """)
    void shouldSplitNewsTextIntoTokens(String text, String expected) {
        List<String> tokens = tokenizer.tokenize(text).stream().map(Token::text).toList();
        assertThat(tokens).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kenya's ruler
            "Héllo" wörld — ok…
            emoji 👍🏽 here
            """)
    void shouldKeepExactUtf16Spans(String text) {
        for (Token t : tokenizer.tokenize(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }
}
