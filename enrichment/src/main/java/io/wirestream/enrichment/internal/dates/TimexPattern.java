package io.wirestream.enrichment.internal.dates;

import java.util.Optional;

/** One family of temporal expressions, tried at a word position. Implementations are immutable. */
interface TimexPattern {

    /**
     * The longest expression of this family that starts at word {@code i}, if any.
     *
     * @param language ISO 639-1 code of the article, {@code und} when unknown
     */
    Optional<Candidate> match(Words<TimeWord> words, int i, String language);
}
