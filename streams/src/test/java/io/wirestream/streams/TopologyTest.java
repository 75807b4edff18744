package io.wirestream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.registry.MockSchemaRegistry;
import io.wirestream.schemas.topics.TopicCatalogue;
import io.wirestream.schemas.wire.WireFormat;
import io.wirestream.streams.internal.DeadLetterHandler;
import io.wirestream.streams.internal.StageMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TopologyTest {

    private static final String SCOPE = "topology-test";
    private static final Map<String, Object> SERDE = Map.of("schema.registry.url", "mock://" + SCOPE);
    private static final Instant T0 = Instant.parse("2025-02-15T10:00:00Z");

    private final TopicCatalogue topics = TopicCatalogue.from(SERDE);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> rawIn;
    private TestInputTopic<byte[], byte[]> bytesIn;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, RawArticle> duplicates;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    static Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.putAll(SERDE);
        return p;
    }

    @BeforeEach
    void start() {
        StreamsSettings settings = StreamsSettings.DEFAULTS.withEnrichTimeout(Duration.ofMillis(500))
                .withRouteTopics(List.of("sport"));
        Topology topology = WirestreamTopology.buildTopology(settings, topics, new TestEnricher(), new StageMetrics(meters));
        Properties p = streamsProperties();
        p.put(DeadLetterHandler.METRICS_CONFIG, new StageMetrics(meters));
        driver = new TopologyTestDriver(topology, p, T0);
        rawIn = driver.createInputTopic(topics.raw().name(), new StringSerializer(), topics.raw().valueSerde().serializer());
        bytesIn = driver.createInputTopic(topics.raw().name(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), new StringDeserializer(),
                topics.enriched().valueSerde().deserializer());
        duplicates = driver.createOutputTopic(topics.duplicates().name(), new StringDeserializer(),
                topics.duplicates().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new StringDeserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        MockSchemaRegistry.dropScope(SCOPE);
    }

    static RawArticle article(String id, String body) {
        return RawArticle.newBuilder().setId(id).setSource("wire").setUrl("https://example.com/" + id)
                .setTitle("Title " + id).setBody(body).setFetchedAt(T0).build();
    }

    static String story(int n) {
        StringBuilder sb = new StringBuilder("Story " + n + ": ");
        Random r = new Random(n);
        for (int i = 0; i < 300; i++) {
            sb.append("word").append(r.nextInt(100_000)).append(' ');
        }
        return sb.append("said Maria Lopez.").toString();
    }

    @Test
    void shouldSendEveryRecordThroughExactlyOneDoor() {
        int in = 0;
        for (int i = 0; i < 10; i++) {
            rawIn.pipeInput("a" + i, article("a" + i, story(i)), T0.plusSeconds(i));
            in++;
        }
        rawIn.pipeInput("a1", article("a1", story(1)), T0.plusSeconds(20));           // exact duplicate
        rawIn.pipeInput("a2", article("a2", story(2) + " updated"), T0.plusSeconds(21)); // exact duplicate (same id)
        rawIn.pipeInput("copy3", article("copy3", story(3).replace("Story 3:", "Story 3 (wire copy):")), T0.plusSeconds(22));
        in += 3;

        byte[] good = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), article("p0", story(50)));
        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 9;
        byte[] unknownId = good.clone();
        unknownId[1] = 0x7f;
        byte[] randomBytes = new byte[64];
        new Random(7).nextBytes(randomBytes);
        bytesIn.pipeInput("p1".getBytes(StandardCharsets.UTF_8), randomBytes);
        bytesIn.pipeInput("p2".getBytes(StandardCharsets.UTF_8), wrongMagic);
        bytesIn.pipeInput("p3".getBytes(StandardCharsets.UTF_8), unknownId);
        bytesIn.pipeInput("p4".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(good, good.length / 2));
        rawIn.pipeInput("p5", article("p5", "   \n "));
        rawIn.pipeInput("p6", article("p6", "x".repeat(5 * 1024 * 1024)));
        rawIn.pipeInput("p7", article("other-id", story(60)));
        rawIn.pipeInput("p8", article("p8", story(61) + " EXPLODE"));
        rawIn.pipeInput("p9", article("p9", story(62) + " STALL"));
        in += 9;

        List<EnrichedArticle> out = enriched.readValuesToList();
        List<RawArticle> dups = duplicates.readValuesToList();
        Map<String, DeadLetter> dlq = deadLetters.readKeyValuesToMap();

        assertThat(out.size() + dups.size() + dlq.size()).isEqualTo(in);
        assertThat(out).extracting(EnrichedArticle::getId).containsExactlyInAnyOrder(
                "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "copy3");
        assertThat(dups).extracting(RawArticle::getId).containsExactly("a1", "a2");
        assertThat(dlq).containsOnlyKeys("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");

        assertThat(dlq.get("p1").getStage()).isEqualTo("deserialize");
        assertThat(dlq.get("p2").getReason()).contains("magic byte");
        assertThat(dlq.get("p3").getReason()).contains("unknown schema id");
        assertThat(dlq.get("p4").getReason()).contains("truncated");
        assertThat(dlq.get("p5").getStage()).isEqualTo("validate");
        assertThat(dlq.get("p5").getReason()).contains("'body' is empty");
        assertThat(dlq.get("p6").getReason()).contains("5,242,880 characters");
        assertThat(dlq.get("p7").getReason()).contains("not the article id");
        assertThat(dlq.get("p8").getStage()).isEqualTo("enrich");
        assertThat(dlq.get("p8").getReason()).contains("engine blew up on purpose");
        assertThat(dlq.get("p9").getReason()).contains("longer than 500 ms");
        for (DeadLetter d : dlq.values()) {
            assertThat(d.getTopic()).isEqualTo(topics.raw().name());
            assertThat(d.getValue()).as(d.getArticleId() + " keeps its original bytes").isNotNull();
            assertThat(d.getErrorClass()).isNotBlank();
        }
        byte[] kept = new byte[dlq.get("p2").getValue().remaining()];
        dlq.get("p2").getValue().get(kept);
        assertThat(kept).isEqualTo(wrongMagic);

        EnrichedArticle copy = out.stream().filter(a -> a.getId().equals("copy3")).findFirst().orElseThrow();
        assertThat(copy.getDuplicateOf()).isEqualTo("a3");
        assertThat(out.stream().filter(a -> !a.getId().equals("copy3")).map(EnrichedArticle::getDuplicateOf))
                .containsOnlyNulls();
        assertThat(meters.get("wirestream.dlq.records").counters().stream().mapToDouble(c -> c.count()).sum()).isEqualTo(9.0);
        assertThat(meters.get("wirestream.duplicates").tag("kind", "exact").counter().count()).isEqualTo(2.0);
    }

    @Test
    void shouldCarryTheEnrichmentIntoTheEnrichedRecord() {
        rawIn.pipeInput("a1", article("a1", "Maria Lopez met Ahmed Khan. " + story(1)), T0);
        EnrichedArticle a = enriched.readValue();
        assertThat(a.getEntities()).extracting(e -> e.getName()).contains("Maria Lopez", "Ahmed Khan");
        assertThat(a.getTopics()).extracting(t -> t.getLabel()).containsExactly("politics");
        assertThat(a.getEnricherVersion()).isEqualTo("test");
        assertThat(a.getUrl()).isEqualTo("https://example.com/a1");
    }

    @Test
    void shouldForgetIdsOnceTheDedupeRetentionHasPassed() {
        rawIn.pipeInput("a1", article("a1", story(1)), T0);
        rawIn.pipeInput("a1", article("a1", story(1)), T0.plus(Duration.ofDays(6)));
        rawIn.pipeInput("a1", article("a1", story(1)), T0.plus(Duration.ofDays(14)));
        assertThat(enriched.readValuesToList()).hasSize(2);
        assertThat(duplicates.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldRouteArticlesToTheirTopicsTopicWhenConfigured() {
        TestOutputTopic<String, EnrichedArticle> sport = driver.createOutputTopic(topics.enrichedFor("sport").name(),
                new StringDeserializer(), topics.enriched().valueSerde().deserializer());
        rawIn.pipeInput("m1", article("m1", "The match ended in a draw. " + story(1)), T0);
        rawIn.pipeInput("p1", article("p1", "Parliament voted. " + story(2)), T0);
        assertThat(sport.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("m1");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("m1", "p1");
    }

    @Test
    void shouldCountEntitiesAndTopicsPerWindow() {
        TestOutputTopic<String, TrendCount> entityTrends = driver.createOutputTopic(topics.entityTrends().name(),
                new StringDeserializer(), topics.entityTrends().valueSerde().deserializer());
        TestOutputTopic<String, TrendCount> topicTrends = driver.createOutputTopic(topics.topicTrends().name(),
                new StringDeserializer(), topics.topicTrends().valueSerde().deserializer());
        for (int i = 0; i < 3; i++) {
            rawIn.pipeInput("a" + i, article("a" + i, "Maria Lopez spoke. " + story(i)), T0.plusSeconds(i * 10));
        }
        rawIn.pipeInput("late", article("late", "Maria Lopez again. " + story(9)), T0.plus(Duration.ofMinutes(2)));

        Map<String, Long> latestPerWindow = entityTrends.readValuesToList().stream()
                .filter(t -> t.getName().equals("Maria Lopez"))
                .collect(Collectors.toMap(t -> Duration.between(t.getWindowStart(), t.getWindowEnd()) + "@" + t.getWindowStart(),
                        TrendCount::getCount, (a, b) -> b));
        assertThat(latestPerWindow).containsEntry("PT1M@" + T0, 3L).containsEntry("PT1M@" + T0.plus(Duration.ofMinutes(2)), 1L)
                .containsEntry("PT1H@" + T0, 4L);
        assertThat(topicTrends.readValuesToList()).extracting(TrendCount::getName).contains("politics");
    }

    @Test
    void shouldNameEveryProcessorStoreAndInternalTopic() throws Exception {
        Topology topology = WirestreamTopology.buildTopology(StreamsSettings.DEFAULTS, topics, new TestEnricher(),
                StageMetrics.discarding());
        String actual = topology.describe().toString();
        String expected;
        try (var in = getClass().getResourceAsStream("/topology-description.txt")) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            java.nio.file.Path out = java.nio.file.Path.of("target", "topology-description.actual.txt");
            java.nio.file.Files.writeString(out, actual);
            throw new AssertionError("the topology changed; if that is intended, review " + out.toAbsolutePath()
                    + " and copy it to src/test/resources/topology-description.txt (renamed processors or stores lose state)");
        }
        assertThat(actual).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
    }

    @Test
    void shouldKeepUnreadableBytesOfTheOriginalInTheDeadLetter() {
        byte[] junk = "{\"id\":\"json, not avro\"}".getBytes(StandardCharsets.UTF_8);
        bytesIn.pipeInput("j1".getBytes(StandardCharsets.UTF_8), junk);
        DeadLetter d = deadLetters.readValue();
        assertThat(d.getReason()).contains("first byte is 0x7b");
        assertThat(d.getArticleId()).isEqualTo("j1");
        assertThat(d.getPartition()).isZero();
        assertThat(WireFormat.preview(junk)).startsWith("7b");
    }
}
