package io.wirestream.enrichment.internal.dates;

/** The classes a word can have in the date lexicon ({@code lexicon.tsv}); a word may have several. */
enum TimeClass {
    MONTH,
    /** A month name in fr, de, es, it, pt or nl: read only next to a day or a year. */
    FOREIGN_MONTH,
    WEEKDAY,
    /** Plural weekday ("Mondays"): a recurring day. */
    WEEKDAYS,
    FOREIGN_WEEKDAY,
    NUMBER,
    ORDINAL,
    UNIT,
    /** Plural unit ("years"). */
    UNITS,
    SEASON,
    DAYPART,
    /** A named clock time: noon, midnight; value in minutes after midnight. */
    CLOCK,
    /** today, yesterday, tomorrow, tonight; value = day offset. */
    DEIXIS,
    FOREIGN_DEIXIS,
    RECURRENCE,
    REFERENCE,
    ZONE,
    MERIDIEM,
    FUTURE_CUE,
    PAST_CUE,
    /** Function words that start temporal expressions: the, a, this, every, several... */
    FUNCTION,
    /** A plain word the patterns look for ("of", "compared"): known, so it is compared without case folding. */
    WORD,
    /** An abbreviation whose period is not a sentence end. */
    ABBREVIATION
}
