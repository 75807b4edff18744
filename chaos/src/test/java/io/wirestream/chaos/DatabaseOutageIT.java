package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenarios 5 and 7: PostgreSQL becomes unreachable for the sink (its connections go through a proxy
 * the test cuts: open connections reset, new ones refused), or stalls (connections stay open, no byte
 * passes: a link that drops packets, a server that hangs), while articles keep coming. The sink must
 * pause and retry without committing an offset past a row it has not written, and resume by itself
 * (same process) when the database is back. A stall is the harder case: nothing fails until the JDBC
 * socket timeout says so.
 */
@ExtendWith(ChaosPlatformExtension.class)
class DatabaseOutageIT {

    @Test
    void shouldPauseAndResumeWithoutCommittingPastAnUnwrittenRowWhileTheDatabaseIsUnreachable(ChaosPlatform chaos) {
        try (TcpProxy proxy = TcpProxy.start(ScenarioDatabase.HOST, ScenarioDatabase.PORT);
                ChaosScenario s = chaos.scenario("database-outage", 105)) {
            s.startPipeline(proxy.port());
            s.load().start();
            s.awaitDatabaseRows(0.25);
            long t0 = System.nanoTime();
            proxy.cut();
            s.note("database cut off from the sink");
            Duration half = chaos.settings().fault().dividedBy(2);
            s.hold(half);
            int rowsDuringOutage = s.database().articleCount();
            assertThat(s.committedButNotWritten()).as("ids below the sink's committed offsets but not in the database, "
                    + "during the outage").isEmpty();
            s.hold(chaos.settings().fault().minus(half));
            assertThat(s.database().articleCount()).as("rows written while the database was unreachable to the sink "
                    + "(the proxy must really cut it off)").isEqualTo(rowsDuringOutage);
            assertThat(s.committedButNotWritten()).as("ids below the sink's committed offsets but not in the database, "
                    + "at the end of the outage").isEmpty();
            proxy.restore();
            Duration down = Duration.ofNanos(System.nanoTime() - t0);
            s.note("database reachable again");
            s.awaitDatabaseRows(1.0);
            assertThat(s.sink().isAlive()).as("the sink rode out the outage in the same process\n" + s.processTails())
                    .isTrue();
            Reconciliation r = s.finish("PostgreSQL unreachable to the sink at 25 % of rows", down);
            Outcomes.assertNothingLostOrDuplicated(s, r);
        }
    }

    @Test
    void shouldTimeOutPauseAndResumeWithoutCommittingPastAnUnwrittenRowWhileTheDatabaseStalls(ChaosPlatform chaos) {
        // the sink's default socket timeout is 120 s; a short one here, so that a stall of a few seconds outlasts it
        Duration socketTimeout = Duration.ofSeconds(2);
        try (TcpProxy proxy = TcpProxy.start(ScenarioDatabase.HOST, ScenarioDatabase.PORT);
                ChaosScenario s = chaos.scenario("database-stall", 107)) {
            s.startPipeline(proxy.port(), "socketTimeout=" + socketTimeout.toSeconds());
            s.load().start();
            s.awaitDatabaseRows(0.25);
            long t0 = System.nanoTime();
            proxy.stall();
            s.note("database stalled for the sink: connections open, no byte through");
            Duration fault = chaos.settings().fault().compareTo(socketTimeout.multipliedBy(2)) > 0 ? chaos.settings().fault()
                    : socketTimeout.multipliedBy(3);
            Duration half = fault.dividedBy(2);
            s.hold(half);
            int rowsDuringStall = s.database().articleCount();
            assertThat(s.committedButNotWritten()).as("ids below the sink's committed offsets but not in the database, "
                    + "during the stall").isEmpty();
            s.hold(fault.minus(half));
            assertThat(s.database().articleCount()).as("rows written while the link to the database was stalled "
                    + "(the proxy must really hold every byte)").isEqualTo(rowsDuringStall);
            assertThat(s.committedButNotWritten()).as("ids below the sink's committed offsets but not in the database, "
                    + "at the end of the stall").isEmpty();
            proxy.restore();
            Duration down = Duration.ofNanos(System.nanoTime() - t0);
            s.note("database link flowing again");
            s.awaitDatabaseRows(1.0);
            assertThat(s.sink().isAlive()).as("the sink rode out the stall in the same process\n" + s.processTails())
                    .isTrue();
            assertThat(s.sink().tail(2_000)).as("the stalled write timed out and the sink paused to retry, rather than "
                    + "waiting on the link").contains("partitions paused");
            Reconciliation r = s.finish("PostgreSQL link stalled (no byte through) at 25 % of rows, socket timeout "
                    + socketTimeout.toSeconds() + " s", down);
            Outcomes.assertNothingLostOrDuplicated(s, r);
        }
    }
}
