package io.wirestream.enrichment.internal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.Quote;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.entities.EntityStage;
import io.wirestream.enrichment.internal.text.TokenizeStage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteStageTest {

    private static final EntityStage ENTITIES = new EntityStage();
    private static final QuoteStage QUOTES = new QuoteStage();

    static List<Quote> quotes(String text) {
        Document doc = new Document("t", text, Optional.empty(), Optional.empty());
        new TokenizeStage().apply(doc);
        ENTITIES.apply(doc);
        QUOTES.apply(doc);
        return doc.quotes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ~"We will not give up," Anna Weber said on Monday.~                          | We will not give up         | Anna Weber
            ~“We will not give up,” Anna Weber said on Monday.~                          | We will not give up         | Anna Weber
            ~``We will not give up,'' said Anna Weber.~                                  | We will not give up         | Anna Weber
            ~Anna Weber told reporters: "The plan has failed."~                          | The plan has failed.        | Anna Weber
            ~"The plan has failed," Anna Weber, the finance minister, said.~             | The plan has failed         | Anna Weber
            ~According to Anna Weber, "the plan has failed badly."~                      | the plan has failed badly.  | Anna Weber
            ~Anna Weber called the plan "a complete disaster" on Monday.~                | a complete disaster         | Anna Weber
            """)
    void shouldAttributeQuotesToTheSpeaker(String text, String quote, String speaker) {
        List<Quote> all = quotes(text);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).text()).isEqualTo(quote);
        assertThat(text.substring(all.get(0).start(), all.get(0).end())).isEqualTo(quote);
        assertThat(all.get(0).speaker()).contains(speaker);
        assertThat(all.get(0).speakerEntityId()).isPresent();
    }

    @Test
    void shouldResolveHeSaidToThePersonItRefersTo() {
        List<Quote> all = quotes("Prime Minister John Carter arrived in Ottawa on Friday. "
                + "\"Our economy is strong,\" he said.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).speaker()).contains("John Carter");
    }

    @Test
    void shouldNotResolveAPronounToSomeoneNamedInsideAQuote() {
        List<Quote> all = quotes("Coach Tom Hale watched the game. \"I told Peter Grant to shoot,\" he said.");
        assertThat(all.get(0).speaker()).contains("Tom Hale");
    }

    @Test
    void shouldResolveSheToTheMostRecentWoman() {
        List<Quote> all = quotes("Mary Lopez met John Carter in Madrid. \"The talks went well,\" she added.");
        assertThat(all.get(0).speaker()).contains("Mary Lopez");
    }

    @Test
    void shouldKeepAQuoteSpanningTwoSentencesWhole() {
        List<Quote> all = quotes("\"Prices will rise. Nobody can stop that,\" said Peter Grant, an economist.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).text()).isEqualTo("Prices will rise. Nobody can stop that");
        assertThat(all.get(0).speaker()).contains("Peter Grant");
    }

    @Test
    void shouldGiveAnUnattributedFollowUpQuoteThePreviousSpeaker() {
        List<Quote> all = quotes("\"We lost,\" coach Tom Hale said. \"But we will be back next year.\"");
        assertThat(all).extracting(Quote::text).containsExactly("We lost", "But we will be back next year.");
        assertThat(all).allSatisfy(q -> assertThat(q.speaker()).contains("Tom Hale"));
    }

    @Test
    void shouldCarryAQuoteOverParagraphsThatReopenWithAQuoteMark() {
        List<Quote> all = quotes("Anna Weber said: \"The first part is done.\n\"The second part starts now,\" she said.");
        assertThat(all).extracting(Quote::text).containsExactly("The first part is done.", "The second part starts now");
        assertThat(all).allSatisfy(q -> assertThat(q.speaker()).contains("Anna Weber"));
    }

    @ParameterizedTest(name = "[{index}]")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ", "\"", "\u201Cunclosed", "``", "''", "'", "\"\"",
            "A.", "U.S.-", "Mr.", "'s", "C$", "(", ")", "\" he said", "said \"", "\"a\nb\"", "\u201D\u201C",
            "John said: \"", "\"We\" \"won\" \"again\"", "👍🏽 \"emoji quote here\" 👍🏽 he said"})
    void shouldNeverFailOnOddInput(String text) {
        List<Quote> all = quotes(text);
        for (Quote q : all) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void shouldNotReportTheTitleOfAWorkAsAQuotation() {
        assertThat(quotes("The concert film \"Taylor Swift: The Eras Tour\" took in $96 million.")).isEmpty();
        assertThat(quotes("The record was held by \"Justin Bieber: Never Say Never,\" which opened in 2011.")).isEmpty();
    }

    @Test
    void shouldNotTakeApostrophesOrShortTitlesForQuotes() {
        assertThat(quotes("The players' union rejected the '90s rules. He didn't go.")).isEmpty();
        assertThat(quotes("The film \"Casablanca\" was shown again.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            role after a company, speech verb first   | ~"We are ready," said Tarnwell chief executive Mira Hollis.~                          | Mira Hollis
            role after a club, speech verb first      | ~"We stayed patient," said Eastbridge manager Carla Novak.~                         | Carla Novak
            role after a company, speaker first       | ~"We are ready," Tarnwell chief executive Mira Hollis said.~                          | Mira Hollis
            possessive role with a comma              | ~"We are ready," said Tarnwell's co-founder and chief executive, Mira Hollis.~        | Mira Hollis
            possessive appositive before a partial quote | ~Tarnwell's chief negotiator, Omar Reyes, said the agency was "deeply relieved" by the deal.~ | Omar Reyes
            possessive appositive after the quote     | ~"We are deeply relieved," the agency's negotiator, Omar Reyes, said.~              | Omar Reyes
            a relative clause keeps the company        | ~"We are ready," said Tarnwell, which hired Mira Hollis in May.~                      | Tarnwell
            """)
    void shouldCreditThePersonNamedAfterARoleNounNotTheOrganization(String behaviour, String text, String speaker) {
        List<Quote> all = quotes(text);
        assertThat(all).as(behaviour).hasSize(1);
        assertThat(all.get(0).speaker()).as(behaviour).contains(speaker);
    }
}
