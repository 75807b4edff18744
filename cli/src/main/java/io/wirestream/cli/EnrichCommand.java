package io.wirestream.cli;

import io.wirestream.enrichment.EnrichmentEngine;
import io.wirestream.enrichment.batch.BatchEnricher;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wirestream enrich}: the enrichment engine over files or standard input, offline, no Kafka.
 * One JSON line out per article in, in input order, on all cores; input that cannot be read
 * becomes an error line instead of stopping the run, so a batch of a million articles is never
 * lost to one bad line.
 */
@Command(name = "enrich",
        mixinStandardHelpOptions = true,
        description = {
                "Enrich articles offline and print one JSON line per article, in input order.",
                "",
                "Input: JSONL files (.jsonl/.ndjson/.json; one {\"id\",\"published\",\"title\",\"text\"} per line, "
                        + "'body' accepted for 'text'), plain-text files (one article each; id = file name; a leading "
                        + "'date YYYY-MM-DD' line gives the publication date and is removed), directories (every file "
                        + "in them, recursively, in name order), or JSONL on standard input when no file or '-' is given.",
                "Output: id, engineVersion, language (ISO 639-1, 'und' when undetermined), published, wordCount, "
                        + "entities (one object per mention), dates, topics (IPTC Media Topics with scores), quotes "
                        + "(with speaker), amounts (with value and unit) and timingsMicros; for text files also the "
                        + "'text' the offsets index into. Offsets are UTF-16 indices into the text.",
                "Errors: a line that cannot be read (bad JSON, missing id or text, bad date, bytes that are not "
                        + "UTF-8) gives {\"id\",\"error\",\"source\":\"FILE:LINE\"} and the run goes on.",
                "Exit status: 0 when every article was enriched, 1 when some input gave an error line, 2 on bad usage."
        })
final class EnrichCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files or directories; '-' or none for stdin.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSONL here instead of stdout.")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "Progress bar with rate on stderr (default: on when --output is set or when run from a "
                    + "terminal; --no-progress turns it off). Summary line on stderr at the end either way.")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        List<BatchEnricher.Input> inputs = inputs();
        long t0 = System.nanoTime();
        EnrichmentEngine engine = EnrichmentEngine.shared();
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        boolean showProgress = progress != null ? progress : (output != null || System.console() != null);
        long total = showProgress ? expectedArticles(inputs) : -1;
        try (Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                ProgressReporter bar = ProgressReporter.create("Enriching", total, "articles", showProgress)) {
            BatchEnricher.Summary s = new BatchEnricher(engine, threads)
                    .run(inputs, out, (done, errors) -> bar.step(done, errors == 0 ? "" : errors + " errors"));
            bar.close();
            System.err.printf("enriched %d articles (%d errors) in %.1f s, %.0f articles/s; engine %s loaded in %d ms%n",
                    s.articles(), s.errors(), s.elapsedMillis() / 1000.0,
                    s.elapsedMillis() == 0 ? 0.0 : (s.articles() + s.errors()) * 1000.0 / s.elapsedMillis(),
                    EnrichmentEngine.VERSION, loadMillis);
            return s.errors() == 0 ? 0 : 1;
        }
    }

    private List<BatchEnricher.Input> inputs() throws IOException {
        List<BatchEnricher.Input> inputs = new ArrayList<>();
        List<Path> paths = files.isEmpty() ? List.of(Path.of("-")) : files;
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                inputs.add(BatchEnricher.Input.stdin(System.in));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(f -> inputs.add(BatchEnricher.Input.file(f)));
                }
            } else if (Files.isRegularFile(p)) {
                inputs.add(BatchEnricher.Input.file(p));
            } else {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "no such file or directory: " + p);
            }
        }
        return inputs;
    }

    /** Articles the inputs hold (non-blank JSONL lines, one per text file), or -1 with stdin among them. */
    static long expectedArticles(List<BatchEnricher.Input> inputs) {
        long n = 0;
        for (BatchEnricher.Input in : inputs) {
            if (in.name().equals("stdin")) {
                return -1;
            }
            if (!in.jsonl()) {
                n++;
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(Path.of(in.name()), StandardCharsets.ISO_8859_1)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        n++;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                n++; // the run reports it as one error line
            }
        }
        return n;
    }
}
