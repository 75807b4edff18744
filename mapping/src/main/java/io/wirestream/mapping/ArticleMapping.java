package io.wirestream.mapping;

import io.wirestream.enrichment.Article;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.schemas.Amount;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.EntityType;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.Quote;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.TemporalExpression;
import io.wirestream.schemas.TimexType;
import io.wirestream.schemas.TopicTag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between the enrichment engine's records and the Avro contract. The engine knows nothing
 * of Avro and the contract nothing of the engine; this is the one place that knows both, so the
 * topology, the sinks and the offline command agree on what an enriched article is.
 */
public final class ArticleMapping {

    private ArticleMapping() {
    }

    /** The engine's input for a raw article; the publication date is the UTC day of {@code publishedAt}. */
    public static Article toArticle(RawArticle raw) {
        Optional<LocalDate> published = Optional.ofNullable(raw.getPublishedAt())
                .map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC));
        return new Article(raw.getId(), published, Optional.ofNullable(raw.getTitle()), raw.getBody());
    }

    /**
     * The enriched article: the raw fields plus what the engine found. Its body is the text the
     * offsets index into (the raw body without a leading date marker, if there was one).
     */
    public static EnrichedArticle toEnrichedArticle(RawArticle raw, Enrichment e, Optional<String> duplicateOf,
            Instant enrichedAt) {
        Instant published = raw.getPublishedAt() != null ? raw.getPublishedAt()
                : e.publicationDate().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(null);
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getUrl())
                .setSource(raw.getSource())
                .setTitle(raw.getTitle())
                .setBody(e.text())
                .setLanguage(e.language())
                .setPublishedAt(published)
                .setFetchedAt(raw.getFetchedAt())
                .setAuthors(raw.getAuthors())
                .setMetadata(raw.getMetadata())
                .setWordCount(e.wordCount())
                .setEntities(e.entities().stream().map(ArticleMapping::entity).toList())
                .setDates(e.dates().stream().map(t -> TemporalExpression.newBuilder().setText(t.text()).setStart(t.start())
                        .setEnd(t.end()).setValue(t.value()).setType(TimexType.valueOf(t.type().name()))
                        .setResolved(t.resolved()).build()).toList())
                .setTopics(e.topics().stream().map(t -> new TopicTag(t.code(), t.label(), t.score())).toList())
                .setQuotes(e.quotes().stream().map(q -> new Quote(q.text(), q.start(), q.end(), q.speaker().orElse(null),
                        q.speakerEntityId().orElse(null))).toList())
                .setAmounts(e.amounts().stream().map(a -> new Amount(a.text(), a.start(), a.end(), a.value(),
                        a.unit().orElse(null), a.currency().orElse(null), a.object().orElse(null))).toList())
                .setDuplicateOf(duplicateOf.orElse(null))
                .setEnricherVersion(e.engineVersion())
                .setEnrichedAt(enrichedAt)
                .setTimings(Map.copyOf(e.timingsMicros()))
                .build();
    }

    private static Entity entity(NamedEntity n) {
        return Entity.newBuilder().setId(n.id()).setName(n.name()).setType(EntityType.valueOf(n.type().name()))
                .setSubtype(n.subtype().orElse(null)).setLinkId(n.linkId().orElse(null))
                .setMentions(n.mentions().stream().map(m -> new Mention(m.start(), m.end(), m.text())).toList())
                .setCount(n.count()).setSalience(n.salience()).build();
    }

    /** The engine's view of an enriched article, e.g. to print it in the same JSON shape as {@code enrich}. */
    public static Enrichment toEnrichment(EnrichedArticle a) {
        Optional<LocalDate> published = Optional.ofNullable(a.getPublishedAt()).map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC));
        List<NamedEntity> entities = a.getEntities().stream().map(n -> new NamedEntity(n.getId(), n.getName(),
                io.wirestream.enrichment.EntityType.valueOf(n.getType().name()), Optional.ofNullable(n.getSubtype()),
                Optional.ofNullable(n.getLinkId()), n.getMentions().stream()
                        .map(m -> new io.wirestream.enrichment.Mention(m.getStart(), m.getEnd(), m.getText())).toList(),
                n.getSalience())).toList();
        return new Enrichment(a.getId(), a.getEnricherVersion(), a.getLanguage(), published, a.getBody(), a.getWordCount(),
                entities,
                a.getDates().stream().map(t -> new io.wirestream.enrichment.Timex(t.getStart(), t.getEnd(), t.getText(),
                        t.getValue(), io.wirestream.enrichment.TimexType.valueOf(t.getType().name()), t.getResolved())).toList(),
                a.getTopics().stream().map(t -> new io.wirestream.enrichment.Topic(t.getCode(), t.getLabel(), t.getScore()))
                        .toList(),
                a.getQuotes().stream().map(q -> new io.wirestream.enrichment.Quote(q.getStart(), q.getEnd(), q.getText(),
                        Optional.ofNullable(q.getSpeaker()), Optional.ofNullable(q.getSpeakerEntityId()))).toList(),
                a.getAmounts().stream().map(x -> new io.wirestream.enrichment.Amount(x.getStart(), x.getEnd(), x.getText(),
                        x.getValue(), Optional.ofNullable(x.getUnit()), Optional.ofNullable(x.getCurrency()),
                        Optional.ofNullable(x.getObject()))).toList(),
                a.getTimings());
    }
}
