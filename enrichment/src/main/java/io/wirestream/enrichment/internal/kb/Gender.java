package io.wirestream.enrichment.internal.kb;

/**
 * The grammatical gender English usage gives a person's name, which is what "he said" and "she
 * added" agree with when a quote is attributed; {@link #UNKNOWN} when usage gives both or none.
 */
public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
}
