package io.wirestream.cli;

import io.wirestream.enrichment.EnrichmentEngine;
import io.wirestream.enrichment.batch.BatchEnricher;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
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

/** {@code wirestream enrich}: the enrichment engine over files, offline, no Kafka. */
@Command(name = "enrich",
        mixinStandardHelpOptions = true,
        description = {
                "Enrich articles offline and print one JSON line per article.",
                "",
                "Input: JSONL files (.jsonl/.ndjson/.json; one {\"id\",\"published\",\"title\",\"text\"} per line), "
                        + "plain-text files (id = file name; a leading 'date YYYY-MM-DD' line gives the publication "
                        + "date), directories (every file in them, recursively), or standard input as JSONL when "
                        + "no file or '-' is given.",
                "Output: entities (one per mention), dates, topics, quotes, amounts, language; for text files "
                        + "also the published date and the text the offsets index into. Input that cannot be read "
                        + "gives a line with 'error' and 'source' (file:line) instead of stopping the run."
        })
final class EnrichCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files or directories; '-' or none for stdin.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSONL here instead of stdout.")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "Progress bar on stderr (default: when stderr is a terminal or --output is set).")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        List<BatchEnricher.Input> inputs = inputs();
        long t0 = System.nanoTime();
        EnrichmentEngine engine = EnrichmentEngine.shared();
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        boolean showProgress = progress != null ? progress : (output != null || System.console() != null);
        try (Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                ProgressReporter bar = ProgressReporter.create("Enriching", -1, "articles", showProgress)) {
            BatchEnricher.Summary s = new BatchEnricher(engine, threads)
                    .run(inputs, out, (done, errors) -> bar.step(done, errors == 0 ? "" : errors + " errors"));
            bar.close();
            System.err.printf("enriched %d articles (%d errors) in %.1f s, %.0f articles/s; engine loaded in %d ms%n",
                    s.articles(), s.errors(), s.elapsedMillis() / 1000.0,
                    s.elapsedMillis() == 0 ? 0.0 : (s.articles() + s.errors()) * 1000.0 / s.elapsedMillis(), loadMillis);
            return s.errors() == 0 ? 0 : 1;
        }
    }

    private List<BatchEnricher.Input> inputs() throws IOException {
        List<BatchEnricher.Input> inputs = new ArrayList<>();
        if (files.isEmpty()) {
            files.add(Path.of("-"));
        }
        for (Path p : files) {
            if (p.toString().equals("-")) {
                inputs.add(new BatchEnricher.Input("stdin",
                        () -> new BufferedReader(new InputStreamReader(System.in, BatchEnricher.strictUtf8())), true));
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
}
