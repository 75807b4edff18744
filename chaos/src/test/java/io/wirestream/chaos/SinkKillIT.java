package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 2: {@code wirestream sink} is killed with SIGKILL while it writes batches (in a database
 * transaction, or between the database commit and the offset commit, wherever the signal lands)
 * and restarted. Offsets are committed only after the rows, so the restarted sink re-reads what
 * was not committed and the upsert by id keeps one row per article.
 */
@ExtendWith(ChaosPlatformExtension.class)
class SinkKillIT {

    @Test
    void shouldStoreEveryArticleOnceWhenTheSinkProcessIsKilledBetweenBatches(ChaosPlatform chaos) {
        try (ChaosScenario s = chaos.scenario("sink-sigkill", 102)) {
            s.startPipeline();
            s.load().start();
            s.awaitDatabaseRows(0.3);
            WirestreamProcess sink = s.sink();
            sink.kill();
            s.note("sink killed");
            assertThat(s.committedButNotWritten()).as("ids below the committed offsets of the killed sink but not in the database")
                    .isEmpty();
            Duration down = s.hold(chaos.settings().fault());
            sink.start();
            s.note("sink restarted");
            Reconciliation r = s.finish("sink process SIGKILL at 30 % of rows, restarted", down);
            Outcomes.assertNothingLostOrDuplicated(s, r);
            assertThat(s.committedButNotWritten()).as("ids below the sink's committed offsets but not in the database").isEmpty();
        }
    }
}
