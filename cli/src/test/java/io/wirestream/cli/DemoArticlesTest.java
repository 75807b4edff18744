package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.ArticleId;
import io.wirestream.streams.StreamsSettings;
import io.wirestream.streams.internal.SimHash;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sample articles bundled for {@code wirestream demo} are what their README promises: every
 * file listed with its counts, good articles complete in every format, the duplicates really
 * duplicates (and no others), and each broken line broken in exactly the way the README says.
 */
class DemoArticlesTest {

    private static final String FOLDER = "/io/wirestream/cli/demo/articles/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE_MARKER = Pattern.compile("date (\\d{4}-\\d{2}-\\d{2})");
    private static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2027-01-01T00:00:00Z");
    /** The producer rejects dates further ahead of its clock than this. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    private static final Set<String> DEFECTS = Set.of("invalid-json", "blank-body", "non-http-url", "future-date",
            "missing-body");

    /** One good article as the set holds it; {@code url} and {@code source} are null for plain-text files. */
    record Article(String file, String url, String source, String title, String body, Instant published) {

        int words() {
            return body.trim().split("\\s+").length;
        }

        /** The producer's id: the canonical URL's hash, or the text's when there is no URL. */
        String id() {
            return url == null ? ArticleId.forText(body) : ArticleId.forUrl(url);
        }
    }

    record FileRow(String file, String format, int articles, int duplicates, int rejected) {
    }

    record DuplicateRow(String kind, String file, String url, String originalFile, String originalUrl) {
    }

