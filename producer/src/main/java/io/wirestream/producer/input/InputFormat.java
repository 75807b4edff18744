package io.wirestream.producer.input;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats scrapers send, named (by content type, file extension or {@code --format}) or
 * detected from the first bytes: a format is never guessed from content when it was named.
 */
public enum InputFormat {
    /** One JSON object, an array of them, or several objects one after another. */
    JSON(List.of("application/json", "text/json"), List.of(".json")),
    /** One JSON object per line; a broken line rejects that line only. */
    NDJSON(List.of("application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
            "application/jsonlines"), List.of(".ndjson", ".jsonl")),
    /** One article per input; a first token {@code date YYYY-MM-DD} gives the publication date. */
    TEXT(List.of("text/plain"), List.of(".txt", ".text")),
    /** One news page per input. */
    HTML(List.of("text/html", "application/xhtml+xml"), List.of(".html", ".htm", ".xhtml")),
    /** An RSS (0.9x, 1.0, 2.0) or Atom feed: one article per item or entry. */
    FEED(List.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"),
            List.of(".rss", ".atom", ".xml", ".rdf"));

    private final List<String> contentTypes;
    private final List<String> extensions;

    InputFormat(List<String> contentTypes, List<String> extensions) {
        this.contentTypes = contentTypes;
        this.extensions = extensions;
    }

    public List<String> contentTypes() {
        return contentTypes;
    }

    /** The format of an HTTP content type ({@code application/json; charset=utf-8}), if it is one. */
    public static Optional<InputFormat> ofContentType(String contentType) {
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.contentTypes.contains(media)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension says, if it says one. */
    public static Optional<InputFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            for (String ext : f.extensions) {
                if (n.endsWith(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code json}, {@code ndjson} (or {@code jsonl}), {@code text} (or {@code txt}), {@code html}, {@code feed} (or {@code rss}, {@code atom}). */
    public static Optional<InputFormat> named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "ndjson", "jsonl", "jsonlines" -> Optional.of(NDJSON);
            case "text", "txt", "plain" -> Optional.of(TEXT);
            case "html", "htm" -> Optional.of(HTML);
            case "feed", "rss", "atom", "xml" -> Optional.of(FEED);
            default -> Optional.empty();
        };
    }

    /** The format the first bytes of an input look like. */
    public static InputFormat sniff(byte[] head, int length) {
        String s = new String(head, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00EF' || s.charAt(i) == '\u00BB'
                || s.charAt(i) == '\u00BF')) {
            i++; // whitespace and a UTF-8 byte-order mark
        }
        if (i == s.length()) {
            return TEXT;
        }
        char c = s.charAt(i);
        if (c == '[') {
            return JSON;
        }
        if (c == '{') {
            int nl = s.indexOf('\n', i);
            return nl > 0 && s.substring(nl).trim().startsWith("{") ? NDJSON : JSON;
        }
        if (c == '<') {
            String lower = s.substring(i).toLowerCase(Locale.ROOT);
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return FEED;
            }
            return HTML;
        }
        return TEXT;
    }
}
