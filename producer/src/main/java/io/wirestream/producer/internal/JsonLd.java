package io.wirestream.producer.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org article described in a page's JSON-LD blocks, if any: publishers put the
 * headline, authors and publication date there for search engines, so it is the most reliable
 * place to read them. Malformed blocks (common) are skipped, never fatal.
 */
public final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
            "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle", "TechArticle");

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    /** The first article object in the given JSON-LD blocks. */
    public static Optional<JsonLd> article(List<String> blocks) {
        for (String block : blocks) {
            try {
                Optional<JsonNode> found = find(JSON.readTree(block), 0);
                if (found.isPresent()) {
                    return Optional.of(new JsonLd(found.get()));
                }
            } catch (JsonProcessingException e) {
                // a broken block: look at the next one
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> find(JsonNode node, int depth) {
        if (node == null || depth > 3) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> f = find(n, depth + 1);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticle(node.get("@type"))) {
            return Optional.of(node);
        }
        return find(node.get("@graph"), depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    public Optional<String> headline() {
        return text("headline").or(() -> text("name"));
    }

    public Optional<String> datePublished() {
        return text("datePublished");
    }

    public Optional<String> url() {
        return text("url").or(() -> {
            JsonNode main = article.get("mainEntityOfPage");
            if (main == null) {
                return Optional.empty();
            }
            return main.isTextual() ? Optional.of(main.asText()) : Optional.ofNullable(main.get("@id")).map(JsonNode::asText);
        });
    }

    public Optional<String> publisherName() {
        JsonNode p = article.get("publisher");
        if (p != null && p.isArray() && !p.isEmpty()) {
            p = p.get(0);
        }
        return p == null ? Optional.empty() : p.isTextual() ? Optional.of(p.asText()) : nonBlank(p.get("name"));
    }

    public Optional<String> language() {
        return text("inLanguage");
    }

    public List<String> authors() {
        JsonNode a = article.get("author");
        List<String> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            (n.isTextual() ? nonBlank(n) : nonBlank(n.get("name"))).ifPresent(out::add);
        }
        return out;
    }

    private Optional<String> text(String field) {
        return nonBlank(article.get(field));
    }

    private static Optional<String> nonBlank(JsonNode n) {
        return n == null || !n.isValueNode() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText().trim());
    }
}
