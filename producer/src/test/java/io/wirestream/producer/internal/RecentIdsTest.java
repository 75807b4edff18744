package io.wirestream.producer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.producer.Publication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentIdsTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Publication published(String id) {
        return new Publication(id, Publication.Status.NEW, "t", 0, 1);
    }

    @Test
    void shouldForgetTheOldestIdBeyondItsCapacity() {
        RecentIds ids = new RecentIds(2, Duration.ofHours(1), new TestClock());
        ids.remember(published("a"));
        ids.remember(published("b"));
        ids.remember(published("c"));
        assertThat(ids.get("a")).isEmpty();
        assertThat(ids.get("b")).isPresent();
        assertThat(ids.get("c")).isPresent();
        assertThat(ids.size()).isEqualTo(2);
    }

    @Test
    void shouldForgetIdsOlderThanTheWindow() {
        TestClock clock = new TestClock();
        RecentIds ids = new RecentIds(10, Duration.ofMinutes(10), clock);
        ids.remember(published("a"));
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        ids.remember(published("b"));
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(ids.get("a")).isEmpty();
        assertThat(ids.get("b")).isPresent();
    }

    @Test
    void shouldRememberNothingWithCapacityZero() {
        RecentIds ids = new RecentIds(0, Duration.ofMinutes(10), new TestClock());
        ids.remember(published("a"));
        assertThat(ids.enabled()).isFalse();
        assertThat(ids.get("a")).isEmpty();
    }
}
