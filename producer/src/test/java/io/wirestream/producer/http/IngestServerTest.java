package io.wirestream.producer.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.Limits;
import io.wirestream.producer.TestPublishers;
import io.wirestream.producer.input.InputFormat;
import io.wirestream.schemas.RawArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoint's HTTP contract, over a mock producer (no broker). */
class IngestServerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<Integer> STATUSES_SEEN = new ConcurrentSkipListSet<>();
    static final Set<String> ARTICLE_STATUSES_SEEN = new ConcurrentSkipListSet<>();

    final HttpClient client = HttpClient.newHttpClient();
    MockProducer<String, RawArticle> mock;
    ArticlePublisher publisher;
    Metrics metrics;
    IngestServer server;

    IngestServer start(boolean autoComplete, IngestSettings settings) {
        mock = TestPublishers.mockProducer(autoComplete);
        publisher = TestPublishers.publisher(mock);
        metrics = new Metrics();
        server = new IngestServer(publisher, settings.withAddress("127.0.0.1", 0), new Health(), metrics).start();
        return server;
    }

    IngestServer start() {
        return start(true, IngestSettings.defaults());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            publisher.close();
            metrics.close();
        }
    }

    HttpResponse<String> post(String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return seen(client.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> seen(HttpResponse<String> r) throws Exception {
        STATUSES_SEEN.add(r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        body.path("articles").forEach(a -> ARTICLE_STATUSES_SEEN.add(a.path("status").asText()));
        return r;
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String line(String url) {
        return "{\"url\": \"" + url + "\", \"source\": \"s\", \"title\": \"T\", \"body\": \"Body of " + url + "\"}";
    }

    @Test
    void shouldAcceptABatchAndSayWhichArticlesAreNewAndWhichDuplicates() throws Exception {
        start();
        HttpResponse<String> r = post("application/x-ndjson", line("https://example.com/a?utm_source=x") + "\n"
                + line("https://example.com/b") + "\n" + line("https://example.com/a#comments") + "\n");
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode b = json(r);
        assertThat(b.path("accepted").asInt()).isEqualTo(3);
        assertThat(b.path("new").asInt()).isEqualTo(2);
        assertThat(b.path("duplicates").asInt()).isEqualTo(1);
        assertThat(b.path("articles")).extracting(a -> a.path("status").asText()).containsExactly("new", "new", "duplicate");
        assertThat(b.path("articles").get(2).path("id").asText()).isEqualTo(b.path("articles").get(0).path("id").asText());
        assertThat(mock.history()).hasSize(2);
    }

    @Test
    void shouldPublishTheValidArticlesAndListTheInvalidOnesWithLineAndField() throws Exception {
        start();
        HttpResponse<String> r = post("application/x-ndjson", String.join("\n", line("https://example.com/1"),
                "{\"url\": \"ftp://example.com/2\", \"body\": \"x\"}", "{broken", line("https://example.com/4")));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode b = json(r);
        assertThat(b.path("new").asInt()).isEqualTo(2);
        assertThat(b.path("rejected").asInt()).isEqualTo(2);
        JsonNode second = b.path("articles").get(1);
        assertThat(second.path("status").asText()).isEqualTo("rejected");
        assertThat(second.path("line").asInt()).isEqualTo(2);
        assertThat(second.path("errors").get(0).path("field").asText()).isEqualTo("url");
        assertThat(b.path("articles").get(2).path("errors").get(0).path("field").asText()).isEqualTo("json");
        assertThat(mock.history()).extracting(rec -> rec.value().getUrl())
                .containsExactly("https://example.com/1", "https://example.com/4");
    }

    @Test
    void shouldTakeOnePageWithItsUrlFromTheQuery() throws Exception {
        start();
        HttpResponse<String> r = post("text/html; charset=utf-8",
                "<html><head><title>Page</title></head><body><article><p>Text of the page.</p></article></body></html>",
                "X-Ignored", "1");
        assertThat(r.statusCode()).isEqualTo(400); // no source and no URL
        r = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/articles?url=https%3A%2F%2Fexample.com%2F2024%2F05%2F01%2Fp"))
                .header("Content-Type", "text/html").POST(HttpRequest.BodyPublishers.ofString(
                        "<html><head><title>Page</title></head><body><article><p>Text of the page.</p></article></body></html>"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(seen(r).statusCode()).isEqualTo(202);
        RawArticle a = mock.history().get(0).value();
        assertThat(a.getUrl()).isEqualTo("https://example.com/2024/05/01/p");
        assertThat(a.getTitle()).isEqualTo("Page");
        assertThat(a.getBody()).isEqualTo("Text of the page.");
        assertThat(a.getPublishedAt()).hasToString("2024-05-01T00:00:00Z");
    }

    @ParameterizedTest(name = "token {0}: {1}")
    @CsvSource({"'', 401", "'Bearer wrong', 401", "'Bearer s3cret-token', 202", "'bearer s3cret-token', 202", "'s3cret-token', 401"})
    void shouldRequireTheApiTokenWhenOneIsConfigured(String authorization, int expected) throws Exception {
        start(true, IngestSettings.defaults().withApiToken(Optional.of("s3cret-token")));
        HttpResponse<String> r = authorization.isEmpty() ? post("application/json", line("https://example.com/t"))
                : post("application/json", line("https://example.com/t"), "Authorization", authorization);
        assertThat(r.statusCode()).isEqualTo(expected);
        if (expected == 401) {
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(mock.history()).isEmpty();
        }
    }

    @Test
    void shouldRefuseARequestOverTheLimitBeforeReadingIt() throws Exception {
        start(true, IngestSettings.defaults().withLimits(Limits.DEFAULTS.withBytes(1024, 4096)));
        HttpResponse<String> r = post("application/x-ndjson", (line("https://example.com/x") + "\n").repeat(100));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).path("error").asText()).contains("limit is 4 KB per request");
        assertThat(mock.history()).isEmpty();
    }

    @Test
    void shouldRefuseTheWholeRequestWhenOneArticleIsOverTheLimit() throws Exception {
        start(true, IngestSettings.defaults().withLimits(Limits.DEFAULTS.withBytes(1024, 1 << 20)));
        String big = "{\"url\": \"https://example.com/big\", \"source\": \"s\", \"body\": \"" + "x".repeat(2000) + "\"}";
        HttpResponse<String> r = post("application/x-ndjson", line("https://example.com/small") + "\n" + big + "\n");
        assertThat(r.statusCode()).isEqualTo(413);
        JsonNode b = json(r);
        assertThat(b.path("articles")).singleElement().satisfies(a -> {
            assertThat(a.path("line").asInt()).isEqualTo(2);
            assertThat(a.path("errors").get(0).path("field").asText()).isEqualTo("size");
        });
        assertThat(mock.history()).as("nothing of a 413 request is published").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/pdf", "'text/plain; charset=ISO-8859-1'"})
    void shouldRefuseContentItCannotRead(String contentType) throws Exception {
        start();
        assertThat(post(contentType, "whatever").statusCode()).isEqualTo(415);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheProducerBufferIsFull() throws Exception {
        start();
        mock.sendException = new BufferExhaustedException("Failed to allocate 3000 bytes within the configured max blocking time 5000 ms");
        HttpResponse<String> r = post("application/json", line("https://example.com/full"));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("5");
        assertThat(json(r).path("articles").get(0).path("status").asText()).isEqualTo("unavailable");
    }

    @Test
    void shouldAnswer503WhenTheBrokersDoNotAnswerInTime() throws Exception {
        start(false, IngestSettings.defaults().withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(2)));
        long t0 = System.nanoTime();
        HttpResponse<String> r = post("application/json", "[" + line("https://example.com/slow") + "]");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).contains("2");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(json(r).path("articles").get(0).path("reason").asText()).contains("no answer from Kafka");
    }

    @Test
    void shouldServeHealthMetricsAndTheOpenApiDescription() throws Exception {
        start();
        post("application/json", line("https://example.com/m"));
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(get("/metrics").body()).contains("wirestream_ingest_articles_total{outcome=\"new\"} 1.0")
                .contains("wirestream_ingest_requests_total{status=\"202\"} 1.0");
        HttpResponse<String> openApi = get("/openapi.yaml");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).startsWith("openapi: 3");
    }

    @Test
    void shouldDescribeEveryRouteAndContentTypeInTheOpenApiDocument() throws Exception {
        start();
        JsonNode doc = new YAMLMapper().readTree(IngestServer.class.getResourceAsStream(IngestServer.OPENAPI_RESOURCE));
        Set<String> paths = new TreeSet<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/articles", "/health", "/health/live", "/health/ready", "/metrics",
                "/openapi.yaml");
        for (String p : paths) {
            if (!p.equals("/articles")) {
                assertThat(get(p).statusCode()).as(p).isIn(200, 503);
            }
        }
        String description = doc.path("paths").path("/articles").path("post").path("description").asText();
        Arrays.stream(InputFormat.values()).flatMap(f -> f.contentTypes().stream())
                .forEach(t -> assertThat(description).as("documents " + t).contains("`" + t + "`"));
        Set<String> requestTypes = new TreeSet<>();
        doc.path("paths").path("/articles").path("post").path("requestBody").path("content").fieldNames()
                .forEachRemaining(requestTypes::add);
        assertThat(requestTypes).allSatisfy(t -> assertThat(InputFormat.ofContentType(t)).as(t).isPresent());
    }

    @AfterAll
    static void everyAnswerGivenIsDocumented() throws Exception {
        JsonNode doc = new YAMLMapper().readTree(IngestServer.class.getResourceAsStream(IngestServer.OPENAPI_RESOURCE));
        Set<Integer> documented = new TreeSet<>();
        doc.path("paths").path("/articles").path("post").path("responses").fieldNames()
                .forEachRemaining(s -> documented.add(Integer.parseInt(s)));
        assertThat(documented).containsAll(STATUSES_SEEN);
        assertThat(STATUSES_SEEN).as("the tests exercise every documented answer but 500").containsAll(
                documented.stream().filter(s -> s != 500).collect(Collectors.toSet()));
        Set<String> statuses = new TreeSet<>();
        for (Iterator<JsonNode> it = doc.at("/components/schemas/ArticleOutcome/properties/status/enum").elements(); it.hasNext(); ) {
            statuses.add(it.next().asText());
        }
        assertThat(statuses).containsAll(ARTICLE_STATUSES_SEEN);
    }
}
