package io.wirestream.chaos;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 6: a second {@code wirestream streams} instance (same application id, its own state
 * directory) joins under load, takes over partitions with their state, works for the fault's
 * duration and leaves (SIGTERM), handing them back. Tasks move twice mid-stream; every article must
 * still leave by exactly one door.
 */
@ExtendWith(ChaosPlatformExtension.class)
class RebalanceIT {

    @Test
    void shouldLoseAndDuplicateNothingWhenASecondInstanceJoinsAndLeavesUnderLoad(ChaosPlatform chaos) {
        try (ChaosScenario s = chaos.scenario("rebalance", 106)) {
            s.startPipeline();
            s.load().start();
            s.awaitPublished(0.1); // a JVM takes seconds to join: start it early so it joins and leaves under load
            long t0 = System.nanoTime();
            WirestreamProcess second = s.streams("b").start();
            s.awaitGroupMembers(s.applicationId(), 2);
            s.note("streams-b joined");
            s.hold(chaos.settings().fault());
            second.stop();
            s.note("streams-b left");
            Duration in = Duration.ofNanos(System.nanoTime() - t0);
            Reconciliation r = s.finish("second streams instance started at 10 % published, joined, left (SIGTERM)", in);
            Outcomes.assertNothingLostOrDuplicated(s, r);
        }
    }
}
