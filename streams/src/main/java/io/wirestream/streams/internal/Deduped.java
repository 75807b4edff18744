package io.wirestream.streams.internal;

import io.wirestream.schemas.RawArticle;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The dedupe stage's verdict on an article: an exact duplicate (seen before within the retention),
 * or new — possibly a near-duplicate of an earlier story ({@code duplicateOf}).
 */
public record Deduped(RawArticle article, boolean exactDuplicate, Optional<String> duplicateOf, OptionalLong fingerprint) {
}
