package io.wirestream.enrichment.internal.dates;

/**
 * A recognized temporal expression: words {@code [first, end)} and their meaning.
 *
 * @param noun whether the expression is a noun phrase that takes a leading "the" into its span
 *             ("the third quarter", "the 1990s"), unlike names of days used as modifiers ("the
 *             Oct. 23 slaying")
 */
record Candidate(int first, int end, Meaning meaning, boolean noun) {

    Candidate from(int newFirst) {
        return new Candidate(newFirst, end, meaning, noun);
    }

    Candidate to(int newEnd) {
        return new Candidate(first, newEnd, meaning, noun);
    }
}
