package io.wirestream.benchmarks;

import io.wirestream.enrichment.Article;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.EnrichmentEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole engine on one thread over generated 3 KB news articles: the score is
 * articles per second. One engine per trial (models load once, as in production); the articles
 * cycle so that every desk is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EngineBenchmark {

    static final int ARTICLES = 50;
    static final int ARTICLE_CHARS = 3_000;
    static final long SEED = 20_250_214L;

    private EnrichmentEngine engine;
    private List<Article> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = EnrichmentEngine.create();
        articles = NewsArticles.generate(ARTICLES, ARTICLE_CHARS, SEED);
    }

    @Benchmark
    public Enrichment enrichOneArticle() {
        Article a = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return engine.enrich(a);
    }
}
