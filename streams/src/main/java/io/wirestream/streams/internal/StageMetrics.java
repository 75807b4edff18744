package io.wirestream.streams.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/**
 * Wirestream's own meters for the topology, per stage: records in and out of each door, dead
 * letters by stage and error, duplicates (exact and near), enrichment latency and end-to-end lag
 * (now − the article's fetchedAt), as Prometheus histograms.
 */
public final class StageMetrics {

    private final MeterRegistry registry;
    private final Timer enrichLatency;
    private final Timer endToEndLag;

    public StageMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.enrichLatency = Timer.builder("wirestream.enrich.latency").description("Time the engine took per article")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
        this.endToEndLag = Timer.builder("wirestream.end.to.end.lag")
                .description("From the article's fetchedAt to its enriched record leaving the topology")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
    }

    /** For tests and tools that do not export metrics. */
    public static StageMetrics discarding() {
        return new StageMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void in(String stage) {
        counter("wirestream.stage.records.in", "stage", stage).increment();
    }

    /** A record left by a door: enriched, duplicate or dlq. */
    public void out(String door) {
        counter("wirestream.records.out", "door", door).increment();
    }

    public void deadLetter(String stage, String errorClass) {
        counter("wirestream.dlq.records", "stage", stage, "error", errorClass).increment();
        out("dlq");
    }

    public void duplicate(String kind) {
        counter("wirestream.duplicates", "kind", kind).increment();
    }

    public void enrichLatency(Duration d) {
        enrichLatency.record(d);
    }

    public void endToEndLag(Duration d) {
        endToEndLag.record(d.isNegative() ? Duration.ZERO : d);
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
