package io.wirestream.consumer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.consumer.Articles;
import io.wirestream.consumer.TestTopics;
import io.wirestream.consumer.jdbc.JdbcSink;
import io.wirestream.consumer.jdbc.TestDatabases;
import io.wirestream.ops.Metrics;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.EntityType;
import io.wirestream.schemas.TopicTag;
import io.wirestream.schemas.TrendKind;
import io.wirestream.testkit.KafkaPlatform;
import io.wirestream.testkit.KafkaPlatformExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's server side on a real broker: the event stream's resume, the JSON API, the ops endpoints. */
@ExtendWith(KafkaPlatformExtension.class)
class DashboardIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void shouldResumeAfterTheLastEventIdWithoutGapsOrRepeatsOnTopicsCreatedAfterItStarted(KafkaPlatform platform) throws Exception {
        TestTopics topics = TestTopics.named(platform, "sse");
        try (Dashboard dashboard = new Dashboard(Dashboard.Config.of(topics.sinkSettings("dash"), "127.0.0.1", 0),
                new Metrics()).start()) {
            topics.createTopics(2); // after the dashboard started: it picks them up when they appear
            String events = dashboard.url() + "events";
            String lastSeen;
            topics.publish(List.of(article("a1"), article("a2")));
            try (SseReader first = new SseReader(events, Optional.empty())) {
                await().atMost(WAIT).until(() -> articleIds(first).containsAll(List.of("a1", "a2")));
                List<SseReader.Event> seen = first.ofType("article");
                lastSeen = seen.get(seen.size() - 1).id();
            }

            topics.publish(List.of(article("a3"), article("a4"), article("a5")));
            await().atMost(WAIT).until(() -> get(dashboard.url() + "api/articles").path("articles").size() == 5);

            try (SseReader resumed = new SseReader(events, Optional.of(lastSeen))) {
                topics.publish(List.of(article("a6")));
                await().atMost(WAIT).until(() -> articleIds(resumed).contains("a6"));
                // two partitions: a3..a5 in any order, then a6 (published after they were served); nothing twice
                assertThat(articleIds(resumed)).containsExactlyInAnyOrder("a3", "a4", "a5", "a6").endsWith("a6");
                assertThat(resumed.ofType("article")).extracting(e -> Long.parseLong(e.id()))
                        .isSorted().allMatch(id -> id > Long.parseLong(lastSeen));
                assertThat(resumed.ofType("reset")).isEmpty();
            }

            try (SseReader stale = new SseReader(events, Optional.of("42"))) {
                await().atMost(WAIT).until(() -> articleIds(stale).size() == 6);
                assertThat(stale.events.get(0).type()).as("an id the server never gave: start afresh").isEqualTo("reset");
            }
        }
    }

    @Test
    void shouldAnswerSearchesTrendsAndOpsEndpoints(KafkaPlatform platform) throws Exception {
        TestTopics topics = TestTopics.create(platform, "api", 1);
        String sportBody = "Sofia Rossi scored twice in Madrid.";
        EnrichedArticle sport = Articles.simple("sport-1", "Rossi double", sportBody, "sports-desk",
                List.of(Articles.SPORT), List.of(Articles.entity(sportBody, "Sofia Rossi", EntityType.PERSON)));
        topics.publish(List.of(Articles.full("full-1"), sport));
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        topics.publishTrends(List.of(Articles.trend(TrendKind.ENTITY, "Maria Lopez", null, minute.minusSeconds(120), 1, 2),
                Articles.trend(TrendKind.ENTITY, "Maria Lopez", null, minute, 1, 3),
                Articles.trend(TrendKind.ENTITY, "Sofia Rossi", null, minute, 1, 1),
                Articles.trend(TrendKind.TOPIC, "sport", "medtop:15000000", minute, 1, 4)));

        try (Metrics metrics = new Metrics();
                Dashboard dashboard = new Dashboard(Dashboard.Config.of(topics.sinkSettings("dash"), "127.0.0.1", 0),
                        metrics).start()) {
            String api = dashboard.url() + "api/";
            await().atMost(WAIT).until(() -> get(api + "articles").path("articles").size() == 2);
            await().atMost(WAIT).until(() -> get(api + "trends").path("topics").size() == 1);

            assertThat(ids(get(api + "articles?topic=sport"))).containsExactly("sport-1");
            assertThat(ids(get(api + "articles?topic=medtop:11000000"))).containsExactly("full-1");
            assertThat(ids(get(api + "articles?entity=" + enc("maria lopez")))).containsExactly("full-1");
            assertThat(ids(get(api + "articles?source=SPORTS-DESK"))).containsExactly("sport-1");
            assertThat(ids(get(api + "articles?q=nairobi"))).containsExactly("full-1");
            assertThat(ids(get(api + "articles?since=2025-02-15"))).containsExactly("sport-1");
            assertThat(status(api + "articles?since=yesterday")).isEqualTo(400);
            JsonNode trends = get(api + "trends");
            assertThat(trends.path("entities").get(0).path("name").asText()).isEqualTo("Maria Lopez");
            assertThat(trends.path("entities").get(0).path("count").asLong()).isEqualTo(5);
            assertThat(trends.path("topics").get(0).path("count").asLong()).isEqualTo(4);

            assertThat(status(dashboard.url() + "health/ready")).isEqualTo(200);
            assertThat(body(dashboard.url() + "metrics")).contains("wirestream_sink_records_lag{");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(dashboard.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<title>Wirestream");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        }

        TestDatabases.Fresh db = TestDatabases.H2.fresh(tmp);
        try (JdbcSink sink = new JdbcSink(new JdbcSink.Config(topics.sinkSettings("sink"), db.config()), new Metrics()).start();
                Dashboard withDatabase = new Dashboard(Dashboard.Config.of(topics.sinkSettings("dash"), "127.0.0.1", 0)
                        .withDatabase(db.config()), new Metrics()).start()) {
            await().atMost(WAIT).until(() -> sink.runner().stats().written() == 2 + 4);
            JsonNode found = get(withDatabase.url() + "api/articles?q=" + enc("SCORED twice"));
            assertThat(found.path("from").asText()).isEqualTo("database");
            assertThat(ids(found)).containsExactly("sport-1");
            assertThat(found.path("articles").get(0).path("entities").get(0).path("name").asText()).isEqualTo("Sofia Rossi");
        }
    }

    private static EnrichedArticle article(String id) {
        String body = "John Carter visited Cairo for talks number " + id + ".";
        return Articles.simple(id, "Talks " + id, body, "wire", List.of(new TopicTag("medtop:11000000", "politics", 0.8)),
                List.of(Articles.entity(body, "John Carter", EntityType.PERSON)));
    }

    private static List<String> articleIds(SseReader reader) {
        List<String> ids = new ArrayList<>();
        for (SseReader.Event e : reader.ofType("article")) {
            try {
                ids.add(JSON.readTree(e.data()).path("id").asText());
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
        return ids;
    }

    private static List<String> ids(JsonNode body) {
        return StreamSupport.stream(body.path("articles").spliterator(), false).map(a -> a.path("id").asText()).toList();
    }

    private JsonNode get(String url) throws Exception {
        return JSON.readTree(body(url));
    }

    private String body(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
