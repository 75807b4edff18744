package io.wirestream.cli;

import io.wirestream.cli.config.DurationConverter;
import io.wirestream.cli.config.KafkaClientOptions;
import io.wirestream.producer.ArticleNormalizer;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Origin;
import io.wirestream.producer.Publication;
import io.wirestream.producer.PublisherSettings;
import io.wirestream.producer.RawTopic;
import io.wirestream.producer.bulk.DryRunLines;
import io.wirestream.producer.bulk.FileIngest;
import io.wirestream.producer.bulk.InputPaths;
import io.wirestream.producer.bulk.InputSource;
import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.producer.input.InputFormat;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.topics.TopicNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wirestream produce}: articles from files, directories, globs or standard input to
 * {@code news.articles.raw}, or with {@code --dry-run} to standard output as the normalized JSON
 * each would become, so that a scraper author can check their output before pointing it at Kafka.
 */
@Command(name = "produce",
        mixinStandardHelpOptions = true,
        description = {
                "Publish articles from files, directories (recursively), glob patterns or standard input ('-' or no PATH) "
                        + "to news.articles.raw, validated and normalized, keyed by article id.",
                "",
                "Formats (by --format, else by file extension, else by content): JSON (.json: an object or an array), "
                        + "NDJSON (.ndjson/.jsonl: one object per line), plain text (.txt: one article; a first token "
                        + "'date YYYY-MM-DD' gives the publication date), HTML pages (.html/.htm) and RSS/Atom feeds "
                        + "(.xml/.rss/.atom: one article per item). JSON fields: url, source, title, body (or text, or html), "
                        + "published, authors, language, metadata, fetched.",
                "Rejected articles are listed on stderr as FILE:LINE: field: problem. An article id published earlier "
                        + "in the run counts as a duplicate and is not sent again.",
                "--dry-run prints one JSON line per article instead (input, id, url, source, title, published, authors, "
                        + "language, body) or its rejection (input, rejected: [{field, problem}]), without Kafka.",
                "Exit status: 0 when nothing was rejected (or --allow-rejects), 1 when some article was rejected, "
                        + "2 on bad usage, 3 when valid articles could not be published (Kafka unreachable)."
        })
final class ProduceCommand implements Callable<Integer> {

    @ParentCommand
    WirestreamCommand root;

    @Mixin
    KafkaClientOptions kafka;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories, glob patterns; '-' or none for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, json, ndjson, text, html or feed.")
    String format;

    @Option(names = "--source", paramLabel = "NAME",
            description = "Source for articles without a 'source' field (beats the URL's host).")
    String source;

    @Option(names = "--language", paramLabel = "TAG", description = "BCP 47 language for articles that give none.")
    String language;

    @Option(names = "--dry-run", description = "Validate and normalize only; print the articles as JSON lines. No Kafka.")
    boolean dryRun;

    @Option(names = "--allow-rejects", description = "Exit 0 even when some articles were rejected.")
    boolean allowRejects;

