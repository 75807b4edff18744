package io.wirestream.schemas.registry;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * How to reach a Schema Registry, read from the same configuration keys Confluent's clients use,
 * so a Kafka client configured for Confluent's serdes works with Wirestream's unchanged:
 *
 * <ul>
 *   <li>{@code schema.registry.url}: one or more URLs, comma-separated; tried in turn on failure;
 *       {@code mock://scope} for an in-memory registry in unit tests;</li>
 *   <li>{@code basic.auth.credentials.source}: {@code USER_INFO} (from {@code basic.auth.user.info}
 *       or {@code schema.registry.basic.auth.user.info}, {@code user:password}) or {@code URL}
 *       (from the URL's user-info part);</li>
 *   <li>{@code max.retries} (default 3), {@code retries.wait.ms} (default 500) and
 *       {@code retries.max.wait.ms} (default 5000): retries with exponential backoff when the
 *       registry is unreachable or answers 5xx;</li>
 *   <li>{@code http.connect.timeout.ms} (default 10000), {@code http.read.timeout.ms} (default 30000);</li>
 *   <li>{@code latest.cache.ttl.sec} (default 30): how long the latest version of a subject is cached
 *       for {@code use.latest.version}.</li>
 * </ul>
 * Each key is also accepted with a {@code schema.registry.} prefix.
 */
public record RegistryClientConfig(
        List<URI> urls,
        Optional<String> userInfo,
        int maxRetries,
        Duration retryWait,
        Duration retryMaxWait,
        Duration connectTimeout,
        Duration readTimeout,
        Duration latestTtl) {

    public static final String URL = "schema.registry.url";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";

    public RegistryClientConfig {
        urls = List.copyOf(urls);
    }

    /** Defaults for one URL without authentication. */
    public static RegistryClientConfig of(String url) {
        return from(Map.of(URL, url));
    }

    public static RegistryClientConfig from(Map<String, ?> configs) {
        String raw = string(configs, URL).orElseThrow(() -> new ConfigException(URL, null,
                "missing: set schema.registry.url to the registry's URL(s), e.g. http://127.0.0.1:8081"));
        List<URI> urls = new ArrayList<>();
        for (String part : raw.split(",")) {
            String u = part.trim();
            if (u.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(u);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(URL, u, "not a URL: " + e.getMessage());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mock")) {
                throw new ConfigException(URL, u, "expected an http://, https:// or mock:// URL");
            }
            urls.add(uri);
        }
        if (urls.isEmpty()) {
            throw new ConfigException(URL, raw, "no URL given");
        }
        String source = string(configs, CREDENTIALS_SOURCE).orElse("URL").trim().toUpperCase(Locale.ROOT);
        Optional<String> userInfo = switch (source) {
            case "USER_INFO" -> Optional.of(string(configs, USER_INFO).filter(s -> s.contains(":"))
                    .orElseThrow(() -> new ConfigException(USER_INFO, "(hidden)",
                            "basic.auth.credentials.source=USER_INFO needs basic.auth.user.info=user:password")));
            case "URL" -> Optional.ofNullable(urls.get(0).getRawUserInfo())
                    .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8));
            default -> throw new ConfigException(CREDENTIALS_SOURCE, source,
                    "supported credential sources are USER_INFO and URL");
        };
        return new RegistryClientConfig(urls, userInfo,
                integer(configs, "max.retries", 3),
                Duration.ofMillis(integer(configs, "retries.wait.ms", 500)),
                Duration.ofMillis(integer(configs, "retries.max.wait.ms", 5000)),
                Duration.ofMillis(integer(configs, "http.connect.timeout.ms", 10_000)),
                Duration.ofMillis(integer(configs, "http.read.timeout.ms", 30_000)),
                Duration.ofSeconds(integer(configs, "latest.cache.ttl.sec", 30)));
    }

    public boolean isMock() {
        return urls.get(0).getScheme().equalsIgnoreCase("mock");
    }

    /** The URLs for messages, without credentials. */
    public String describeUrls() {
        return String.join(",", urls.stream().map(RegistryClientConfig::withoutUserInfo).toList());
    }

    static String withoutUserInfo(URI u) {
        if (u.getRawUserInfo() == null) {
            return u.toString();
        }
        return u.toString().replace(u.getRawUserInfo() + "@", "");
    }

    private static Optional<String> string(Map<String, ?> configs, String key) {
        Object v = configs.get(key);
        if (v == null && !key.startsWith("schema.registry.")) {
            v = configs.get("schema.registry." + key);
        }
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof List<?> list) {
            return Optional.of(String.join(",", list.stream().map(String::valueOf).toList()));
        }
        String s = v instanceof org.apache.kafka.common.config.types.Password p ? p.value() : String.valueOf(v);
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static int integer(Map<String, ?> configs, String key, int defaultValue) {
        Optional<String> s = string(configs, key);
        if (s.isEmpty()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(s.get().trim());
            if (v < 0) {
                throw new ConfigException(key, s.get(), "must not be negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, s.get(), "not an integer");
        }
    }
}
