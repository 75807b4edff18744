package io.wirestream.producer;

import io.wirestream.producer.input.HtmlArticleExtractor;
import io.wirestream.producer.internal.PublishedDates;
import io.wirestream.producer.internal.TextCleaner;
import io.wirestream.schemas.ArticleId;
import io.wirestream.schemas.RawArticle;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a scraper's {@link ArticleDraft} into the {@link RawArticle} every later stage relies on,
 * or into a list of {@link FieldError}s that say exactly what to fix. All checks run, so one
 * answer lists every problem of an article, not just the first.
 *
 * <p>Rules: the body is required and must not be blank after cleaning (control characters
 * stripped, spacing normalized, paragraph breaks kept, Unicode NFC); a URL must be absolute
 * http(s) and is stored in canonical form (the id is its hash); the source defaults to the URL's
 * host; a language must be a well-formed BCP 47 tag; a publication date must lie between 1900 and
 * a day from now; every field has a size limit ({@link Limits}). Thread-safe and allocation-light:
 * it runs on every article.
 */
public final class ArticleNormalizer {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** Dates a little ahead of this clock are time zones and clock skew, not the future. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    private static final String DATE_FORMS = "use ISO-8601 (2024-03-15T10:00:00Z), YYYY-MM-DD, RFC 1123 "
            + "(Fri, 15 Mar 2024 10:00:00 GMT) or epoch seconds/milliseconds";

    private final Limits limits;
    private final Clock clock;

    public ArticleNormalizer(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public ArticleNormalizer() {
        this(Limits.DEFAULTS, Clock.systemUTC());
    }

    public Limits limits() {
        return limits;
    }

    public Validation normalize(ArticleDraft draft) {
        List<FieldError> errors = new ArrayList<>(draft.problems());
        Optional<String> url = url(draft.url(), errors);
        String body = body(draft, errors);
        Optional<String> title = oneLine("title", draft.title(), limits.maxTitleChars(), errors);
        Optional<String> source = oneLine("source", draft.source(), limits.maxSourceChars(), errors)
                .or(() -> url.map(ArticleNormalizer::hostOf));
        if (source.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("source"))) {
            errors.add(new FieldError("source", "missing: give the publisher or feed name, or a 'url' to take the host name from"));
        }
        Optional<String> language = language(draft.language(), errors);
        Instant now = clock.instant();
        Optional<Instant> published = instant("published", draft.published(), now, errors);
        Instant fetched = instant("fetched", draft.fetched(), now, errors).orElse(now.truncatedTo(ChronoUnit.MILLIS));
        List<String> authors = authors(draft.authors(), errors);
        Map<String, String> metadata = metadata(draft.metadata(), errors);
        if (!errors.isEmpty()) {
            return new Validation.Invalid(errors);
        }
        String id = url.map(ArticleId::forUrl).orElseGet(() -> ArticleId.forText(body));
        return new Validation.Valid(new RawArticle(id, url.orElse(null), source.orElseThrow(), title.orElse(null), body,
                language.orElse(null), published.orElse(null), fetched, authors, metadata));
    }

