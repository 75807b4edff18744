package io.wirestream.streams;

import io.wirestream.enrichment.Article;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.Mention;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, predictable enricher for topology tests: every "Name Surname" pair is a PERSON, the topic
 * is politics, or sport when the text mentions a match. A body containing {@code EXPLODE} throws;
 * one containing {@code STALL} takes 5 s.
 */
final class TestEnricher implements ArticleEnricher {

    private static final Pattern NAME = Pattern.compile("\\b([A-Z][a-z]+ [A-Z][a-z]+)\\b");

    @Override
    public Enrichment enrich(Article a) {
        String text = a.body();
        if (text.contains("EXPLODE")) {
            throw new IllegalStateException("engine blew up on purpose");
        }
        if (text.contains("STALL")) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            mentions.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new Mention(m.start(1), m.end(1), m.group(1)));
        }
        List<NamedEntity> entities = new ArrayList<>();
        mentions.forEach((name, ms) -> entities.add(new NamedEntity("person:" + name.toLowerCase().replace(' ', '-'), name,
                EntityType.PERSON, Optional.empty(), Optional.empty(), ms, 0.5)));
        Topic topic = text.contains("match") ? new Topic("medtop:15000000", "sport", 0.9)
                : new Topic("medtop:11000000", "politics", 0.8);
        return new Enrichment(a.id(), "test", "en", a.publicationDate(), text, text.split("\\s+").length, entities,
                List.of(), List.of(topic), List.of(), List.of(), Map.of("test", 1L));
    }
}
