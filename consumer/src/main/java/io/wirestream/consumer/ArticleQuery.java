package io.wirestream.consumer;

import io.wirestream.schemas.EnrichedArticle;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A search over enriched articles, as {@code GET /api/articles?topic=&entity=&source=&since=&q=}
 * takes it. Every filter is optional; those given must all match:
 * <ul>
 * <li>{@code topic}: an IPTC code ({@code medtop:15000000}) or a label ({@code sport}, any case);</li>
 * <li>{@code entity}: a canonical entity name (any case) or a link id ({@code country:US});</li>
 * <li>{@code source}: the source, any case;</li>
 * <li>{@code since}: published (or, when the date is unknown, fetched) at or after;</li>
 * <li>{@code text}: a substring of the title or body, any case.</li>
 * </ul>
 * Results come newest first. The same semantics hold in memory ({@link #matches}) and in SQL.
 */
public record ArticleQuery(Optional<String> topic, Optional<String> entity, Optional<String> source,
        Optional<Instant> since, Optional<String> text, int limit) {

    public static final int MAX_LIMIT = 500;

    public ArticleQuery {
        topic = blankToEmpty(topic);
        entity = blankToEmpty(entity);
        source = blankToEmpty(source);
        text = blankToEmpty(text);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static ArticleQuery newest(int limit) {
        return new ArticleQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    /** When the article counts as published: its publication time, else its fetch time. */
    public static Instant timeOf(EnrichedArticle a) {
        return a.getPublishedAt() != null ? a.getPublishedAt() : a.getFetchedAt();
    }

    public boolean matches(EnrichedArticle a) {
        return topic.map(t -> a.getTopics().stream().anyMatch(x -> x.getCode().equals(t) || x.getLabel().equalsIgnoreCase(t)))
                .orElse(true)
                && entity.map(e -> a.getEntities().stream().anyMatch(x -> x.getName().equalsIgnoreCase(e)
                        || e.equals(x.getLinkId()))).orElse(true)
                && source.map(s -> a.getSource().equalsIgnoreCase(s)).orElse(true)
                && since.map(s -> !timeOf(a).isBefore(s)).orElse(true)
                && text.map(q -> contains(a.getTitle(), q) || contains(a.getBody(), q)).orElse(true);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> blankToEmpty(Optional<String> s) {
        return s.map(String::trim).filter(x -> !x.isEmpty());
    }
}
