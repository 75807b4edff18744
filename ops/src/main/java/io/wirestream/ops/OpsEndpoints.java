package io.wirestream.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /health/live}, {@code GET /health/ready} (200 or 503 with each check's status as JSON)
 * and {@code GET /metrics} (Prometheus text). Mounted on a command's own HTTP server (ingest,
 * dashboard), or served alone by {@link #serve} for commands without one (streams, sink).
 */
public final class OpsEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private OpsEndpoints() {
    }

    public static void mount(RoutesConfig routes, Health health, Metrics metrics) {
        routes.get("/health/live", ctx -> answer(ctx, health.live()));
        routes.get("/health/ready", ctx -> answer(ctx, health.ready()));
        routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_CONTENT_TYPE).result(metrics.scrape()));
    }

    /** A small HTTP server with only the ops endpoints; port 0 picks a free one. */
    public static Javalin serve(String host, int port, Health health, Metrics metrics) {
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            mount(c.routes, health, metrics);
        });
        return app.start(host, port);
    }

    private static void answer(Context ctx, Map<String, Health.Status> checks) {
        boolean up = checks.values().stream().allMatch(Health.Status::up);
        ObjectNode body = JSON.createObjectNode().put("status", up ? "UP" : "DOWN");
        ObjectNode details = body.putObject("checks");
        checks.forEach((name, s) -> details.putObject(name).put("status", s.up() ? "UP" : "DOWN").put("detail", s.detail()));
        ctx.status(up ? 200 : 503).contentType("application/json").result(body.toString());
    }
}
