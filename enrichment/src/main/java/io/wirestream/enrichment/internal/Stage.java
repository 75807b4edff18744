package io.wirestream.enrichment.internal;

import java.util.Set;

/**
 * One step of the enrichment pipeline. Implementations are immutable and thread-safe: they load
 * their models, lexicons and patterns once, in the constructor, and keep per-article state only in
 * the {@link Document} they are given.
 */
public interface Stage {

    /** Short stable name, used in timings and errors (e.g. {@code entities}). */
    String name();

    /** Layers that must be present before this stage runs. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> provides();

    /**
     * Whether this stage runs for a document in the given language (ISO 639-1 or {@code und}).
     * English gets every stage; other languages get at least language, dates and amounts.
     */
    default boolean appliesTo(String language) {
        return true;
    }

    void apply(Document document);
}
