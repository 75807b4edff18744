package io.wirestream.enrichment.internal.clean;

import java.util.Locale;
import java.util.Map;

/**
 * Masks HTML markup in place: tags, comments, the contents of {@code script} and {@code style}
 * elements become spaces, and an entity such as {@code &amp;} becomes its character followed by
 * spaces. The output has exactly the input's length, so every offset found in it is also an offset
 * into the original text.
 *
 * <p>Scraped bodies are mostly plain text with stray markup, not documents: a full HTML parser
 * would rebuild the text and lose the offsets, so this is one forward scan that only overwrites.
 * Block-level tags ({@code <p>}, {@code <br>}, {@code <div>}, headings, list items) leave a line
 * break in their first position so that sentences do not run across paragraphs.
 */
final class HtmlMasker {

    /** A tag longer than this is not a tag but a stray {@code <} in running text. */
    private static final int MAX_TAG = 2_000;
    private static final int MAX_ENTITY = 10;

    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("ndash", '\u2013'),
            Map.entry("mdash", '\u2014'), Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'),
            Map.entry("ldquo", '\u201C'), Map.entry("rdquo", '\u201D'), Map.entry("hellip", '\u2026'),
            Map.entry("euro", '\u20AC'), Map.entry("pound", '\u00A3'), Map.entry("copy", '\u00A9'),
            Map.entry("reg", '\u00AE'), Map.entry("trade", '\u2122'), Map.entry("laquo", '\u00AB'),
            Map.entry("raquo", '\u00BB'), Map.entry("middot", '\u00B7'), Map.entry("bull", '\u2022'),
            Map.entry("eacute", '\u00E9'), Map.entry("egrave", '\u00E8'), Map.entry("agrave", '\u00E0'),
            Map.entry("ccedil", '\u00E7'), Map.entry("uuml", '\u00FC'), Map.entry("ouml", '\u00F6'),
            Map.entry("auml", '\u00E4'), Map.entry("szlig", '\u00DF'), Map.entry("ntilde", '\u00F1'));

    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of(
            "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
            "article", "header", "footer", "blockquote", "hr", "figure", "figcaption", "aside", "nav", "dd", "dt");

    private HtmlMasker() {
    }

    /** Whether the text may contain markup at all (cheap pre-check). */
    static boolean mayContainMarkup(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&') {
                return true;
            }
        }
        return false;
    }

    /** Masks markup in {@code buf}, in place. */
    static void mask(char[] buf) {
        int n = buf.length;
        int i = 0;
        while (i < n) {
            char c = buf[i];
            if (c == '<') {
                i = maskTag(buf, i);
            } else if (c == '&') {
                i = maskEntity(buf, i);
            } else {
                i++;
            }
        }
    }

    /** Returns the index after the tag (or after the {@code <} when it is not a tag). */
    private static int maskTag(char[] buf, int start) {
        int n = buf.length;
        if (start + 1 >= n) {
            return start + 1;
        }
        char next = buf[start + 1];
        if (next == '!' && startsWith(buf, start, "<!--")) {
            int end = indexOf(buf, start + 4, "-->", n);
            int stop = end < 0 ? n : end + 3;
            blank(buf, start, stop);
            return stop;
        }
        if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
            return start + 1;
        }
        int limit = Math.min(n, start + MAX_TAG);
        int close = -1;
        for (int k = start + 1; k < limit; k++) {
            if (buf[k] == '>') {
                close = k;
                break;
            }
            if (buf[k] == '<') {
                break;
            }
        }
        if (close < 0) {
            return start + 1;
        }
        String name = tagName(buf, start + 1, close);
        boolean opening = buf[start + 1] != '/' && buf[close - 1] != '/';
        blank(buf, start, close + 1);
        if (BLOCK_TAGS.contains(name)) {
            buf[start] = '\n';
        }
        int after = close + 1;
        if ((name.equals("script") || name.equals("style")) && opening) {
            int end = indexOfIgnoreCase(buf, after, "</" + name);
            int stop = end < 0 ? n : end;
            blank(buf, after, stop);
            return stop;
        }
        return after;
    }

    private static String tagName(char[] buf, int from, int to) {
        int k = from;
        if (k < to && buf[k] == '/') {
            k++;
        }
        int s = k;
        while (k < to && (Character.isLetterOrDigit(buf[k]))) {
            k++;
        }
        return new String(buf, s, k - s).toLowerCase(Locale.ROOT);
    }

    private static int maskEntity(char[] buf, int start) {
        int n = buf.length;
        int limit = Math.min(n, start + MAX_ENTITY);
        int semi = -1;
        for (int k = start + 1; k < limit; k++) {
            char c = buf[k];
            if (c == ';') {
                semi = k;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || (k == start + 1 && c == '#'))) {
                break;
            }
        }
        if (semi < 0 || semi == start + 1) {
            return start + 1;
        }
        String name = new String(buf, start + 1, semi - start - 1);
        int decoded = decode(name);
        if (decoded < 0) {
            return start + 1;
        }
        blank(buf, start, semi + 1);
        if (Character.isBmpCodePoint(decoded) && !Character.isISOControl(decoded)) {
            buf[start] = (char) decoded;
        }
        return semi + 1;
    }

    private static int decode(String name) {
        if (name.charAt(0) == '#') {
            try {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                return Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Character c = ENTITIES.get(name);
        return c == null ? -1 : c;
    }

    static void blank(char[] buf, int from, int to) {
        for (int k = from; k < to; k++) {
            if (buf[k] != '\n') {
                buf[k] = ' ';
            }
        }
    }

    private static boolean startsWith(char[] buf, int at, String s) {
        if (at + s.length() > buf.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (buf[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] buf, int from, String s, int limit) {
        for (int k = from; k + s.length() <= limit; k++) {
            if (startsWith(buf, k, s)) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(char[] buf, int from, String s) {
        outer:
        for (int k = from; k + s.length() <= buf.length; k++) {
            for (int j = 0; j < s.length(); j++) {
                if (Character.toLowerCase(buf[k + j]) != s.charAt(j)) {
                    continue outer;
                }
            }
            return k;
        }
        return -1;
    }
}
