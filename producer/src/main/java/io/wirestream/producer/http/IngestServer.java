package io.wirestream.producer.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.ops.OpsEndpoints;
import io.wirestream.producer.ArticlePublisher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front door for scrapers in any language: {@code POST /articles} (see
 * {@link ArticlesEndpoint} for its answers), {@code GET /health}, the ops endpoints
 * ({@code /health/live}, {@code /health/ready}, {@code /metrics}) and the OpenAPI description at
 * {@code /openapi.yaml}. Embeddable: {@code wirestream ingest} runs one, {@code wirestream demo}
 * runs one beside the rest of the pipeline. Does not own the publisher (the caller closes it).
 */
public final class IngestServer implements AutoCloseable {

    static final String OPENAPI_RESOURCE = "/io/wirestream/producer/http/openapi.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(IngestServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IngestSettings settings;
    private final Health health;
    private final Metrics metrics;
    private final ArticlesEndpoint articles;
    private final String openApi;
    private Javalin http;

    public IngestServer(ArticlePublisher publisher, IngestSettings settings, Health health, Metrics metrics) {
        this.settings = settings;
        this.health = health;
        this.metrics = metrics;
        this.articles = new ArticlesEndpoint(publisher, settings, metrics.registry());
        this.openApi = openApi();
        health.liveness("ingest-http", () -> http != null ? Health.Status.up("serving on port " + http.port())
                : Health.Status.down("stopped"));
    }

    /** Starts serving; returns when the port is open. */
    public synchronized IngestServer start() {
        if (http != null) {
            return this;
        }
        http = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = settings.limits().maxRequestBytes();
            c.routes.post("/articles", this::postArticles);
            c.routes.get("/health", this::health);
            c.routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi));
            c.routes.get("/", ctx -> ctx.contentType("application/json").result(JSON.createObjectNode()
                    .put("service", "wirestream ingest").put("post", "/articles").put("openapi", "/openapi.yaml")
                    .put("health", "/health").put("metrics", "/metrics").toString()));
            OpsEndpoints.mount(c.routes, health, metrics);
        }).start(settings.host(), settings.port());
        LOG.info("ingest endpoint serving on {} (API token {})", url(), settings.apiToken().isPresent() ? "required" : "not required");
        return this;
    }

    public int port() {
        return http.port();
    }

    public String url() {
        return "http://" + settings.host() + ":" + port();
    }

    private void postArticles(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.put(k, v.get(0));
            }
        });
        // the servlet input stream is opened only when the endpoint reads: Jetty answers 100 Continue on opening it,
        // and a client that is refused before that point must not be asked to send its body
        Supplier<InputStream> body = () -> {
            try {
                return ctx.req().getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        boolean expectsContinue = "100-continue".equalsIgnoreCase(Optional.ofNullable(ctx.header("Expect")).orElse("").trim());
        ArticlesEndpoint.Answer a = articles.handle(new ArticlesEndpoint.Request(Optional.ofNullable(ctx.header("Content-Type")),
                Optional.ofNullable(ctx.header("Authorization")), length >= 0 ? OptionalLong.of(length) : OptionalLong.empty(),
                expectsContinue, body, query));
        a.headers().forEach(ctx::header);
        ctx.status(a.status()).contentType("application/json").result(a.body().toString());
    }

    private void health(Context ctx) {
        Map<String, Health.Status> checks = new LinkedHashMap<>(health.live());
        checks.putAll(health.ready());
        boolean up = checks.values().stream().allMatch(Health.Status::up);
        ObjectNode body = JSON.createObjectNode().put("status", up ? "UP" : "DOWN");
        ObjectNode details = body.putObject("checks");
        checks.forEach((name, s) -> details.putObject(name).put("status", s.up() ? "UP" : "DOWN").put("detail", s.detail()));
        ctx.status(up ? 200 : 503).contentType("application/json").result(body.toString());
    }

    private static String openApi() {
        try (InputStream in = IngestServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.stop();
            http = null;
        }
    }
}
