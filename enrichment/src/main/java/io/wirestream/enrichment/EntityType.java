package io.wirestream.enrichment;

/**
 * Coarse entity types, the way news readers think of them. Metonymy follows the reader: the
 * "Washington" of "a signal from Washington" is a {@link #LOCATION}.
 */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** Nationalities, religious and political groups: "Russian", "Muslims", "Democrats". */
    NATIONALITY,
    /** Named events: summits, conferences, wars, tournaments. */
    EVENT,
    /** Other names: products, works, laws, sports leagues, languages. */
    MISC
}
