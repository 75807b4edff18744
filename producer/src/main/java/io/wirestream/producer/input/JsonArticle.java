package io.wirestream.producer.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.producer.ArticleDraft;
import io.wirestream.producer.FieldError;
import java.util.Iterator;
import java.util.Map;

/**
 * One JSON article object as a draft. Fields: {@code url, source, title, body} (or {@code text}, or
 * {@code html}), {@code published} (or {@code publishedAt}), {@code authors} (or {@code author}; a
 * string or an array of strings), {@code language}, {@code metadata} (an object of scalars),
 * {@code fetched} (or {@code fetchedAt}). Other fields (an {@code id} of the scraper's own, say) are
 * ignored. A field of the wrong JSON type becomes a field error on the draft.
 */
final class JsonArticle {

    private JsonArticle() {
    }

    static ArticleDraft draft(JsonNode node) {
        ArticleDraft.Builder b = ArticleDraft.builder();
        b.url(string(node, "url", b));
        b.source(string(node, "source", b));
        b.title(string(node, "title", b));
        String body = string(node, "body", b);
        b.text(body != null ? body : string(node, "text", b));
        b.html(string(node, "html", b));
        b.language(string(node, "language", b));
        b.published(dateValue(node, node.has("published") ? "published" : "publishedAt", b));
        b.fetched(dateValue(node, node.has("fetched") ? "fetched" : "fetchedAt", b));
        authors(node.has("authors") ? "authors" : "author", node, b);
        metadata(node.get("metadata"), b);
        return b.build();
    }

    private static String string(JsonNode node, String field, ArticleDraft.Builder b) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            b.problem(new FieldError(field, "must be a string, not " + kind(v)));
            return null;
        }
        return v.textValue();
    }

    private static String dateValue(JsonNode node, String field, ArticleDraft.Builder b) {
        JsonNode v = node.get(field);
        if (v != null && v.isIntegralNumber()) {
            return v.asText();
        }
        return string(node, field, b);
    }

    private static void authors(String field, JsonNode node, ArticleDraft.Builder b) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isTextual()) {
            b.author(v.textValue());
            return;
        }
        if (!v.isArray()) {
            b.problem(new FieldError(field, "must be an array of strings, not " + kind(v)));
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode a = v.get(i);
            if (a.isTextual()) {
                b.author(a.textValue());
            } else if (a.isObject() && a.path("name").isTextual()) {
                b.author(a.get("name").textValue());
            } else if (!a.isNull()) {
                b.problem(new FieldError(field + "[" + i + "]", "must be a string, not " + kind(a)));
            }
        }
    }

    private static void metadata(JsonNode v, ArticleDraft.Builder b) {
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isObject()) {
            b.problem(new FieldError("metadata", "must be an object of strings, not " + kind(v)));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (value.isValueNode() && !value.isNull()) {
                b.metadata(e.getKey(), value.asText());
            } else if (value.isArray() && allScalars(value)) {
                StringBuilder joined = new StringBuilder();
                value.forEach(x -> joined.append(joined.length() == 0 ? "" : ", ").append(x.asText()));
                b.metadata(e.getKey(), joined.toString());
            } else if (!value.isNull()) {
                b.problem(new FieldError("metadata." + e.getKey(), "must be a string, number, boolean or list of them, not "
                        + kind(value)));
            }
        }
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode x : array) {
            if (!x.isValueNode() || x.isNull()) {
                return false;
            }
        }
        return true;
    }

    static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL, MISSING -> "null";
            case BINARY -> "binary";
        };
    }

}
