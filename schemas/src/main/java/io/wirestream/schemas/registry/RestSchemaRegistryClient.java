package io.wirestream.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema Registry REST client (Confluent's API, also served by Apicurio's ccompat endpoint, Karapace
 * and Wirestream's embedded registry).
 *
 * <p>Ids and their schemas are cached forever (a registry never changes what an id means); a schema
 * registered under a subject is cached by subject; the latest version of a subject for a short TTL.
 * When a registry is unreachable or answers 5xx, the next URL is tried, then the whole list again
 * after an exponential backoff, up to {@code max.retries} times; 4xx answers are final and surface
 * with Confluent's error code. Thread-safe.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = "application/vnd.schemaregistry.v1+json, "
            + "application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Latest(SchemaMetadata metadata, long fetchedAtNanos) {
    }

    private final RegistryClientConfig config;
    private final HttpClient http;
    private final Optional<String> authorization;
    private final AtomicInteger preferredUrl = new AtomicInteger();
    private final Map<Integer, Schema> schemaById = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, Integer>> idBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<String, Latest> latestBySubject = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(RegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.authorization = config.userInfo().map(u ->
                "Basic " + Base64.getEncoder().encodeToString(u.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int register(String subject, Schema schema) {
        Map<Schema, Integer> cache = idBySubjectSchema.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer cached = cache.get(schema);
        if (cached != null) {
            return cached;
        }
        JsonNode r = call("POST", "/subjects/" + enc(subject) + "/versions", schemaBody(schema));
        int id = r.path("id").asInt();
        cache.put(schema, id);
        schemaById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemaById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode r = call("GET", "/schemas/ids/" + id, null);
        Schema schema = SchemaRegistryService.parse(r.path("schema").asText());
        schemaById.put(id, schema);
        return schema;
    }

    @Override
    public SchemaMetadata getLatest(String subject) {
        Latest l = latestBySubject.get(subject);
        if (l != null && System.nanoTime() - l.fetchedAtNanos() < config.latestTtl().toNanos()) {
            return l.metadata();
        }
        SchemaMetadata m = metadata(call("GET", "/subjects/" + enc(subject) + "/versions/latest", null));
        latestBySubject.put(subject, new Latest(m, System.nanoTime()));
        return m;
    }

    @Override
    public SchemaMetadata getVersion(String subject, int version) {
        return metadata(call("GET", "/subjects/" + enc(subject) + "/versions/" + version, null));
    }

    @Override
    public SchemaMetadata lookup(String subject, Schema schema) {
        SchemaMetadata m = metadata(call("POST", "/subjects/" + enc(subject), schemaBody(schema)));
        idBySubjectSchema.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, m.id());
        return m;
    }

    @Override
    public List<String> testCompatibility(String subject, Schema schema) {
        JsonNode r = call("POST", "/compatibility/subjects/" + enc(subject) + "/versions/latest?verbose=true",
                schemaBody(schema));
        if (r.path("is_compatible").asBoolean(false)) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        r.path("messages").forEach(m -> messages.add(m.asText()));
        if (messages.isEmpty()) {
            messages.add("incompatible");
        }
        return messages;
    }

    @Override
    public CompatibilityLevel getCompatibility(Optional<String> subject) {
        String path = subject.map(s -> "/config/" + enc(s) + "?defaultToGlobal=true").orElse("/config");
        JsonNode r = call("GET", path, null);
        String level = r.hasNonNull("compatibilityLevel") ? r.get("compatibilityLevel").asText()
                : r.path("compatibility").asText();
        return CompatibilityLevel.parse(level);
    }

    @Override
    public void setCompatibility(Optional<String> subject, CompatibilityLevel level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level.name());
        call("PUT", subject.map(s -> "/config/" + enc(s)).orElse("/config"), body);
    }

    @Override
    public List<String> getSubjects() {
        List<String> out = new ArrayList<>();
        call("GET", "/subjects", null).forEach(s -> out.add(s.asText()));
        return out;
    }

    @Override
    public List<Integer> getVersions(String subject) {
        List<Integer> out = new ArrayList<>();
        call("GET", "/subjects/" + enc(subject) + "/versions", null).forEach(v -> out.add(v.asInt()));
        return out;
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        List<Integer> out = new ArrayList<>();
        call("DELETE", "/subjects/" + enc(subject), null).forEach(v -> out.add(v.asInt()));
        idBySubjectSchema.remove(subject);
        latestBySubject.remove(subject);
        return out;
    }

    private static ObjectNode schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static SchemaMetadata metadata(JsonNode r) {
        return new SchemaMetadata(r.path("subject").asText(), r.path("version").asInt(), r.path("id").asInt(),
                SchemaRegistryService.parse(r.path("schema").asText()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * One REST call with failover and retries. 4xx: thrown at once with the registry's code and
     * message. Unreachable or 5xx: next URL, then backoff and another round.
     */
    private JsonNode call(String method, String path, JsonNode body) {
        List<URI> urls = config.urls();
        String lastProblem = "";
        int lastStatus = 0;
        for (int round = 0; round <= config.maxRetries(); round++) {
            if (round > 0) {
                sleep(backoff(round));
            }
            for (int k = 0; k < urls.size(); k++) {
                int index = (preferredUrl.get() + k) % urls.size();
                URI base = urls.get(index);
                String shown = RegistryClientConfig.withoutUserInfo(base);
                try {
                    HttpResponse<String> response = http.send(request(base, method, path, body),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        preferredUrl.set(index);
                        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
                    }
                    SchemaRegistryException error = errorOf(status, response.body(), method, path, shown);
                    if (!error.isRetriable()) {
                        throw error;
                    }
                    lastStatus = status;
                    lastProblem = error.getMessage();
                } catch (IOException e) {
                    lastStatus = 0;
                    lastProblem = shown + ": " + describe(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SchemaRegistryException(0, RegistryError.OPERATION_TIMEOUT,
                            "interrupted while calling the schema registry", shown, e);
                }
                LOG.debug("schema registry call {} {} failed: {}", method, path, lastProblem);
            }
            if (round < config.maxRetries()) {
                LOG.warn("Schema registry {} {} failed ({}); retry {}/{} in {} ms", method, path, lastProblem,
                        round + 1, config.maxRetries(), backoff(round + 1).toMillis());
            }
        }
        throw new SchemaRegistryException(lastStatus, lastStatus == 0 ? RegistryError.FORWARDING_ERROR
                : RegistryError.INTERNAL_ERROR, "Schema registry unavailable: " + method + " " + path + " failed after "
                + (config.maxRetries() + 1) + " attempt(s) on each of " + config.describeUrls() + "; last error: "
                + lastProblem, config.describeUrls(), null);
    }

    private HttpRequest request(URI base, String method, String path, JsonNode body) {
        String b = base.toString();
        if (base.getRawUserInfo() != null) {
            b = RegistryClientConfig.withoutUserInfo(base);
        }
        if (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(b + path))
                .timeout(config.readTimeout())
                .header("Accept", ACCEPT);
        authorization.ifPresent(a -> rb.header("Authorization", a));
        if (body != null) {
            rb.header("Content-Type", CONTENT_TYPE);
            rb.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return rb.build();
    }

    private static SchemaRegistryException errorOf(int status, String body, String method, String path, String url) {
        int code = status;
        String message = body == null || body.isBlank() ? "HTTP " + status : body;
        try {
            JsonNode e = JSON.readTree(body);
            if (e != null && e.has("error_code")) {
                code = e.get("error_code").asInt();
                message = e.path("message").asText(message);
            }
        } catch (IOException notJson) {
            // keep the raw body as message
        }
        if (status == 401 || status == 403) {
            message = "not authorized (HTTP " + status + "): check basic.auth.user.info; " + message;
        }
        return new SchemaRegistryException(status, code, method + " " + path + ": " + message, url, null);
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timed out (" + e.getMessage() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private Duration backoff(int round) {
        long ms = config.retryWait().toMillis() * (1L << Math.min(round - 1, 20));
        return Duration.ofMillis(Math.min(ms, config.retryMaxWait().toMillis()));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(0, RegistryError.OPERATION_TIMEOUT,
                    "interrupted while waiting to retry the schema registry");
        }
    }
}
