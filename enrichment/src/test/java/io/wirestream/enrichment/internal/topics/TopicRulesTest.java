package io.wirestream.enrichment.internal.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.Topic;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.text.TokenizeStage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The confusions {@link TopicRules} corrects, each on a story written for the test. */
class TopicRulesTest {

    private static final TopicStage TOPICS = new TopicStage();
    private static final TokenizeStage TOKENS = new TokenizeStage();

    private static String topTopic(String title, String body) {
        Document d = new Document("t", title + "\n\n" + body, Optional.empty(), Optional.of(title));
        d.setLanguage("en");
        TOKENS.apply(d);
        TOPICS.apply(d);
        List<Topic> topics = d.topics();
        return topics.isEmpty() ? "none" : topics.get(0).label();
    }

    static Stream<Arguments> confusions() {
        return Stream.of(
                Arguments.of("a video game launch is technology, not sport", "New football game tops charts",
                        "The games console maker said gamers bought two million copies of its football video game, "
                                + "in which players pick a team and play a season online.",
                        "science and technology"),
                Arguments.of("a former chief executive's fraud trial is business", "Former chief denies fraud",
                        "The former chief executive told the jury he did not know of the accounting fraud that "
                                + "wiped out the company's shares; investors lost billions and the firm's creditors "
                                + "sued its auditors.",
                        "economy, business and finance"),
                Arguments.of("an athlete in court is sport", "Striker cleared by court",
                        "A court cleared the club's striker of assault charges; the player, who scored 20 goals "
                                + "last season, will return to the squad for Saturday's league match.",
                        "sport"),
                Arguments.of("a tech company's takeover is business", "Software maker agrees takeover",
                        "The software company agreed a takeover bid worth $2bn; shareholders will receive $30 a share "
                                + "and the deal values the firm at twice its annual revenue, analysts said.",
                        "economy, business and finance"),
                Arguments.of("scientists studying quakes is science", "Scientists model quake risk",
                        "Scientists and researchers at the university used satellite data in a study of how "
                                + "earthquake faults move, hoping to improve forecasts of the next quake.",
                        "science and technology"),
                Arguments.of("a former president's heart surgery is politics", "Former president recovering after heart surgery",
                        "The former president had quadruple bypass surgery on Monday; doctors said he would make a "
                                + "full recovery. The former senator and governor thanked the hospital staff.",
                        "politics"),
                Arguments.of("an outbreak stays health", "Hospitals struggle with flu outbreak",
                        "Hospitals filled as the flu outbreak spread; the president urged patients to get the "
                                + "vaccine and the government promised more doctors.",
                        "health"),
                Arguments.of("a player's surgery is sport", "Tackle has shoulder surgery",
                        "The Titans offensive tackle underwent successful surgery on his injured right shoulder on "
                                + "Friday, doctors at the hospital said.",
                        "sport"),
                Arguments.of("a publisher selling its media arm is business", "Publisher to sell media arm",
                        "The publisher said it would sell its media group to an investment firm in a $350 million "
                                + "cash deal, to focus on electronic publishing; its shares rose.",
                        "economy, business and finance"),
                Arguments.of("a film's success stays arts", "Animated film tops box office",
                        "The animated film took $90m at the box office in its opening weekend, the studio said, "
                                + "the best start for a family movie this year; the sequel is already in production.",
                        "arts, culture, entertainment and media"),
                Arguments.of("a spammer in court is technology", "Spammer jailed",
                        "A jury convicted a spammer who sent millions of junk e-mails from hijacked computers; the "
                                + "judge said sending spam over the internet had become a crime under the state's law.",
                        "science and technology"),
                Arguments.of("a street murder stays crime", "Man charged with murder",
                        "Police charged a man with murder after a stabbing outside a shop; the suspect will appear "
                                + "in court on Monday, detectives said.",
                        "crime, law and justice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("confusions")
    void shouldFileTheStoryWhereReadersExpectIt(String description, String title, String body, String expected) {
        assertThat(topTopic(title, body)).isEqualTo(expected);
    }

    static Stream<Arguments> scorelines() {
        return Stream.of(
                Arguments.of("3-1", true), Arguments.of("24-17", true), Arguments.of("362-7", true),
                Arguments.of("2004-05", false), Arguments.of("1996-08-30", false), Arguments.of("anti-war", false),
                Arguments.of("3-", false), Arguments.of("-3", false));
    }

    @ParameterizedTest(name = "{0} is a score: {1}")
    @MethodSource("scorelines")
    void shouldRecogniseGameScoresButNotYearRanges(String token, boolean score) {
        assertThat(Scoreline.matches(token)).isEqualTo(score);
    }
}
