package io.wirestream.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.enrichment.Amount;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.Mention;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.Quote;
import io.wirestream.enrichment.Timex;
import io.wirestream.enrichment.TimexType;
import io.wirestream.enrichment.Topic;
import io.wirestream.enrichment.json.EnrichmentJson;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleMappingTest {

    static final String TEXT = "Vladimir Putin said \"we will talk\" on Friday about $2.3bn.";

    static Enrichment enrichment() {
        NamedEntity putin = new NamedEntity("person:vladimir-putin", "Vladimir Putin", EntityType.PERSON, Optional.empty(),
                Optional.empty(), List.of(new Mention(0, 14, "Vladimir Putin")), 0.9);
        return new Enrichment("a1", "test-1", "en", Optional.of(LocalDate.of(2025, 2, 15)), TEXT, 11, List.of(putin),
                List.of(new Timex(38, 44, "Friday", "2025-02-14", TimexType.DATE, true)),
                List.of(new Topic("medtop:11000000", "politics", 0.8)),
                List.of(new Quote(21, 34, "we will talk", Optional.of("Vladimir Putin"), Optional.of(putin.id()))),
                List.of(new Amount(51, 57, "$2.3bn", 2.3e9, Optional.of("USD"), Optional.of("USD"), Optional.empty())),
                Map.of("entities", 12L));
    }

    static RawArticle raw() {
        return RawArticle.newBuilder().setId("a1").setSource("wire").setUrl("https://example.com/a1")
                .setTitle("Talks").setBody("date 2025-02-15\n" + TEXT).setFetchedAt(Instant.parse("2025-02-15T10:00:00Z"))
                .setAuthors(List.of("Ann")).build();
    }

    @Test
    void shouldCarryEveryEnrichmentLayerIntoTheContractAndBack() {
        Enrichment e = enrichment();
        EnrichedArticle a = ArticleMapping.toEnrichedArticle(raw(), e, Optional.of("b2"), Instant.parse("2025-02-15T10:00:01Z"));
        assertThat(a.getBody()).isEqualTo(TEXT);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-02-15T00:00:00Z"));
        assertThat(a.getDuplicateOf()).isEqualTo("b2");
        assertThat(a.getEntities().get(0).getCount()).isEqualTo(1);
        assertThat(ArticleMapping.toEnrichment(a)).isEqualTo(e);
    }

    @Test
    void shouldPrintTheSameShapeAsTheEnrichCommandPlusArticleFields() {
        EnrichedArticle a = ArticleMapping.toEnrichedArticle(raw(), enrichment(), Optional.empty(), Instant.EPOCH);
        ObjectNode json = EnrichedArticleJson.toJson(a);
        ObjectNode engineJson = EnrichmentJson.toJson(enrichment(), true);
        engineJson.fieldNames().forEachRemaining(f -> assertThat(json.get(f)).as(f).isEqualTo(engineJson.get(f)));
        assertThat(json.get("url").asText()).isEqualTo("https://example.com/a1");
        assertThat(json.get("entities").get(0).get("name").asText()).isEqualTo("Vladimir Putin");
    }

    @Test
    void shouldFeedTheEngineTheUtcDayOfPublication() {
        RawArticle r = raw();
        r.setPublishedAt(Instant.parse("2025-02-15T23:30:00Z"));
        assertThat(ArticleMapping.toArticle(r).publicationDate()).contains(LocalDate.of(2025, 2, 15));
        assertThat(ArticleMapping.toArticle(r).title()).contains("Talks");
    }
}
