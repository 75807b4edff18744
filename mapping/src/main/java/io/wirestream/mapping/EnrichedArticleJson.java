package io.wirestream.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.enrichment.json.EnrichmentJson;
import io.wirestream.schemas.EnrichedArticle;

/**
 * An enriched article as one JSON object: the shape {@code wirestream enrich} prints (entities per
 * mention, dates, topics, quotes, amounts, language, text) plus the article's own fields (url,
 * source, title, publishedAt, fetchedAt, authors, duplicateOf). The files sink writes it, the
 * dashboard streams it.
 */
public final class EnrichedArticleJson {

    private EnrichedArticleJson() {
    }

    public static ObjectNode toJson(EnrichedArticle a) {
        ObjectNode o = EnrichmentJson.toJson(ArticleMapping.toEnrichment(a), true);
        o.put("url", a.getUrl());
        o.put("source", a.getSource());
        o.put("title", a.getTitle());
        o.put("publishedAt", a.getPublishedAt() == null ? null : a.getPublishedAt().toString());
        o.put("fetchedAt", a.getFetchedAt().toString());
        o.put("enrichedAt", a.getEnrichedAt().toString());
        o.set("authors", EnrichmentJson.mapper().valueToTree(a.getAuthors()));
        o.put("duplicateOf", a.getDuplicateOf());
        return o;
    }
}
