package io.wirestream.enrichment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine reads: an id, the body text and, when known, the publication date and title.
 *
 * <p>The publication date anchors relative expressions ("Friday", "last year"). When it is absent
 * the engine also accepts a leading {@code date YYYY-MM-DD} marker in the body (the way some
 * scrapers dump articles); the marker is removed and every offset in the result indexes into the
 * text after it. Without either, relative dates stay unresolved: the engine never guesses from the
 * system clock.
 */
public record Article(String id, Optional<LocalDate> publicationDate, Optional<String> title, String body) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    public static Article of(String id, String body) {
        return new Article(id, Optional.empty(), Optional.empty(), body);
    }

    public Article withPublicationDate(LocalDate date) {
        return new Article(id, Optional.ofNullable(date), title, body);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, publicationDate, Optional.ofNullable(newTitle), body);
    }
}
