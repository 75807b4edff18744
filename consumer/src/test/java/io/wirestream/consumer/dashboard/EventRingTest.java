package io.wirestream.consumer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventRingTest {

    /** A ring of 5 with ids 100..107 appended: 103..107 are still there. */
    private static EventRing ringWithEightEvents() {
        EventRing ring = new EventRing(5, 100);
        for (int i = 0; i < 8; i++) {
            ring.append("article", "{\"n\":" + i + "}");
        }
        return ring;
    }

    static Stream<Arguments> resumes() {
        return Stream.of(
                Arguments.of("resume in the middle: exactly the later events", 104L, List.of(105L, 106L, 107L), false),
                Arguments.of("resume right before the oldest kept: no gap", 102L, List.of(103L, 104L, 105L, 106L, 107L), false),
                Arguments.of("resume at the newest: nothing, no gap", 107L, List.of(), false),
                Arguments.of("resume from an evicted id: the gap is reported", 101L, List.of(103L, 104L, 105L, 106L, 107L), true),
                Arguments.of("an id from a later server run: unknown, a gap", 5_000L, List.of(), true),
                Arguments.of("an id from an earlier server run: unknown, a gap", 7L, List.of(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resumes")
    void shouldResumeAfterTheLastSeenIdWithoutGapsOrRepeats(String description, long lastSeen, List<Long> expectedIds,
            boolean gap) {
        EventRing.Replay replay = ringWithEightEvents().after(lastSeen);

        assertThat(replay.events()).extracting(EventRing.Event::id).containsExactlyElementsOf(expectedIds);
        assertThat(replay.gap()).isEqualTo(gap);
    }

    @Test
    void shouldGiveANewPageTheNewestEventsOldestFirst() {
        assertThat(ringWithEightEvents().newest(2)).extracting(EventRing.Event::id).containsExactly(106L, 107L);
    }

    @Test
    void shouldStartIdsAboveThoseOfAnEarlierRun() {
        EventRing earlier = EventRing.startingNow(10);
        for (int i = 0; i < 1000; i++) {
            earlier.append("article", "{}");
        }
        EventRing later = EventRing.startingNow(10);
        later.append("article", "{}");

        assertThat(later.after(earlier.lastId() - 500).gap()).as("an id the old server gave out").isTrue();
    }

    @Test
    void shouldWakeAWaitingStreamWhenAnEventArrives() throws InterruptedException {
        EventRing ring = new EventRing(5, 1);
        Thread producer = new Thread(() -> ring.append("article", "{}"));
        producer.start();

        assertThat(ring.awaitAfter(0, Duration.ofSeconds(10))).isTrue();
        producer.join();
        assertThat(ring.awaitAfter(1, Duration.ofMillis(10))).isFalse();
    }
}
