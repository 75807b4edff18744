package io.wirestream.consumer;

import io.wirestream.enrichment.EnrichmentEngine;
import io.wirestream.mapping.ArticleMapping;
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
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.TrendKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Enriched articles for the consumer's tests: made by hand (every field set) or by the real engine. */
public final class Articles {

    public static final Instant PUBLISHED = Instant.parse("2025-02-14T09:30:00Z");
    public static final TopicTag SPORT = new TopicTag("medtop:15000000", "sport", 0.91);
    public static final TopicTag POLITICS = new TopicTag("medtop:11000000", "politics", 0.77);

    static {
        // the serdes tell Avro to trust the contract's classes; builders that copy defaults need that too
        new io.wirestream.schemas.serde.AvroDeserializer(null, EnrichedArticle.class).close();
        new io.wirestream.schemas.serde.AvroDeserializer(null, TrendCount.class).close();
    }

    private Articles() {
    }

    /**
     * An article with every field and list filled: two entities (one with two mentions), a resolved
     * date, two topics, a quote, an amount, authors, metadata and timings.
     */
    public static EnrichedArticle full(String id) {
        return fullBuilder(id).build();
    }

    /** {@link #full}'s builder, to change a field or two. */
    public static EnrichedArticle.Builder fullBuilder(String id) {
        String body = "Maria Lopez met officials in Nairobi on Friday. \"We will rebuild,\" Lopez said, "
                + "pledging $40 million for schools.";
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setUrl("https://news.example/" + id)
                .setSource("example-wire")
                .setTitle("Lopez pledges $40 million in Nairobi (" + id + ")")
                .setBody(body)
                .setLanguage("en")
                .setPublishedAt(PUBLISHED)
                .setFetchedAt(PUBLISHED.plusSeconds(60))
                .setAuthors(List.of("A. Writer", "B. Editor"))
                .setMetadata(Map.of("section", "world", "paywall", "no"))
                .setWordCount(18)
                .setEntities(List.of(
                        Entity.newBuilder().setId("person:maria-lopez").setName("Maria Lopez").setType(EntityType.PERSON)
                                .setMentions(List.of(new Mention(0, 11, "Maria Lopez"), new Mention(67, 72, "Lopez")))
                                .setCount(2).setSalience(0.8125).build(),
                        Entity.newBuilder().setId("city:nairobi").setName("Nairobi").setType(EntityType.LOCATION)
                                .setSubtype("CITY").setLinkId("city:KE:nairobi")
                                .setMentions(List.of(new Mention(29, 36, "Nairobi"))).setCount(1).setSalience(0.4).build()))
                .setDates(List.of(TemporalExpression.newBuilder().setText("Friday").setStart(40).setEnd(46)
                        .setValue("2025-02-14").setType(TimexType.DATE).setResolved(true).build()))
                .setTopics(List.of(POLITICS, new TopicTag("medtop:05000000", "education", 0.42)))
                .setQuotes(List.of(new Quote("We will rebuild,", 49, 65, "Maria Lopez", "person:maria-lopez")))
                .setAmounts(List.of(new Amount("$40 million", 88, 99, 4.0E7, "USD", "USD", null)))
                .setDuplicateOf(null)
                .setEnricherVersion("test-1")
                .setEnrichedAt(PUBLISHED.plusSeconds(61))
                .setTimings(Map.of("entities", 120L, "dates", 35L));
    }

    /** A small article with the given title, body, source and topics, and one entity per given name. */
    public static EnrichedArticle simple(String id, String title, String body, String source, List<TopicTag> topics,
            List<Entity> entities) {
        return EnrichedArticle.newBuilder()
                .setId(id).setUrl(null).setSource(source).setTitle(title).setBody(body).setLanguage("en")
                .setPublishedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).setFetchedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setWordCount(body.split("\\s+").length).setEntities(entities).setTopics(topics)
                .setEnricherVersion("test-1").setEnrichedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    /** An entity mentioned once at the first occurrence of its name in {@code body}. */
    public static Entity entity(String body, String name, EntityType type) {
        int at = body.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException(name + " not in " + body);
        }
        return Entity.newBuilder().setId(type.name().toLowerCase() + ":" + name).setName(name).setType(type)
                .setMentions(List.of(new Mention(at, at + name.length(), name))).setCount(1).setSalience(0.5).build();
    }

    /** What the real engine makes of a raw article. */
    public static EnrichedArticle enriched(String id, String title, String body) {
        RawArticle raw = RawArticle.newBuilder().setId(id).setSource("engine-wire").setTitle(title).setBody(body)
                .setPublishedAt(PUBLISHED).setFetchedAt(PUBLISHED.plusSeconds(5)).build();
        return ArticleMapping.toEnrichedArticle(raw, EnrichmentEngine.shared().enrich(ArticleMapping.toArticle(raw)),
                Optional.empty(), PUBLISHED.plusSeconds(6));
    }

    public static TrendCount trend(TrendKind kind, String name, String key, Instant windowStart, long minutes, long count) {
        return TrendCount.newBuilder().setKind(kind).setName(name).setKey(key)
                .setEntityType(kind == TrendKind.ENTITY ? "PERSON" : null)
                .setWindowStart(windowStart).setWindowEnd(windowStart.plus(minutes, ChronoUnit.MINUTES)).setCount(count)
                .build();
    }
}
