package io.wirestream.producer.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Origin;
import io.wirestream.schemas.RawArticle;
import java.util.List;

/**
 * The JSON lines of a dry run, one per article: the normalized article exactly as it would be
 * published ({@code id, url, source, title, published, authors, language, body}), or its
 * rejection; both with {@code input} ({@code file:line}), so a scraper author can check their
 * output before pointing it at Kafka.
 */
public final class DryRunLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DryRunLines() {
    }

    public static String article(Origin origin, RawArticle a) {
        ObjectNode n = JSON.createObjectNode().put("input", origin.describe()).put("id", a.getId());
        n.put("url", a.getUrl()).put("source", a.getSource()).put("title", a.getTitle())
                .put("published", a.getPublishedAt() == null ? null : a.getPublishedAt().toString());
        ArrayNode authors = n.putArray("authors");
        a.getAuthors().forEach(x -> authors.add(String.valueOf(x)));
        n.put("language", a.getLanguage()).put("body", a.getBody());
        return n.toString();
    }

    public static String rejection(Origin origin, List<FieldError> errors) {
        ObjectNode n = JSON.createObjectNode().put("input", origin.describe());
        ArrayNode es = n.putArray("rejected");
        errors.forEach(e -> es.addObject().put("field", e.field()).put("problem", e.problem()));
        return n.toString();
    }
}
