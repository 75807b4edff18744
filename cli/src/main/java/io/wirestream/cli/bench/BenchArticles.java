package io.wirestream.cli.bench;

import io.wirestream.embedded.SyntheticArticles;
import io.wirestream.enrichment.Article;
import io.wirestream.enrichment.EnrichmentEngine;
import io.wirestream.producer.bench.GeneratedArticles;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The benchmarks' input: generated news-like articles of about 3 KB, deterministic for a seed, each
 * with a unique URL and so a unique id. Three kinds, because the topology's near-duplicate index
 * is sensitive to how alike the texts are (measured over 20,000 articles: SimHash candidates scanned
 * per lookup, and articles flagged as near-duplicates of another among the first 1,500):
 * <ul>
 *   <li>{@link Kind#MIXED} (the default): half {@link SyntheticArticles} sentences (people, places,
 *       organizations, dates, quotes, amounts: the engine's real work), half
 *       {@link GeneratedArticles} prose (words drawn Zipf-like from 30,000, as diverse as real text):
 *       about 870 candidates per lookup, no false near-duplicates, 31 entities per article;</li>
 *   <li>{@link Kind#TEMPLATES}: {@link SyntheticArticles} alone. Twelve sentence templates make the
 *       texts so alike that 16 % are flagged as near-duplicates and a lookup scans about 3,900
 *       candidates: the dedupe stage's worst case, not news;</li>
 *   <li>{@link Kind#PROSE}: {@link GeneratedArticles} alone (as {@code bench ingest}): random-like
 *       fingerprints (about 170 candidates), generated names but no dates, quotes or amounts.</li>
 * </ul>
 */
public final class BenchArticles {

    /** Which generator writes the bodies. */
    public enum Kind { MIXED, TEMPLATES, PROSE }

    private BenchArticles() {
    }

    /** {@code n} articles of stream {@code seed}, from source {@code source}. */
    static List<RawArticle> generate(Kind kind, long seed, int n, int bodyChars, String source) {
        Instant now = Instant.now();
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RawArticle a = switch (kind) {
                case TEMPLATES -> SyntheticArticles.article(seed, i, bodyChars, now);
                case MIXED -> {
                    RawArticle t = SyntheticArticles.article(seed, i, bodyChars / 2, now);
                    t.setBody(t.getBody() + "\n\n" + prose(seed, i, bodyChars - bodyChars / 2));
                    yield t;
                }
                case PROSE -> {
                    RawArticle t = SyntheticArticles.article(seed, i, 1, now);
                    t.setBody(prose(seed, i, bodyChars));
                    yield t;
                }
            };
            a.setSource(source);
            out.add(a);
        }
        return out;
    }

    private static String prose(long seed, int index, int chars) {
        return GeneratedArticles.draft(seed, index, chars).text().orElseThrow();
    }

    /**
     * Runs the enrichment engine over {@code n} generated articles in this thread, so the JIT has
     * compiled it before anything is measured (through Kafka, warming it would take minutes).
     */
    static void warmEngine(Kind kind, int n, int bodyChars) {
        EnrichmentEngine engine = EnrichmentEngine.shared();
        for (RawArticle a : generate(kind, 99, n, bodyChars, "warm")) {
            engine.enrich(new Article(a.getId(), Optional.empty(), Optional.ofNullable(a.getTitle()), a.getBody()));
        }
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
     * The same records {@code times} over: for the ceilings (raw producer, pass-through), which move
     * 10,000 articles in well under a second, where the last batch's acknowledgement or commit
     * would otherwise weigh as much as everything before it. A pass-through has no dedupe stage,
     * so repeated ids change nothing for it.
     */
    static <T> List<T> repeat(List<T> items, int times) {
        List<T> out = new ArrayList<>(items.size() * times);
        for (int i = 0; i < times; i++) {
            out.addAll(items);
        }
        return out;
    }

    static byte[][] repeat(byte[][] values, int times) {
        byte[][] out = new byte[values.length * times][];
        for (int i = 0; i < times; i++) {
            System.arraycopy(values, 0, out, i * values.length, values.length);
        }
        return out;
    }

    static double averageBytes(byte[][] values) {
        long total = 0;
        for (byte[] v : values) {
            total += v.length;
        }
        return values.length == 0 ? 0 : total / (double) values.length;
    }
}
