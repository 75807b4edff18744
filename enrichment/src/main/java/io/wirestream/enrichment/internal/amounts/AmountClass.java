package io.wirestream.enrichment.internal.amounts;

/** The classes a word can have in the amount lexicon ({@code lexicon.tsv}). */
enum AmountClass {
    /** million, bn, Mrd.: a multiplier. */
    SCALE,
    /** A currency sign written before the number: $, €, £. */
    SYMBOL,
    /** Letters glued to a sign: the "US" of "US$". */
    PREFIX,
    /** A currency named by word or code: dollars, euros, yen, USD. */
    CURRENCY,
    /** A hundredth of a currency: cents, pence. */
    MINOR,
    PERCENT,
    UNIT,
    NUMBER,
    /** Words that open a two-word unit: percentage points, square kilometres, Swiss francs. */
    LEAD,
    /** Ends a counted object: function words, verbs, time words. */
    STOP,
    /** A countable plural without an -s: people, police, children. */
    PLURAL
}
