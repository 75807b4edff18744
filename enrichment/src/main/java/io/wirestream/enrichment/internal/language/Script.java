package io.wirestream.enrichment.internal.language;

/** Writing systems the detector tells apart. */
enum Script {
    LATIN, CYRILLIC, GREEK, HEBREW, ARABIC, HANGUL, KANA, HAN, THAI, DEVANAGARI, BENGALI, TAMIL, TELUGU, GEORGIAN,
    ARMENIAN, ETHIOPIC, OTHER
}
