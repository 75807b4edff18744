package io.wirestream.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

    @Test
    void shouldRetryEveryUrlThenFailNamingThem() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        String urls = "http://127.0.0.1:" + port + ",http://user:secret@127.0.0.1:" + port + "/";
        var client = new RestSchemaRegistryClient(RegistryClientConfig.from(Map.of(
                "schema.registry.url", urls, "max.retries", "2", "retries.wait.ms", "1")));
        assertThatThrownBy(() -> client.getById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.getMessage())
                            .contains("3 attempt(s)")
                            .contains("http://127.0.0.1:" + port)
                            .contains("connection refused")
                            .doesNotContain("secret");
                });
    }

    @Test
    void shouldExplainMissingOrBadConfiguration() {
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.url", "ftp://x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.url", "http://x",
                "basic.auth.credentials.source", "USER_INFO"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info");
    }

    @Test
    void shouldReadCredentialsFromUserInfoOrUrl() {
        assertThat(RegistryClientConfig.from(Map.of("schema.registry.url", "http://x",
                "basic.auth.credentials.source", "USER_INFO",
                "schema.registry.basic.auth.user.info", "u:p")).userInfo()).contains("u:p");
        assertThat(RegistryClientConfig.from(Map.of("schema.registry.url", "http://u%40x:p@host:8081"))
                .userInfo()).contains("u@x:p");
    }
}
