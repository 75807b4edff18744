package io.wirestream.enrichment;

import io.wirestream.enrichment.internal.DefaultStages;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Pipeline;
import io.wirestream.enrichment.internal.text.DateMarker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The enrichment engine: {@link Article} in, {@link Enrichment} out.
 *
 * <p>Pure, deterministic and thread-safe. Models, lexicons and patterns load once, when the engine
 * is created; create one per process ({@link #shared()}) and call {@link #enrich} from any number
 * of threads. Knows nothing of Kafka: the streams topology and the offline {@code enrich} command
 * both call it.
 */
public final class EnrichmentEngine {

    /** Version of the engine, models and rules included; stamped on every result. */
    public static final String VERSION = readVersion();

    private static volatile EnrichmentEngine shared;

    private final Pipeline pipeline;

    private EnrichmentEngine(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** A new engine with the default stages (loads every model). */
    public static EnrichmentEngine create() {
        return new EnrichmentEngine(Pipeline.of(DefaultStages.all()));
    }

    /** The process-wide engine, created on first use. */
    public static EnrichmentEngine shared() {
        EnrichmentEngine e = shared;
        if (e == null) {
            synchronized (EnrichmentEngine.class) {
                e = shared;
                if (e == null) {
                    e = create();
                    shared = e;
                }
            }
        }
        return e;
    }

    /**
     * Enriches one article. A publication date outside the years 1 to 9999 (the four-digit years of
     * TimeML values) anchors nothing: relative expressions then stay unresolved, as without a date.
     */
    public Enrichment enrich(Article article) {
        DateMarker.Stripped stripped = DateMarker.strip(article.body());
        var published = article.publicationDate().filter(EnrichmentEngine::anchorable).or(stripped::date);
        Document doc = new Document(article.id(), stripped.text(), published, article.title());
        Map<String, Long> timings = pipeline.run(doc);
        return new Enrichment(article.id(), VERSION, doc.language(), published, doc.text(), doc.wordCount(),
                doc.entities(), doc.dates(), doc.topics(), doc.quotes(), doc.amounts(), timings);
    }

    private static boolean anchorable(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = EnrichmentEngine.class.getResourceAsStream("engine.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(p.getProperty("version")).orElse("dev");
    }
}
