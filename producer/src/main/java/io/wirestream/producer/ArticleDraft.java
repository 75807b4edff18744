package io.wirestream.producer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article as a scraper sent it, before validation: every field optional and uncleaned, dates
 * still text. Readers of the input formats produce drafts; {@link ArticleNormalizer} turns a draft
 * into a {@code RawArticle} or says what is wrong with it. Keeping the two steps apart lets a
 * rejection name the field exactly as the scraper wrote it.
 *
 * @param text      the body as plain text
 * @param html      the body as HTML (used when there is no {@code text}; its main text is extracted)
 * @param published publication time as written: ISO-8601, RFC 1123, {@code YYYY-MM-DD}, or epoch seconds/millis
 * @param fetched   when the scraper fetched it (defaults to now)
 * @param problems  what the reader already found wrong (a field of the wrong JSON type, ...)
 */
public record ArticleDraft(Optional<String> url, Optional<String> source, Optional<String> title, Optional<String> text,
        Optional<String> html, Optional<String> published, List<String> authors, Optional<String> language,
        Map<String, String> metadata, Optional<String> fetched, List<FieldError> problems) {

    public ArticleDraft {
        authors = List.copyOf(authors);
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        problems = List.copyOf(problems);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A copy with the fields of {@code defaults} filled in where this draft has none. */
    public ArticleDraft withDefaults(Optional<String> defaultSource, Optional<String> defaultLanguage) {
        return new ArticleDraft(url, source.or(() -> defaultSource), title, text, html, published, authors,
                language.or(() -> defaultLanguage), metadata, fetched, problems);
    }

    /** Builds drafts field by field; {@code null} means absent. */
    public static final class Builder {
        private String url;
        private String source;
        private String title;
        private String text;
        private String html;
        private String published;
        private final List<String> authors = new ArrayList<>();
        private String language;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private String fetched;
        private final List<FieldError> problems = new ArrayList<>();

        public Builder url(String v) {
            url = v;
            return this;
        }

        public Builder source(String v) {
            source = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder html(String v) {
            html = v;
            return this;
        }

        public Builder published(String v) {
            published = v;
            return this;
        }

        public Builder published(Instant v) {
            published = v == null ? null : v.toString();
            return this;
        }

        public Builder author(String v) {
            authors.add(v);
            return this;
        }

        public Builder authors(List<String> v) {
            authors.addAll(v);
            return this;
        }

        public Builder language(String v) {
            language = v;
            return this;
        }

        public Builder metadata(String key, String value) {
            metadata.put(key, value);
            return this;
        }

        public Builder metadata(Map<String, String> v) {
            metadata.putAll(v);
            return this;
        }

        public Builder fetched(String v) {
            fetched = v;
            return this;
        }

        public Builder fetched(Instant v) {
            fetched = v == null ? null : v.toString();
            return this;
        }

        public Builder problem(FieldError e) {
            problems.add(e);
            return this;
        }

        public ArticleDraft build() {
            return new ArticleDraft(Optional.ofNullable(url), Optional.ofNullable(source), Optional.ofNullable(title),
                    Optional.ofNullable(text), Optional.ofNullable(html), Optional.ofNullable(published), authors,
                    Optional.ofNullable(language), metadata, Optional.ofNullable(fetched), problems);
        }
    }
}
