package io.wirestream.producer.security;

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
import io.wirestream.schemas.RawArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ingest endpoint's security rules (issue 8, item 3), over a real server on loopback: the API
 * token is required when configured and compared in constant time; request and article size limits
 * hold before anything is parsed, whatever the client claims in {@code Content-Length} or sends
 * chunked. Raw sockets where an HTTP client would be too polite to lie.
 */
class IngestSecurityTest {

    static final String TOKEN = "s3cret-ingest-token-4b1d";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path API_TOKEN_SOURCE = Path.of("src/main/java/io/wirestream/producer/http/ApiToken.java");

    MockProducer<String, RawArticle> mock;
    ArticlePublisher publisher;
    Metrics metrics;
    IngestServer server;
    final HttpClient client = HttpClient.newHttpClient();

    IngestServer start(Limits limits) {
        mock = TestPublishers.mockProducer(true);
        publisher = TestPublishers.publisher(mock);
        metrics = new Metrics();
        server = new IngestServer(publisher, IngestSettings.defaults().withAddress("127.0.0.1", 0)
                .withApiToken(Optional.of(TOKEN)).withLimits(limits), new Health(), metrics).start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            publisher.close();
            metrics.close();
        }
    }

    // ---- the token ----

    @Test
    void shouldCompareTheTokenInConstantTime() throws IOException {
        String source = Files.readString(API_TOKEN_SOURCE);
        assertThat(source).as("ApiToken compares fixed-length digests with MessageDigest.isEqual")
                .contains("MessageDigest.isEqual(").contains("SHA-256");
        assertThat(source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", ""))
                .as("no early-exit comparison of the token").doesNotContain(".equals(").doesNotContain("compareTo(")
                .doesNotContain("contentEquals(").doesNotContain("Arrays.equals(");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no header|",
            "empty bearer|Bearer ",
            "wrong token of the same length|Bearer s3cret-ingest-token-4b1e",
            "a prefix of the token|Bearer s3cret-ingest-token",
            "the token and more|Bearer s3cret-ingest-token-4b1dx",
            "the token in other case|Bearer S3CRET-INGEST-TOKEN-4B1D",
            "the token without a scheme|s3cret-ingest-token-4b1d",
            "the token as Basic credentials|Basic s3cret-ingest-token-4b1d",
            "the token after a comma|Bearer x, Bearer s3cret-ingest-token-4b1d"})
    void shouldRefuseARequestWithoutTheRightToken(String description, String authorization) throws Exception {
        start(Limits.DEFAULTS);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "/articles?token=" + TOKEN))
                .header("Content-Type", "application/json").header("X-Api-Token", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(article("https://example.com/t")));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(r.body()).doesNotContain(TOKEN);
        assertThat(mock.history()).isEmpty();
    }

    @Test
    void shouldAcceptTheRightToken() throws Exception {
        start(Limits.DEFAULTS);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(article("https://example.com/ok"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(mock.history()).hasSize(1);
    }

    @Test
    void shouldRefuseAnUnauthenticatedBodyOverTheLimitWithoutParsingIt() throws Exception {
        start(Limits.DEFAULTS.withBytes(1024, 4096));
        ExpectContinue r = ExpectContinue.post(server.port(), "/articles", Map.of("Content-Type", "application/json"),
                new byte[1 << 20], Duration.ofSeconds(5));
        assertThat(r.status()).as("the token is checked first").isEqualTo(401);
        assertThat(r.askedForBody()).as("a client without the token is not asked for its body").isFalse();
    }

    /**
     * A client that sends {@code Expect: 100-continue} (curl does for bodies over 1 MB) hears a refusal that the
     * headers decide at once, and is asked for the body only when the endpoint will read it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no token|application/x-ndjson|false|1048576|401",
            "a declared length over the request limit|application/x-ndjson|true|26214400|413",
            "a content type that is no input format|application/pdf|true|1048576|415"})
    void shouldAnswerAWaitingClientFromTheHeadersWithoutAskingForTheBody(String description, String contentType,
            boolean withToken, int length, int expected) throws Exception {
        start(Limits.DEFAULTS);
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", contentType));
        if (withToken) {
            headers.put("Authorization", "Bearer " + TOKEN);
        }
        ExpectContinue r = ExpectContinue.post(server.port(), "/articles", headers, new byte[length], Duration.ofSeconds(5));
        assertThat(r.status()).isEqualTo(expected);
        assertThat(r.askedForBody()).as("asked for the body of a request it refuses").isFalse();
        assertThat(JSON.readTree(r.body()).path("error").asText()).isNotBlank();
        assertThat(mock.history()).isEmpty();
    }

    @Test
    void shouldAskAWaitingClientForTheBodyItWillRead() throws Exception {
        start(Limits.DEFAULTS);
        ExpectContinue r = ExpectContinue.post(server.port(), "/articles", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + TOKEN), article("https://example.com/continue").getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(5));
        assertThat(r.askedForBody()).isTrue();
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(mock.history()).singleElement().satisfies(rec -> assertThat(rec.value().getUrl())
                .isEqualTo("https://example.com/continue"));
    }

    // ---- size limits before parsing ----

    @Test
    void shouldRefuseADeclaredOversizedBodyWithoutWaitingForIt() throws Exception {
        start(Limits.DEFAULTS);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN + "\r\n"
                    + "Content-Type: application/x-ndjson\r\nContent-Length: " + (25L << 20) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // not one byte of the 25 MB is sent: the answer must not wait for them
            Response r = Response.read(s);
            assertThat(r.status()).isEqualTo(413);
            assertThat(JSON.readTree(r.body()).path("error").asText()).contains("25 MB").contains("the limit is 20 MB");
        }
        assertThat(mock.history()).isEmpty();
    }

    @Test
    void shouldReadNoFurtherThanTheDeclaredLengthWhenTheClientSendsMore() throws Exception {
        start(Limits.DEFAULTS);
        byte[] body = (article("https://example.com/declared") + "\n").getBytes(StandardCharsets.UTF_8);
        Upload u = Upload.start(server.port(), ("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + body.length + "\r\n\r\n"), body, 25L << 20, false);
        Response r = u.response();
        assertThat(r.status()).as("the declared body is the request").isEqualTo(202);
        u.awaitEnd();
        assertThat(u.failed()).as("the server closed the connection instead of reading 25 MB of junk").isTrue();
        assertThat(u.written()).isLessThan(25L << 20);
        assertThat(mock.history()).singleElement().satisfies(rec -> assertThat(rec.value().getUrl())
                .isEqualTo("https://example.com/declared"));
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitWithoutReadingItAll() throws Exception {
        start(Limits.DEFAULTS.withBytes(512 * 1024, 2 << 20));
        Upload u = Upload.start(server.port(), "POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n", new byte[0], 25L << 20, true);
        Response r = u.response();
        long writtenAtAnswer = u.written();
        assertThat(r.status()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).path("error").asText()).contains("over 2 MB");
        assertThat(writtenAtAnswer).as("answered long before the 25 MB were sent").isLessThan(25L << 20);
        u.awaitEnd();
        assertThat(u.written()).isLessThan(25L << 20);
        assertThat(mock.history()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an NDJSON line that is no JSON either|application/x-ndjson",
            "a text of invalid UTF-8|text/plain",
            "a page of invalid UTF-8|text/html"})
    void shouldRefuseAnArticleOverTheLimitBeforeParsingIt(String description, String contentType) throws Exception {
        start(Limits.DEFAULTS.withBytes(64 * 1024, 4 << 20));
        byte[] body = new byte[1 << 20];
        Arrays.fill(body, (byte) 0xFF); // neither JSON nor UTF-8: parsing it would answer 400, not 413
        body[0] = '{';
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/articles?source=s"))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        JsonNode error = JSON.readTree(r.body()).path("articles").get(0).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("size");
        assertThat(mock.history()).isEmpty();
    }

    // ---- helpers ----

    static String article(String url) {
        return "{\"url\":\"" + url + "\",\"source\":\"s\",\"body\":\"Body of " + url + "\"}";
    }

    /** Status and body of an HTTP/1.1 response read off a socket (Content-Length or chunked). */
    record Response(int status, String body) {

        static Response read(Socket s) throws IOException {
            ExpectContinue.Answer a = ExpectContinue.readAnswer(s.getInputStream());
            return new Response(a.status(), a.body());
        }
    }

    /**
     * A client that keeps sending after its request (junk after a declared body, or chunks without
     * end) on one thread while the answer is read on another, counting the bytes it got out.
     */
    static final class Upload {
        final Socket socket;
        final AtomicLong written = new AtomicLong();
        final CompletableFuture<Boolean> sender = new CompletableFuture<>();

        private Upload(Socket socket) {
            this.socket = socket;
        }

        static Upload start(int port, String head, byte[] body, long extra, boolean chunked) throws IOException {
            Upload u = new Upload(new Socket("127.0.0.1", port));
            u.socket.setSoTimeout(10_000);
            Thread t = new Thread(() -> {
                try {
                    OutputStream out = u.socket.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    byte[] piece = new byte[64 * 1024];
                    Arrays.fill(piece, (byte) 'x');
                    byte[] chunkHead = (Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    while (u.written.get() < extra) {
                        if (chunked) {
                            out.write(chunkHead);
                        }
                        out.write(piece);
                        if (chunked) {
                            out.write(new byte[] {'\r', '\n'});
                        }
                        u.written.addAndGet(piece.length);
                    }
                    out.flush();
                    u.sender.complete(false);
                } catch (IOException e) {
                    u.sender.complete(true);
                }
            }, "upload");
            t.setDaemon(true);
            t.start();
            return u;
        }

        Response response() throws IOException {
            return Response.read(socket);
        }

        long written() {
            return written.get();
        }

        /** Waits until the sender stopped (the server closed the connection) or sent everything; closes the socket. */
        void awaitEnd() throws Exception {
            try {
                sender.get(30, TimeUnit.SECONDS);
            } finally {
                socket.close();
            }
        }

        boolean failed() {
            return sender.getNow(false);
        }
    }
}
