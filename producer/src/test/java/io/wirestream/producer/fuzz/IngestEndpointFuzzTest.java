package io.wirestream.producer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ExpectContinue;
import io.wirestream.producer.Limits;
import io.wirestream.producer.TestPublishers;
import io.wirestream.producer.http.IngestServer;
import io.wirestream.producer.http.IngestSettings;
import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.producer.input.InputFormat;
import io.wirestream.schemas.RawArticle;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile requests against a real {@link IngestServer} on loopback (publishing to a
 * {@code MockProducer} that serializes with Avro): bodies of every format from {@link HostileInputs},
 * right and wrong content types and charsets, missing and wrong tokens, hostile query defaults.
 * The rule for every request:
 * <ul>
 *   <li>an answer within 2 s (plus 2 s per megabyte), with a documented status (202, 400, 401, 413,
 *       415) and a JSON body; never a 5xx, never a dropped connection;</li>
 *   <li>401, 413 and 415 publish nothing;</li>
 *   <li>202 and 400 account for every article the body holds (as the reader counts them): each is
 *       new, a duplicate, or rejected with field and reason, and exactly the new ones were published.</li>
 * </ul>
 */
class IngestEndpointFuzzTest {

    static final String TOKEN = "fuzz-token-7f3a9c";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<Integer> DOCUMENTED = Set.of(202, 400, 401, 413, 415);
    static final String[] BOGUS_TYPES = {"application/pdf", "text/plain; charset=ISO-8859-1", "application/json; charset=utf-16",
            "multipart/form-data; boundary=x", "image/png", "*/*", "application/octet-stream", "text/html; charset=\"UTF-8\"",
            "application/x-www-form-urlencoded"};

    static Harness harness;

    /** One server for the whole class (both test engines); the publisher's Kafka is a MockProducer. */
    record Harness(MockProducer<String, RawArticle> mock, ArticlePublisher publisher, Metrics metrics, IngestServer server,
            HttpClient client) {
    }

