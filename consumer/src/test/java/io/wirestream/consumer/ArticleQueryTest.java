package io.wirestream.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.EnrichedArticle;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleQueryTest {

    private static final EnrichedArticle ARTICLE = Articles.full("a1");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no filter matches everything", query(null, null, null, null, null), true),
                Arguments.of("topic by label, any case", query("POLITICS", null, null, null, null), true),
                Arguments.of("topic by IPTC code", query("medtop:11000000", null, null, null, null), true),
                Arguments.of("a topic the article lacks", query("sport", null, null, null, null), false),
                Arguments.of("entity by canonical name, any case", query(null, "maria lopez", null, null, null), true),
                Arguments.of("entity by link id", query(null, "city:KE:nairobi", null, null, null), true),
                Arguments.of("entity by a mention that is not the canonical name", query(null, "Lopez", null, null, null), false),
                Arguments.of("source, any case", query(null, null, "Example-Wire", null, null), true),
                Arguments.of("another source", query(null, null, "other", null, null), false),
                Arguments.of("published after since", query(null, null, null, "2025-02-14T00:00:00Z", null), true),
                Arguments.of("published before since", query(null, null, null, "2025-02-15T00:00:00Z", null), false),
                Arguments.of("text in the body, any case", query(null, null, null, null, "NAIROBI on friday"), true),
                Arguments.of("text in the title", query(null, null, null, null, "pledges"), true),
                Arguments.of("text nowhere", query(null, null, null, null, "volcano"), false),
                Arguments.of("blank filters are no filters", query(" ", "", " ", null, "  "), true),
                Arguments.of("all filters must match", query("politics", "Nairobi", "example-wire", null, "volcano"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldMatchArticlesByEveryGivenFilter(String description, ArticleQuery query, boolean expected) {
        assertThat(query.matches(ARTICLE)).isEqualTo(expected);
    }

    private static ArticleQuery query(String topic, String entity, String source, String since, String text) {
        return new ArticleQuery(Optional.ofNullable(topic), Optional.ofNullable(entity), Optional.ofNullable(source),
                Optional.ofNullable(since).map(Instant::parse), Optional.ofNullable(text), 10);
    }
}
