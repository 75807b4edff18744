package io.wirestream.enrichment.internal.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Masks whole lines that are page furniture rather than article text: "Share this article",
 * "Click here to subscribe", cookie notices, "All rights reserved", "Advertisement".
 *
 * <p>Scrapers keep one paragraph per line, so the unit of decision is the line. A line is masked
 * when, lower-cased with its spaces collapsed and trailing punctuation dropped, it is one of the
 * known furniture lines, or it is short and starts with or contains a known furniture phrase.
 * Long lines are never masked: a paragraph that quotes "click here" is still news. The phrase
 * lists are a resource ({@code boilerplate.txt}), loaded once.
 */
final class BoilerplateMasker {

    /** Lines longer than this are article text, whatever they contain. */
    private static final int MAX_LINE = 200;

    private final Set<String> exact = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> contains = new ArrayList<>();

    BoilerplateMasker() {
        try (InputStream in = BoilerplateMasker.class.getResourceAsStream("boilerplate.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource boilerplate.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String kind = line.substring(0, tab);
                String phrase = line.substring(tab + 1).trim().toLowerCase(Locale.ROOT);
                switch (kind) {
                    case "line" -> exact.add(phrase);
                    case "prefix" -> prefixes.add(phrase);
                    case "contains" -> contains.add(phrase);
                    default -> throw new IllegalStateException("boilerplate.txt: unknown kind " + kind);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Masks furniture lines in {@code buf}, in place; returns how many lines were masked. */
    int mask(char[] buf) {
        int masked = 0;
        int n = buf.length;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && buf[end] != '\n') {
                end++;
            }
            if (end - start <= MAX_LINE && isBoilerplate(buf, start, end)) {
                HtmlMasker.blank(buf, start, end);
                masked++;
            }
            start = end + 1;
        }
        return masked;
    }

    private boolean isBoilerplate(char[] buf, int start, int end) {
        String line = normalize(buf, start, end);
        if (line.isEmpty()) {
            return false;
        }
        if (exact.contains(line)) {
            return true;
        }
        for (String p : prefixes) {
            if (line.startsWith(p)) {
                return true;
            }
        }
        for (String c : contains) {
            if (line.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, runs of whitespace as one space, no leading/trailing space or punctuation. */
    static String normalize(char[] buf, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        boolean space = false;
        for (int k = start; k < end; k++) {
            char c = buf[k];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        int e = sb.length();
        while (e > 0 && isEdgePunctuation(sb.charAt(e - 1))) {
            e--;
        }
        int s = 0;
        while (s < e && isEdgePunctuation(sb.charAt(s))) {
            s++;
        }
        return sb.substring(s, e).trim();
    }

    private static boolean isEdgePunctuation(char c) {
        return c == '.' || c == ':' || c == '!' || c == '>' || c == '\u00BB' || c == '|' || c == '-' || c == '\u2022'
                || c == '\u203A' || c == '*' || c == ' ';
    }
}
