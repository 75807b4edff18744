package io.wirestream.enrichment;

import java.util.List;
import java.util.Optional;

/**
 * One real-world thing named in an article, with all its mentions: "Vladimir Putin", a later
 * "Putin" and "(Vladimir) Putin" are one entity.
 *
 * @param id       article-local key; equals {@code linkId} when the knowledge base knows the entity
 * @param name     canonical name, the fullest form used in the article or the knowledge base name
 * @param type     coarse type
 * @param subtype  finer type where known, e.g. COUNTRY, CITY, REGION, CONTINENT for locations
 * @param linkId   stable knowledge-base id (e.g. {@code country:US}) when the entity is known
 * @param mentions every mention, in text order
 * @param salience importance in the article in [0,1]: early, frequent and title mentions weigh more
 */
public record NamedEntity(
        String id,
        String name,
        EntityType type,
        Optional<String> subtype,
        Optional<String> linkId,
        List<Mention> mentions,
        double salience) {

    public NamedEntity {
        mentions = List.copyOf(mentions);
    }

    public int count() {
        return mentions.size();
    }
}
