package io.wirestream.benchmarks;

import io.wirestream.enrichment.Article;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.EnrichmentEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar}: prints the engine's start-up time and heap
 * after load (measured first, in this fresh JVM), the average time per stage on one thread, then
 * runs the JMH throughput benchmark. Arguments, if any, go to JMH ({@code -h} lists them), e.g.
 * {@code -wi 1 -i 2} for a quick run; {@code --no-jmh} prints only the first two reports.
 */
public final class BenchmarkMain {

    private static final int STAGE_WARMUP = 20_000;
    private static final int STAGE_RUNS = 10_000;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        boolean jmh = true;
        if (args.length > 0 && args[0].equals("--no-jmh")) {
            jmh = false;
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        long t0 = System.nanoTime();
        EnrichmentEngine engine = EnrichmentEngine.create();
        List<Article> articles = NewsArticles.generate(EngineBenchmark.ARTICLES, EngineBenchmark.ARTICLE_CHARS,
                EngineBenchmark.SEED);
        engine.enrich(articles.get(0));
        long startupMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("engine %s%n", EnrichmentEngine.VERSION);
        System.out.printf("start-up (engine created, all models loaded, first article enriched): %d ms%n", startupMillis);
        System.out.printf("heap used after load (after GC): %.1f MB%n", usedHeapAfterGc() / 1e6);
        double avgChars = articles.stream().mapToInt(a -> a.body().length()).average().orElse(0);
        System.out.printf("articles: %d generated, %.0f characters on average%n", articles.size(), avgChars);

        for (int i = 0; i < STAGE_WARMUP; i++) {
            engine.enrich(articles.get(i % articles.size()));
        }
        Map<String, Long> total = new LinkedHashMap<>();
        long w0 = System.nanoTime();
        for (int i = 0; i < STAGE_RUNS; i++) {
            Enrichment e = engine.enrich(articles.get(i % articles.size()));
            e.timingsMicros().forEach((k, v) -> total.merge(k, v, Long::sum));
        }
        long wallMicros = (System.nanoTime() - w0) / 1_000;
        System.out.printf("per-stage time, one thread, %d articles after %d warm-up:%n", STAGE_RUNS, STAGE_WARMUP);
        for (var stage : io.wirestream.enrichment.internal.DefaultStages.all()) {
            Long v = total.get(stage.name());
            if (v != null) {
                System.out.printf("  %-12s %8.1f us/article%n", stage.name(), v / (double) STAGE_RUNS);
            }
        }
        System.out.printf("  %-12s %8.1f us/article (%.0f articles/s)%n", "all", wallMicros / (double) STAGE_RUNS,
                STAGE_RUNS * 1e6 / wallMicros);
        if (jmh) {
            CommandLineOptions options = new CommandLineOptions(args.length == 0
                    ? new String[] {EngineBenchmark.class.getSimpleName()} : args);
            new Runner(options).run();
        }
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
