package io.wirestream.enrichment.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrichmentJsonTest {

    private static final String TEXT = "Vladimir Putin said on Friday: \"We agree.\" Putin paid $2.3bn.";

    private static Enrichment sample() {
        NamedEntity putin = new NamedEntity("e1", "Vladimir Putin", EntityType.PERSON, Optional.empty(), Optional.empty(),
                List.of(new Mention(43, 48, "Putin"), new Mention(0, 14, "Vladimir Putin")), 0.9);
        return new Enrichment("a1", "test", "en", Optional.of(LocalDate.of(2025, 2, 15)), TEXT, 11, List.of(putin),
                List.of(new Timex(23, 29, "Friday", "2025-02-14", TimexType.DATE, true)),
                List.of(new Topic("medtop:11000000", "politics", 0.81234)),
                List.of(new Quote(32, 41, "We agree.", Optional.of("Vladimir Putin"), Optional.of("e1"))),
                List.of(new Amount(54, 60, "$2.3bn", 2.3e9, Optional.of("USD"), Optional.of("USD"), Optional.empty())),
                Map.of("topics", 12L));
    }

    @Test
    void shouldListEntitiesPerMentionInTextOrderWithTheirEntity() {
        JsonNode entities = EnrichmentJson.toJson(sample(), false).get("entities");
        assertThat(entities).hasSize(2);
        assertThat(entities.get(0).get("start").asInt()).isZero();
        assertThat(entities.get(1).get("text").asText()).isEqualTo("Putin");
        assertThat(entities.get(1).get("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(entities.get(1).get("entityId").asText()).isEqualTo("e1");
        assertThat(entities.get(1).get("type").asText()).isEqualTo("PERSON");
    }

    @Test
    void shouldWriteTheShapeTheScorerAndDashboardsRead() {
        ObjectNode o = EnrichmentJson.toJson(sample(), false);
        assertThat(o.get("language").asText()).isEqualTo("en");
        assertThat(o.get("published").asText()).isEqualTo("2025-02-15");
        assertThat(o.get("dates").get(0).get("value").asText()).isEqualTo("2025-02-14");
        assertThat(o.get("dates").get(0).get("resolved").asBoolean()).isTrue();
        assertThat(o.get("topics").get(0).get("code").asText()).isEqualTo("medtop:11000000");
        assertThat(o.get("topics").get(0).get("score").asDouble()).isEqualTo(0.812);
        assertThat(o.get("quotes").get(0).get("speaker").asText()).isEqualTo("Vladimir Putin");
        assertThat(o.get("amounts").get(0).get("unit").asText()).isEqualTo("USD");
        assertThat(o.get("amounts").get(0).get("value").asDouble()).isEqualTo(2.3e9);
        assertThat(o.has("text")).isFalse();
    }

    @Test
    void shouldAddTheTextOnlyWhenAsked() {
        assertThat(EnrichmentJson.toJson(sample(), true).get("text").asText()).isEqualTo(TEXT);
    }
}
