package io.wirestream.enrichment.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.wirestream.enrichment.Amount;
import io.wirestream.enrichment.Article;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.EnrichmentEngine;
import io.wirestream.enrichment.Mention;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.Quote;
import io.wirestream.enrichment.Timex;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
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
 * Hostile text for the enrichment engine: generated bodies that mix news prose with what the open
 * web sends (markup, scripts, zero-width and bidirectional controls, lone surrogates, emoji,
 * runs of capitals, quote marks and digits), plus a corpus of extremes (empty, whitespace, 2 MB
 * bodies, the most the topology passes on; 100,000 capitalized words; impossible date markers). The rule: every article is enriched within a
 * bounded time (5 s here, per 500,000 characters: a guard against hangs and blow-ups, not a benchmark) and allocation proportional to its size, and
 * every span the result holds lies inside the result's text and spells what it says it spells.
 */
class EnrichmentEngineFuzzTest {

    static final Duration PER_ARTICLE = Duration.ofSeconds(5);
    /** Scales the bound for the corpus's very long bodies: 5 s per 500,000 characters, never less than 5 s. */
    static final int CHARS_PER_BOUND = 500_000;
    static final long ALLOCATION_PER_CHAR = 4_096;
    static final long ALLOCATION_ALLOWANCE = 64L << 20;

    static final EnrichmentEngine ENGINE = EnrichmentEngine.shared();
    /** Runs the engine; replaced when an article overruns (the stuck thread cannot be stopped, only left behind). */
    static ExecutorService worker = newWorker();

    static final String[] WORDS = {"the", "minister", "said", "on", "Friday", "that", "a", "deal", "with", "was", "signed",
            "in", "last", "year", "next", "week", "percent", "million", "$", "€", "£", "shares", "fell", "rose", "told",
            "reporters", "according", "to", "and", "of", "earlier", "this", "month", "Monday", "March", "2024", "at", "noon",
            "Mr.", "Dr.", "Inc.", "U.S.", "Washington,", "D.C.", "New", "York", "United", "Nations", "President", "Putin",
            "Vladimir", "Biden", "Joe", "EU", "NATO", "Reuters", "km", "tonnes", "bn", "1.5", "3,000", "20%", "12:30",
            "yesterday", "tomorrow", "ago", "two", "weeks", "Christmas", "Easter", "Q3", "FY2025", "1990s", "mid-2020s"};
    static final String[] HOSTILE = {"<script>alert(1)</script>", "<", ">", "&amp;", "&#x0;", "&nbsp;", "<p>", "</div>",
            "<!--", "-->", "<a href='javascript:alert(1)'>x</a>", "'; DROP TABLE articles; --", "\" OR 1=1 --", "\\", "%s",
            "${jndi:ldap://x/a}", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069",
            "\u200f", "\u061c", "\ud800", "\udfff", "\ud83d\ude00", "\ud83c\uddfa\ud83c\uddf8", "e\u0301", "\u0000", "\u0007",
            "\r", "\t", "\u2028", "\u2029", "\u00a0", "\u3000", "“", "”", "‘", "’", "«", "»", "\"", "'", "„", "‹", "(", ")",
            "[", "]", "—", "–", "…", "...", "!", "?", ".", ",", ";", ":", "date 2024-02-30", "date 9999-99-99",
            "https://example.com/a?b=c&d=e#f", "mailto:a@b.c", "@user", "#tag", "مرحبا", "שלום", "日本語", "Ελληνικά",
            "Привет", "हिन्दी", "ไทย", "0", "-1", "1e309", "NaN", "9999999999999999999999", "½", "²", "Ⅻ", "٣"};

    // ---- properties ----

    @Property(tries = 2000, seed = "8520261127")
    void anyTextIsEnrichedInBoundedTimeWithSpansInsideTheText(@ForAll("hostileArticles") Article article) {
        check(article);
    }

