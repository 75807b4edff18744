package io.wirestream.producer.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.producer.ArticleDraft;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads articles from any {@link InputFormat}, one {@link InputEntry} per article, in input order,
 * each with its place ({@link Origin}) so that a rejection can name the line to fix. What cannot be
 * read as an article becomes an {@link InputEntry.Unreadable} entry; reading never stops at a bad
 * article. NDJSON is streamed line by line (a file of any size, or stdin); a JSON document is read
 * whole and is all or nothing syntactically (a JSON syntax error rejects the document, never half
 * of it). Size limits apply to each article's bytes as received, before it is parsed.
 */
public final class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private final Limits limits;

    public ArticleReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads a whole input held in memory (an HTTP body). */
    public List<InputEntry> read(byte[] bytes, InputFormat format, String inputName, InputDefaults defaults) {
        List<InputEntry> out = new ArrayList<>();
        if (format == InputFormat.NDJSON) {
            try {
                ndjson(new java.io.ByteArrayInputStream(bytes), inputName, defaults, out::add);
            } catch (IOException e) {
                throw new IllegalStateException("reading from memory cannot fail", e);
            }
        } else {
            whole(bytes, format, inputName, defaults, out::add);
        }
        return out;
    }

    /** Reads an input stream to its end, handing over each article as soon as it is read (NDJSON streams). */
    public void read(InputStream in, InputFormat format, String inputName, InputDefaults defaults, Consumer<InputEntry> sink)
            throws IOException {
        if (format == InputFormat.NDJSON) {
            ndjson(in, inputName, defaults, sink);
        } else {
            whole(in.readAllBytes(), format, inputName, defaults, sink);
        }
    }

    private void whole(byte[] bytes, InputFormat format, String name, InputDefaults defaults, Consumer<InputEntry> sink) {
        Origin first = new Origin(name, 0, 1);
        boolean oneArticle = format == InputFormat.TEXT || format == InputFormat.HTML;
        if (oneArticle && bytes.length > limits.maxArticleBytes()) {
            sink.accept(tooLarge(first, bytes.length, "the article"));
            return;
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (Utf8.MalformedException e) {
            sink.accept(new InputEntry.Unreadable(first, List.of(new FieldError("encoding", e.getMessage())), false));
            return;
        }
        switch (format) {
            case TEXT -> sink.accept(new InputEntry.Draft(first, PlainTextArticle.draft(text, defaults)
                    .withDefaults(defaults.source(), defaults.language())));
            case HTML -> sink.accept(new InputEntry.Draft(first, page(text, defaults)));
            case FEED -> FeedReader.read(text, name, defaults, limits, sink);
            case JSON -> json(bytes, name, defaults, sink);
            case NDJSON -> throw new IllegalStateException("NDJSON is streamed");
        }
    }

    private static ArticleDraft page(String html, InputDefaults defaults) {
        HtmlArticleExtractor.Page p = HtmlArticleExtractor.extract(html, defaults.url());
        ArticleDraft.Builder b = ArticleDraft.builder().url(defaults.url().or(p::canonicalUrl).orElse(null))
                .source(p.siteName().orElse(null)).title(p.title().orElse(null)).text(p.text())
                .published(p.published().orElse(null)).authors(p.authors()).language(p.language().orElse(null));
        return b.build().withDefaults(defaults.source(), defaults.language());
    }

    /** A JSON object, an array of objects, or objects one after another (then handled like NDJSON). */
    private void json(byte[] bytes, String name, InputDefaults defaults, Consumer<InputEntry> sink) {
        List<InputEntry> entries = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                sink.accept(new InputEntry.Unreadable(new Origin(name, 0, 1), List.of(new FieldError("json",
                        "the input is empty")), false));
                return;
            }
            if (t == JsonToken.START_ARRAY) {
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == null) {
                        throw new JsonProcessingException("the array is not closed", p.currentLocation()) { };
                    }
                    long start = p.currentTokenLocation().getByteOffset();
                    long line = p.currentTokenLocation().getLineNr();
                    JsonNode node = p.readValueAsTree();
                    long size = p.currentLocation().getByteOffset() - start;
                    entries.add(entry(node, new Origin(name, index++, line), size, defaults));
                }
                if (p.nextToken() != null) {
                    throw new JsonProcessingException("more content after the array", p.currentTokenLocation()) { };
                }
            } else {
                JsonNode node = p.readValueAsTree();
                if (p.nextToken() != null) {
                    // several top-level values: one article per line, like NDJSON
                    ndjson(new java.io.ByteArrayInputStream(bytes), name, defaults, sink);
                    return;
                }
                entries.add(entry(node, new Origin(name, 0, 1), bytes.length, defaults));
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            sink.accept(new InputEntry.Unreadable(new Origin(name, 0, e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                    List.of(new FieldError("json", "not valid JSON" + where + ": " + e.getOriginalMessage()
                            + "; nothing in this document was read")), false));
            return;
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        entries.forEach(sink);
    }

    private InputEntry entry(JsonNode node, Origin origin, long size, InputDefaults defaults) {
        if (size > limits.maxArticleBytes()) {
            return tooLarge(origin, size, "the article");
        }
        if (!node.isObject()) {
            return new InputEntry.Unreadable(origin, List.of(new FieldError("json", "an article must be a JSON object, not "
                    + JsonArticle.kind(node))), false);
        }
        return new InputEntry.Draft(origin, JsonArticle.draft(node).withDefaults(defaults.source(), defaults.language()));
    }

    private void ndjson(InputStream in, String name, InputDefaults defaults, Consumer<InputEntry> sink) throws IOException {
        LineReader lines = new LineReader(in, limits.maxArticleBytes());
        int index = 0;
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            if (line.blank()) {
                continue;
            }
            Origin origin = new Origin(name, index++, line.number());
            if (line.overflow()) {
                sink.accept(tooLarge(origin, line.totalBytes(), "the line"));
                continue;
            }
            sink.accept(ndjsonLine(line, origin, defaults));
        }
    }

    private InputEntry ndjsonLine(LineReader.Line line, Origin origin, InputDefaults defaults) {
        String text;
        try {
            text = Utf8.decode(line.bytes(), 0, line.length());
        } catch (Utf8.MalformedException e) {
            return new InputEntry.Unreadable(origin, List.of(new FieldError("encoding", String.format(
                    "not valid UTF-8: byte 0x%02X at column %d; invalid bytes are not replaced, so re-encode the input as UTF-8",
                    line.bytes()[(int) e.byteOffset()] & 0xFF, e.byteOffset() + 1))), false);
        }
        JsonNode node;
        try (JsonParser p = FACTORY.createParser(text)) {
            node = p.readValueAsTree();
            if (p.nextToken() != null) {
                return new InputEntry.Unreadable(origin, List.of(new FieldError("json",
                        "more than one JSON value on the line (NDJSON has one object per line)")), false);
            }
        } catch (JsonProcessingException e) {
            return new InputEntry.Unreadable(origin, List.of(new FieldError("json", "not valid JSON at column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage())), false);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        return entry(node, origin, line.length(), defaults);
    }

    private InputEntry.Unreadable tooLarge(Origin origin, long size, String what) {
        return new InputEntry.Unreadable(origin, List.of(new FieldError("size", what + " is " + Limits.human(size)
                + "; the limit is " + Limits.human(limits.maxArticleBytes()) + " per article")), true);
    }

    /** The format named, or else the one the content looks like. */
    public static InputFormat formatOf(Optional<InputFormat> named, byte[] head, int length) {
        return named.orElseGet(() -> InputFormat.sniff(head, length));
    }
}
