package io.wirestream.producer;

import io.wirestream.schemas.RawArticle;
import java.util.List;

/** What {@link ArticleNormalizer} made of a draft: a publishable article, or the reasons it is not one. */
public sealed interface Validation {

    /** A clean, normalized article with its id. */
    record Valid(RawArticle article) implements Validation {
    }

    /** Everything wrong with the draft (never empty). */
    record Invalid(List<FieldError> errors) implements Validation {

        public Invalid {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid article needs at least one error");
            }
            errors = List.copyOf(errors);
        }
    }
}
