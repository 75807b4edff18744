package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 4: the schema registry is down under load. Clients with warm caches do not notice, so
 * the outage is also met cold: when it begins, the streams and sink processes are restarted
 * (SIGTERM, new JVMs with empty caches) and a second publisher starts (a scraper started now),
 * while the first publisher keeps publishing; once the new processes are in their groups, the
 * outage lasts the fault's duration more. The cold clients must back off and recover when the
 * registry is back: a registry outage is not the record's fault, so nothing may go to a
 * dead-letter topic for it.
 */
@ExtendWith(ChaosPlatformExtension.class)
class RegistryOutageIT {

    @Test
    void shouldBackOffAndDeadLetterNothingWhileTheRegistryIsDown(ChaosPlatform chaos) {
        try (ChaosScenario s = chaos.scenario("registry-outage", 104)) {
            s.startPipeline();
            s.load().start();
            s.awaitArticlesOut(0.25);
            long t0 = System.nanoTime();
            Duration down;
            ArticleLoad cold;
            int outWithoutRegistry;
            chaos.stopRegistry();
            try {
                s.note("registry stopped");
                cold = s.startLoad("cold", 204, Math.max(10, chaos.settings().articles() / 10));
                WirestreamProcess streams = s.streams("a");
                WirestreamProcess sink = s.sink();
                streams.stop();
                sink.stop();
                outWithoutRegistry = s.articlesOut();
                streams.start();
                sink.start();
                s.awaitGroupMembers(s.applicationId(), 1);
                s.awaitGroupMembers(s.sinkGroup(), 1);
                s.note("streams and sink restarted and in their groups, second publisher started");
                s.hold(chaos.settings().fault());
                // proof that the cold clients met the outage: nothing from them got through meanwhile
                assertThat(cold.acknowledged()).as("articles a publisher started during the outage got published").isZero();
                assertThat(cold.failures()).as("failed publications of the publisher started during the outage").isPositive();
                assertThat(s.articlesOut()).as("articles out of a topology restarted during the outage")
                        .isEqualTo(outWithoutRegistry);
            } finally {
                chaos.startRegistry();
                down = Duration.ofNanos(System.nanoTime() - t0);
            }
            s.note("registry started");
            Reconciliation r = s.finish("registry down at 25 % out; streams and sink restarted and a second publisher "
                    + "started during it", down);
            assertThat(r.deadLetters()).as("dead letters caused by a registry outage alone").isZero();
            Outcomes.assertNothingLostOrDuplicated(s, r);
        }
    }
}
