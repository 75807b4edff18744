package io.wirestream.producer;

/**
 * One thing wrong with one article, said so that a scraper author can fix it: the field
 * ({@code url}, {@code published}, {@code authors[2]}, ...; or {@code json}, {@code encoding},
 * {@code size} for input that could not be read as an article at all) and what is wrong with it.
 */
public record FieldError(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