    private static Path dir;
    private static String readme;
    private static final List<Article> articles = new ArrayList<>();
    private static final Map<String, Integer> rejectedLines = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        var readmeUrl = DemoArticlesTest.class.getResource(FOLDER + "README.md");
        assertThat(readmeUrl).as("README.md of the demo articles on the class path").isNotNull();
        dir = Path.of(readmeUrl.toURI()).getParent();
        readme = Files.readString(dir.resolve("README.md"));
        for (Path p : files()) {
            String name = p.getFileName().toString();
            if (name.equals("broken.ndjson")) {
                rejectedLines.put(name, nonBlankLines(p).size());
            } else if (name.endsWith(".ndjson")) {
                for (String line : nonBlankLines(p)) {
                    articles.add(jsonArticle(name, JSON.readTree(line)));
                }
            } else if (name.endsWith(".json")) {
                JsonNode array = JSON.readTree(Files.readString(p));
                assertThat(array.isArray()).as(name + " is a JSON array").isTrue();
                for (JsonNode node : array) {
                    articles.add(jsonArticle(name, node));
                }
            } else if (name.endsWith(".txt")) {
                articles.add(textArticle(name, Files.readString(p)));
            } else if (name.endsWith(".html")) {
                articles.add(htmlArticle(name, Files.readString(p)));
            } else if (name.endsWith(".rss")) {
                articles.addAll(feedArticles(name, Files.readAllBytes(p)));
            } else {
                throw new AssertionError("a file of no known format in the demo articles: " + name);
            }
        }
    }

    // ---------------------------------------------------------------- the README's tables

    @Test
    void readmeSaysTheArticlesAreFictionalAndUnderTheProjectLicense() {
        assertThat(readme).contains("fictional").contains("Apache-2.0");
    }

    @Test
    void readmeListsEveryFileWithItsCounts() throws IOException {
        List<FileRow> rows = fileRows();
        Set<String> listed = new TreeSet<>();
        rows.forEach(r -> listed.add(r.file()));
        Set<String> present = new TreeSet<>();
        files().forEach(p -> present.add(p.getFileName().toString()));
        assertThat(listed).as("files in the README's table").isEqualTo(present);
        List<DuplicateRow> dups = duplicateRows();
        for (FileRow row : rows) {
            assertThat(articles.stream().filter(a -> a.file().equals(row.file())).count())
                    .as("articles in " + row.file()).isEqualTo(row.articles());
            assertThat(rejectedLines.getOrDefault(row.file(), 0)).as("rejected inputs in " + row.file())
                    .isEqualTo(row.rejected());
            assertThat(dups.stream().filter(d -> d.file().equals(row.file())).count()).as("duplicates in " + row.file())
                    .isEqualTo(row.duplicates());
        }
        Matcher total = Pattern.compile("\\| \\*\\*Total\\*\\* \\|[^|]*\\| \\*\\*(\\d+)\\*\\* \\| \\*\\*(\\d+)\\*\\* \\| "
                + "\\*\\*(\\d+)\\*\\* \\| (\\d+) distinct stories").matcher(readme);
        assertThat(total.find()).as("the README's total row").isTrue();
        assertThat(Integer.parseInt(total.group(1))).isEqualTo(articles.size());
        assertThat(Integer.parseInt(total.group(2))).isEqualTo(dups.size());
        assertThat(Integer.parseInt(total.group(3))).isEqualTo(rejectedLines.values().stream().mapToInt(i -> i).sum());
        assertThat(Integer.parseInt(total.group(4))).isEqualTo(articles.size() - dups.size());
    }

    @Test
    void thereAreAtLeastThirtyDistinctGoodArticlesAcrossTheFormats() {
        assertThat(articles.size() - duplicateRows().size()).as("distinct good articles").isGreaterThanOrEqualTo(30);
        Map<String, Long> byFormat = new LinkedHashMap<>();
        for (Article a : articles) {
            byFormat.merge(a.file().substring(a.file().lastIndexOf('.') + 1), 1L, Long::sum);
        }
        assertThat(byFormat).containsOnlyKeys("ndjson", "json", "txt", "html", "rss");
        assertThat(byFormat.get("ndjson")).isGreaterThanOrEqualTo(10);
        assertThat(byFormat.get("txt")).isGreaterThanOrEqualTo(5);
        assertThat(byFormat.get("html")).isGreaterThanOrEqualTo(3);
    }

    // ---------------------------------------------------------------- every good article

    @Test
    void everyGoodArticleHasANewsLengthBodyAndAPlausibleDate() {
        Instant now = Instant.now();
        for (Article a : articles) {
            assertThat(a.words()).as("words in " + a.file() + " " + a.title()).isBetween(150, 700);
            assertThat(a.published()).as("published, " + a.file() + " " + a.title())
                    .isAfterOrEqualTo(EARLIEST).isBefore(LATEST).isBefore(now.plus(FUTURE_TOLERANCE));
            if (!a.file().endsWith(".txt")) {
                assertThat(a.url()).as("url of " + a.title()).matches("https?://.+");
                assertThat(URI.create(a.url()).getHost()).as("host of " + a.url()).isNotBlank();
                assertThat(a.source()).as("source of " + a.url()).isNotBlank();
                assertThat(a.title()).as("title of " + a.url()).isNotBlank();
            }
        }
    }

    @Test
    void everyJsonArticleIsACompleteObject() throws IOException {
        for (Path p : files()) {
            String name = p.getFileName().toString();
            if (name.equals("broken.ndjson") || !(name.endsWith(".ndjson") || name.endsWith(".json"))) {
                continue;
            }
            List<JsonNode> nodes = new ArrayList<>();
            if (name.endsWith(".ndjson")) {
                for (String line : nonBlankLines(p)) {
                    nodes.add(JSON.readTree(line));
                }
            } else {
                JSON.readTree(Files.readString(p)).forEach(nodes::add);
            }
            for (JsonNode n : nodes) {
                assertThat(defectsOf(n)).as(name + ": " + n.path("url").asText()).isEmpty();
                assertThat(n.path("language").asText()).isEqualTo("en");
                assertThat(n.path("authors").isArray() && n.path("authors").size() > 0).as("authors").isTrue();
                assertThat(n.path("metadata").isObject()).as("metadata").isTrue();
                assertThat(n.path("title").asText()).isNotBlank();
                assertThat(n.path("source").asText()).isNotBlank();
            }
        }
    }

    @Test
    void everyTextFileStartsWithADateMarker() throws IOException {
        List<Path> texts = files().stream().filter(p -> p.toString().endsWith(".txt")).toList();
        assertThat(texts).isNotEmpty();
        for (Path p : texts) {
            String first = Files.readString(p).lines().findFirst().orElse("");
            Matcher m = DATE_MARKER.matcher(first);
            assertThat(m.matches()).as(p.getFileName() + " starts with 'date YYYY-MM-DD'").isTrue();
            LocalDate.parse(m.group(1)); // a real calendar day
        }
    }

    @Test
    void htmlPagesGiveTheirDateEachInItsOwnWayAndCarryPageChrome() throws IOException {
        Set<String> styles = new HashSet<>();
        for (Path p : files()) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".html")) {
                continue;
            }
            String html = Files.readString(p);
            styles.add(dateStyle(html));
            assertThat(meta(html, "property", "og:site_name")).as(name + " names its publisher").isPresent();
            assertThat(html).as(name + " has navigation").containsAnyOf("<nav", "role=\"navigation\"");
            assertThat(html).as(name + " has a footer").containsAnyOf("<footer", "role=\"contentinfo\"");
            assertThat(html).as(name + " has a cookie banner").contains("cookie-banner");
            assertThat(html).as(name + " has share buttons").containsPattern("class=\"(share|social)-");
        }
        assertThat(styles).contains("json-ld", "article:published_time", "time");
        String ld = jsonLd(Files.readString(dir.resolve("nairobi-adaptation-fund.html"))).orElseThrow();
        JsonNode node = JSON.readTree(ld);
        assertThat(node.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(node.path("author").isMissingNode()).isFalse();
        assertThat(meta(Files.readString(dir.resolve("cartographers-daughter-box-office.html")), "property", "og:title"))
                .isPresent();
    }

    @Test
    void theFeedIsRss2WithCompleteItems() throws Exception {
        Document doc = xml(Files.readAllBytes(dir.resolve("science-feed.rss")));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList items = doc.getElementsByTagName("item");
        assertThat(items.getLength()).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertThat(child(item, "title")).isPresent();
            assertThat(child(item, "link")).hasValueSatisfying(l -> assertThat(l).matches("https?://.+"));
            assertThat(child(item, "pubDate")).hasValueSatisfying(d -> rfc822(d));
            assertThat(child(item, "content:encoded").or(() -> child(item, "description"))).isPresent();
        }
    }

    // ---------------------------------------------------------------- duplicates

    @Test
    void duplicatesAreTheOnesTheReadmeNames() {
        List<DuplicateRow> rows = duplicateRows();
        assertThat(rows).extracting(DuplicateRow::kind).contains("exact", "near");
        int maxDistance = StreamsSettings.DEFAULTS.nearDuplicateMaxDistance();
        for (DuplicateRow row : rows) {
            Article copy = find(row.file(), row.url());
            Article original = find(row.originalFile(), row.originalUrl());
            if (row.kind().equals("exact")) {
                assertThat(copy.file()).as("an exact duplicate comes from another file").isNotEqualTo(original.file());
                assertThat(copy.url()).isNotEqualTo(original.url()).contains("utm_").contains("#");
                assertThat(copy.id()).as("same id once tracking parameters and fragment are dropped").isEqualTo(original.id());
                assertThat(copy.body()).isEqualTo(original.body());
            } else {
                assertThat(row.kind()).isEqualTo("near");
                assertThat(copy.id()).isNotEqualTo(original.id());
                assertThat(copy.source()).isNotEqualTo(original.source());
                assertThat(copy.title()).isNotEqualTo(original.title());
                assertThat(copy.body()).isNotEqualTo(original.body());
                assertThat(copy.words()).isGreaterThanOrEqualTo(300);
                assertThat(distance(copy, original)).as("SimHash distance of " + copy.url())
                        .isLessThanOrEqualTo(maxDistance);
            }
        }
    }

    @Test
    void noOtherTwoArticlesAreTheSameOrNearlyTheSame() {
        List<DuplicateRow> rows = duplicateRows();
        Map<Article, Article> storyOf = new LinkedHashMap<>();
        for (DuplicateRow row : rows) {
            storyOf.put(find(row.file(), row.url()), find(row.originalFile(), row.originalUrl()));
        }
        int maxDistance = StreamsSettings.DEFAULTS.nearDuplicateMaxDistance();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                if (storyOf.getOrDefault(a, a) == storyOf.getOrDefault(b, b)) {
                    continue; // copies of one story, named in the README
                }
                String pair = a.file() + " " + a.title() + " / " + b.file() + " " + b.title();
                assertThat(a.id()).as(pair).isNotEqualTo(b.id());
                assertThat(distance(a, b)).as("SimHash distance, " + pair).isGreaterThan(maxDistance);
            }
        }
    }

    // ---------------------------------------------------------------- broken inputs

    @Test
    void everyBrokenLineIsBrokenTheWayTheReadmeSays() throws IOException {
        Map<Integer, String> said = brokenRows();
        List<String> lines = nonBlankLines(dir.resolve("broken.ndjson"));
        assertThat(said.keySet()).as("README rows for the lines of broken.ndjson")
                .containsExactlyElementsOf(rangeClosed(lines.size()));
        assertThat(lines.size()).isBetween(4, 6);
        assertThat(new HashSet<>(said.values())).as("each defect once").hasSize(said.size());
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            String defect = said.get(n);
            if (defect.equals("invalid-json")) {
                assertThatThrownBy(() -> JSON.readTree(line)).as("line " + n).isInstanceOf(JsonProcessingException.class);
            } else {
                assertThat(defectsOf(JSON.readTree(line))).as("line " + n).containsExactly(defect);
            }
        }
    }

    // ---------------------------------------------------------------- reading the set

    /** What the producer would reject a JSON article for, in the README's words; empty when nothing. */
    private static Set<String> defectsOf(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        if (!n.isObject()) {
            out.add("invalid-json");
            return out;
        }
        boolean hasBody = Stream.of("body", "text", "html").anyMatch(f -> n.hasNonNull(f));
        if (!hasBody) {
            out.add("missing-body");
        } else if (Stream.of("body", "text", "html").map(f -> n.path(f).asText("")).allMatch(String::isBlank)) {
            out.add("blank-body");
        }
        String url = n.path("url").asText("");
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                out.add("non-http-url");
            }
        } catch (IllegalArgumentException e) {
            out.add("non-http-url");
        }
        Instant published = OffsetDateTime.parse(n.path("published").asText()).toInstant();
        if (published.isAfter(Instant.now().plus(FUTURE_TOLERANCE))) {
            out.add("future-date");
        }
        return out;
    }

    private static Article jsonArticle(String file, JsonNode n) {
        assertThat(n.isObject()).as("an article in " + file + " is a JSON object").isTrue();
        return new Article(file, n.path("url").asText(null), n.path("source").asText(null), n.path("title").asText(null),
                n.path("body").asText(""), OffsetDateTime.parse(n.path("published").asText()).toInstant());
    }

    private static Article textArticle(String file, String text) {
        int nl = text.indexOf('\n');
        Matcher m = DATE_MARKER.matcher(nl < 0 ? text : text.substring(0, nl));
        assertThat(m.matches()).as(file + " starts with 'date YYYY-MM-DD'").isTrue();
        Instant published = LocalDate.parse(m.group(1)).atStartOfDay().toInstant(ZoneOffset.UTC);
        String body = text.substring(nl + 1).strip();
        return new Article(file, null, null, body.lines().findFirst().orElse(""), body, published);
    }

    private static Article htmlArticle(String file, String html) throws IOException {
        String url = link(html, "canonical").or(() -> meta(html, "property", "og:url"))
                .orElseThrow(() -> new AssertionError(file + " gives no URL"));
        String title = meta(html, "property", "og:title").or(() -> firstGroup(html, "<h1[^>]*>(.*?)</h1>"))
                .orElseThrow(() -> new AssertionError(file + " gives no title"));
        String published = switch (dateStyle(html)) {
            case "json-ld" -> JSON.readTree(jsonLd(html).orElseThrow()).path("datePublished").asText();
            case "article:published_time" -> meta(html, "property", "article:published_time").orElseThrow();
            case "microdata" -> meta(html, "itemprop", "datePublished").orElseThrow();
            default -> firstGroup(html, "<time[^>]*\\bdatetime=\"([^\"]+)\"").orElseThrow();
        };
        // the story's paragraphs, roughly: plain <p> elements outside the cookie banner, footers, asides and sign-up boxes
        String story = html.replaceAll("(?s)<div id=\"cookie-consent\".*?</div>|<footer.*?</footer>|<aside.*?</aside>"
                + "|<section class=\"newsletter.*?</section>|<div class=\"comments.*?</div>", "");
        StringBuilder body = new StringBuilder();
        Matcher m = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL).matcher(story);
        while (m.find()) {
            String p = m.group(1).replaceAll("<[^>]+>", "");
            body.append(p).append("\n\n");
        }
        return new Article(file, url, meta(html, "property", "og:site_name").orElse(null), title, body.toString().strip(),
                OffsetDateTime.parse(published).toInstant());
    }

    /** How a page gives its publication date: the first of these that it has, as the extractor reads them. */
    private static String dateStyle(String html) {
        if (jsonLd(html).isPresent()) {
            return "json-ld";
        }
        if (meta(html, "property", "article:published_time").isPresent()) {
            return "article:published_time";
        }
        if (meta(html, "itemprop", "datePublished").isPresent()) {
            return "microdata";
        }
        if (firstGroup(html, "<time[^>]*\\bdatetime=\"([^\"]+)\"").isPresent()) {
            return "time";
        }
        throw new AssertionError("a page without a publication date");
    }

    private static List<Article> feedArticles(String file, byte[] xml) throws Exception {
        Document doc = xml(xml);
        NodeList items = doc.getElementsByTagName("item");
        String feedTitle = child((Element) doc.getElementsByTagName("channel").item(0), "title").orElseThrow();
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String text = child(item, "content:encoded").or(() -> child(item, "description")).orElse("")
                    .replace("</p>", "\n\n").replaceAll("<[^>]+>", "").strip();
            out.add(new Article(file, child(item, "link").orElse(null), feedTitle, child(item, "title").orElse(null), text,
                    rfc822(child(item, "pubDate").orElseThrow())));
        }
        return out;
    }

    private static Instant rfc822(String date) {
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new AssertionError("not an RFC 822 date: " + date, e);
        }
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Optional<String> child(Element parent, String tag) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return Optional.of(e.getTextContent().strip()).filter(s -> !s.isEmpty());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> jsonLd(String html) {
        return firstGroup(html, "<script type=\"application/ld\\+json\">(.*?)</script>");
    }

    private static Optional<String> meta(String html, String attribute, String name) {
        return firstGroup(html, "<meta " + attribute + "=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"");
    }

    private static Optional<String> link(String html, String rel) {
        return firstGroup(html, "<link rel=\"" + Pattern.quote(rel) + "\" href=\"([^\"]*)\"");
    }

    private static Optional<String> firstGroup(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static int distance(Article a, Article b) {
        return SimHash.distance(SimHash.of(a.body()).orElseThrow(), SimHash.of(b.body()).orElseThrow());
    }

    private static Article find(String file, String url) {
        return articles.stream().filter(a -> a.file().equals(file) && url.equals(a.url())).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + url + " in " + file));
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    private static List<String> nonBlankLines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    private static List<Integer> rangeClosed(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    /** Table rows of the README whose first cell starts like {@code prefix}, as trimmed cells. */
    private static List<List<String>> rows(String firstCellRegex) {
        List<List<String>> out = new ArrayList<>();
        for (String line : readme.lines().toList()) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1)) {
                cells.add(c.strip());
            }
            if (cells.get(0).matches(firstCellRegex)) {
                out.add(cells);
            }
        }
        return out;
    }

    private static String unquote(String cell) {
        assertThat(cell).as("a `quoted` table cell").startsWith("`").endsWith("`");
        return cell.substring(1, cell.length() - 1);
    }

    private static List<FileRow> fileRows() {
        return rows("`[^`]+\\.[a-z]+`").stream()
                .map(c -> new FileRow(unquote(c.get(0)), c.get(1), Integer.parseInt(c.get(2)), Integer.parseInt(c.get(3)),
                        Integer.parseInt(c.get(4))))
                .toList();
    }

    private static List<DuplicateRow> duplicateRows() {
        return rows("exact|near").stream()
                .map(c -> new DuplicateRow(c.get(0), unquote(c.get(1)), unquote(c.get(2)), unquote(c.get(3)), unquote(c.get(4))))
                .toList();
    }

    private static Map<Integer, String> brokenRows() {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (List<String> c : rows("\\d+")) {
            String defect = unquote(c.get(1));
            assertThat(DEFECTS).as("a defect this test knows").contains(defect);
            out.put(Integer.parseInt(c.get(0)), defect);
        }
        return out;
    }
}
