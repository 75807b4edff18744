package io.wirestream.enrichment.internal.kb;

/**
 * The lookup form of a token: lower case, periods dropped, typographic apostrophes made straight.
 * "U.S.", "US" and "us" all become {@code us}; whether an upper-case-only alias may match lower
 * case text is decided by {@link Gazetteer}, not here. Allocation-free for the common case of a
 * plain lower-case word.
 */
public final class AliasKey {

    private AliasKey() {
    }

    public static String of(String token) {
        boolean plain = true;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.' || c == '\u2019' || Character.isUpperCase(c)) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return token;
        }
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.' && token.length() > 1) {
                continue;
            }
            sb.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** Whether a surface form is an acronym ("NATO", "U.S.", "WHO") that must match upper case. */
    public static boolean isAcronym(String surface) {
        int letters = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&' && c != '-' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters > 0 && letters <= 6;
    }
}
