package io.wirestream.enrichment.internal;

/**
 * What a stage reads from or adds to a {@link Document}. Stages declare the layers they require
 * and provide (CoreNLP's requires / requirementsSatisfied); {@link Pipeline} checks the order once,
 * when it is assembled, not per article.
 */
public enum Layer {
    /** The analysed text and the publication date (always present). */
    TEXT,
    /** Markup masked, so later stages see plain text at the same offsets. */
    CLEAN_TEXT,
    LANGUAGE,
    TOKENS,
    SENTENCES,
    ENTITIES,
    DATES,
    TOPICS,
    QUOTES,
    AMOUNTS
}
