package io.wirestream.enrichment.internal.kb;

import io.wirestream.enrichment.EntityType;
import java.util.Optional;

/**
 * One thing the knowledge base knows: a country, city, region, organization, group or event, with
 * the stable id that the engine reports as an entity's link id.
 *
 * <p>Entries carry just enough to choose between namesakes in an article: the kind of thing
 * ({@link #subtype}), its country, a population for places and two flags. {@code weak} marks names
 * that are usually something else in running text ("Kent" the cricket county and the surname), so
 * the recognizer takes them only with support from context.
 *
 * @param id         stable id such as {@code country:US}, {@code city:FR:paris}, {@code org:nato}
 * @param name       canonical name
 * @param type       coarse type
 * @param subtype    finer type: COUNTRY, CITY, REGION, CONTINENT, AREA, WATER, COMPANY, PARTY, ...
 * @param country    ISO 3166-1 alpha-2 code of the country the entry belongs to, when it has one
 * @param population inhabitants for places, 0 when unknown or not a place
 * @param capital    a national capital
 * @param weak       an ambiguous name that needs supporting context
 */
public record KbEntry(
        String id,
        String name,
        EntityType type,
        Optional<String> subtype,
        Optional<String> country,
        long population,
        boolean capital,
        boolean weak) {

    public boolean isSubtype(String s) {
        return subtype.isPresent() && subtype.get().equals(s);
    }

    /** Countries first, then capitals, then by size: which namesake a bare name most likely means. */
    public long prior() {
        long p = population;
        if (isSubtype("COUNTRY") || isSubtype("CONTINENT")) {
            p += 4_000_000_000L;
        } else if (type != EntityType.LOCATION) {
            p += 2_000_000_000L;
        } else if (isSubtype("REGION") || isSubtype("AREA") || isSubtype("WATER") || isSubtype("DISTRICT")) {
            p += 1_500_000_000L;
        }
        if (capital) {
            p += 1_000_000_000L;
        }
        return weak ? p / 1000 : p;
    }
}
