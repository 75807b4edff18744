package io.wirestream.chaos;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 3: the broker stops under load and starts again on the same data directory and ports.
 * The publisher (idempotent, {@code acks=all}) rides it out or fails retriably and the client
 * resends; the topology's transactions abort or time out and are redone; the sink reconnects.
 */
@ExtendWith(ChaosPlatformExtension.class)
class BrokerOutageIT {

    @Test
    void shouldLoseAndDuplicateNothingWhenTheBrokerStopsUnderLoad(ChaosPlatform chaos) {
        try (ChaosScenario s = chaos.scenario("broker-outage", 103)) {
            s.startPipeline();
            s.load().start();
            s.awaitPublished(0.3);
            long t0 = System.nanoTime();
            Duration down;
            chaos.platform().kafka().stop();
            try {
                s.hold(chaos.settings().fault());
            } finally {
                chaos.platform().kafka().start();
                down = Duration.ofNanos(System.nanoTime() - t0);
            }
            s.note("broker stopped " + down.toMillis() + " ms, started again");
            Reconciliation r = s.finish("broker stopped at 30 % published, started on the same data", down);
            Outcomes.assertNothingLostOrDuplicated(s, r);
        }
    }
}