    static synchronized Harness harness() {
        if (harness == null) {
            MockProducer<String, RawArticle> mock = TestPublishers.mockProducer(true);
            ArticlePublisher publisher = TestPublishers.publisher(mock);
            Metrics metrics = new Metrics();
            IngestServer server = new IngestServer(publisher, IngestSettings.defaults().withAddress("127.0.0.1", 0)
                    .withApiToken(Optional.of(TOKEN)), new Health(), metrics).start();
            harness = new Harness(mock, publisher, metrics, server, HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2)).build());
        }
        return harness;
    }

    @AfterAll
    @AfterContainer
    static synchronized void stop() {
        if (harness != null) {
            harness.server().close();
            harness.publisher().close();
            harness.metrics().close();
            harness = null;
        }
    }

    /** A request as sent: body, content type (absent: none sent), authorization, query. */
    record Request(byte[] body, Optional<String> contentType, Optional<String> authorization, String query) {

        String describe() {
            return contentType.orElse("(no content type)") + ", " + authorization.orElse("no token") + ", " + body.length + " bytes: "
                    + new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
        }
    }

    @Property(tries = 2000, seed = "8220261127")
    void everyRequestGetsADocumentedAnswerAndEveryArticleAnOutcome(@ForAll("requests") Request request) throws Exception {
        check(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldAnswerNastyRequests(String description, Request request, int expectedStatus) throws Exception {
        assertThat(check(request).statusCode()).as(description).isEqualTo(expectedStatus);
    }

    /**
     * Regression: the endpoint answered 401 and 415 without reading the body, and the connection closed
     * with the body unread was reset: about one client in ten sending 100 KB or more lost the answer
     * ("broken pipe", "header parser received no bytes").
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"wrong token, application/json, Bearer wrong", "no input format, */*, "})
    void shouldAnswerRefusedLargeBodiesInsteadOfResettingTheConnection(String description, String contentType,
            String authorization) throws Exception {
        for (int i = 0; i < 20; i++) {
            Heard r = check(req(new byte[512 << 10], contentType, authorization == null ? "Bearer " + TOKEN
                    : authorization));
            assertThat(r.statusCode()).isIn(401, 415);
        }
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        String ok = "Bearer " + TOKEN;
        cases.add(Arguments.of("invalid UTF-8 in JSON", req(new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xFF,
                '"', '}'}, "application/json", ok), 400));
        cases.add(Arguments.of("an encoded surrogate (CESU) in NDJSON", req(new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"',
                (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}', '\n'}, "application/x-ndjson", ok), 400));
        cases.add(Arguments.of("a lone surrogate escaped in JSON", req(utf8("{\"source\":\"s\",\"body\":\"x\\udc00y\"}"),
                "application/json", ok), 400));
        cases.add(Arguments.of("10 MB of text", req(utf8(HostileInputs.prose(new Random(5), 10 << 20)), "text/plain", ok), 413));
        cases.add(Arguments.of("a 10 MB NDJSON line between good ones", req(utf8(good(1) + "\n{\"source\":\"s\",\"body\":\""
                + "y".repeat(10 << 20) + "\"}\n" + good(2) + "\n"), "application/x-ndjson", ok), 413));
        cases.add(Arguments.of("25 MB request", req(new byte[25 << 20], "application/x-ndjson", ok), 413));
        cases.add(Arguments.of("JSON nested 100,000 deep", req(utf8("[".repeat(100_000) + "]".repeat(100_000)), "application/json", ok),
                400));
        cases.add(Arguments.of("empty JSON", req(new byte[0], "application/json", ok), 400));
        cases.add(Arguments.of("empty NDJSON", req(new byte[0], "application/x-ndjson", ok), 400));
        cases.add(Arguments.of("whitespace-only text", req(utf8(" \n\t\u00a0 \n"), "text/plain", ok), 400));
        cases.add(Arguments.of("no content type, empty body", req(new byte[0], null, ok), 400));
        cases.add(Arguments.of("date 9999-99-99", new Request(utf8("date 9999-99-99\nThe minister said on Friday."),
                Optional.of("text/plain"), Optional.of(ok), "?source=fuzz"), 400));
        cases.add(Arguments.of("<script> only in a page", new Request(utf8("<html><body><script>alert(1)</script></body></html>"),
                Optional.of("text/html"), Optional.of(ok), "?url=https%3A%2F%2Fexample.com%2Fs"), 400));
        cases.add(Arguments.of("SQL metacharacters", req(utf8("{\"url\":\"https://example.com/sql'--\",\"source\":\"'; DROP TABLE "
                + "articles; --\",\"body\":\"Robert'); DROP TABLE articles; --\"}"), "application/json", ok), 202));
        cases.add(Arguments.of("zero-width and RTL", req(utf8("{\"source\":\"s\",\"title\":\"\u202eevil\u202c\",\"body\":"
                + "\"Vla\u200bdimir \u2066Putin\u2069 said\"}"), "application/json", ok), 202));
        cases.add(Arguments.of("100,000 capitalized words", new Request(utf8(ArticleReaderFuzzTest.capitalizedWords(100_000)),
                Optional.of("text/plain"), Optional.of(ok), "?source=fuzz"), 202));
        cases.add(Arguments.of("a billion laughs feed", req(utf8(ArticleReaderFuzzTest.BILLION_LAUGHS), "application/rss+xml", ok),
                202));
        cases.add(Arguments.of("no token", req(utf8(good(3)), "application/json", null), 401));
        cases.add(Arguments.of("token without Bearer", req(utf8(good(3)), "application/json", TOKEN), 401));
        cases.add(Arguments.of("token with a suffix", req(utf8(good(3)), "application/json", ok + "x"), 401));
        cases.add(Arguments.of("empty bearer", req(utf8(good(3)), "application/json", "Bearer "), 401));
        cases.add(Arguments.of("a PDF", req(utf8("%PDF-1.7"), "application/pdf", ok), 415));
        cases.add(Arguments.of("UTF-16", req("{\"body\":\"x\"}".getBytes(StandardCharsets.UTF_16), "application/json; charset=utf-16",
                ok), 415));
        return cases.stream();
    }

    // ---- the rule ----

    /** What a client heard: status and body. */
    record Heard(int statusCode, String body) {
    }

    static Heard check(Request request) throws Exception {
        Harness h = harness();
        int publishedBefore = h.mock().history().size();
        Duration limit = Duration.ofSeconds(5 + 5L * (request.body().length >> 20)); // a hang guard, not a speed test
        Heard r;
        if (request.body().length > Limits.DEFAULTS.maxRequestBytes()) {
            // over the request limit the server answers 413 without reading: a client that asks first (100-continue, as
            // curl does) hears it and never sends the body
            Map<String, String> headers = new LinkedHashMap<>();
            request.contentType().ifPresent(t -> headers.put("Content-Type", t));
            request.authorization().ifPresent(a -> headers.put("Authorization", a));
            ExpectContinue e = ExpectContinue.post(h.server().port(), "/articles" + request.query(), headers, request.body(), limit);
            assertThat(e.askedForBody()).as("asked for a body over the limit: %s", request.describe()).isFalse();
            r = new Heard(e.status(), e.body());
        } else {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(h.server().url() + "/articles" + request.query()))
                    .timeout(limit).POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.contentType().ifPresent(t -> b.header("Content-Type", t));
            request.authorization().ifPresent(a -> b.header("Authorization", a));
            try {
                HttpResponse<String> answer = h.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
                r = new Heard(answer.statusCode(), answer.body());
            } catch (HttpTimeoutException e) {
                throw new AssertionError("no answer within " + limit + " to " + request.describe(), e);
            }
        }
        assertThat(r.statusCode()).as("status for %s: %s", request.describe(), r.body()).isIn(DOCUMENTED);
        JsonNode body = JSON.readTree(r.body());
        int published = h.mock().history().size() - publishedBefore;
        switch (r.statusCode()) {
            case 202, 400 -> accountsForEveryArticle(request, body, published);
            default -> {
                assertThat(body.path("error").asText()).as("a reason for %d", r.statusCode()).isNotBlank();
                assertThat(published).as("nothing published on %d for %s", r.statusCode(), request.describe()).isZero();
            }
        }
        assertThat(r.statusCode() == 401).as("401 exactly when the token is missing or wrong: %s", request.describe())
                .isEqualTo(!carriesToken(request));
        return r;
    }

    /** The header the endpoint accepts: {@code Bearer <token>}, the scheme in any case, spaces around. */
    static boolean carriesToken(Request request) {
        return request.authorization().map(a -> a.trim().matches("(?i)bearer +" + TOKEN)).orElse(false);
    }

    static void accountsForEveryArticle(Request request, JsonNode body, int published) {
        if (body.has("error") && !body.has("articles")) {
            assertThat(body.path("error").asText()).isEqualTo("no articles in the request");
            assertThat(published).isZero();
            return;
        }
        Optional<InputFormat> named = request.contentType().filter(t -> !t.startsWith("application/octet-stream"))
                .flatMap(InputFormat::ofContentType);
        InputFormat format = ArticleReader.formatOf(named, request.body(), request.body().length);
        int expected = new ArticleReader(Limits.DEFAULTS).read(request.body(), format, "oracle", InputDefaults.NONE).size();
        JsonNode articles = body.path("articles");
        assertThat(articles.size()).as("one outcome per article of %s", request.describe()).isEqualTo(expected);
        int fresh = 0;
        for (JsonNode a : articles) {
            switch (a.path("status").asText()) {
                case "new" -> {
                    fresh++;
                    assertThat(a.path("id").asText()).isNotBlank();
                    assertThat(a.has("offset")).isTrue();
                }
                case "duplicate" -> assertThat(a.path("id").asText()).isNotBlank();
                case "rejected" -> assertThat(a.path("errors")).isNotEmpty().allSatisfy(e -> {
                    assertThat(e.path("field").asText()).isNotBlank();
                    assertThat(e.path("problem").asText()).isNotBlank();
                });
                default -> throw new AssertionError("unexpected article status " + a + " for " + request.describe());
            }
        }
        assertThat(body.path("new").asInt()).isEqualTo(fresh);
        assertThat(body.path("new").asInt() + body.path("duplicates").asInt() + body.path("rejected").asInt())
                .isEqualTo(articles.size());
        assertThat(published).as("exactly the new articles were published").isEqualTo(fresh);
    }

    // ---- generators ----

    @Provide
    Arbitrary<Request> requests() {
        return Arbitraries.randomValue(IngestEndpointFuzzTest::request);
    }

    static Request request(Random r) {
        HostileInputs.Input in = HostileInputs.any(r);
        Optional<String> type = switch (r.nextInt(10)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(BOGUS_TYPES[r.nextInt(BOGUS_TYPES.length)]);
            case 2 -> Optional.of(InputFormat.values()[r.nextInt(InputFormat.values().length)].contentTypes().get(0));
            default -> Optional.of(in.format().contentTypes().get(r.nextInt(in.format().contentTypes().size()))
                    + (r.nextBoolean() ? "; charset=utf-8" : ""));
        };
        Optional<String> auth = switch (r.nextInt(12)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of("Bearer " + TOKEN.substring(0, 1 + r.nextInt(TOKEN.length() - 1)));
            case 2 -> Optional.of("Basic " + TOKEN);
            default -> Optional.of((r.nextBoolean() ? "Bearer " : "bearer  ") + TOKEN);
        };
        StringBuilder q = new StringBuilder();
        for (String p : new String[] {"source", "url", "language"}) {
            if (r.nextInt(3) == 0) {
                q.append(q.length() == 0 ? "?" : "&").append(p).append('=').append(URLEncoder.encode(
                        p.equals("url") ? String.format(HostileInputs.URLS[r.nextInt(HostileInputs.URLS.length)], r.nextInt(1000))
                                : HostileInputs.hostile(r, 20), StandardCharsets.UTF_8));
            }
        }
        return new Request(in.bytes(), type, auth, q.toString());
    }

    static Request req(byte[] body, String contentType, String authorization) {
        return new Request(body, Optional.ofNullable(contentType), Optional.ofNullable(authorization), "");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String good(int i) {
        return "{\"url\":\"https://example.com/good/" + i + "\",\"source\":\"s\",\"body\":\"Body " + i + ".\"}";
    }
}
