package io.wirestream.producer.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.InvalidArticleException;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Publication;
import io.wirestream.producer.PublishException;
import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.producer.input.InputEntry;
import io.wirestream.producer.input.InputFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code POST /articles}: the HTTP rules on top of {@link ArticleReader} and {@link ArticlePublisher},
 * apart from the web server so they can be read (and tested) in one place.
 *
 * <ul>
 *   <li>401: an API token is configured and the request does not carry it. A client waiting for
 *       {@code 100 Continue} gets the answer instead and never sends the body; any other client's body is drained
 *       unparsed, up to the request limit, so it reads the answer rather than a reset connection (so for 415);</li>
 *   <li>413: the body is over the request limit (from {@code Content-Length}, before reading), or an
 *       article in it is over the article limit (before it is parsed); nothing is published;</li>
 *   <li>415: a content type that is no input format, or a charset other than UTF-8;</li>
 *   <li>503 with {@code Retry-After}: some valid article could not be published (Kafka or the
 *       registry unreachable, producer buffer full); the others in the batch are published;</li>
 *   <li>400: some article is invalid; the valid ones are published; each invalid one is listed with
 *       its index, line and field errors;</li>
 *   <li>202: every article is published (new) or was already (duplicate).</li>
 * </ul>
 * Every answer but 202 is given only after every publishable article is acknowledged or has failed.
 */
final class ArticlesEndpoint {

    /**
     * What the endpoint needs of an HTTP request.
     *
     * @param expectsContinue the client sent {@code Expect: 100-continue} and waits to be asked for the body
     * @param body opened on first read: opening it is what asks a waiting client for the body
     */
    record Request(Optional<String> contentType, Optional<String> authorization, OptionalLong contentLength,
            boolean expectsContinue, Supplier<InputStream> body, Map<String, String> query) {
    }

    /** Status, JSON body and extra headers of the answer. */
    record Answer(int status, ObjectNode body, Map<String, String> headers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticlePublisher publisher;
    private final IngestSettings settings;
    private final ApiToken token;
    private final ArticleReader reader;
    private final MeterRegistry meters;

    ArticlesEndpoint(ArticlePublisher publisher, IngestSettings settings, MeterRegistry meters) {
        this.publisher = publisher;
        this.settings = settings;
        this.token = new ApiToken(settings.apiToken());
        this.reader = new ArticleReader(settings.limits());
        this.meters = meters;
    }

    Answer handle(Request request) throws IOException {
        Answer a = answer(request);
        meters.counter("wirestream.ingest.requests", "status", Integer.toString(a.status())).increment();
        return a;
    }

    private Answer answer(Request request) throws IOException {
        if (!token.permits(request.authorization())) {
            discard(request, settings.limits().maxRequestBytes());
            return new Answer(401, error("missing or wrong API token: send the header 'Authorization: Bearer <token>'"),
                    Map.of("WWW-Authenticate", "Bearer realm=\"wirestream\""));
        }
        Limits limits = settings.limits();
        if (request.contentLength().isPresent() && request.contentLength().getAsLong() > limits.maxRequestBytes()) {
            return tooLarge("the request body is " + Limits.human(request.contentLength().getAsLong()));
        }
        Optional<String> charset = request.contentType().flatMap(ArticlesEndpoint::charset);
        if (charset.isPresent() && !charset.get().equalsIgnoreCase("utf-8") && !charset.get().equalsIgnoreCase("utf8")) {
            discard(request, limits.maxRequestBytes());
            return new Answer(415, error("charset " + charset.get() + " is not accepted: send UTF-8"), Map.of());
        }
        Optional<String> type = request.contentType().filter(t -> !t.isBlank() && !t.startsWith("application/octet-stream"));
        Optional<InputFormat> named = type.flatMap(InputFormat::ofContentType);
        if (type.isPresent() && named.isEmpty()) {
            discard(request, limits.maxRequestBytes());
            return new Answer(415, error("content type '" + type.get() + "' is not an input format; use one of "
                    + Arrays.stream(InputFormat.values()).flatMap(f -> f.contentTypes().stream()).collect(Collectors.joining(", "))),
                    Map.of());
        }
        Optional<byte[]> body = readAtMost(request.body().get(), limits.maxRequestBytes());
        if (body.isEmpty()) {
            return tooLarge("the request body is over " + Limits.human(limits.maxRequestBytes()));
        }
        InputFormat format = named.orElseGet(() -> InputFormat.sniff(body.get(), body.get().length));
        InputDefaults defaults = new InputDefaults(Optional.ofNullable(request.query().get("url")),
                Optional.ofNullable(request.query().get("source")), Optional.ofNullable(request.query().get("language")));
        List<InputEntry> entries = reader.read(body.get(), format, "request", defaults);
        if (entries.isEmpty()) {
            return new Answer(400, error("no articles in the request"), Map.of());
        }
        List<InputEntry.Unreadable> oversized = entries.stream().filter(e -> e instanceof InputEntry.Unreadable u && u.tooLarge())
                .map(InputEntry.Unreadable.class::cast).toList();
        if (!oversized.isEmpty()) {
            ObjectNode b = error(oversized.size() + " article(s) over the limit of " + Limits.human(limits.maxArticleBytes())
                    + " per article; nothing in this request was published");
            ArrayNode list = b.putArray("articles");
            oversized.forEach(u -> rejected(list, u.origin().index(), u.origin().line(), u.errors()));
            return new Answer(413, b, Map.of());
        }
        return publish(entries);
    }

    private Answer publish(List<InputEntry> entries) {
        List<CompletableFuture<Publication>> futures = new ArrayList<>(entries.size());
        for (InputEntry e : entries) {
            futures.add(e instanceof InputEntry.Draft d ? publisher.publish(d.draft())
                    : CompletableFuture.failedFuture(new InvalidArticleException(((InputEntry.Unreadable) e).errors())));
        }
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .get(settings.answerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ex) {
            // each article's own outcome is read below
        }
        Tally tally = new Tally();
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = JSON.createArrayNode();
        for (int i = 0; i < entries.size(); i++) {
            outcome(list, entries.get(i), futures.get(i), tally);
        }
        body.put("accepted", tally.fresh + tally.duplicates).put("new", tally.fresh).put("duplicates", tally.duplicates)
                .put("rejected", tally.rejected).put("unavailable", tally.unavailable).put("failed", tally.failed);
        body.set("articles", list);
        count("new", tally.fresh);
        count("duplicate", tally.duplicates);
        count("rejected", tally.rejected);
        count("unavailable", tally.unavailable);
        count("failed", tally.failed);
        if (tally.unavailable > 0) {
            body.put("error", "Kafka is unreachable or the producer is overloaded: articles with status 'unavailable' were "
                    + "not accepted; send them again after " + settings.retryAfter().toSeconds() + " s (re-sending the "
                    + "accepted ones is harmless: they come back as duplicates)");
            return new Answer(503, body, Map.of("Retry-After", Long.toString(Math.max(1, settings.retryAfter().toSeconds()))));
        }
        if (tally.failed > 0) {
            body.put("error", "some articles could not be published (see 'reason'); retrying will not help");
            return new Answer(500, body, Map.of());
        }
        return new Answer(tally.rejected > 0 ? 400 : 202, body, Map.of());
    }

    private static final class Tally {
        int fresh;
        int duplicates;
        int rejected;
        int unavailable;
        int failed;
    }

    private void outcome(ArrayNode list, InputEntry entry, CompletableFuture<Publication> f, Tally tally) {
        int index = entry.origin().index();
        long line = entry.origin().line();
        if (!f.isDone()) {
            tally.unavailable++;
            item(list, index, line, "unavailable").put("reason", "no answer from Kafka within "
                    + settings.answerTimeout().toSeconds() + " s");
            return;
        }
        try {
            Publication p = f.join();
            if (p.duplicate()) {
                tally.duplicates++;
            } else {
                tally.fresh++;
            }
            item(list, index, line, p.duplicate() ? "duplicate" : "new").put("id", p.id()).put("partition", p.partition())
                    .put("offset", p.offset());
        } catch (CompletionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof InvalidArticleException invalid) {
                tally.rejected++;
                rejected(list, index, line, invalid.errors());
            } else if (cause instanceof PublishException pe) {
                if (pe.retriable()) {
                    tally.unavailable++;
                } else {
                    tally.failed++;
                }
                item(list, index, line, pe.retriable() ? "unavailable" : "failed").put("id", pe.articleId())
                        .put("reason", pe.getMessage());
            } else {
                tally.failed++;
                item(list, index, line, "failed").put("reason", String.valueOf(cause));
            }
        }
    }

