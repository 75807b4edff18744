package io.wirestream.chaos;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 1: {@code wirestream streams} is killed with SIGKILL mid-run (no commit, no shutdown
 * hook, a transaction left open) and restarted on the same state directory. Exactly-once
 * processing must show: the open transaction is aborted, the restarted process resumes from the
 * last committed offsets, and every article leaves by exactly one door.
 */
@ExtendWith(ChaosPlatformExtension.class)
class StreamsKillIT {

    @Test
    void shouldLoseAndDuplicateNothingWhenTheStreamsProcessIsKilledMidRun(ChaosPlatform chaos) {
        try (ChaosScenario s = chaos.scenario("streams-sigkill", 101)) {
            s.startPipeline();
            s.load().start();
            s.awaitArticlesOut(0.3);
            WirestreamProcess streams = s.streams("a");
            streams.kill();
            s.note("streams-a killed");
            Duration down = s.hold(chaos.settings().fault());
            streams.start();
            s.note("streams-a restarted");
            Reconciliation r = s.finish("streams process SIGKILL at 30 % out, restarted", down);
            Outcomes.assertNothingLostOrDuplicated(s, r);
        }
    }
}
