package io.wirestream.producer.internal;

/**
 * Cleans text the way every downstream stage expects it: control characters, byte-order marks and
 * noncharacters removed; runs of spaces (any Unicode space) collapsed to one; lines trimmed; line
 * ends unified to {@code \n}; paragraph breaks (one or more blank lines, or U+2029) kept as exactly
 * one blank line. One pass, no regular expressions: it runs on every article.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    /** Article body: line breaks and paragraph breaks kept. */
    public static String body(String s) {
        return clean(s, true);
    }

    /** One-line text (title, source, author): every kind of break becomes a space. */
    public static String line(String s) {
        return clean(s, false);
    }

    /** Index of the first unpaired UTF-16 surrogate (which no UTF-8 text can hold), or -1. */
    public static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String s, boolean keepBreaks) {
        if (isCleanAscii(s, keepBreaks)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        int newlines = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int breaks = breaks(c);
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i++;
            }
            if (breaks > 0) {
                if (keepBreaks) {
                    newlines += breaks;
                    space = false;
                } else {
                    space = true;
                }
            } else if (c == ' ' || c == '\t' || (c >= 0x80 && Character.isSpaceChar(c))) {
                space = true;
            } else if (!dropped(c)) {
                if (out.length() > 0) {
                    if (newlines > 0) {
                        out.append(newlines == 1 ? "\n" : "\n\n");
                    } else if (space) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the text is printable ASCII already in clean form (so cleaning, Unicode normalization
     * and the surrogate check would change nothing): the common case of a scraper that sends clean
     * text costs one scan and no copy. Conservative: any character outside printable ASCII (and
     * {@code \n} where breaks are kept) answers false.
     */
    public static boolean isCleanAscii(String s, boolean keepBreaks) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        char first = s.charAt(0);
        char last = s.charAt(n - 1);
        if (first <= ' ' || first >= 0x7F || last <= ' ' || last >= 0x7F) {
            return false;
        }
        // one branch per character that is almost never taken: text is letters and spaces in an
        // order no branch predictor guesses, so testing for a space per character costs more than
        // the rest of the scan; double spaces are found by indexOf instead
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                if (c != '\n' || !keepBreaks || s.charAt(i - 1) == ' ' || s.charAt(i + 1) == ' '
                        || (s.charAt(i - 1) == '\n' && s.charAt(i + 1) == '\n')) {
                    return false;
                }
            }
        }
        return s.indexOf("  ") < 0;
    }

    /** How many line breaks a character stands for (a paragraph separator or form feed is two). */
    private static int breaks(char c) {
        return switch (c) {
            case '\n', '\r', '\u000B', '\u0085', '\u2028' -> 1;
            case '\u000C', '\u2029' -> 2;
            default -> 0;
        };
    }

    private static boolean dropped(char c) {
        if (c < 0x80) {
            return c < 0x20 || c == 0x7F;
        }
        return Character.getType(c) == Character.CONTROL || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }
}
