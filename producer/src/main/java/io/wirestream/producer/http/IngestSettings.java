package io.wirestream.producer.http;

import io.wirestream.producer.Limits;
import java.time.Duration;
import java.util.Optional;

/**
 * How the HTTP ingest endpoint listens and answers.
 *
 * @param apiToken      when present, {@code POST /articles} needs {@code Authorization: Bearer <token>}
 * @param answerTimeout longest wait for the brokers' acknowledgements before answering 503 (set it a
 *                      little above the publisher's delivery timeout)
 * @param retryAfter    what a 503 tells clients to wait before trying again
 */
public record IngestSettings(String host, int port, Optional<String> apiToken, Limits limits, Duration answerTimeout,
        Duration retryAfter) {

    public IngestSettings {
        apiToken = apiToken.filter(t -> !t.isEmpty());
    }

    public static IngestSettings defaults() {
        return new IngestSettings("127.0.0.1", 8090, Optional.empty(), Limits.DEFAULTS, Duration.ofSeconds(35),
                Duration.ofSeconds(5));
    }

    public IngestSettings withAddress(String h, int p) {
        return new IngestSettings(h, p, apiToken, limits, answerTimeout, retryAfter);
    }

    public IngestSettings withApiToken(Optional<String> token) {
        return new IngestSettings(host, port, token, limits, answerTimeout, retryAfter);
    }

    public IngestSettings withLimits(Limits l) {
        return new IngestSettings(host, port, apiToken, l, answerTimeout, retryAfter);
    }

    public IngestSettings withTimeouts(Duration answer, Duration retry) {
        return new IngestSettings(host, port, apiToken, limits, answer, retry);
    }
}
