package io.wirestream.enrichment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine found in one article.
 *
 * <p>All offsets are UTF-16 indices into {@link #text()}, which is the article body exactly as
 * given, minus a leading {@code date YYYY-MM-DD} marker when there was one. Java and JavaScript
 * index strings the same way, so a dashboard can highlight mentions without re-tokenizing.
 *
 * @param articleId       the input id
 * @param engineVersion   version of the engine that produced this (models and rules included)
 * @param language        ISO 639-1 code of the detected language, {@code und} when undetermined
 * @param publicationDate the date relative expressions were resolved against, if any
 * @param text            the text the offsets index into
 * @param wordCount       number of word tokens in {@code text}
 * @param timingsMicros   microseconds spent per stage, in pipeline order
 */
public record Enrichment(
        String articleId,
        String engineVersion,
        String language,
        Optional<LocalDate> publicationDate,
        String text,
        int wordCount,
        List<NamedEntity> entities,
        List<Timex> dates,
        List<Topic> topics,
        List<Quote> quotes,
        List<Amount> amounts,
        Map<String, Long> timingsMicros) {

    public Enrichment {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        topics = List.copyOf(topics);
        quotes = List.copyOf(quotes);
        amounts = List.copyOf(amounts);
        timingsMicros = Map.copyOf(timingsMicros);
    }
}
