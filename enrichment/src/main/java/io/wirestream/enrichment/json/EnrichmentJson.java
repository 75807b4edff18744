package io.wirestream.enrichment.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.enrichment.Amount;
import io.wirestream.enrichment.Enrichment;
import io.wirestream.enrichment.Mention;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.Quote;
import io.wirestream.enrichment.Timex;
import io.wirestream.enrichment.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON shape of an enrichment, one object per article, as {@code wirestream enrich} prints it
 * and the files sink writes it. Entities are listed per mention (what a highlighter and the
 * evaluation scorer need), each carrying its entity's canonical name, id and type.
 */
public final class EnrichmentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EnrichmentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param includeText whether to add the analysed {@code text} (for text-file input, where the
     *                    date marker was removed and the caller cannot know the offsets' base)
     */
    public static ObjectNode toJson(Enrichment e, boolean includeText) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.articleId());
        o.put("engineVersion", e.engineVersion());
        o.put("language", e.language());
        e.publicationDate().ifPresentOrElse(d -> o.put("published", d.toString()), () -> o.putNull("published"));
        o.put("wordCount", e.wordCount());
        if (includeText) {
            o.put("text", e.text());
        }
        o.set("entities", entities(e.entities()));
        ArrayNode dates = o.putArray("dates");
        for (Timex t : e.dates()) {
            ObjectNode d = dates.addObject();
            d.put("start", t.start()).put("end", t.end()).put("text", t.text()).put("value", t.value())
                    .put("type", t.type().name()).put("resolved", t.resolved());
        }
        ArrayNode topics = o.putArray("topics");
        for (Topic t : e.topics()) {
            topics.addObject().put("code", t.code()).put("label", t.label()).put("score", round(t.score()));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : e.quotes()) {
            ObjectNode j = quotes.addObject().put("start", q.start()).put("end", q.end()).put("text", q.text());
            q.speaker().ifPresentOrElse(s -> j.put("speaker", s), () -> j.putNull("speaker"));
            q.speakerEntityId().ifPresent(s -> j.put("speakerEntityId", s));
        }
        ArrayNode amounts = o.putArray("amounts");
        for (Amount a : e.amounts()) {
            ObjectNode j = amounts.addObject().put("start", a.start()).put("end", a.end()).put("text", a.text())
                    .put("value", a.value());
            a.unit().ifPresentOrElse(u -> j.put("unit", u), () -> j.putNull("unit"));
            a.currency().ifPresent(c -> j.put("currency", c));
            a.object().ifPresent(c -> j.put("object", c));
        }
        ObjectNode timings = o.putObject("timingsMicros");
        e.timingsMicros().forEach(timings::put);
        return o;
    }

    private static ArrayNode entities(List<NamedEntity> entities) {
        record Row(NamedEntity entity, Mention mention) {
        }
        List<Row> rows = new ArrayList<>();
        for (NamedEntity ent : entities) {
            for (Mention m : ent.mentions()) {
                rows.add(new Row(ent, m));
            }
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.mention().start()).thenComparingInt(r -> r.mention().end()));
        ArrayNode out = MAPPER.createArrayNode();
        for (Row r : rows) {
            NamedEntity ent = r.entity();
            ObjectNode j = out.addObject();
            j.put("start", r.mention().start()).put("end", r.mention().end()).put("text", r.mention().text())
                    .put("type", ent.type().name()).put("name", ent.name()).put("entityId", ent.id());
            ent.subtype().ifPresent(s -> j.put("subtype", s));
            ent.linkId().ifPresent(s -> j.put("linkId", s));
            j.put("salience", round(ent.salience()));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
