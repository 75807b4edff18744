package io.wirestream.enrichment.internal.topics;

/**
 * A cheap English singular for lexicon lookups ("elections" → "election", "companies" →
 * "company", "taxes" → "tax"). Only used after the word itself was not found, so a word that ends
 * in s and is listed as it is ("news", "series", "chess") is never touched.
 */
final class Singular {

    private Singular() {
    }

    /** The singular form, or null when the word does not look like a regular plural. */
    static String of(String lower) {
        int n = lower.length();
        if (n < 4 || lower.charAt(n - 1) != 's' || lower.charAt(n - 2) == 's' || lower.charAt(n - 2) == 'u'
                || lower.charAt(n - 2) == '\'') {
            return null;
        }
        if (lower.endsWith("ies") && n > 4) {
            return lower.substring(0, n - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return lower.substring(0, n - 2);
        }
        return lower.substring(0, n - 1);
    }
}
