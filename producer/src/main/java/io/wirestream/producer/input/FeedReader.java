package io.wirestream.producer.input;

import io.wirestream.producer.ArticleDraft;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Limits;
import io.wirestream.producer.Origin;
import io.wirestream.producer.internal.TextCleaner;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS (0.9x, 1.0/RDF, 2.0) and Atom feeds: one article per {@code <item>} or {@code <entry>}. The
 * body is the full content when the feed carries it ({@code content:encoded}, Atom {@code content}),
 * else the description or summary, as text with paragraphs. The feed's title is the source unless
 * an item names its own; the feed's language applies to its items.
 */
final class FeedReader {

    private FeedReader() {
    }

    static void read(String xml, String inputName, InputDefaults defaults, Limits limits, Consumer<InputEntry> sink) {
        Parser parser = Parser.xmlParser().setTrackPosition(true).setMaxDepth(HtmlArticleExtractor.MAX_DEPTH);
        Document doc = Jsoup.parse(xml, "", parser);
        boolean atom = doc.selectFirst("feed") != null && doc.selectFirst("rss, channel") == null;
        Element channel = atom ? doc.selectFirst("feed") : doc.selectFirst("channel");
        Optional<String> feedTitle = Optional.ofNullable(channel).flatMap(c -> childText(c, "title"));
        Optional<String> feedLanguage = Optional.ofNullable(channel)
                .flatMap(c -> childText(c, "language").or(() -> Optional.of(c.attr("xml:lang")).filter(s -> !s.isBlank())));
        List<Element> items = atom ? doc.select("entry") : doc.select("item");
        if (items.isEmpty()) {
            sink.accept(new InputEntry.Unreadable(new Origin(inputName, 0, 1), List.of(new FieldError("feed",
                    "no <item> or <entry> elements: not an RSS or Atom feed, or an empty one")), false));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            Origin origin = new Origin(inputName, i, Math.max(1, item.sourceRange().start().lineNumber()));
            long size = (long) item.endSourceRange().endPos() - item.sourceRange().startPos();
            if (size > limits.maxArticleBytes()) {
                sink.accept(new InputEntry.Unreadable(origin, List.of(new FieldError("size", "the item is about "
                        + Limits.human(size) + "; the limit is " + Limits.human(limits.maxArticleBytes()) + " per article")), true));
                continue;
            }
            ArticleDraft draft = atom ? atomEntry(item) : rssItem(item);
            ArticleDraft withFeed = new ArticleDraft(draft.url(), draft.source().or(() -> feedTitle), draft.title(), draft.text(),
                    draft.html(), draft.published(), draft.authors(), draft.language().or(() -> feedLanguage), draft.metadata(),
                    draft.fetched(), draft.problems());
            sink.accept(new InputEntry.Draft(origin, withFeed.withDefaults(defaults.source(), defaults.language())));
        }
    }

    private static ArticleDraft rssItem(Element item) {
        ArticleDraft.Builder b = ArticleDraft.builder();
        childText(item, "title").map(FeedReader::markupText).ifPresent(b::title);
        Optional<String> link = childText(item, "link").or(() -> item.children().stream()
                .filter(e -> e.tagName().equals("guid") && !e.attr("isPermaLink").equalsIgnoreCase("false"))
                .map(Element::text).filter(t -> t.startsWith("http")).findFirst());
        link.ifPresent(b::url);
        childText(item, "content:encoded").or(() -> childText(item, "description")).map(FeedReader::markupText).ifPresent(b::text);
        childText(item, "pubDate").or(() -> childText(item, "dc:date")).ifPresent(b::published);
        item.children().stream().filter(e -> e.tagName().equals("dc:creator") || e.tagName().equals("author"))
                .map(e -> TextCleaner.line(e.text())).filter(s -> !s.isEmpty()).forEach(b::author);
        categories(item.children().stream().filter(e -> e.tagName().equals("category") || e.tagName().equals("dc:subject"))
                .map(Element::text).toList(), b);
        return b.build();
    }

    private static ArticleDraft atomEntry(Element entry) {
        ArticleDraft.Builder b = ArticleDraft.builder();
        child(entry, "title").map(FeedReader::atomText).ifPresent(b::title);
        entry.children().stream().filter(e -> e.tagName().equals("link") && e.hasAttr("href")
                        && (!e.hasAttr("rel") || e.attr("rel").equals("alternate")))
                .map(e -> e.attr("href")).findFirst().ifPresent(b::url);
        child(entry, "content").or(() -> child(entry, "summary")).map(FeedReader::atomText).ifPresent(b::text);
        childText(entry, "published").or(() -> childText(entry, "updated")).ifPresent(b::published);
        entry.children().stream().filter(e -> e.tagName().equals("author"))
                .map(a -> child(a, "name").map(Element::text).orElse(a.text())).map(TextCleaner::line)
                .filter(s -> !s.isEmpty()).forEach(b::author);
        categories(entry.children().stream().filter(e -> e.tagName().equals("category"))
                .map(e -> e.hasAttr("label") ? e.attr("label") : e.attr("term")).toList(), b);
        return b.build();
    }

    /** Atom text constructs: {@code type="text"} as is, {@code html} (escaped markup) and {@code xhtml} (inline markup) as text. */
    private static String atomText(Element e) {
        return switch (e.attr("type")) {
            case "html" -> markupText(e.text());
            case "xhtml" -> HtmlArticleExtractor.fragmentText(e.html());
            default -> e.wholeText();
        };
    }

    /** Feed text that may hold HTML (descriptions usually do): its text, paragraphs kept. */
    private static String markupText(String s) {
        return s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? HtmlArticleExtractor.fragmentText(s) : s;
    }

    private static void categories(List<String> names, ArticleDraft.Builder b) {
        List<String> clean = names.stream().map(TextCleaner::line).filter(s -> !s.isEmpty()).distinct().toList();
        if (!clean.isEmpty()) {
            b.metadata("categories", String.join(", ", clean));
        }
    }

    private static Optional<Element> child(Element parent, String tag) {
        return parent.children().stream().filter(e -> e.tagName().equals(tag)).findFirst();
    }

    private static Optional<String> childText(Element parent, String tag) {
        return child(parent, tag).map(Element::wholeText).map(String::trim).filter(s -> !s.isEmpty());
    }
}
