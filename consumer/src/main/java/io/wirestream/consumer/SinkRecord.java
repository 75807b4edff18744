package io.wirestream.consumer;

import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.TrendCount;

/**
 * One decoded record handed to a {@link RecordStore}: an enriched article or a trend count, with
 * where it was read. A sealed pair rather than a generic value, because every store treats the two
 * differently (articles are upserted by id, trend windows by window).
 */
public sealed interface SinkRecord {

    RecordPosition position();

    /** An enriched article; its id is the upsert key. */
    record ArticleRecord(EnrichedArticle article, RecordPosition position) implements SinkRecord {
    }

    /** A windowed trend count; a later count of the same window replaces an earlier one. */
    record TrendRecord(TrendCount trend, RecordPosition position) implements SinkRecord {
    }
}