    @Option(names = "--progress", negatable = true,
            description = "Progress bar with articles/s and counts on stderr (default: on when run from a terminal, "
                    + "off with --dry-run).")
    Boolean progress;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2m", converter = DurationConverter.class,
            description = "How long one article may take to be acknowledged, retries included, before it counts as failed.")
    Duration timeout;

    @Option(names = "--dedupe-ids", paramLabel = "N", defaultValue = "100000",
            description = "Article ids remembered to recognize duplicates within the run (0: send everything).")
    int dedupeIds;

    @Option(names = "--max-article-bytes", paramLabel = "N", defaultValue = "2097152",
            description = "Largest article (an NDJSON line, an array element, a file, a feed item) in bytes.")
    long maxArticleBytes;

    @Option(names = "--create-topic", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Create news.articles.raw when it is missing.")
    boolean createTopic;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6", description = "Partitions of the topic if it is created here.")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "-1",
            description = "Replication of the topic if it is created here; -1 for the broker default.")
    short replicationFactor;

    PrintStream out = System.out;
    PrintStream err = System.err;
    InputStream in = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Optional<InputFormat> named = format.equalsIgnoreCase("auto") ? Optional.empty() : Optional.of(InputFormat.named(format)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--format must be auto, json, ndjson, text, html or feed, not '" + format + "'")));
        List<InputSource> inputs;
        try {
            inputs = InputPaths.expand(paths, Path.of("").toAbsolutePath(), in);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Limits limits = Limits.DEFAULTS.withBytes(maxArticleBytes, Math.max(maxArticleBytes, Limits.DEFAULTS.maxRequestBytes()));
        FileIngest ingest = new FileIngest(new ArticleReader(limits), named,
                new InputDefaults(Optional.empty(), Optional.ofNullable(source), Optional.ofNullable(language)));
        boolean showProgress = progress != null ? progress : (!dryRun && System.console() != null);
        long total = showProgress ? expectedArticles(inputs, named) : -1;
        FileIngest.Report report;
        try (ProgressReporter bar = ProgressReporter.create(dryRun ? "Checking" : "Publishing", total, "articles", showProgress)) {
            Progress listener = new Progress(bar);
            if (dryRun) {
                report = ingest.dryRun(inputs, new ArticleNormalizer(limits, Clock.systemUTC()), listener);
            } else {
                try {
                    report = publish(inputs, ingest, limits, listener);
                } catch (IllegalStateException e) {
                    bar.close();
                    err.println("wirestream produce: " + e.getMessage());
                    return 3;
                }
            }
            bar.close();
        }
        printReport(report);
        if (report.failed() > 0) {
            return 3;
        }
        return report.rejected() > 0 && !allowRejects ? 1 : 0;
    }

    private FileIngest.Report publish(List<InputSource> inputs, FileIngest ingest, Limits limits, Progress listener)
            throws InterruptedException {
        Map<String, Object> clients = kafka.clientProperties(root.environment(), root.fileSettings());
        if (createTopic) {
            RawTopic.ensure(clients, TopicNames.from(clients).raw(), partitions, replicationFactor);
        }
        PublisherSettings settings = PublisherSettings.of(clients).withTimeouts(timeout, timeout)
                .withRecentIds(dedupeIds, PublisherSettings.DEFAULT_RECENT_WINDOW).withLimits(limits);
        try (ArticlePublisher publisher = ArticlePublisher.start(settings)) {
            return ingest.publish(inputs, publisher, listener);
        }
    }

    private void printReport(FileIngest.Report r) {
        for (FileIngest.Rejection rejection : r.rejections()) {
            err.println("rejected " + rejection.origin().describe() + ": "
                    + rejection.errors().stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        }
        for (FileIngest.Failure f : r.failures()) {
            err.println("not published " + f.origin().describe() + ": " + f.reason());
        }
        double seconds = Math.max(r.elapsed().toNanos() / 1e9, 1e-3);
        if (dryRun) {
            err.printf("checked %,d articles: %,d valid, %,d rejected, in %.1f s%n", r.articles(), r.valid(), r.rejected(), seconds);
        } else {
            err.printf("published %,d new articles, %,d duplicates, %,d rejected, %,d not published, in %.1f s (%,.0f articles/s)%n",
                    r.published(), r.duplicates(), r.rejected(), r.failed(), seconds, (r.articles()) / seconds);
        }
    }

    /** Counts for the progress bar, and the dry run's output lines. */
    private final class Progress implements FileIngest.Listener {
        private final ProgressReporter bar;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong fresh = new AtomicLong();
        private final AtomicLong duplicates = new AtomicLong();
        private final AtomicLong rejected = new AtomicLong();

        Progress(ProgressReporter bar) {
            this.bar = bar;
        }

        @Override
        public void published(Origin origin, Publication p) {
            (p.duplicate() ? duplicates : fresh).incrementAndGet();
            step();
        }

        @Override
        public void normalized(Origin origin, RawArticle article) {
            out.println(DryRunLines.article(origin, article));
            fresh.incrementAndGet();
            step();
        }

        @Override
        public void rejected(Origin origin, List<FieldError> errors) {
            if (dryRun) {
                out.println(DryRunLines.rejection(origin, errors));
            }
            rejected.incrementAndGet();
            step();
        }

        @Override
        public void failed(Origin origin, Throwable error) {
            step();
        }

        private void step() {
            long n = done.incrementAndGet();
            bar.step(n, dryRun ? String.format("%,d valid, %,d rejected", fresh.get(), rejected.get())
                    : String.format("%,d new, %,d duplicate, %,d rejected", fresh.get(), duplicates.get(), rejected.get()));
        }
    }

    /** Articles the inputs hold, when that is cheap to know: NDJSON lines, one per text or HTML file; else -1. */
    static long expectedArticles(List<InputSource> inputs, Optional<InputFormat> named) {
        long n = 0;
        for (InputSource input : inputs) {
            if (input.path().isEmpty()) {
                return -1;
            }
            Path p = input.path().get();
            Optional<InputFormat> f = named.or(() -> InputFormat.ofFileName(p.getFileName().toString()));
            if (f.isEmpty()) {
                return -1;
            }
            switch (f.get()) {
                case TEXT, HTML -> n++;
                case NDJSON -> n += nonBlankLines(p);
                default -> {
                    return -1;
                }
            }
        }
        return n;
    }

    private static long nonBlankLines(Path p) {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
            return r.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }
}
