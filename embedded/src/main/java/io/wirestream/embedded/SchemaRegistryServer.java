package io.wirestream.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.wirestream.ops.Health;
import io.wirestream.ops.Metrics;
import io.wirestream.ops.OpsEndpoints;
import io.wirestream.schemas.registry.CompatibilityLevel;
import io.wirestream.schemas.registry.RegistryError;
import io.wirestream.schemas.registry.SchemaMetadata;
import io.wirestream.schemas.registry.SchemaRegistryException;
import io.wirestream.schemas.registry.SchemaRegistryService;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wirestream's own Schema Registry: Confluent's REST API (the subset Avro clients use), Confluent's
 * error bodies and codes, real compatibility checks, schemas kept in a compacted Kafka topic so ids
 * survive restarts. For local runs and tests; production points the same clients at Confluent
 * Schema Registry, Apicurio (ccompat) or Karapace. Also serves {@code /health/live},
 * {@code /health/ready} (the Kafka store answers) and {@code /metrics}.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param host             address to bind (127.0.0.1 unless told otherwise)
     * @param port             HTTP port, 0 for a free one
     * @param topic            the schemas topic
     * @param defaultLevel     compatibility level until one is configured
     * @param clientOverrides  extra Kafka client properties (security settings)
     */
    public record Config(String bootstrapServers, String host, int port, String topic, CompatibilityLevel defaultLevel,
            Map<String, String> clientOverrides) {

        public static Config forBroker(String bootstrapServers) {
            return new Config(bootstrapServers, "127.0.0.1", 0, "_schemas", CompatibilityLevel.BACKWARD, Map.of());
        }

        public Config withPort(int p) {
            return new Config(bootstrapServers, host, p, topic, defaultLevel, clientOverrides);
        }

        public Config withHost(String h) {
            return new Config(bootstrapServers, h, port, topic, defaultLevel, clientOverrides);
        }
    }

    private final Config config;
    private final Health health = new Health();
    private final Metrics metrics = new Metrics();
    private KafkaSchemaStore store;
    private SchemaRegistryService service;
    private Javalin http;

    public SchemaRegistryServer(Config config) {
        this.config = config;
    }

    /** Replays the schemas topic, then serves HTTP. Returns when ready. */
    public synchronized SchemaRegistryServer start() {
        if (http != null) {
            return this;
        }
        store = new KafkaSchemaStore(config.bootstrapServers(), config.topic(), config.clientOverrides(),
                Duration.ofSeconds(30));
        service = new SchemaRegistryService(config.defaultLevel(), store::write);
        long replayed = store.load(service::apply);
        KafkaSchemaStore s = store;
        health.liveness("registry", () -> Health.Status.up("serving"));
        health.readiness("schemas-topic", () -> s.brokersReachable() ? Health.Status.up(config.topic() + " reachable")
                : Health.Status.down("Kafka at " + config.bootstrapServers() + " does not answer"));
        http = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.defaultContentType = MEDIA_TYPE;
            routes(c.routes);
            OpsEndpoints.mount(c.routes, health, metrics);
        });
        http.start(config.host(), config.port());
        LOG.info("Schema registry serving {} (replayed {} records from {})", url(), replayed, config.topic());
        return this;
    }

    public String url() {
        return "http://" + config.host() + ":" + http.port();
    }

    public int port() {
        return http.port();
    }

    /** Checks behind /health/*; a host process may add its own (the embedded platform adds the broker). */
    public Health health() {
        return health;
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.stop();
            http = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        metrics.close();
    }

    private void routes(io.javalin.config.RoutesConfig r) {
        r.get("/", ctx -> ctx.result("{}"));
        r.get("/schemas/types", ctx -> json(ctx, JSON.createArrayNode().add("AVRO")));
        r.get("/schemas/ids/{id}", ctx -> json(ctx, JSON.createObjectNode().put("schema", service.schemaText(id(ctx)))));
        r.get("/schemas/ids/{id}/versions", ctx -> {
            ArrayNode out = JSON.createArrayNode();
            service.versionsOfId(id(ctx)).forEach(v -> out.addObject().put("subject", v.subject()).put("version", v.version()));
            json(ctx, out);
        });
        r.get("/schemas/ids/{id}/subjects", ctx -> {
            ArrayNode out = JSON.createArrayNode();
            service.versionsOfId(id(ctx)).stream().map(SchemaRegistryService.SubjectVersion::subject).distinct()
                    .forEach(out::add);
            json(ctx, out);
        });
        r.get("/subjects", ctx -> json(ctx, JSON.valueToTree(service.subjects())));
        r.get("/subjects/{subject}/versions", ctx -> json(ctx, JSON.valueToTree(service.versions(ctx.pathParam("subject")))));
        r.get("/subjects/{subject}/versions/{version}", ctx ->
                json(ctx, metadata(service.version(ctx.pathParam("subject"), ctx.pathParam("version")))));
        r.get("/subjects/{subject}/versions/{version}/schema", ctx ->
                ctx.result(service.version(ctx.pathParam("subject"), ctx.pathParam("version")).schema().toString()));
        r.post("/subjects/{subject}/versions", ctx -> {
            SchemaMetadata m = service.register(ctx.pathParam("subject"), schemaOf(ctx));
            json(ctx, JSON.createObjectNode().put("id", m.id()));
        });
        r.post("/subjects/{subject}", ctx -> json(ctx, metadata(service.lookup(ctx.pathParam("subject"), schemaOf(ctx)))));
        r.delete("/subjects/{subject}", ctx -> json(ctx, JSON.valueToTree(service.deleteSubject(ctx.pathParam("subject"),
                Boolean.parseBoolean(ctx.queryParam("permanent"))))));
        r.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> {
            List<String> problems = service.testCompatibility(ctx.pathParam("subject"), ctx.pathParam("version"), schemaOf(ctx));
            ObjectNode out = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
            if (Boolean.parseBoolean(ctx.queryParam("verbose"))) {
                out.set("messages", JSON.valueToTree(problems));
            }
            json(ctx, out);
        });
        r.get("/config", ctx -> json(ctx, level(service.globalLevel())));
        r.put("/config", ctx -> {
            CompatibilityLevel level = levelOf(ctx);
            service.setLevel(Optional.empty(), level);
            json(ctx, JSON.createObjectNode().put("compatibility", level.name()));
        });
        r.get("/config/{subject}", ctx -> {
            String subject = ctx.pathParam("subject");
            Optional<CompatibilityLevel> own = service.subjectLevel(subject);
            if (own.isEmpty() && !Boolean.parseBoolean(ctx.queryParam("defaultToGlobal"))) {
                throw new SchemaRegistryException(404, RegistryError.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                        "Subject '" + subject + "' does not have subject-level compatibility configured");
            }
            json(ctx, level(own.orElse(service.globalLevel())));
        });
        r.put("/config/{subject}", ctx -> {
            CompatibilityLevel level = levelOf(ctx);
            service.setLevel(Optional.of(ctx.pathParam("subject")), level);
            json(ctx, JSON.createObjectNode().put("compatibility", level.name()));
        });
        r.delete("/config/{subject}", ctx -> {
            String subject = ctx.pathParam("subject");
            CompatibilityLevel old = service.deleteSubjectLevel(subject).orElseThrow(() -> new SchemaRegistryException(404,
                    RegistryError.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                    "Subject '" + subject + "' does not have subject-level compatibility configured"));
            json(ctx, level(old));
        });
        r.get("/mode", ctx -> json(ctx, JSON.createObjectNode().put("mode", "READWRITE")));

        r.exception(SchemaRegistryException.class, (e, ctx) -> error(ctx, e.status() == 0 ? 500 : e.status(),
                e.errorCode(), e.registryMessage()));
        r.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, 400, e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("schema registry error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, RegistryError.INTERNAL_ERROR, "Internal server error: " + e);
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, 404, "HTTP 404 Not Found: " + ctx.method() + " " + ctx.path());
            }
        });
        r.error(405, ctx -> error(ctx, 405, 405, "HTTP 405 Method Not Allowed: " + ctx.method() + " " + ctx.path()));
    }

    /** A request the registry cannot even read. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = JSON.readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw new BadRequest("request body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new BadRequest("request body is not valid JSON: " + e.getMessage());
        }
    }

    private static String schemaOf(Context ctx) {
        JsonNode b = body(ctx);
        String type = b.path("schemaType").asText("AVRO");
        if (!type.isEmpty() && !type.equals("AVRO")) {
            throw new SchemaRegistryException(422, RegistryError.INVALID_SCHEMA,
                    "Invalid schema: schemaType " + type + " is not supported by this registry (AVRO only)");
        }
        if (b.has("references") && b.get("references").size() > 0) {
            throw new SchemaRegistryException(422, RegistryError.INVALID_SCHEMA,
                    "Invalid schema: schema references are not supported by this registry");
        }
        JsonNode s = b.get("schema");
        if (s == null || !s.isTextual()) {
            throw new SchemaRegistryException(422, RegistryError.INVALID_SCHEMA,
                    "Invalid schema: the request needs a \"schema\" string field");
        }
        return s.asText();
    }

    private static CompatibilityLevel levelOf(Context ctx) {
        return CompatibilityLevel.parse(body(ctx).path("compatibility").asText(null));
    }

    private static int id(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new SchemaRegistryException(404, RegistryError.SCHEMA_NOT_FOUND,
                    "Schema " + ctx.pathParam("id") + " not found");
        }
    }

    private static ObjectNode metadata(SchemaMetadata m) {
        return JSON.createObjectNode().put("subject", m.subject()).put("version", m.version()).put("id", m.id())
                .put("schema", m.schema().toString());
    }

    private static ObjectNode level(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibilityLevel", level.name());
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType(MEDIA_TYPE).result(node.toString());
    }

    private static void error(Context ctx, int status, int code, String message) {
        ctx.status(status).contentType(MEDIA_TYPE)
                .result(JSON.createObjectNode().put("error_code", code).put("message", message).toString());
    }
}
