package io.wirestream.cli.bench;

import io.wirestream.embedded.SyntheticArticles;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The benchmarks' input: generated news-like articles of about 3 KB ({@link SyntheticArticles}:
 * people, places, organizations, dates, quotes and amounts from sentence templates, so the engine
 * has real work), deterministic for a seed, each with a unique URL and so a unique id.
 */
final class BenchArticles {

    private BenchArticles() {
    }

    /** {@code n} articles of stream {@code seed}, from source {@code source}. */
    static List<RawArticle> generate(long seed, int n, int bodyChars, String source) {
        Instant now = Instant.now();
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RawArticle a = SyntheticArticles.article(seed, i, bodyChars, now);
            a.setSource(source);
            out.add(a);
        }
        return out;
    }

    /** The articles' Avro bytes (Confluent wire format) as a producer would send them to {@code topic}. */
    static byte[][] avro(List<RawArticle> articles, Serializer<RawArticle> serializer, String topic) {
        byte[][] out = new byte[articles.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = serializer.serialize(topic, articles.get(i));
        }
        return out;
    }

    /**
     * Runs the enrichment engine over {@code n} generated articles in this thread, so the JIT has
     * compiled it before anything is measured (through Kafka, warming it would take minutes).
     */
    static void warmEngine(int n, int bodyChars) {
        io.wirestream.enrichment.EnrichmentEngine engine = io.wirestream.enrichment.EnrichmentEngine.shared();
        for (RawArticle a : generate(99, n, bodyChars, "warm")) {
            engine.enrich(new io.wirestream.enrichment.Article(a.getId(), java.util.Optional.empty(),
                    java.util.Optional.ofNullable(a.getTitle()), a.getBody()));
        }
    }

    static double averageBytes(byte[][] values) {
        long total = 0;
        for (byte[] v : values) {
            total += v.length;
        }
        return values.length == 0 ? 0 : total / (double) values.length;
    }
}
