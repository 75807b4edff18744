package io.wirestream.producer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.wirestream.producer.ArticleNormalizer;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Validation;
import io.wirestream.producer.input.ArticleReader;
import io.wirestream.producer.input.InputDefaults;
import io.wirestream.producer.input.InputEntry;
import io.wirestream.producer.input.InputFormat;
import io.wirestream.producer.internal.TextCleaner;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.registry.MockSchemaRegistry;
import io.wirestream.schemas.serde.SpecificAvroSerde;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input for the readers behind {@code wirestream produce} and {@code POST /articles}:
 * JSON, NDJSON, plain text with a date marker, HTML and RSS/Atom, generated ({@link HostileInputs},
 * some corrupted afterwards) and from a corpus of nasty cases. The rule for every input:
 * <ul>
 *   <li>reading finishes within 5 s (plus 5 s per megabyte: a hang guard), allocating in proportion to the input and
 *       the articles in it, and never throws;</li>
 *   <li>nothing is dropped silently: one entry per article the input holds (per non-blank NDJSON
 *       line, per array element, per feed item), each a draft or a rejection with field and reason;</li>
 *   <li>a draft normalizes to a rejection with reasons or to an article that survives Avro unchanged
 *       (no lone surrogate, no control character silently mangled on the way to Kafka);</li>
 *   <li>the streaming reader (files, stdin) and the in-memory one (HTTP) agree.</li>
 * </ul>
 */
class ArticleReaderFuzzTest {

    /**
     * A guard against hangs and blow-ups (quadratic work on a megabyte takes minutes), not a speed test: the
     * slowest input here, a megabyte of nested markup, reads in about 0.7 s on an idle machine, and CI machines
     * are not idle.
     */
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    static final Duration TIME_PER_MEGABYTE = Duration.ofSeconds(5);
    static final long ALLOCATION_PER_BYTE = 64;
    static final long ALLOCATION_PER_ENTRY = 16 << 10;
    static final long ALLOCATION_ALLOWANCE = 64L << 20;
    static final InputDefaults DEFAULTS = new InputDefaults(Optional.empty(), Optional.of("fuzz"), Optional.empty());
    static final String SCOPE = "fuzz-reader";

