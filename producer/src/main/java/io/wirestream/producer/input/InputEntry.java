package io.wirestream.producer.input;

import io.wirestream.producer.ArticleDraft;
import io.wirestream.producer.FieldError;
import io.wirestream.producer.Origin;
import java.util.List;

/** One article read from an input: a draft to validate, or input that could not be read as an article. */
public sealed interface InputEntry {

    Origin origin();

    /** An article as read; still to be validated. */
    record Draft(Origin origin, ArticleDraft draft) implements InputEntry {
    }

    /**
     * Input that is not an article: bad JSON, bytes that are not UTF-8, or over the size limit.
     *
     * @param tooLarge whether it was rejected for its size alone (HTTP answers 413 for those)
     */
    record Unreadable(Origin origin, List<FieldError> errors, boolean tooLarge) implements InputEntry {

        public Unreadable {
            errors = List.copyOf(errors);
        }
    }
}
