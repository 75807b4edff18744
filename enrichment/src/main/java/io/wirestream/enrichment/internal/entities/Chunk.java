package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.internal.kb.Gazetteer;
import io.wirestream.enrichment.internal.kb.KbEntry;

/**
 * A candidate name mention while one article is analysed: a token range and what the rules
 * believe about it so far. Mutable on purpose (the rules refine it in several passes) and never
 * shared: it lives only inside one call of {@link EntityStage}.
 */
final class Chunk {

    /** Token range {@code [start, end)}. */
    int start;
    int end;
    /** Knowledge-base readings of exactly this span, best first; empty when none. */
    Gazetteer.Alias[] aliases = new Gazetteer.Alias[0];
    EntityType type;
    KbEntry entry;
    /** How sure the typing is: below {@link #SURE} later passes may retype it from context. */
    double confidence;
    /** A person title preceded the name ("President", "striker"). */
    boolean titled;
    /** A type the shape alone decides ("C$", "F-16", a title in quote marks), not to be retyped. */
    EntityType forced;
    /** Only person titles ("King", "President"): a name only if the article names such a person. */
    boolean titleOnly;
    /** The whole span is written in a headline in capitals. */
    boolean caps;
    /** Lookup key of the span: token keys joined by spaces. */
    String key;

    static final double SURE = 3.0;

    Chunk(int start, int end) {
        this.start = start;
        this.end = end;
    }

    int length() {
        return end - start;
    }

    boolean typed() {
        return type != null;
    }

    void set(EntityType t, KbEntry e, double conf) {
        type = t;
        entry = e;
        confidence = conf;
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")" + type + (entry == null ? "" : "=" + entry.id()) + "@" + confidence;
    }
}
