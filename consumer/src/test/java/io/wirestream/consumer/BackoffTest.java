package io.wirestream.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @ParameterizedTest(name = "retry {0} waits {1} ms")
    @CsvSource({
            "1, 500",     // first retry: the initial delay
            "2, 1000",    // doubling
            "4, 4000",
            "7, 30000",   // 32 s would pass the cap
            "100, 30000", // never overflows
    })
    void shouldDoubleTheDelayUpToTheCap(int attempt, long expectedMillis) {
        assertThat(backoff.delay(attempt)).isEqualTo(Duration.ofMillis(expectedMillis));
    }

    @ParameterizedTest(name = "initial {0} ms, max {1} ms is refused")
    @CsvSource({"0, 1000", "2000, 1000", "-1, 1000"})
    void shouldRefuseBackoffsThatCannotWork(long initial, long max) {
        assertThatThrownBy(() -> new Backoff(Duration.ofMillis(initial), Duration.ofMillis(max)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
