package io.wirestream.streams.internal;

import io.wirestream.enrichment.Enrichment;
import io.wirestream.mapping.ArticleMapping;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import io.wirestream.streams.ArticleEnricher;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the enrichment engine with a time limit. An exception or a timeout on one article becomes
 * a {@link PipelineFailure} (so that article goes to the dead-letter topic) and processing goes on.
 * Each task has its own worker thread; a worker stuck past the limit is abandoned and replaced.
 */
public final class EnrichProcessor implements FixedKeyProcessor<String, Deduped, EnrichedArticle> {

    public static final String STAGE = "enrich";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

    private final ArticleEnricher enricher;
    private final Duration timeout;
    private final StageMetrics metrics;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private ExecutorService worker;

    public EnrichProcessor(ArticleEnricher enricher, Duration timeout, StageMetrics metrics) {
        this.enricher = enricher;
        this.timeout = timeout;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.worker = newWorker(context.taskId().toString());
    }

    @Override
    public void process(FixedKeyRecord<String, Deduped> record) {
        metrics.in(STAGE);
        RawArticle raw = record.value().article();
        long t0 = System.nanoTime();
        Future<Enrichment> f = worker.submit(() -> enricher.enrich(ArticleMapping.toArticle(raw)));
        Enrichment e;
        try {
            e = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException ex) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(context.taskId().toString());
            LOG.warn("enrichment of article {} exceeded {} ms; sent to the dead-letter topic", raw.getId(), timeout.toMillis());
            throw new PipelineFailure(STAGE, "enrichment took longer than " + timeout.toMillis() + " ms", ex);
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            throw new PipelineFailure(STAGE, "enrichment failed: " + cause, cause);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new org.apache.kafka.common.errors.InterruptException(ex);
        }
        metrics.enrichLatency(Duration.ofNanos(System.nanoTime() - t0));
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        EnrichedArticle out = ArticleMapping.toEnrichedArticle(raw, e, record.value().duplicateOf(), now);
        metrics.endToEndLag(Duration.between(raw.getFetchedAt(), now));
        context.forward(record.withValue(out));
    }

    private static ExecutorService newWorker(String task) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "enrich-worker-" + task);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
