package io.wirestream.producer;

import java.util.List;
import java.util.stream.Collectors;

/** The article was not published because it is not valid; {@link #errors()} says why, field by field. */
public final class InvalidArticleException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidArticleException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
