package io.wirestream.enrichment.internal.clean;

/**
 * Masks URLs ({@code http://}, {@code https://}, {@code www.}) with spaces. Their path segments
 * ("/sport/football/...") are words to a tokenizer and would vote for topics and look like names;
 * the link itself is not part of what the article says.
 */
final class UrlMasker {

    private UrlMasker() {
    }

    static void mask(char[] buf) {
        int n = buf.length;
        int i = 0;
        while (i < n) {
            char c = buf[i];
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && (i == 0 || !Character.isLetterOrDigit(buf[i - 1]))
                    && startsUrl(buf, i)) {
                int end = i;
                while (end < n && !Character.isWhitespace(buf[end]) && buf[end] != '"' && buf[end] != '<'
                        && buf[end] != '>') {
                    end++;
                }
                // keep sentence punctuation that follows a link
                while (end > i && isTrailingPunctuation(buf[end - 1])) {
                    end--;
                }
                HtmlMasker.blank(buf, i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    private static boolean startsUrl(char[] buf, int i) {
        return regionMatches(buf, i, "http://") || regionMatches(buf, i, "https://") || regionMatches(buf, i, "www.")
                && i + 4 < buf.length && Character.isLetterOrDigit(buf[i + 4]);
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == '\'';
    }

    private static boolean regionMatches(char[] buf, int at, String s) {
        if (at + s.length() > buf.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (Character.toLowerCase(buf[at + k]) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
