package io.wirestream.consumer.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.consumer.RecordStore;
import io.wirestream.consumer.SinkRecord;
import io.wirestream.mapping.EnrichedArticleJson;
import io.wirestream.schemas.TrendKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's view of the topics, as a {@link RecordStore} fed by a {@link
 * io.wirestream.consumer.SinkRunner}: each article becomes an {@code article} event in the
 * {@link EventRing} (and enters {@link RecentArticles}); trend counts update the
 * {@link TrendBoard}, whose top lists go out as a {@code trends} event at most once a second
 * ({@link #publishTrends}), so a burst of counts does not flood the ring.
 */
public final class DashboardFeed implements RecordStore {

    static final ObjectMapper JSON = new ObjectMapper();

    private final EventRing ring;
    private final RecentArticles recent;
    private final TrendBoard trends;
    private final Clock clock;
    private final int topN;
    private volatile boolean trendsChanged;
    private volatile Instant lastTrendsEvent = Instant.MIN;

    public DashboardFeed(EventRing ring, RecentArticles recent, TrendBoard trends, Clock clock, int topN) {
        this.ring = ring;
        this.recent = recent;
        this.trends = trends;
        this.clock = clock;
        this.topN = topN;
    }

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public List<Rejected> write(List<SinkRecord> records) {
        List<Rejected> rejected = new ArrayList<>();
        for (SinkRecord r : records) {
            if (r instanceof SinkRecord.ArticleRecord a) {
                String json;
                try {
                    json = EnrichedArticleJson.toJson(a.article()).toString();
                } catch (RuntimeException e) {
                    // an article the JSON shape cannot hold (e.g. offsets outside its body) must not stop the page
                    rejected.add(new Rejected(r, e.getClass().getName(), String.valueOf(e.getMessage())));
                    continue;
                }
                recent.add(a.article());
                ring.append("article", json);
            } else if (r instanceof SinkRecord.TrendRecord t) {
                trends.add(t.trend());
                trendsChanged = true;
            }
        }
        return rejected;
    }

    /**
     * Appends a {@code trends} event when counts changed since the last one, or when
     * {@code refresh} passed (windows age out of the last hour even when nothing new arrives).
     */
    public void publishTrends(Duration refresh) {
        Instant now = clock.instant();
        boolean stale = Duration.between(lastTrendsEvent, now).compareTo(refresh) >= 0;
        if (trendsChanged || (stale && !lastTrendsEvent.equals(Instant.MIN))) {
            trendsChanged = false;
            lastTrendsEvent = now;
            ring.append("trends", trendsJson().toString());
        }
    }

    /** The top entities and topics of the last hour, as {@code GET /api/trends} and the {@code trends} event carry them. */
    public ObjectNode trendsJson() {
        Instant now = clock.instant();
        ObjectNode o = JSON.createObjectNode();
        o.put("asOf", now.toString());
        o.put("periodMinutes", 60);
        o.set("entities", JSON.valueToTree(trends.top(TrendKind.ENTITY, topN, now)));
        o.set("topics", JSON.valueToTree(trends.top(TrendKind.TOPIC, topN, now)));
        return o;
    }
}
