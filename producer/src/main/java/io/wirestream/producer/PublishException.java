package io.wirestream.producer;

import org.apache.kafka.common.errors.RetriableException;

/**
 * A valid article could not be published. {@link #retriable()} tells a passing outage (Kafka or the
 * schema registry unreachable, the producer's buffer full: try again later, HTTP 503) from a
 * problem that retrying will not fix (authorization, a record over the broker's size limit).
 */
public final class PublishException extends RuntimeException {

    private final String articleId;
    private final boolean retriable;

    public PublishException(String articleId, Throwable cause) {
        super("article " + articleId + " was not published: " + describe(cause), cause);
        this.articleId = articleId;
        this.retriable = isRetriable(cause);
    }

    public String articleId() {
        return articleId;
    }

    public boolean retriable() {
        return retriable;
    }

    private static boolean isRetriable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
