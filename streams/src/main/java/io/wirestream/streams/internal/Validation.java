package io.wirestream.streams.internal;

import io.wirestream.schemas.ArticleId;
import io.wirestream.schemas.RawArticle;

/**
 * What a raw article must satisfy before it is enriched. Producers validate too, but the topic is
 * open to any client, so the topology checks again and dead-letters what fails, saying why.
 */
public final class Validation {

    public static final String STAGE = "validate";

    private Validation() {
    }

    /** @throws PipelineFailure naming the field and the problem */
    public static RawArticle check(String key, RawArticle a, int maxBodyChars) {
        if (key == null || key.isBlank()) {
            throw new PipelineFailure(STAGE, "record has no key; the key must be the article id");
        }
        if (a.getId() == null || a.getId().isBlank()) {
            throw new PipelineFailure(STAGE, "field 'id' is empty");
        }
        if (!key.equals(a.getId())) {
            throw new PipelineFailure(STAGE, "record key '" + abbreviate(key) + "' is not the article id '"
                    + abbreviate(a.getId()) + "'");
        }
        if (a.getSource() == null || a.getSource().isBlank()) {
            throw new PipelineFailure(STAGE, "field 'source' is empty");
        }
        String body = a.getBody();
        if (body == null || body.isBlank()) {
            throw new PipelineFailure(STAGE, "field 'body' is empty or whitespace only");
        }
        if (body.length() > maxBodyChars) {
            throw new PipelineFailure(STAGE, String.format("field 'body' has %,d characters, over the %,d limit",
                    body.length(), maxBodyChars));
        }
        if (a.getUrl() != null) {
            try {
                ArticleId.canonicalUrl(a.getUrl());
            } catch (IllegalArgumentException e) {
                throw new PipelineFailure(STAGE, "field 'url': " + e.getMessage());
            }
        }
        return a;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
