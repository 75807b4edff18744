package io.wirestream.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.registry.CompatibilityLevel;
import io.wirestream.schemas.registry.RegistryClientConfig;
import io.wirestream.schemas.registry.RestSchemaRegistryClient;
import io.wirestream.schemas.registry.SchemaRegistryException;
import io.wirestream.schemas.serde.AvroSerializer;
import io.wirestream.schemas.serde.SpecificAvroSerde;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded registry over real HTTP, backed by a real in-process broker. */
class SchemaRegistryServerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void start() {
        platform = new EmbeddedPlatform(EmbeddedPlatform.Config.temporary()).start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private Map<String, Object> config() {
        return Map.of("schema.registry.url", platform.schemaRegistryUrl());
    }

    private static RawArticle article(String id) {
        return RawArticle.newBuilder().setId(id).setSource("wire").setBody("Body of " + id)
                .setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L)).build();
    }

    private record Response(int status, JsonNode body) {
    }

    private Response http(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(platform.schemaRegistryUrl() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), JSON.readTree(r.body()));
    }

    private static String schemaBody(String schema) {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    @Test
    void shouldRoundTripASpecificRecordThroughTheRegistryOverHttp() {
        try (SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>(RawArticle.class)) {
            serde.configure(config(), false);
            byte[] bytes = serde.serializer().serialize("roundtrip", article("a1"));
            var client = new RestSchemaRegistryClient(RegistryClientConfig.of(platform.schemaRegistryUrl()));
            int id = client.getLatest("roundtrip-value").id();
            assertThat(bytes[0]).isZero();
            assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
            assertThat(serde.deserializer().deserialize("roundtrip", bytes)).isEqualTo(article("a1"));
        }
    }

    @Test
    void shouldAnswerAnIncompatibleChangeWith409AndConfluentsErrorBody() throws Exception {
        String v1 = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
        String v2 = "{\"type\":\"record\",\"name\":\"Doc\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
                + "{\"name\":\"n\",\"type\":\"int\"}]}";
        assertThat(http("POST", "/subjects/docs-value/versions", schemaBody(v1)).status()).isEqualTo(200);
        Response r = http("POST", "/subjects/docs-value/versions", schemaBody(v2));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().get("error_code").asInt()).isEqualTo(409);
        assertThat(r.body().get("message").asText()).contains("incompatible").contains("docs-value");

        var compat = http("POST", "/compatibility/subjects/docs-value/versions/latest?verbose=true", schemaBody(v2));
        assertThat(compat.body().get("is_compatible").asBoolean()).isFalse();
        assertThat(compat.body().get("messages")).isNotEmpty();
    }

    @Test
    void shouldMakeTheSerializerFailClearlyOnAnIncompatibleSchema() {
        Map<String, Object> cfg = config();
        try (AvroSerializer s = new AvroSerializer()) {
            s.configure(cfg, false);
            s.serialize("evolving", article("x"));
            var client = new RestSchemaRegistryClient(RegistryClientConfig.of(platform.schemaRegistryUrl()));
            client.setCompatibility(Optional.of("evolving-value"), CompatibilityLevel.FORWARD_TRANSITIVE);
            // a string-typed record under the same subject cannot be read by the RawArticle reader
            assertThatThrownBy(() -> s.serialize("evolving", "just a string"))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("evolving-value")
                    .hasMessageContaining("incompatible");
        }
    }

    @Test
    void shouldAnswerInvalidSchemasWith42201() throws Exception {
        Response r = http("POST", "/subjects/bad-value/versions", schemaBody("{\"type\":\"record\",\"name\":\"X\"}"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("error_code").asInt()).isEqualTo(42201);
        assertThat(http("POST", "/subjects/bad-value/versions", "{not json").status()).isEqualTo(400);
    }

    @Test
    void shouldServeTheRegistryEndpointsWithConfluentCodes() throws Exception {
        String s = "{\"type\":\"record\",\"name\":\"Listed\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
        int id = http("POST", "/subjects/listed-value/versions", schemaBody(s)).body().get("id").asInt();
        assertThat(http("POST", "/subjects/listed-value/versions", schemaBody(s)).body().get("id").asInt()).isEqualTo(id);
        assertThat(http("GET", "/subjects", null).body().toString()).contains("\"listed-value\"");
        assertThat(http("GET", "/subjects/listed-value/versions", null).body().toString()).isEqualTo("[1]");
        assertThat(http("GET", "/subjects/listed-value/versions/latest", null).body().get("id").asInt()).isEqualTo(id);
        assertThat(http("GET", "/schemas/ids/" + id + "/versions", null).body().toString())
                .contains("{\"subject\":\"listed-value\",\"version\":1}");
        assertThat(http("GET", "/schemas/ids/" + id, null).body().get("schema").asText()).contains("Listed");

        assertThat(http("GET", "/subjects/nope/versions", null).body().get("error_code").asInt()).isEqualTo(40401);
        assertThat(http("GET", "/subjects/listed-value/versions/9", null).body().get("error_code").asInt()).isEqualTo(40402);
        assertThat(http("GET", "/schemas/ids/99999", null).body().get("error_code").asInt()).isEqualTo(40403);

        assertThat(http("GET", "/config", null).body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        assertThat(http("PUT", "/config/listed-value", "{\"compatibility\":\"FULL\"}").body().get("compatibility")
                .asText()).isEqualTo("FULL");
        assertThat(http("GET", "/config/listed-value", null).body().get("compatibilityLevel").asText()).isEqualTo("FULL");
        assertThat(http("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}").body().get("error_code").asInt())
                .isEqualTo(42203);

        assertThat(http("DELETE", "/subjects/listed-value", null).body().toString()).isEqualTo("[1]");
        assertThat(http("GET", "/subjects/listed-value/versions", null).status()).isEqualTo(404);
        assertThat(http("GET", "/schemas/ids/" + id, null).status()).isEqualTo(200);
    }

    @Test
    void shouldServeHealthAndMetricsBesideTheRegistryApi() throws Exception {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(platform.schemaRegistryUrl()
                + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("schemas-topic");
        HttpResponse<String> live = HTTP.send(HttpRequest.newBuilder(URI.create(platform.schemaRegistryUrl()
                + "/health/live")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(live.body()).contains("\"broker\":{\"status\":\"UP\"");
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(platform.schemaRegistryUrl()
                + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldRetryThenFailNamingTheUrlWhenTheRegistryIsDown() {
        String url = platform.schemaRegistryUrl();
        int port = URI.create(url).getPort();
        platform.stopRegistry();
        try {
            var client = new RestSchemaRegistryClient(RegistryClientConfig.from(Map.of("schema.registry.url", url,
                    "max.retries", "2", "retries.wait.ms", "50")));
            assertThatThrownBy(() -> client.getSubjects())
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.getMessage())
                            .contains(url).contains("3 attempt(s)").contains("connection refused"));
        } finally {
            platform.startRegistry(port);
        }
        assertThat(new RestSchemaRegistryClient(RegistryClientConfig.of(platform.schemaRegistryUrl())).getSubjects())
                .isInstanceOf(List.class);
    }
}