    private static ObjectNode item(ArrayNode list, int index, long line, String status) {
        return list.addObject().put("index", index).put("line", line).put("status", status);
    }

    private static void rejected(ArrayNode list, int index, long line, List<FieldError> errors) {
        ArrayNode es = item(list, index, line, "rejected").putArray("errors");
        errors.forEach(e -> es.addObject().put("field", e.field()).put("problem", e.problem()));
    }

    private void count(String outcome, int n) {
        if (n > 0) {
            meters.counter("wirestream.ingest.articles", "outcome", outcome).increment(n);
        }
    }

    private Answer tooLarge(String what) {
        return new Answer(413, error(what + "; the limit is " + Limits.human(settings.limits().maxRequestBytes())
                + " per request and " + Limits.human(settings.limits().maxArticleBytes()) + " per article"), Map.of());
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    /** The body, or empty when it is longer than {@code max} bytes (then it is not read further). */
    private static Optional<byte[]> readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                return Optional.empty();
            }
            out.write(buf, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * Reads and drops the rest of a refused body, never more than {@code max} bytes: a server that closes a
     * connection with unread bytes in it resets it, and the client loses the answer (a 401 or 415 it
     * should read). Bodies over the limit are not drained: those get 413 and a closed connection. A client
     * waiting for {@code 100 Continue} has sent nothing, so nothing is read (reading would ask for the body).
     */
    private static void discard(Request request, long max) throws IOException {
        if (request.expectsContinue()) {
            return; // nothing was sent: the answer goes out instead of 100 Continue
        }
        InputStream in = request.body().get();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while (total <= max && (n = in.read(buf)) > 0) {
            total += n;
        }
    }

    private static Optional<String> charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                return Optional.of(p.substring(8).replace("\"", "").trim());
            }
        }
        return Optional.empty();
    }

}
