package io.wirestream.enrichment.internal.topics;

/**
 * Recognises a game score token such as "3-1", "24-17" or "362-7" (the tokenizer keeps digit
 * groups joined by a hyphen as one token). Scores are among the surest signs of a sports report;
 * the lexicon gives them a weight under the pseudo-term {@value #TERM}. Year ranges ("2004-05",
 * "1990-91") and dates are not scores.
 */
final class Scoreline {

    static final String TERM = "<scoreline>";

    private Scoreline() {
    }

    static boolean matches(String token) {
        int dash = token.indexOf('-');
        if (dash < 1 || dash > 3 || dash == token.length() - 1 || token.length() - dash - 1 > 3) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (i != dash && !Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return token.indexOf('-', dash + 1) < 0;
    }
}
