package io.wirestream.producer.fuzz;

import io.wirestream.producer.input.InputFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Generated inputs in every format a scraper may send, with field values drawn from what the open
 * web delivers: markup and scripts, SQL and template metacharacters, zero-width and bidirectional
 * controls, lone surrogates (as JSON escapes), emoji, impossible dates, numbers where text belongs.
 * Each input knows how many articles a correct reader must report for it, unless its bytes were
 * corrupted afterwards (then only "something, never nothing" holds).
 */
final class HostileInputs {

    /**
     * @param articles entries a reader must report: exactly this many, or -1 when the bytes were corrupted
     */
    record Input(InputFormat format, byte[] bytes, int articles) {

        String describe() {
            String head = new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.UTF_8);
            return format + " (" + bytes.length + " bytes, " + articles + " article(s)): " + head.replaceAll("\\p{Cntrl}", "?");
        }
    }

    static final String[] HOSTILE = {"<script>alert(1)</script>", "</script><script>alert(document.cookie)</script>",
            "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<!--", "-->", "]]>", "<![CDATA[",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&amp;", "&#0;", "&#x110000;", "&nbsp;",
            "'; DROP TABLE articles; --", "\" OR \"1\"=\"1", "1; DELETE FROM entities", "%", "_", "\\", "\\\\", "%s%n",
            "${jndi:ldap://example.invalid/a}", "{{7*7}}", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e",
            "\u202d", "\u2066", "\u2069", "\u200f", "\u061c", "\ud83d\ude00", "\ud83c\uddfa\ud83c\uddf8", "e\u0301",
            "\u0000", "\u0007", "\u001b[31m", "\ud800", "\udfff", "\r", "\t", "\u2028", "\u2029", "\u00a0", "\u3000", "“", "”", "«", "»",
            "date 9999-99-99", "date 2024-02-30", "9999-99-99", "0000-00-00", "-1", "1e309", "NaN", "null", "true",
            "مرحبا بالعالم", "שלום עולם", "日本語の記事", "Ελληνικά", "Привет", "हिन्दी", "ไทย"};
    static final String[] WORDS = {"The", "minister", "said", "on", "Friday", "that", "a", "deal", "with", "Vladimir", "Putin",
            "was", "signed", "in", "Brussels", "last", "year", "Reuters", "reported", "$1.5", "million", "20", "per", "cent"};
    static final String[] URLS = {"https://example.com/news/%d", "http://EXAMPLE.com:80/a/%d?utm_source=x#frag",
            "https://example.com/%d/<script>", "ftp://example.com/%d", "javascript:alert(%d)", "//example.com/%d",
            "https://exa mple.com/%d", "https://例え.jp/%d", "https://example.com/" + "a".repeat(3000) + "%d", "not a url %d"};
    static final String[] DATES = {"2024-03-15T10:00:00Z", "2024-03-15", "Fri, 15 Mar 2024 10:00:00 GMT", "1710496800",
            "1710496800000", "9999-99-99", "2024-02-30", "0000-01-01", "1899-12-31", "3000-01-01", "yesterday", "", " "};

    private HostileInputs() {
    }

    static Input any(Random r) {
        Input in = switch (r.nextInt(5)) {
            case 0 -> json(r);
            case 1 -> ndjson(r);
            case 2 -> text(r);
            case 3 -> html(r);
            default -> feed(r);
        };
        return r.nextInt(4) == 0 ? new Input(in.format(), corrupt(in.bytes(), r), -1) : in;
    }

    // ---- formats ----

    static Input json(Random r) {
        int n = r.nextInt(4) == 0 ? 1 + r.nextInt(8) : 0;
        if (n == 0) {
            return new Input(InputFormat.JSON, utf8(jsonArticle(r)), 1);
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",\n").append(r.nextInt(10) == 0 ? jsonValue(r, 0) : jsonArticle(r));
        }
        return new Input(InputFormat.JSON, utf8(b.append("]").toString()), n);
    }

    static Input ndjson(Random r) {
        int n = 1 + r.nextInt(8);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (r.nextInt(6) == 0) {
                b.append(r.nextBoolean() ? "   \t" : "").append('\n'); // blank lines are no articles
            }
            String line = switch (r.nextInt(10)) {
                case 0 -> "{broken " + hostile(r, 20).replace('\n', ' ').replace('\r', ' ');
                case 1 -> jsonValue(r, 0).replace('\n', ' ');
                default -> jsonArticle(r);
            };
            b.append(line).append(r.nextBoolean() ? "\r\n" : "\n");
        }
        return new Input(InputFormat.NDJSON, utf8(b.toString()), n);
    }

    static Input text(Random r) {
        String marker = switch (r.nextInt(5)) {
            case 0 -> "date 2024-03-15\n";
            case 1 -> "date " + DATES[r.nextInt(DATES.length)] + " ";
            case 2 -> "  \ufeffdate 9999-99-99\n\n";
            default -> "";
        };
        return new Input(InputFormat.TEXT, utf8(marker + prose(r, r.nextInt(3000))), 1);
    }

    static Input html(Random r) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"" + hostile(r, 8) + "\"><head><title>")
                .append(hostile(r, 60)).append("</title>");
        if (r.nextBoolean()) {
            b.append("<meta property=\"article:published_time\" content=\"").append(DATES[r.nextInt(DATES.length)]).append("\">");
        }
        if (r.nextBoolean()) {
            b.append("<script type=\"application/ld+json\">").append(r.nextBoolean() ? jsonLd(r) : hostile(r, 80)).append("</script>");
        }
        b.append("</head><body>");
        int depth = r.nextInt(10) == 0 ? 2000 : r.nextInt(6);
        b.append("<div>".repeat(depth));
        b.append(r.nextBoolean() ? "<article>" : "<main>");
        for (int p = 0, ps = r.nextInt(8); p < ps; p++) {
            b.append("<p>").append(prose(r, r.nextInt(400))).append(r.nextInt(4) == 0 ? "" : "</p>");
        }
        b.append("<script>").append(hostile(r, 40)).append("</script>");
        b.append("</div>".repeat(r.nextInt(depth + 1)));
        return new Input(InputFormat.HTML, utf8(b.append("</body></html>").toString()), 1);
    }

    static Input feed(Random r) {
        boolean atom = r.nextBoolean();
        int n = r.nextInt(6);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (r.nextInt(5) == 0) {
            b.append("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n");
        }
        b.append(atom ? "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" : "<rss version=\"2.0\"><channel><title>")
                .append(xml(hostile(r, 30))).append(atom ? "</title>" : "</title><language>en</language>");
        for (int i = 0; i < n; i++) {
            String url = String.format(URLS[r.nextInt(URLS.length)], r.nextInt(1_000_000));
            String body = r.nextBoolean() ? "<![CDATA[<p>" + prose(r, r.nextInt(600)).replace("]]>", "") + "</p>]]>"
                    : xml(prose(r, r.nextInt(600))) + (r.nextInt(8) == 0 ? "&c;&x;" : "");
            if (atom) {
                b.append("<entry><title>").append(xml(hostile(r, 40))).append("</title><link href=\"").append(xml(url))
                        .append("\"/><updated>").append(xml(DATES[r.nextInt(DATES.length)])).append("</updated><content type=\"html\">")
                        .append(body).append("</content></entry>");
            } else {
                b.append("<item><title>").append(xml(hostile(r, 40))).append("</title><link>").append(xml(url))
                        .append("</link><pubDate>").append(xml(DATES[r.nextInt(DATES.length)])).append("</pubDate><description>")
                        .append(body).append("</description></item>");
            }
        }
        b.append(atom ? "</feed>" : "</channel></rss>");
        // a feed without items is read as one rejection ("no <item> or <entry> elements")
        return new Input(InputFormat.FEED, utf8(b.toString()), Math.max(1, n));
    }

    // ---- pieces ----

    static String jsonArticle(Random r) {
        StringBuilder b = new StringBuilder("{");
        String[] fields = {"url", "source", "title", r.nextBoolean() ? "body" : "text", "html", "language", "published",
                "fetchedAt", "authors", "metadata", "unknown"};
        boolean first = true;
        for (String f : fields) {
            if (r.nextInt(3) == 0 && !f.equals("body")) {
                continue;
            }
            b.append(first ? "" : ",").append(jsonString(f)).append(':').append(jsonField(f, r));
            first = false;
        }
        return b.append('}').toString();
    }

    private static String jsonField(String f, Random r) {
        if (r.nextInt(12) == 0) {
            return jsonValue(r, 0); // a value of the wrong kind
        }
        return switch (f) {
            case "url" -> jsonString(String.format(URLS[r.nextInt(URLS.length)], r.nextInt(1_000_000)));
            case "published", "fetchedAt" -> jsonString(DATES[r.nextInt(DATES.length)]);
            case "authors" -> "[" + jsonString(hostile(r, 30)) + "," + jsonString(hostile(r, 30)) + "]";
            case "metadata" -> "{" + jsonString(hostile(r, 10)) + ":" + jsonString(hostile(r, 30)) + "}";
            case "body", "text" -> jsonString(r.nextInt(20) == 0 ? " \t\n " : prose(r, r.nextInt(3000)));
            case "html" -> jsonString("<p>" + prose(r, r.nextInt(300)) + "</p>");
            default -> jsonString(hostile(r, 40));
        };
    }

    static String jsonValue(Random r, int depth) {
        return switch (depth > 3 ? r.nextInt(5) : r.nextInt(8)) {
            case 0 -> "null";
            case 1 -> Boolean.toString(r.nextBoolean());
            case 2 -> Long.toString(r.nextLong());
            case 3 -> "1e309";
            case 4 -> jsonString(hostile(r, 30));
            case 5 -> "[" + jsonValue(r, depth + 1) + "," + jsonValue(r, depth + 1) + "]";
            case 6 -> "{" + jsonString(hostile(r, 8)) + ":" + jsonValue(r, depth + 1) + "}";
            default -> "[".repeat(1500) + "]".repeat(1500); // deeper than any JSON parser should follow
        };
    }

    private static String jsonLd(Random r) {
        return "{\"@type\":\"NewsArticle\",\"headline\":" + jsonString(hostile(r, 40)) + ",\"datePublished\":"
                + jsonString(DATES[r.nextInt(DATES.length)]) + ",\"articleBody\":" + jsonString(prose(r, r.nextInt(500)))
                + ",\"author\":" + jsonValue(r, 2) + "}";
    }

    /** News-like words with hostile tokens between them. */
    static String prose(Random r, int chars) {
        StringBuilder b = new StringBuilder(chars + 40);
        while (b.length() < chars) {
            b.append(r.nextInt(5) == 0 ? HOSTILE[r.nextInt(HOSTILE.length)] : WORDS[r.nextInt(WORDS.length)]);
            int sep = r.nextInt(15);
            b.append(sep == 0 ? ". " : sep == 1 ? "\n\n" : " ");
        }
        return b.toString();
    }

    static String hostile(Random r, int maxChars) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(Math.max(1, maxChars));
        while (b.length() < n) {
            b.append(r.nextBoolean() ? HOSTILE[r.nextInt(HOSTILE.length)] : WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** A JSON string literal; control characters and lone surrogates as {@code \}{@code uXXXX} escapes. */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || (Character.isSurrogate(c) && !paired && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1))))) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** UTF-8 bytes; lone surrogates (only in texts, JSON escapes them) become the bytes Java writes for them. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- corruption ----

    /** Invalid UTF-8 sequences: a lone continuation byte, overlong forms, an encoded surrogate, truncated and out-of-range. */
    static final byte[][] BAD_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    static byte[] corrupt(byte[] b, Random r) {
        byte[] c = b;
        for (int m = 0, ms = 1 + r.nextInt(3); m < ms; m++) {
            int at = c.length == 0 ? 0 : r.nextInt(c.length);
            c = switch (r.nextInt(5)) {
                case 0 -> splice(c, at, 0, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
                case 1 -> Arrays.copyOf(c, at);
                case 2 -> splice(c, at, Math.min(c.length - at, 1 + r.nextInt(30)), new byte[0]);
                case 3 -> splice(c, at, 0, Arrays.copyOfRange(c, at, Math.min(c.length, at + r.nextInt(200))));
                default -> splice(c, at, 0, new byte[] {(byte) "\"{}[]<>&\n\\".charAt(r.nextInt(10))});
            };
        }
        return c;
    }

    static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.writeBytes(insert);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }
}
