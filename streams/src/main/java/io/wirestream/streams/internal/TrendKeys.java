package io.wirestream.streams.internal;

import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.TopicTag;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.TrendKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * What an enriched article counts towards in the trends: each entity once (by type and canonical
 * name) and each topic with a score of at least {@link #MIN_TOPIC_SCORE}. Keys are
 * {@code ENTITY|<type>|<linkId or ->|<name>} and {@code TOPIC|<code>|<label>}.
 */
public final class TrendKeys {

    public static final double MIN_TOPIC_SCORE = 0.3;
    private static final String SEP = "|";

    private TrendKeys() {
    }

    public static List<KeyValue<String, Long>> of(EnrichedArticle a) {
        List<KeyValue<String, Long>> out = new ArrayList<>();
        for (Entity e : a.getEntities()) {
            out.add(KeyValue.pair(String.join(SEP, "ENTITY", e.getType().name(), e.getLinkId() == null ? "-" : e.getLinkId(),
                    e.getName()), 1L));
        }
        for (TopicTag t : a.getTopics()) {
            if (t.getScore() >= MIN_TOPIC_SCORE) {
                out.add(KeyValue.pair(String.join(SEP, "TOPIC", t.getCode(), t.getLabel()), 1L));
            }
        }
        return out;
    }

    public static TrendKind kind(String key) {
        return key.startsWith("ENTITY" + SEP) ? TrendKind.ENTITY : TrendKind.TOPIC;
    }

    /** The trend record of one window's count. */
    public static TrendCount toTrendCount(Windowed<String> window, long count) {
        String[] p = window.key().split("\\|", 4);
        TrendCount.Builder b = TrendCount.newBuilder()
                .setWindowStart(window.window().startTime())
                .setWindowEnd(window.window().endTime())
                .setCount(count);
        if (p[0].equals("ENTITY")) {
            b.setKind(TrendKind.ENTITY).setEntityType(p[1]).setKey(p[2].equals("-") ? null : p[2]).setName(p[3]);
        } else {
            b.setKind(TrendKind.TOPIC).setKey(p[1]).setName(p.length > 2 ? p[2] : p[1]);
        }
        return b.build();
    }

    /** Output key: {@code kind|name|window size|window start}. */
    public static String outputKey(Windowed<String> window, Duration size) {
        TrendCount t = toTrendCount(window, 0);
        return t.getKind() + SEP + t.getName() + SEP + size + SEP + window.window().startTime();
    }
}
