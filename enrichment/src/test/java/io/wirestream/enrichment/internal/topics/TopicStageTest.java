package io.wirestream.enrichment.internal.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.Topic;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.text.TokenizeStage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicStageTest {

    private static final TopicStage TOPICS = new TopicStage();
    private static final TokenizeStage TOKENS = new TokenizeStage();

    private static List<Topic> topicsOf(String title, String body) {
        Document d = new Document("t", body, Optional.empty(), Optional.ofNullable(title));
        d.setLanguage("en");
        TOKENS.apply(d);
        TOPICS.apply(d);
        return d.topics();
    }

    static Stream<Arguments> stories() {
        return Stream.of(
                Arguments.of("football match report", "City snatch late winner",
                        "A stoppage-time goal from the striker gave the home side victory in the Premier League "
                                + "on Saturday, lifting them to third in the table after the goalkeeper was sent off.",
                        "medtop:15000000"),
                Arguments.of("company earnings", "Retailer profits jump",
                        "The retailer said pre-tax profits rose 12% to 1.2bn dollars as like-for-like sales grew, "
                                + "and its shares climbed on the stock exchange after analysts raised forecasts.",
                        "medtop:04000000"),
                Arguments.of("election campaign", "Party leaders clash over taxes",
                        "The prime minister and the opposition leader traded blows over tax policy as the general "
                                + "election campaign entered its final week, with voters split in the latest opinion poll.",
                        "medtop:11000000"),
                Arguments.of("software security", "Browser flaw fixed",
                        "The software maker released a patch for a security hole in its web browser that hackers "
                                + "had used to install spyware on computers running the operating system.",
                        "medtop:13000000"),
                Arguments.of("film awards", "Actress wins top film prize",
                        "The actress won best actress at the film festival for her role in the director's new "
                                + "movie, which has also taken 50 million dollars at the box office.",
                        "medtop:01000000"),
                Arguments.of("insurgent attack", "Bombing kills soldiers",
                        "A suicide bomber attacked a military convoy, killing six soldiers, and insurgents later "
                                + "fired mortars at the army base, the defence ministry said.",
                        "medtop:16000000"),
                Arguments.of("murder trial", "Jury convicts man of murder",
                        "A jury at the crown court found the defendant guilty of murder; the judge will sentence "
                                + "him next month, prosecutors said after the trial.",
                        "medtop:02000000"),
                Arguments.of("earthquake", "Quake kills dozens",
                        "A powerful earthquake struck the region overnight, collapsing buildings; rescuers searched "
                                + "the rubble for survivors as the death toll rose.",
                        "medtop:03000000"),
                Arguments.of("a carmaker named by the company table", "Toyota recalls 10,000 vehicles",
                        "Toyota said it would recall 10,000 vehicles and Volkswagen cut its sales forecast.",
                        "medtop:04000000"),
                Arguments.of("a news agency is the source, not the subject", "Locusts destroy crops (Reuters)",
                        "Reuters - Swarms of locusts destroyed crops across the region, the news agency reported, "
                                + "and farmers feared the worst harvest in a decade.",
                        "medtop:04000000"),
                Arguments.of("a team's nickname", "Titans beat Colts",
                        "The Titans rallied in the fourth quarter to beat the Colts, with two touchdowns from the "
                                + "tight end.",
                        "medtop:15000000"),
                Arguments.of("software product news", "Photo software update",
                        "The company released a plug-in for its photo editing software that reads the raw format "
                                + "of more digital cameras.",
                        "medtop:13000000"),
                Arguments.of("disease outbreak", "Flu vaccine shortage",
                        "Health officials urged patients to get vaccinated as the flu outbreak filled hospitals and "
                                + "doctors reported a shortage of the vaccine.",
                        "medtop:07000000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void shouldRankTheStorysTopicFirst(String description, String title, String body, String expectedCode) {
        List<Topic> topics = topicsOf(title, title + "\n\n" + body);
        assertThat(topics).isNotEmpty();
        assertThat(topics.get(0).code()).isEqualTo(expectedCode);
    }

    @Test
    void shouldGiveScoresBetweenZeroAndOneSortedDescending() {
        List<Topic> topics = topicsOf(null, "The striker scored twice as the club beat its rivals, while the "
                + "club's shares rose on the stock market after the match.");
        assertThat(topics).isNotEmpty();
        assertThat(topics).allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
        for (int i = 1; i < topics.size(); i++) {
            assertThat(topics.get(i).score()).isLessThanOrEqualTo(topics.get(i - 1).score());
        }
    }

    @Test
    void shouldReportNoTopicWithoutEvidence() {
        assertThat(topicsOf(null, "Xyzzy plugh.")).isEmpty();
    }

    @Test
    void shouldUsePinnedLabels() {
        List<Topic> topics = topicsOf("Goal", "The striker scored a goal in the league match.");
        assertThat(topics.get(0)).extracting(Topic::code, Topic::label)
                .containsExactly("medtop:15000000", "sport");
    }

    @Test
    void shouldSkipArticlesThatAreNotEnglish() {
        assertThat(TOPICS.appliesTo("fr")).isFalse();
        assertThat(TOPICS.appliesTo("und")).isFalse();
        assertThat(TOPICS.appliesTo("en")).isTrue();
    }
}