    @Property(tries = 1000, seed = "8520261128")
    void anyUnicodeIsEnrichedInBoundedTimeWithSpansInsideTheText(@ForAll("unicodeArticles") Article article) {
        check(article);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldEnrichNastyArticlesInBoundedTime(String description, Article article) {
        check(article);
    }

    /** Regression: a publication date near the end of LocalDate's range made "next year" throw DateTimeException. */
    @ParameterizedTest(name = "year {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {999_999_999, -999_999_999, 10_000, 0})
    void shouldResolveNothingAgainstAPublicationDateOutsideFourDigitYears(int year) {
        Enrichment e = ENGINE.enrich(new Article("far", Optional.of(LocalDate.of(year, 12, 31)), Optional.empty(),
                "Talks resume next year, on Friday and in two weeks, a decade after the 1990s."));
        assertThat(e.publicationDate()).isEmpty();
        assertThat(e.dates()).isNotEmpty().noneMatch(Timex::resolved);
    }

    /**
     * Regression: a long run of capitalized words ("Vladimir Putin Joe Biden ..." 25,000 times, one chunk)
     * took minutes: every prefix of the chunk was looked up as an organization name (quadratic).
     * And every clock time scanned every date candidate of the article for its day (quadratic).
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"'Vladimir Putin Joe Biden ', 25000", "'at 12:30, noon and 18:45, ', 35000"})
    void shouldEnrichLongRunsInBoundedTime(String unit, int times) {
        check(Article.of("run", unit.repeat(times)));
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("empty body", Article.of("empty", "")));
        cases.add(Arguments.of("whitespace only", Article.of("ws", " \t\r\n\u00a0\u2003\u3000\n\n   ")));
        cases.add(Arguments.of("newlines only", Article.of("nl", "\n".repeat(100_000))));
        cases.add(Arguments.of("date marker only", Article.of("marker", "date 2024-03-15")));
        cases.add(Arguments.of("date 9999-99-99", Article.of("bad-date", "date 9999-99-99\nThe minister said on Friday that...")));
        cases.add(Arguments.of("date 0000-01-01", Article.of("year0", "date 0000-01-01 Talks resume next year, he said on Friday.")));
        cases.add(Arguments.of("date 9999-12-31", Article.of("year9999", "date 9999-12-31 Talks resume next year and in 10 years.")));
        cases.add(Arguments.of("publication date at the end of time", new Article("max", Optional.of(LocalDate.of(999_999_999, 12, 31)),
                Optional.empty(), "Talks resume next year, on Friday, in two weeks and in 2030; the deal ran for ten years.")));
        cases.add(Arguments.of("publication date at the start of time", new Article("min", Optional.of(LocalDate.of(-999_999_999, 1, 1)),
                Optional.empty(), "Last year, a decade ago, on Monday and in the 1990s, he said yesterday.")));
        cases.add(Arguments.of("<script> and markup", Article.of("script", "<html><body><script>var s = \"Vladimir Putin said on "
                + "Friday\";</script><p>Ministers met in <b>Brussels</b> on Friday.</p><style>p{}</style></body></html>")));
        cases.add(Arguments.of("SQL metacharacters", Article.of("sql", "Robert'); DROP TABLE articles; -- met \"O'Brien\" in "
                + "Washington on Monday; 1=1 OR '1'='1' said the U.S. official.")));
        cases.add(Arguments.of("zero-width and RTL controls in names", Article.of("zw", "Vla\u200bdimir Pu\u200dtin met \u202eAngela "
                + "Merkel\u202c in Ber\u2060lin on \u200fFriday\u200e; \u2066Emmanuel Macron\u2069 said \u201cno\u201d.")));
        cases.add(Arguments.of("lone surrogates", Article.of("surrogates", "\ud800President \udfffJoe Biden\ud800 said on Friday "
                + "\udbff that \ud800\ud800 talks \udc00 would resume.\ud800")));
        cases.add(Arguments.of("100,000 capitalized words", Article.of("caps", capitalizedWords(100_000, new Random(1)))));
        cases.add(Arguments.of("100,000 capitalized words, repeated names", Article.of("caps-repeat",
                String.join(" ", java.util.Collections.nCopies(25_000, "Vladimir Putin Joe Biden")))));
        cases.add(Arguments.of("one 1 MB word", Article.of("word", "A".repeat(1 << 20))));
        cases.add(Arguments.of("1 MB of digits", Article.of("digits", "1".repeat(1 << 20))));
        cases.add(Arguments.of("100,000 numbers with units", Article.of("amounts", "$1.5 million, 20 per cent, 3 km. ".repeat(15_000))));
        cases.add(Arguments.of("100,000 quote marks", Article.of("quotes", "\u201c".repeat(100_000))));
        cases.add(Arguments.of("unbalanced quotes with speakers", Article.of("quotes-said", "\"We will, \" he said. \"".repeat(20_000))));
        cases.add(Arguments.of("100,000 dates", Article.of("dates", "on Friday, last year, 12 March 2024, ".repeat(20_000))));
        cases.add(Arguments.of("100,000 clock times in one sentence", Article.of("clocks", "at 12:30, noon and 18:45, ".repeat(35_000))));
        cases.add(Arguments.of("100,000 clock times and dates", Article.of("clocks-dates",
                "On 12 March 2024 at 12:30 and 18:45. ".repeat(35_000))));
        cases.add(Arguments.of("100,000 unclosed tags", Article.of("tags", "<a ".repeat(100_000))));
        cases.add(Arguments.of("unclosed comment", Article.of("comment", "<!-- " + "Vladimir Putin said. ".repeat(10_000))));
        cases.add(Arguments.of("100,000 periods", Article.of("periods", ".".repeat(100_000))));
        cases.add(Arguments.of("abbreviations", Article.of("abbr", "Mr. Dr. Inc. U.S. St. Ore. Wash. ".repeat(15_000))));
        cases.add(Arguments.of("1 MB of CJK without spaces", Article.of("cjk", "日本語の記事です東京で".repeat(100_000))));
        cases.add(Arguments.of("1 MB of Arabic", Article.of("arabic", "قال الرئيس في القاهرة يوم الجمعة ".repeat(30_000))));
        cases.add(Arguments.of("a 100 KB URL", Article.of("url", "https://example.com/" + "a/".repeat(50_000))));
        // the topology dead-letters longer bodies and ingest refuses them (413), so 2 MB is the most the engine gets there
        cases.add(Arguments.of("2 MB of prose (the topology's body limit)", Article.of("2mb", prose(2_000_000, new Random(2)))));
        cases.add(Arguments.of("2 MB of hostile tokens (the topology's body limit)", Article.of("2mb-hostile",
                hostile(2_000_000, new Random(3)))));
        return cases.stream();
    }

    // ---- the rule ----

    static void check(Article article) {
        Duration bound = PER_ARTICLE.multipliedBy(Math.max(1, (article.body().length() + CHARS_PER_BOUND - 1) / CHARS_PER_BOUND));
        Future<Run> f = worker.submit(() -> run(article));
        Run r;
        try {
            r = f.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            fail("enriching article '%s' (%,d chars) took longer than %s; it starts: %s", article.id(), article.body().length(),
                    bound, preview(article.body()));
            return;
        } catch (ExecutionException e) {
            throw new AssertionError("the engine failed on article '" + article.id() + "' (" + article.body().length()
                    + " chars, publication date " + article.publicationDate().orElse(null) + "), which starts: "
                    + preview(article.body()), e.getCause());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(r.allocated()).as("bytes allocated for %,d chars", article.body().length())
                .isLessThanOrEqualTo(ALLOCATION_ALLOWANCE + ALLOCATION_PER_CHAR * article.body().length());
        spansInside(r.enrichment(), article);
    }

    record Run(Enrichment enrichment, long allocated) {
    }

    static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-enrich");
            t.setDaemon(true);
            return t;
        });
    }

    static Run run(Article article) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Enrichment e = ENGINE.enrich(article);
        return new Run(e, threads.getCurrentThreadAllocatedBytes() - before);
    }

    static void spansInside(Enrichment e, Article article) {
        String text = e.text();
        assertThat(article.body()).as("the result's text is the body, or its end after a date marker").endsWith(text);
        for (NamedEntity entity : e.entities()) {
            assertThat(entity.mentions()).as("entity %s has mentions", entity.name()).isNotEmpty();
            for (Mention m : entity.mentions()) {
                span(text, m.start(), m.end(), m.text(), "mention of " + entity.name());
            }
        }
        for (Timex t : e.dates()) {
            span(text, t.start(), t.end(), t.text(), "date " + t.value());
        }
        for (Quote q : e.quotes()) {
            span(text, q.start(), q.end(), q.text(), "quote");
        }
        for (Amount a : e.amounts()) {
            span(text, a.start(), a.end(), a.text(), "amount " + a.value());
        }
        assertThat(e.wordCount()).isBetween(0, text.length());
    }

    static void span(String text, int start, int end, String spelled, String what) {
        assertThat(start).as("%s: start", what).isBetween(0, text.length());
        assertThat(end).as("%s: end", what).isBetween(start, text.length());
        assertThat(text.substring(start, end)).as("%s at [%d, %d)", what, start, end).isEqualTo(spelled);
    }

    // ---- generators ----

    @Provide
    Arbitrary<Article> hostileArticles() {
        return Arbitraries.randomValue(r -> {
            int chars = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(50);
                case 1, 2 -> r.nextInt(3_500);
                default -> r.nextInt(30_000);
            };
            String body = hostile(chars, r);
            if (r.nextInt(5) == 0) {
                body = "date " + String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33)) + " " + body;
            }
            Optional<LocalDate> published = r.nextBoolean() ? Optional.empty()
                    : Optional.of(LocalDate.ofEpochDay(r.nextInt(80_000) - 25_000));
            Optional<String> title = r.nextBoolean() ? Optional.empty() : Optional.of(hostile(r.nextInt(120), r));
            return new Article("fuzz-" + r.nextInt(1_000_000), published, title, body);
        });
    }

    @Provide
    Arbitrary<Article> unicodeArticles() {
        return Arbitraries.strings().all().ofMaxLength(4_000).map(s -> Article.of("unicode", s));
    }

    /** Newsy words and hostile tokens, capitalized at random, with sentence and paragraph breaks. */
    static String hostile(int chars, Random r) {
        StringBuilder b = new StringBuilder(chars + 64);
        while (b.length() < chars) {
            String w = r.nextInt(4) == 0 ? HOSTILE[r.nextInt(HOSTILE.length)] : WORDS[r.nextInt(WORDS.length)];
            if (r.nextInt(6) == 0 && !w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(w);
            int sep = r.nextInt(20);
            b.append(sep == 0 ? ". " : sep == 1 ? "\n\n" : sep == 2 ? "" : " ");
        }
        return b.substring(0, Math.min(chars, b.length()));
    }

    static String prose(int chars, Random r) {
        StringBuilder b = new StringBuilder(chars + 64);
        while (b.length() < chars) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(12) == 0 ? ". " : " ");
        }
        return b.substring(0, chars);
    }

    static String capitalizedWords(int n, Random r) {
        return IntStream.range(0, n).mapToObj(i -> {
            char[] w = new char[3 + r.nextInt(8)];
            w[0] = (char) ('A' + r.nextInt(26));
            for (int k = 1; k < w.length; k++) {
                w[k] = (char) ('a' + r.nextInt(26));
            }
            return new String(w);
        }).reduce(new StringBuilder(), (sb, w) -> sb.append(w).append(' '), StringBuilder::append).toString();
    }

    static String preview(String s) {
        String p = s.length() > 120 ? s.substring(0, 120) + "..." : s;
        return p.chars().mapToObj(c -> c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x200b && c <= 0x206f)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)).reduce("", String::concat);
    }
}
