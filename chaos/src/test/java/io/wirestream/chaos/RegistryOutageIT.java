package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 4: the schema registry is down under load. Clients with warm caches do not notice, so
 * the outage is met cold as well: the sink is stopped a little before it (enriched articles pile up
 * unread), and when it begins, the streams process is restarted and the sink started again (new
 * JVMs with empty schema caches) and a second publisher starts (a scraper started now), while the
 * first publisher keeps publishing. Once the new processes are in their groups the outage lasts the
 * fault's duration more. The cold clients must back off and recover when the registry is back: a
 * registry outage is not the record's fault, so nothing may go to a dead-letter topic for it.
 */
@ExtendWith(ChaosPlatformExtension.class)
class RegistryOutageIT {

    @Test
    void shouldBackOffAndDeadLetterNothingWhileTheRegistryIsDown(ChaosPlatform chaos) {
        try (ChaosScenario s = chaos.scenario("registry-outage", 104)) {
            s.startPipeline();
            s.load().start();
            s.awaitArticlesOut(0.2);
            WirestreamProcess streams = s.streams("a");
            WirestreamProcess sink = s.sink();
            sink.stop();
            int unread = s.articlesOut();
            s.awaitArticlesOut((unread + chaos.settings().articles() * 0.05) / chaos.settings().articles());
            s.note("sink stopped, enriched articles waiting for it");

            long t0 = System.nanoTime();
            Duration down;
            chaos.stopRegistry();
            try {
                s.note("registry stopped");
                ArticleLoad cold = s.startLoad("cold", 204, Math.max(10, chaos.settings().articles() / 10));
                streams.stop();
                int outBeforeRestart = s.articlesOut();
                int rowsBeforeRestart = s.database().articleCount();
                streams.start();
                sink.start();
                s.awaitGroupMembers(s.applicationId(), 1);
                s.awaitGroupMembers(s.sinkGroup(), 1);
                s.note("streams restarted and sink started, both in their groups; second publisher started");
                s.hold(chaos.settings().fault());
                // proof that every cold client met the outage: nothing of theirs got through meanwhile
                assertThat(cold.acknowledged()).as("articles a publisher started during the outage got published").isZero();
                assertThat(cold.failures()).as("failed publications of the publisher started during the outage").isPositive();
                assertThat(s.articlesOut()).as("articles out of a topology restarted during the outage")
                        .isEqualTo(outBeforeRestart);
                assertThat(s.database().articleCount()).as("rows a sink started during the outage wrote")
                        .isEqualTo(rowsBeforeRestart).isLessThan(outBeforeRestart);
            } finally {
                chaos.startRegistry();
                down = Duration.ofNanos(System.nanoTime() - t0);
            }
            s.note("registry started");
            Reconciliation r = s.finish("registry down at 25 % out; streams, sink and a second publisher started cold "
                    + "during it", down);
            assertThat(r.deadLetters()).as("dead letters caused by a registry outage alone").isZero();
            Outcomes.assertNothingLostOrDuplicated(s, r);
        }
    }
}
