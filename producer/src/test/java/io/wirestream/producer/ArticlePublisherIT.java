package io.wirestream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.RawArticle;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaPlatformExtension.class)
class ArticlePublisherIT {

    static PublisherSettings settings(KafkaPlatform platform, String topic) {
        Map<String, Object> c = new LinkedHashMap<>(platform.clientConfig());
        c.put("topic.raw", topic);
        return PublisherSettings.of(c);
    }

    @Test
    void shouldPublishANormalizedArticleThatReadsBackFieldByFieldThroughTheRegistry(KafkaPlatform platform) {
        String topic = platform.uniqueName("raw");
        assertThat(RawTopic.ensure(platform.clientConfig(), topic, 3, (short) 1)).isTrue();
        ArticleDraft draft = ArticleDraft.builder()
                .url("https://www.example.com/world/2024/03/15/storm?utm_source=newsletter&id=7#top")
                .source(" Example  News ")
                .title("Storm\nfloods harbour")
                .text("Heavy rain flooded the harbour.\r\n\r\n\r\n\"We have never seen this,\" said a resident.\u0007")
                .published("2024-03-15T09:30:00+01:00")
                .fetched("2024-03-15T10:00:00Z")
                .authors(List.of("Maria Lopez", "Ahmed Khan"))
                .language("en-gb")
                .metadata("section", "World")
                .build();
        try (ArticlePublisher publisher = ArticlePublisher.start(settings(platform, topic))) {
            RawArticle expected = ((Validation.Valid) publisher.validate(draft)).article();
            Publication first = publisher.publish(draft).join();
            Publication second = publisher.publish(ArticleDraft.builder()
                    .url("https://www.example.com/world/2024/03/15/storm?id=7&fbclid=abc").source("x").text("Other text").build()).join();

            assertThat(first.status()).isEqualTo(Publication.Status.NEW);
            assertThat(second.status()).isEqualTo(Publication.Status.DUPLICATE);
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(second.partition()).isEqualTo(first.partition());
            assertThat(second.offset()).isEqualTo(first.offset());

            List<ConsumerRecord<String, RawArticle>> records = TopicContents.read(platform, topic, 1);
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(first.id());
                assertThat(r.partition()).isEqualTo(first.partition());
                assertThat(r.offset()).isEqualTo(first.offset());
                RawArticle a = r.value();
                assertThat(a.getId()).isEqualTo(first.id()).isEqualTo(expected.getId());
                assertThat(a.getUrl()).isEqualTo("https://www.example.com/world/2024/03/15/storm?id=7");
                assertThat(a.getSource()).isEqualTo("Example News");
                assertThat(a.getTitle()).isEqualTo("Storm floods harbour");
                assertThat(a.getBody()).isEqualTo("Heavy rain flooded the harbour.\n\n\"We have never seen this,\" said a resident.");
                assertThat(a.getLanguage()).isEqualTo("en-GB");
                assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-03-15T08:30:00Z"));
                assertThat(a.getFetchedAt()).isEqualTo(Instant.parse("2024-03-15T10:00:00Z"));
                assertThat(a.getAuthors()).containsExactly("Maria Lopez", "Ahmed Khan");
                assertThat(a.getMetadata()).containsExactlyEntriesOf(Map.of("section", "World"));
                assertThat(a).isEqualTo(expected);
            });
        }
    }
}
