package io.wirestream.streams;

import io.wirestream.enrichment.Article;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.EnrichmentEngine;

/**
 * What the topology calls to enrich an article. The shipped topology uses the real engine
 * ({@link #engine()}); tests may pass a small enricher of their own.
 */
@FunctionalInterface
public interface ArticleEnricher {

    Enrichment enrich(Article article);

    /** The process-wide enrichment engine (models load on first use). */
    static ArticleEnricher engine() {
        EnrichmentEngine engine = EnrichmentEngine.shared();
        return engine::enrich;
    }
}