    static final ArticleReader READER = new ArticleReader(Limits.DEFAULTS);
    static final ArticleNormalizer NORMALIZER = new ArticleNormalizer(Limits.DEFAULTS,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    static final SpecificAvroSerde<RawArticle> AVRO = avro();
    static ExecutorService worker = newWorker();

    static SpecificAvroSerde<RawArticle> avro() {
        MockSchemaRegistry.dropScope(SCOPE);
        SpecificAvroSerde<RawArticle> s = new SpecificAvroSerde<>(RawArticle.class);
        s.configure(Map.of("schema.registry.url", "mock://" + SCOPE), false);
        return s;
    }

    @Property(tries = 3000, seed = "8120261127")
    void anyInputIsReadAsArticlesOrRejectionsWithReasons(@ForAll("inputs") HostileInputs.Input input) {
        check(input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldReadNastyInputAsArticlesOrRejectionsWithReasons(String description, HostileInputs.Input input,
            String expectedProblemField) {
        List<Verdict> verdicts = check(input);
        if (!expectedProblemField.isEmpty()) {
            assertThat(verdicts).as("verdicts for " + description)
                    .anySatisfy(v -> assertThat(v.problems()).extracting(FieldError::field).contains(expectedProblemField));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entityFeeds")
    void shouldExpandNoEntityDeclaredInAFeed(String description, String feed) {
        List<InputEntry> entries = READER.read(utf8(feed), InputFormat.FEED, "fuzz", DEFAULTS);
        assertThat(entries).singleElement().isInstanceOfSatisfying(InputEntry.Draft.class, d -> {
            String text = d.draft().text().orElse("");
            assertThat(text).as("no file read, no entity expanded").doesNotContain("root:").doesNotContain("aaaaaaaaaa")
                    .hasSizeLessThan(200);
        });
    }

    static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
            + "<rss><channel><title>t</title><item><link>https://example.com/l</link><description>&g;</description>"
            + "</item></channel></rss>";
    static final String EXTERNAL_ENTITY = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
            + "\"file:///etc/passwd\">]><rss><channel><title>t</title><item><link>https://example.com/x</link>"
            + "<description>before &x; after</description></item></channel></rss>";

    static Stream<Arguments> entityFeeds() {
        return Stream.of(Arguments.of("billion laughs", BILLION_LAUGHS), Arguments.of("external entity (XXE)", EXTERNAL_ENTITY));
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        byte[] invalid = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', 'c', (byte) 0xC3, '(', '"', '}'};
        for (InputFormat f : InputFormat.values()) {
            cases.add(Arguments.of(f + ": invalid UTF-8", new HostileInputs.Input(f, invalid, 1),
                    f == InputFormat.JSON || f == InputFormat.NDJSON || f == InputFormat.TEXT || f == InputFormat.HTML
                            || f == InputFormat.FEED ? "encoding" : ""));
            cases.add(Arguments.of(f + ": empty", new HostileInputs.Input(f, new byte[0], f == InputFormat.NDJSON ? 0 : 1), ""));
            cases.add(Arguments.of(f + ": whitespace only", new HostileInputs.Input(f, utf8(" \t\r\n \u00a0\u3000\n"),
                    f == InputFormat.NDJSON ? 1 : 1), ""));
            cases.add(Arguments.of(f + ": 10 MB", new HostileInputs.Input(f, tenMegabytes(f), 1), "size"));
        }
        cases.add(Arguments.of("NDJSON: a 10 MB line between two good ones", new HostileInputs.Input(InputFormat.NDJSON,
                utf8(good(1) + "\n" + "{\"body\":\"" + "x".repeat(10 << 20) + "\"}\n" + good(2) + "\n"), 3), "size"));
        cases.add(Arguments.of("NDJSON: an invalid UTF-8 line between two good ones", new HostileInputs.Input(InputFormat.NDJSON,
                HostileInputs.splice(utf8(good(1) + "\n" + good(3) + "\n" + good(2) + "\n"), good(1).length() + 12, 0,
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), 3), "encoding"));
        cases.add(Arguments.of("JSON: lone surrogate escapes in the body", json("{\"source\":\"s\",\"body\":\"a\\ud800b\\udfff\"}"), "body"));
        cases.add(Arguments.of("JSON: lone surrogate in the title", json("{\"source\":\"s\",\"title\":\"\\udc00\",\"body\":\"b\"}"), "title"));
        cases.add(Arguments.of("JSON: nested 100,000 deep", json("[".repeat(100_000) + "]".repeat(100_000)), "json"));
        cases.add(Arguments.of("JSON: an object nested 100,000 deep", json("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
                "json"));
        cases.add(Arguments.of("JSON: an article nested 2,000 deep", json("{\"source\":\"s\",\"body\":\"b\",\"metadata\":"
                + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000) + "}"), "json"));
        cases.add(Arguments.of("JSON: a number with a million digits", json("{\"source\":\"s\",\"body\":\"b\",\"published\":"
                + "9".repeat(1_000_000) + "}"), "json"));
        cases.add(Arguments.of("JSON: zero-width and RTL controls", json("{\"source\":\"s\u200b\",\"title\":\"\u202eevil\u202c\","
                + "\"body\":\"Vla\u200ddimir \u2066Putin\u2069 said \u200f\\\"no\\\"\"}"), ""));
        cases.add(Arguments.of("JSON: SQL metacharacters", json("{\"source\":\"'; DROP TABLE articles; --\","
                + "\"url\":\"https://example.com/a?q=1'--\",\"body\":\"Robert'); DROP TABLE articles; -- said \\\"1=1\\\"\"}"), ""));
        cases.add(Arguments.of("JSON: <script> everywhere", json("{\"source\":\"<script>alert(1)</script>\",\"title\":"
                + "\"<img src=x onerror=alert(1)>\",\"body\":\"<script>alert(1)</script> text\"}"), ""));
        cases.add(Arguments.of("JSON: body of whitespace and controls", json("{\"source\":\"s\",\"body\":\" \\t\\n\\u0000\\u0007 \"}"),
                "body"));
        cases.add(Arguments.of("JSON: published 9999-99-99", json("{\"source\":\"s\",\"body\":\"b\",\"published\":\"9999-99-99\"}"),
                "published"));
        cases.add(Arguments.of("TEXT: date 9999-99-99", text("date 9999-99-99\nThe minister said on Friday."), "published"));
        cases.add(Arguments.of("TEXT: date 2024-02-30", text("date 2024-02-30 The minister said on Friday."), "published"));
        cases.add(Arguments.of("TEXT: a date marker and nothing else", text("date 2024-03-15\n\n  "), "body"));
        cases.add(Arguments.of("TEXT: 100,000 capitalized words", text(capitalizedWords(100_000)), ""));
        cases.add(Arguments.of("HTML: 100,000 nested divs", html("<html><body>" + "<div>".repeat(100_000) + "<p>Deep text.</p>"
                + "</div>".repeat(100_000) + "</body></html>"), ""));
        cases.add(Arguments.of("HTML: 100,000 unclosed tags", html("<html><body><p>Text " + "<b><i>".repeat(50_000)), ""));
        cases.add(Arguments.of("HTML: only <script>", html("<html><body><script>alert('Putin said on Friday')</script></body></html>"),
                "body"));
        cases.add(Arguments.of("FEED: billion laughs", feed(BILLION_LAUGHS, 1), ""));
        cases.add(Arguments.of("FEED: external entity (XXE)", feed(EXTERNAL_ENTITY, 1), ""));
        cases.add(Arguments.of("FEED: 10,000 empty items", feed("<rss><channel>" + "<item></item>".repeat(10_000)
                + "</channel></rss>", 10_000), "body"));
        return cases.stream();
    }

    // ---- the rule ----

    /** What became of one entry: its problems (empty for a publishable article). */
    record Verdict(List<FieldError> problems) {
    }

    record Outcome(List<InputEntry> entries, List<Verdict> verdicts, long allocated) {
    }

    static List<Verdict> check(HostileInputs.Input input) {
        Outcome o = bounded(() -> read(input), input);
        List<InputEntry> streamed = bounded(() -> readStreaming(input), input);
        assertThat(streamed).as("the streaming reader agrees with the in-memory one on %s", input.describe())
                .hasSameSizeAs(o.entries());
        for (int i = 0; i < streamed.size(); i++) {
            assertThat(streamed.get(i).getClass()).isEqualTo(o.entries().get(i).getClass());
        }
        assertThat(o.allocated()).as("bytes allocated for %s", input.describe())
                .isLessThanOrEqualTo(ALLOCATION_ALLOWANCE + ALLOCATION_PER_BYTE * input.bytes().length
                        + ALLOCATION_PER_ENTRY * o.verdicts().size());
        if (input.articles() >= 0 && !(input.format() == InputFormat.JSON && wholeDocumentRejected(o.verdicts()))) {
            assertThat(o.verdicts()).as("one entry per article of %s", input.describe()).hasSize(input.articles());
        } else if (input.format() != InputFormat.NDJSON) {
            assertThat(o.verdicts()).as("something, never nothing, for %s", input.describe()).isNotEmpty();
        }
        return o.verdicts();
    }

    /**
     * A JSON document is all or nothing syntactically: a syntax error anywhere (nesting deeper than the
     * parser follows, a lone surrogate escaped in a field name) is one rejection of the whole document.
     */
    static boolean wholeDocumentRejected(List<Verdict> verdicts) {
        return verdicts.size() == 1 && verdicts.get(0).problems().size() == 1
                && verdicts.get(0).problems().get(0).field().equals("json")
                && verdicts.get(0).problems().get(0).problem().endsWith("nothing in this document was read");
    }

    /** Runs one reading on the worker thread within the time limit (5 s, plus 5 s per megabyte of input). */
    static <T> T bounded(Callable<T> reading, HostileInputs.Input input) {
        Duration limit = TIME_LIMIT.plus(TIME_PER_MEGABYTE.multipliedBy(input.bytes().length >> 20));
        Future<T> f = worker.submit(reading);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return fail("reading took longer than %s: %s", limit, input.describe());
        } catch (ExecutionException e) {
            throw new AssertionError("reading failed: " + input.describe(), e.getCause());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static Outcome read(HostileInputs.Input input) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        List<InputEntry> entries = READER.read(input.bytes(), input.format(), "fuzz", DEFAULTS);
        List<Verdict> verdicts = new ArrayList<>(entries.size());
        for (InputEntry e : entries) {
            verdicts.add(verdict(e, input));
        }
        return new Outcome(entries, verdicts, threads.getCurrentThreadAllocatedBytes() - before);
    }

    /** What {@code wirestream produce} does with a file or stdin. */
    static List<InputEntry> readStreaming(HostileInputs.Input input) throws IOException {
        List<InputEntry> streamed = new ArrayList<>();
        READER.read(new ByteArrayInputStream(input.bytes()), input.format(), "fuzz", DEFAULTS, (Consumer<InputEntry>) streamed::add);
        return streamed;
    }

    static Verdict verdict(InputEntry e, HostileInputs.Input input) {
        if (e instanceof InputEntry.Unreadable u) {
            return reasons(u.errors(), input);
        }
        Validation v = NORMALIZER.normalize(((InputEntry.Draft) e).draft());
        if (v instanceof Validation.Invalid invalid) {
            return reasons(invalid.errors(), input);
        }
        RawArticle a = ((Validation.Valid) v).article();
        assertThat(a.getId()).isNotBlank();
        assertThat(a.getSource()).isNotBlank();
        assertThat(a.getBody()).as("body of a valid article").isNotBlank();
        for (String s : Stream.of(a.getBody(), a.getTitle(), a.getSource(), a.getUrl()).filter(s -> s != null).toList()) {
            assertThat(TextCleaner.unpairedSurrogate(s)).as("no lone surrogate in %s", s).isEqualTo(-1);
        }
        RawArticle back = AVRO.deserializer().deserialize("t", AVRO.serializer().serialize("t", a));
        assertThat(back).as("the article survives Avro unchanged").isEqualTo(a);
        return new Verdict(List.of());
    }

    static Verdict reasons(List<FieldError> errors, HostileInputs.Input input) {
        assertThat(errors).as("a rejection of %s has reasons", input.describe()).isNotEmpty()
                .allSatisfy(err -> {
                    assertThat(err.field()).isNotBlank();
                    assertThat(err.problem()).isNotBlank();
                });
        return new Verdict(errors);
    }

    static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true);
            return t;
        });
    }

    // ---- generators and corpus helpers ----

    @Provide
    Arbitrary<HostileInputs.Input> inputs() {
        return Arbitraries.randomValue(HostileInputs::any);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String good(int i) {
        return "{\"url\":\"https://example.com/" + i + "\",\"source\":\"s\",\"body\":\"Body " + i + ".\"}";
    }

    static HostileInputs.Input json(String s) {
        return new HostileInputs.Input(InputFormat.JSON, utf8(s), 1);
    }

    static HostileInputs.Input text(String s) {
        return new HostileInputs.Input(InputFormat.TEXT, utf8(s), 1);
    }

    static HostileInputs.Input html(String s) {
        return new HostileInputs.Input(InputFormat.HTML, utf8(s), 1);
    }

    static HostileInputs.Input feed(String s, int items) {
        return new HostileInputs.Input(InputFormat.FEED, utf8(s), items);
    }

    static byte[] tenMegabytes(InputFormat f) {
        String body = HostileInputs.prose(new Random(10), 10 << 20);
        return utf8(switch (f) {
            case JSON, NDJSON -> "{\"source\":\"s\",\"body\":" + HostileInputs.jsonString(body) + "}";
            case TEXT -> body;
            case HTML -> "<html><body><article><p>" + HostileInputs.xml(body) + "</p></article></body></html>";
            case FEED -> "<rss><channel><item><link>https://example.com/big</link><description>" + HostileInputs.xml(body)
                    + "</description></item></channel></rss>";
        });
    }

    static String capitalizedWords(int n) {
        Random r = new Random(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
            for (int k = 0, len = 2 + r.nextInt(7); k < len; k++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            b.append(' ');
        }
        return b.toString();
    }
}
