package io.wirestream.enrichment.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.enrichment.Article;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.EnrichmentEngine;
import io.wirestream.enrichment.json.EnrichmentJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Offline enrichment of JSONL and plain-text files: one JSON line out per article in, in input
 * order, on all cores. Input it cannot read becomes an error line naming the file, line and
 * reason; it never stops the batch.
 *
 * <p>JSONL lines are {@code {"id","published","title","text"}} ({@code body} is accepted for
 * {@code text}); any other file is one plain-text article whose id is the file name and whose
 * leading {@code date YYYY-MM-DD} marker gives the publication date.
 */
public final class BatchEnricher {

    /** Called after each article, from the writing thread. */
    public interface Progress {
        void update(long done, long errors);
    }

    /** What a run did. */
    public record Summary(long articles, long errors, long elapsedMillis) {
    }

    private final EnrichmentEngine engine;
    private final int threads;

    public BatchEnricher(EnrichmentEngine engine, int threads) {
        this.engine = engine;
        this.threads = Math.max(1, threads);
    }

    /** A source of input: a file, or standard input named {@code -}. */
    public record Input(String name, Supplier<BufferedReader> reader, boolean jsonl) {

        public static Input file(Path path) {
            String n = path.getFileName().toString();
            boolean jsonl = n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
            return new Input(path.toString(), () -> open(path), jsonl);
        }

        /** JSONL from a stream (standard input), decoded strictly as UTF-8; named {@code stdin} in errors. */
        public static Input stdin(java.io.InputStream in) {
            return new Input("stdin", () -> new BufferedReader(new java.io.InputStreamReader(in, strictUtf8())), true);
        }

        private static BufferedReader open(Path path) {
            try {
                return Files.newBufferedReader(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot open " + path + ": " + e.getMessage(), e);
            }
        }
    }

    public Summary run(Iterable<Input> inputs, Writer out, Progress progress) throws IOException {
        long t0 = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "enrich-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<ObjectNode>> inFlight = new ArrayDeque<>();
        long[] counts = new long[2];
        try {
            for (Input input : inputs) {
                if (input.jsonl()) {
                    readJsonl(input, pool, inFlight, out, counts, progress);
                } else {
                    String name = Path.of(input.name()).getFileName().toString();
                    submit(pool, inFlight, () -> enrichTextFile(input, name), out, counts, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                writeNext(inFlight, out, counts, progress);
            }
        } finally {
            pool.shutdownNow();
            out.flush();
        }
        return new Summary(counts[0], counts[1], System.currentTimeMillis() - t0);
    }

    private void readJsonl(Input input, ExecutorService pool, Deque<Future<ObjectNode>> inFlight, Writer out,
            long[] counts, Progress progress) throws IOException {
        long lineNo = 0;
        try (BufferedReader r = input.reader().get()) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = input.name() + ":" + lineNo;
                String l = line;
                submit(pool, inFlight, () -> enrichJsonLine(l, where), out, counts, progress);
            }
        } catch (java.io.UncheckedIOException | IOException e) {
            // unreadable file or bytes that are not UTF-8: report where reading stopped, go on with the next input
            String where = lineNo == 0 ? input.name() : input.name() + ":" + (lineNo + 1);
            String reason = "cannot read input: " + describe(e);
            submit(pool, inFlight, () -> error(null, where, reason), out, counts, progress);
        }
    }

    private static String describe(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.charset.CharacterCodingException) {
            return "not valid UTF-8";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void submit(ExecutorService pool, Deque<Future<ObjectNode>> inFlight, java.util.concurrent.Callable<ObjectNode> task,
            Writer out, long[] counts, Progress progress) throws IOException {
        inFlight.add(pool.submit(task));
        while (inFlight.size() > threads * 8) {
            writeNext(inFlight, out, counts, progress);
        }
    }

    private static void writeNext(Deque<Future<ObjectNode>> inFlight, Writer out, long[] counts, Progress progress)
            throws IOException {
        ObjectNode result;
        try {
            result = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // tasks catch their own failures; this is a last resort that still keeps the batch going
            result = error(null, "unknown", "enrichment failed: " + e.getCause());
        }
        out.write(EnrichmentJson.mapper().writeValueAsString(result));
        out.write('\n');
        counts[result.has("error") ? 1 : 0]++;
        if (progress != null) {
            progress.update(counts[0] + counts[1], counts[1]);
        }
    }

    private ObjectNode enrichJsonLine(String line, String where) {
        JsonNode node;
        try {
            node = EnrichmentJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, where, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return error(null, where, "expected a JSON object per line");
        }
        String id = node.path("id").asText(null);
        if (id == null || id.isBlank()) {
            return error(null, where, "missing field 'id'");
        }
        JsonNode text = node.hasNonNull("text") ? node.get("text") : node.get("body");
        if (text == null || !text.isTextual()) {
            return error(id, where, "missing field 'text' (or 'body') with the article text");
        }
        Optional<LocalDate> published = Optional.empty();
        JsonNode p = node.get("published");
        if (p != null && !p.isNull() && !p.asText().isBlank()) {
            try {
                String s = p.asText();
                published = Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
            } catch (DateTimeParseException e) {
                return error(id, where, "field 'published' is not a date (YYYY-MM-DD): " + p.asText());
            }
        }
        Optional<String> title = Optional.ofNullable(node.path("title").isTextual() ? node.get("title").asText() : null);
        return enrich(new Article(id, published, title, text.asText()), false, where);
    }

    private ObjectNode enrichTextFile(Input input, String name) {
        String body;
        try (BufferedReader r = input.reader().get()) {
            body = readAll(r);
        } catch (IOException | java.io.UncheckedIOException e) {
            return error(name, input.name(), "cannot read input: " + describe(e));
        }
        return enrich(Article.of(name, body), true, input.name());
    }

    private static String readAll(BufferedReader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = r.read(buf)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private ObjectNode enrich(Article article, boolean includeText, String where) {
        try {
            Enrichment e = engine.enrich(article);
            return EnrichmentJson.toJson(e, includeText);
        } catch (RuntimeException | StackOverflowError e) {
            return error(article.id(), where, "enrichment failed: " + e);
        }
    }

    private static ObjectNode error(String id, String where, String reason) {
        ObjectNode o = EnrichmentJson.mapper().createObjectNode();
        if (id != null) {
            o.put("id", id);
        } else {
            o.putNull("id");
        }
        o.put("error", reason);
        o.put("source", where);
        return o;
    }

    /** A strict UTF-8 decoder: malformed input is reported, not replaced. */
    public static java.nio.charset.CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
