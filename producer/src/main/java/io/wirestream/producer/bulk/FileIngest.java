package io.wirestream.producer.bulk;

import io.wirestream.producer.ArticleNormalizer;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.InvalidArticleException;
import io.wirestream.producer.Origin;
import io.wirestream.producer.Publication;
import io.wirestream.producer.Validation;
import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.producer.input.InputEntry;
import io.wirestream.producer.input.InputFormat;
import io.wirestream.schemas.RawArticle;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads articles from files and streams and publishes them (or, in a dry run, only validates and
 * normalizes them), keeping count of what was published, what was a duplicate, what was rejected
 * and why, with file and line. Sends asynchronously with a bounded number of articles in flight,
 * so memory stays flat for inputs of any size while the producer batches. What {@code wirestream
 * produce} runs, and what {@code wirestream demo} can run to load its sample articles.
 */
public final class FileIngest {

    /** Hears of every article's outcome as it happens (maybe from a Kafka producer thread). */
    public interface Listener {
        default void published(Origin origin, Publication publication) {
        }

        default void normalized(Origin origin, RawArticle article) {
        }

        default void rejected(Origin origin, List<FieldError> errors) {
        }

        default void failed(Origin origin, Throwable error) {
        }
    }

    /** An article that was not valid, and why. */
    public record Rejection(Origin origin, List<FieldError> errors) {
    }

    /** A valid article that could not be published, and why. */
    public record Failure(Origin origin, String reason) {
    }

    /** What a run did. {@code published} counts new articles; {@code valid} those that passed validation (dry run). */
    public record Report(long published, long duplicates, long valid, long rejected, long failed, List<Rejection> rejections,
            List<Failure> failures, Duration elapsed) {

        public long articles() {
            return valid + rejected;
        }
    }

    private static final int MAX_IN_FLIGHT = 4096;

    private final ArticleReader reader;
    private final Optional<InputFormat> format;
    private final InputDefaults defaults;

    /**
     * @param format   the format of every input, or empty to take it from each file's extension or content
     * @param defaults source and language for articles that give none
     */
    public FileIngest(ArticleReader reader, Optional<InputFormat> format, InputDefaults defaults) {
        this.reader = reader;
        this.format = format;
        this.defaults = defaults;
    }

    /** Publishes every article of the inputs and waits for every answer. */
    public Report publish(List<InputSource> inputs, ArticlePublisher publisher, Listener listener) throws InterruptedException {
        Tally t = new Tally();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long t0 = System.nanoTime();
        read(inputs, t, listener, entry -> {
            if (entry instanceof InputEntry.Unreadable u) {
                t.reject(u.origin(), u.errors(), listener);
                return;
            }
            InputEntry.Draft d = (InputEntry.Draft) entry;
            inFlight.acquireUninterruptibly();
            t.valid.incrementAndGet();
            publisher.publish(d.draft()).whenComplete((p, error) -> {
                try {
                    if (error == null) {
                        (p.duplicate() ? t.duplicates : t.published).incrementAndGet();
                        listener.published(d.origin(), p);
                    } else {
                        Throwable cause = error instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : error;
                        if (cause instanceof InvalidArticleException invalid) {
                            t.valid.decrementAndGet();
                            t.reject(d.origin(), invalid.errors(), listener);
                        } else {
                            t.failed.incrementAndGet();
                            t.failures.add(new Failure(d.origin(), cause.getMessage()));
                            listener.failed(d.origin(), cause);
                        }
                    }
                } finally {
                    inFlight.release();
                }
            });
        });
        inFlight.acquire(MAX_IN_FLIGHT);
        inFlight.release(MAX_IN_FLIGHT);
        return t.report(System.nanoTime() - t0);
    }

    /** Reads, validates and normalizes every article of the inputs without publishing anything. */
    public Report dryRun(List<InputSource> inputs, ArticleNormalizer normalizer, Listener listener) {
        Tally t = new Tally();
        long t0 = System.nanoTime();
        read(inputs, t, listener, entry -> {
            if (entry instanceof InputEntry.Unreadable u) {
                t.reject(u.origin(), u.errors(), listener);
                return;
            }
            InputEntry.Draft d = (InputEntry.Draft) entry;
            Validation v = normalizer.normalize(d.draft());
            if (v instanceof Validation.Valid valid) {
                t.valid.incrementAndGet();
                listener.normalized(d.origin(), valid.article());
            } else {
                t.reject(d.origin(), ((Validation.Invalid) v).errors(), listener);
            }
        });
        return t.report(System.nanoTime() - t0);
    }

    private void read(List<InputSource> inputs, Tally t, Listener listener, Consumer<InputEntry> sink) {
        for (InputSource input : inputs) {
            try (InputStream raw = input.open(); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                reader.read(in, formatOf(input, in), input.name(), defaults, sink);
            } catch (IOException e) {
                t.reject(new Origin(input.name(), 0, 1), List.of(new FieldError("input", "cannot read: " + e.getMessage())),
                        listener);
            }
        }
    }

    private InputFormat formatOf(InputSource input, BufferedInputStream in) throws IOException {
        if (format.isPresent()) {
            return format.get();
        }
        Optional<InputFormat> byName = input.path().flatMap(p -> InputFormat.ofFileName(p.getFileName().toString()));
        if (byName.isPresent()) {
            return byName.get();
        }
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        return InputFormat.sniff(head, head.length);
    }

    private static final class Tally {
        final AtomicLong published = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong valid = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
        final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

        void reject(Origin origin, List<FieldError> errors, Listener listener) {
            rejected.incrementAndGet();
            rejections.add(new Rejection(origin, errors));
            listener.rejected(origin, errors);
        }

        Report report(long nanos) {
            List<Rejection> r;
            synchronized (rejections) {
                r = new ArrayList<>(rejections);
            }
            r.sort(java.util.Comparator.comparing((Rejection x) -> x.origin().input()).thenComparingInt(x -> x.origin().index()));
            List<Failure> f;
            synchronized (failures) {
                f = new ArrayList<>(failures);
            }
            return new Report(published.get(), duplicates.get(), valid.get(), rejected.get(), failed.get(), List.copyOf(r),
                    List.copyOf(f), Duration.ofNanos(nanos));
        }
    }
}
