package io.wirestream.consumer.dashboard;

import io.wirestream.consumer.ArticleFinder;
import io.wirestream.consumer.ArticleQuery;
import io.wirestream.schemas.EnrichedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last articles the dashboard received, by id (a re-enriched article replaces its earlier
 * version), at most {@code capacity}. Answers searches when no database is configured.
 */
public final class RecentArticles implements ArticleFinder {

    private final int capacity;
    private final Map<String, EnrichedArticle> byId = new LinkedHashMap<>();

    public RecentArticles(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(EnrichedArticle a) {
        byId.remove(a.getId());
        byId.put(a.getId(), a);
        if (byId.size() > capacity) {
            byId.remove(byId.keySet().iterator().next());
        }
    }

    public synchronized int size() {
        return byId.size();
    }

    @Override
    public synchronized List<EnrichedArticle> find(ArticleQuery q) {
        List<EnrichedArticle> out = new ArrayList<>();
        for (EnrichedArticle a : byId.values()) {
            if (q.matches(a)) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(ArticleQuery::timeOf).reversed().thenComparing(EnrichedArticle::getId));
        return List.copyOf(out.subList(0, Math.min(q.limit(), out.size())));
    }
}
