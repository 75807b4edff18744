package io.wirestream.consumer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.consumer.ArticleQuery;
import io.wirestream.consumer.Articles;
import io.wirestream.consumer.RecordPosition;
import io.wirestream.consumer.RecordStore;
import io.wirestream.consumer.SinkRecord;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.EntityType;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.TrendKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardFeedTest {

    private static final Instant NOW = Instant.parse("2025-02-14T12:00:30Z");
    private final EventRing ring = new EventRing(100, 1);
    private final RecentArticles recent = new RecentArticles(10);
    private final DashboardFeed feed = new DashboardFeed(ring, recent, new TrendBoard(Duration.ofHours(1)),
            Clock.fixed(NOW, ZoneOffset.UTC), 5);

    @Test
    void shouldTurnArticlesIntoEventsAndRejectOnesThePageCannotShow() {
        SinkRecord broken = new SinkRecord.ArticleRecord(Articles.fullBuilder("broken").setEntities(List.of(Entity.newBuilder()
                .setId("x").setName("X").setType(EntityType.MISC).setMentions(List.of(new Mention(9, 3, "X"))).build())).build(),
                new RecordPosition("enriched", 0, 1));

        List<RecordStore.Rejected> rejected = feed.write(List.of(
                new SinkRecord.ArticleRecord(Articles.full("ok"), new RecordPosition("enriched", 0, 0)), broken));

        assertThat(rejected).extracting(RecordStore.Rejected::record).containsExactly(broken);
        assertThat(ring.after(0).events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("article");
            assertThat(e.data()).contains("\"id\":\"ok\"");
        });
        assertThat(recent.find(ArticleQuery.newest(10))).extracting(a -> a.getId()).containsExactly("ok");
    }

    @Test
    void shouldPublishTrendsOnlyWhenTheyChanged() {
        feed.write(List.of(new SinkRecord.TrendRecord(Articles.trend(TrendKind.TOPIC, "sport", "medtop:15000000",
                NOW.minusSeconds(30), 1, 2), new RecordPosition("trends", 0, 0))));

        feed.publishTrends(Duration.ofSeconds(30));
        feed.publishTrends(Duration.ofSeconds(30));

        assertThat(ring.after(0).events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("trends");
            assertThat(e.data()).contains("\"name\":\"sport\"").contains("\"count\":2");
        });
    }
}
