package io.wirestream.producer.input;

import io.wirestream.producer.internal.JsonLd;
import io.wirestream.producer.internal.TextCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a news page as a scraper saved it: title, main text (with paragraph breaks), authors,
 * publication date, language, canonical URL and site name. Structured data wins over layout,
 * because publishers maintain it for search engines: JSON-LD first, then {@code <meta>} tags, then
 * the markup ({@code <h1>}, {@code <time datetime>}), then a date in the URL path. The main text is
 * the {@code articleBody}, {@code <article>} or {@code <main>} element, or else the element holding
 * most paragraph text, without navigation, asides, share boxes and bylines.
 */
public final class HtmlArticleExtractor {

    /** What a page says about its article; {@code published} is as written, checked later like any date. */
    public record Page(Optional<String> title, String text, List<String> authors, Optional<String> published,
            Optional<String> language, Optional<String> canonicalUrl, Optional<String> siteName) {
    }

    private static final String NOISE = "script, style, noscript, template, iframe, svg, canvas, nav, aside, form, button, "
            + "select, textarea, figure, header, footer, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary]";
    private static final Pattern NOISE_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(byline|dateline|author|share|sharing|"
            + "social|newsletter|related|advert|advertisement|promo|comments?|breadcrumbs?|subscribe|cookie|sidebar)(?:$|[\\s_-])");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "hr", "address", "figcaption", "body");
    private static final Set<String> LINES = Set.of("li", "dt", "dd", "tr", "caption");
    private static final List<String> DATE_METAS = List.of("meta[property=article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=article:published_time]",
            "meta[name~=(?i)^(pubdate|publishdate|publish-date|publication_date|date|dc\\.date\\.issued|dc\\.date|"
                    + "dcterms\\.created|dcterms\\.issued|sailthru\\.date|parsely-pub-date)$]");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/._-]|$)");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");

    /**
     * How deep the parser nests elements. Real news pages nest 15 to 60 deep; jsoup's time per element grows with
     * the depth it allows, and its default (512) spends 0.8 s on a megabyte of nested {@code <div>}s, 0.2 s at 128.
     * Deeper elements are kept, as siblings at this depth, so no text is lost.
     */
    static final int MAX_DEPTH = 128;

    private HtmlArticleExtractor() {
    }

    private static Parser htmlParser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    /**
     * @param pageUrl where the page was fetched from (resolves relative links; its path may hold the date)
     */
    public static Page extract(String html, Optional<String> pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl.orElse(""), htmlParser());
        Optional<JsonLd> ld = JsonLd.article(doc.select("script[type=application/ld+json]").stream().map(Element::data).toList());
        Optional<String> canonical = attr(doc, "link[rel=canonical]", "abs:href")
                .or(() -> attr(doc, "meta[property=og:url]", "abs:content"))
                .or(() -> ld.flatMap(JsonLd::url));
        Optional<String> title = ld.flatMap(JsonLd::headline)
                .or(() -> attr(doc, "meta[property=og:title]", "content"))
                .or(() -> attr(doc, "meta[name=twitter:title]", "content"))
                .or(() -> text(doc, "article h1, main h1, h1"))
                .or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank()));
        List<String> authors = ld.map(JsonLd::authors).filter(a -> !a.isEmpty()).orElseGet(() -> markupAuthors(doc));
        Optional<String> published = ld.flatMap(JsonLd::datePublished)
                .or(() -> DATE_METAS.stream().map(q -> attr(doc, q, "content")).flatMap(Optional::stream).findFirst())
                .or(() -> timeElement(doc))
                .or(() -> pageUrl.or(() -> canonical).flatMap(HtmlArticleExtractor::dateInUrl));
        Optional<String> language = attr(doc, "html[lang]", "lang").or(() -> attr(doc, "html[xml:lang]", "xml:lang"))
                .or(() -> attr(doc, "meta[http-equiv=content-language]", "content"))
                .or(() -> ld.flatMap(JsonLd::language))
                .or(() -> attr(doc, "meta[property=og:locale]", "content"))
                .map(l -> l.trim().replace('_', '-'));
        Optional<String> site = attr(doc, "meta[property=og:site_name]", "content").or(() -> ld.flatMap(JsonLd::publisherName))
                .or(() -> attr(doc, "meta[name=application-name]", "content"));
        return new Page(title.map(TextCleaner::line), mainText(doc), authors, published, language, canonical, site);
    }

    /** The main text of a page or an HTML fragment (a feed item's content), paragraphs kept. */
    public static String mainText(String html) {
        return mainText(Jsoup.parse(html, "", htmlParser()));
    }

    /** The text of an HTML fragment (a feed item's content), all of it, paragraphs kept. */
    public static String fragmentText(String html) {
        Document doc = Document.createShell("");
        List<Node> nodes = htmlParser().parseFragmentInput(html, doc.body(), "");
        nodes.forEach(Node::remove); // as Jsoup.parseBodyFragment does: detach from the parse context, then adopt
        nodes.forEach(doc.body()::appendChild);
        doc.select("script, style, noscript, template, iframe, svg").remove();
        return text(doc.body());
    }

    private static String mainText(Document doc) {
        doc.select(NOISE).remove();
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body() && e.parent() != null && !e.tagName().equals("article") && !e.tagName().equals("main")
                    && NOISE_CLASS.matcher(e.className() + " " + e.id()).find()) {
                e.remove();
            }
        }
        Element container = container(doc);
        container.select("h1").remove();
        return text(container);
    }

    private static Element container(Document doc) {
        Element body = doc.body();
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Elements articles = body.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(HtmlArticleExtractor::paragraphText)).orElseThrow();
        }
        Element main = body.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(e -> score.get(e) > 0).orElse(body);
    }

    private static int paragraphText(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** Text with a blank line between paragraphs and a line break between list items and {@code <br>}s. */
    static String text(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int pre;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(pre > 0 ? t.getWholeText() : StringUtil.normaliseWhitespace(t.getWholeText()));
                } else if (node instanceof Element e) {
                    breakAt(e);
                    if (e.tagName().equals("br")) {
                        sb.append('\n');
                    } else if (e.tagName().equals("pre")) {
                        pre++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (PARAGRAPHS.contains(e.tagName())) {
                        sb.append("\n\n");
                    }
                    if (e.tagName().equals("pre")) {
                        pre--;
                    }
                }
            }

            private void breakAt(Element e) {
                if (PARAGRAPHS.contains(e.tagName())) {
                    sb.append("\n\n");
                } else if (LINES.contains(e.tagName())) {
                    sb.append('\n');
                }
            }
        }, root);
        return TextCleaner.body(sb.toString());
    }

    private static List<String> markupAuthors(Document doc) {
        Optional<String> meta = attr(doc, "meta[name=author]", "content")
                .or(() -> attr(doc, "meta[property=article:author]", "content").filter(a -> !a.startsWith("http")));
        if (meta.isPresent()) {
            return split(meta.get());
        }
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("[itemprop=author], [rel=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String n = stripBy((name == null ? e : name).text());
            if (!n.isBlank() && !out.contains(n)) {
                out.add(n);
            }
        }
        if (out.isEmpty()) {
            text(doc, ".byline, .author").map(HtmlArticleExtractor::stripBy).map(HtmlArticleExtractor::split)
                    .ifPresent(out::addAll);
        }
        return out;
    }

    private static List<String> split(String names) {
        return Arrays.stream(AUTHOR_SPLIT.split(stripBy(names))).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String stripBy(String s) {
        String t = s.trim();
        return t.regionMatches(true, 0, "by ", 0, 3) ? t.substring(3).trim() : t;
    }

    private static Optional<String> timeElement(Document doc) {
        for (String q : List.of("time[itemprop=datePublished][datetime]", "time[pubdate][datetime]",
                "article time[datetime], main time[datetime]", "time[datetime]")) {
            Optional<String> v = attr(doc, q, "datetime");
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** {@code https://example.com/2024/03/15/story} → {@code 2024-03-15}. */
    static Optional<String> dateInUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    private static Optional<String> attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return Optional.empty();
        }
        String v = e.attr(attribute).trim();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<String> text(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null || e.text().isBlank() ? Optional.empty() : Optional.of(e.text().trim());
    }
}
