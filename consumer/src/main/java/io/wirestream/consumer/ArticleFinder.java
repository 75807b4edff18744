package io.wirestream.consumer;

import io.wirestream.schemas.EnrichedArticle;
import java.util.List;

/**
 * Answers {@link ArticleQuery}s: from the database when the dashboard has one (every article the
 * sink wrote), otherwise from the articles the dashboard has seen recently.
 */
@FunctionalInterface
public interface ArticleFinder {

    /** Matching articles, newest first, at most {@code query.limit()}. */
    List<EnrichedArticle> find(ArticleQuery query) throws Exception;
}