    private Optional<String> url(Optional<String> raw, List<FieldError> errors) {
        Optional<String> given = raw.map(String::trim).filter(s -> !s.isEmpty());
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String u = given.get();
        if (u.length() > limits.maxUrlChars()) {
            errors.add(tooLong("url", u.length(), limits.maxUrlChars()));
            return Optional.empty();
        }
        try {
            return Optional.of(ArticleId.canonicalUrl(u));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("url", e.getMessage() + " (an absolute http or https URL is needed)"));
            return Optional.empty();
        }
    }

    private String body(ArticleDraft draft, List<FieldError> errors) {
        Optional<String> text = draft.text().or(() -> draft.html().map(HtmlArticleExtractor::mainText));
        if (text.isEmpty()) {
            errors.add(new FieldError("body", "missing: give 'body' (or 'text') with the article text, or 'html'"));
            return "";
        }
        String body;
        if (TextCleaner.isCleanAscii(text.get(), true)) {
            body = text.get();
        } else if (!surrogatesPaired("body", text.get(), errors)) {
            return "";
        } else {
            body = nfc(TextCleaner.body(text.get()));
        }
        if (body.isEmpty()) {
            errors.add(new FieldError("body", "is empty after removing control characters and whitespace"));
        } else if (body.length() > limits.maxBodyChars()) {
            errors.add(tooLong("body", body.length(), limits.maxBodyChars()));
        }
        return body;
    }

    private Optional<String> oneLine(String field, Optional<String> raw, int max, List<FieldError> errors) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String v;
        if (TextCleaner.isCleanAscii(raw.get(), false)) {
            v = raw.get();
        } else if (!surrogatesPaired(field, raw.get(), errors)) {
            return Optional.empty();
        } else {
            v = nfc(TextCleaner.line(raw.get()));
        }
        if (v.length() > max) {
            errors.add(tooLong(field, v.length(), max));
            return Optional.empty();
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private Optional<String> language(Optional<String> raw, List<FieldError> errors) {
        Optional<String> tag = raw.map(String::trim).filter(s -> !s.isEmpty());
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        if (tag.get().length() > limits.maxLanguageChars()) {
            errors.add(tooLong("language", tag.get().length(), limits.maxLanguageChars()));
            return Optional.empty();
        }
        try {
            return Optional.of(new Locale.Builder().setLanguageTag(tag.get()).build().toLanguageTag());
        } catch (IllformedLocaleException e) {
            errors.add(new FieldError("language", "'" + tag.get() + "' is not a well-formed BCP 47 language tag "
                    + "(like 'en', 'de-CH' or 'pt-BR')"));
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String field, Optional<String> raw, Instant now, List<FieldError> errors) {
        Optional<String> text = raw.map(String::trim).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> t = PublishedDates.parse(text.get());
        if (t.isEmpty()) {
            errors.add(new FieldError(field, "'" + shorten(text.get()) + "' is not a date; " + DATE_FORMS));
        } else if (t.get().isBefore(EARLIEST)) {
            errors.add(new FieldError(field, "'" + shorten(text.get()) + "' is before 1900"));
        } else if (t.get().isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldError(field, "'" + shorten(text.get()) + "' is in the future"));
        } else {
            return Optional.of(t.get().truncatedTo(ChronoUnit.MILLIS));
        }
        return Optional.empty();
    }

    private List<String> authors(List<String> raw, List<FieldError> errors) {
        if (raw.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            oneLine("authors[" + i + "]", Optional.ofNullable(raw.get(i)), limits.maxAuthorChars(), errors).ifPresent(out::add);
        }
        if (out.size() > limits.maxAuthors()) {
            errors.add(new FieldError("authors", out.size() + " authors; the limit is " + limits.maxAuthors()));
        }
        return new ArrayList<>(out);
    }

    private Map<String, String> metadata(Map<String, String> raw, List<FieldError> errors) {
        if (raw.isEmpty()) {
            return Map.of();
        }
        if (raw.size() > limits.maxMetadataEntries()) {
            errors.add(new FieldError("metadata", raw.size() + " entries; the limit is " + limits.maxMetadataEntries()));
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            Optional<String> key = oneLine("metadata", Optional.of(k), limits.maxMetadataKeyChars(), errors);
            if (key.isPresent()) {
                oneLine("metadata." + key.get(), Optional.ofNullable(v), limits.maxMetadataValueChars(), errors)
                        .ifPresent(value -> out.put(key.get(), value));
            }
        });
        return out;
    }

    private static boolean surrogatesPaired(String field, String s, List<FieldError> errors) {
        int at = TextCleaner.unpairedSurrogate(s);
        if (at >= 0) {
            errors.add(new FieldError(field, String.format("invalid Unicode: unpaired surrogate U+%04X at character %d",
                    (int) s.charAt(at), at)));
            return false;
        }
        return true;
    }

    private static String hostOf(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static FieldError tooLong(String field, int length, int max) {
        return new FieldError(field, "is " + length + " characters long; the limit is " + max);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
