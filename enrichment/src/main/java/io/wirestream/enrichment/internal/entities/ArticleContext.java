package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.internal.kb.AliasKey;
import io.wirestream.enrichment.internal.kb.Gazetteer;
import io.wirestream.enrichment.internal.kb.KbEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the whole article says about how to read its names: whether it is a sports report (where
 * "Leicestershire beat Somerset" names two teams) and which countries it is about (so "Georgia"
 * in an article about Atlanta is the US state).
 */
final class ArticleContext {

    final DocTokens d;
    final boolean sports;
    /** A business or markets report: unknown single names there are mostly companies. */
    final boolean business;
    private final Gazetteer gazetteer;
    private final Set<String> countries = new HashSet<>();

    ArticleContext(DocTokens d, Gazetteer gazetteer, Cues cues) {
        this.d = d;
        this.gazetteer = gazetteer;
        int[] genre = genreCounts(d, cues);
        this.sports = sportsHeadline(d, cues) || genre[1] >= 6 && genre[1] * 40 >= genre[0];
        this.business = !sports && genre[2] >= 6 && genre[2] * 30 >= genre[0];
    }

    /** Records the countries of the names that are unambiguous, for {@link #choose}. */
    void learnCountries(List<Chunk> chunks) {
        for (Chunk c : chunks) {
            if (c.aliases.length == 1 && !c.aliases[0].entry().weak()) {
                c.aliases[0].entry().country().ifPresent(countries::add);
            }
        }
    }

    /**
     * The reading of an ambiguous name at token {@code start}: after "Seattle," a region or country
     * ("Seattle, Washington" is the state), else one in a country the article is about, else the
     * most likely one.
     */
    Gazetteer.Alias choose(Gazetteer.Alias[] aliases, int start) {
        if (aliases.length > 1 && start >= 2 && d.key[start - 1].equals(",")) {
            String cityCountry = cityCountryAt(start - 2);
            if (cityCountry != null) {
                Gazetteer.Alias any = null;
                for (Gazetteer.Alias a : aliases) {
                    boolean area = a.entry().isSubtype("REGION") || a.entry().isSubtype("COUNTRY") && !a.weak();
                    if (area && a.entry().country().map(cityCountry::equals).orElse(false)) {
                        return a; // "Atlanta, Georgia": the region of the city's country
                    }
                    if (area && any == null) {
                        any = a;
                    }
                }
                if (any != null) {
                    return any;
                }
            }
        }
        return choose(aliases);
    }

    /** The most likely reading of an ambiguous name: one in a country the article is about, else the biggest. */
    Gazetteer.Alias choose(Gazetteer.Alias[] aliases) {
        if (aliases.length == 1 || countries.isEmpty()) {
            return aliases[0];
        }
        Gazetteer.Alias top = aliases[0];
        if (top.entry().isSubtype("COUNTRY") && !top.entry().weak()) {
            return top;
        }
        for (Gazetteer.Alias a : aliases) {
            if (a.entry().country().map(countries::contains).orElse(false)) {
                return a.entry().prior() * 50 >= top.entry().prior() || a.entry().type() == top.entry().type() ? a : top;
            }
        }
        return top;
    }

    /** The knowledge base has a one-word name with this key ("us" for "U.S."). */
    boolean isKnown(String key) {
        return gazetteer.lookup(key).length > 0;
    }

    /** "Siberian", "Amazonian", "Texan": an adjective formed from a place the knowledge base knows. */
    boolean derivedDemonym(String word) {
        int n = word.length();
        if (n < 5 || !Character.isUpperCase(word.charAt(0)) || !word.endsWith("n")) {
            return false;
        }
        String base = word.indexOf('-') > 0 ? word.substring(word.lastIndexOf('-') + 1) : word;
        if (base.length() < 5 || !Character.isUpperCase(base.charAt(0))) {
            return false;
        }
        String lower = base.toLowerCase(java.util.Locale.ROOT);
        String[] stems = {lower.substring(0, lower.length() - 1), // Siberia-n, Victoria-n
            lower.endsWith("ian") ? lower.substring(0, lower.length() - 3) : "", // Amazon-ian
            lower.endsWith("ian") ? lower.substring(0, lower.length() - 3) + "ia" : "",
            lower.endsWith("an") ? lower.substring(0, lower.length() - 2) : "", // Tex-an -> Texas? (no)
            lower.endsWith("an") ? lower.substring(0, lower.length() - 2) + "a" : ""};
        for (String stem : stems) {
            if (stem.length() < 3) {
                continue;
            }
            for (Gazetteer.Alias a : gazetteer.lookup(stem)) {
                if (a.entry().type() == EntityType.LOCATION && !a.acronym() && !a.entry().isSubtype("CITY")) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isNationality(String word) {
        for (Gazetteer.Alias a : gazetteer.lookup(AliasKey.of(word))) {
            if (a.entry().type() == EntityType.NATIONALITY) {
                return true;
            }
        }
        return false;
    }

    /** A country (or one of the UK's nations) named by the one token at i: "(Germany)", "(U.S.)". */
    boolean countryAt(int i) {
        for (Gazetteer.Alias a : gazetteer.lookup(d.key[i])) {
            if (a.entry().isSubtype("COUNTRY") && (!a.acronym() || d.allCaps[i])) {
                return true;
            }
        }
        return false;
    }

    /** The name [s, e) starts with a known organization (not weak) followed by more words. */
    boolean knownOrganizationAt(int s, int e) {
        // no alias is longer than the longest one starting with this word: bounded work per chunk, not quadratic
        for (int len = Math.min(e - s - 1, gazetteer.maxTokens(d.key[s])); len >= 1; len--) {
            for (Gazetteer.Alias a : gazetteer.lookup(ChunkFinder.key(d, s, s + len))) {
                if (a.entry().type() == EntityType.ORGANIZATION && !a.weak() && !a.entry().weak()
                        && (!a.acronym() || d.allCaps[s])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The country of the city named by the one token at i, or null. */
    private String cityCountryAt(int i) {
        for (Gazetteer.Alias a : gazetteer.lookup(d.key[i])) {
            if (a.entry().isSubtype("CITY") && !a.acronym()) {
                return a.entry().country().orElse(null);
            }
        }
        return null;
    }

    /** A city, region or country named by the one token at i. */
    boolean placeOrCityAt(int i) {
        for (Gazetteer.Alias a : gazetteer.lookup(d.key[i])) {
            if (a.entry().type() == EntityType.LOCATION && !a.acronym()) {
                return true;
            }
        }
        return false;
    }

    /** A country or first-level region named at token i ("Texas", "New Mexico"), else null. */
    KbEntry placeAt(int i) {
        for (int len = 1; len <= 3 && i + len <= d.n; len++) {
            for (Gazetteer.Alias a : gazetteer.lookup(ChunkFinder.key(d, i, i + len))) {
                KbEntry e = a.entry();
                if (e.type() == EntityType.LOCATION && (e.isSubtype("COUNTRY") || e.isSubtype("REGION"))
                        && (!a.acronym() || d.allCaps[i])) {
                    return e;
                }
            }
        }
        return null;
    }

    private static final java.util.Set<String> BUSINESS = java.util.Set.of("shares", "share", "stock", "percent",
            "profit", "profits", "company", "companies", "million", "billion", "revenue", "revenues", "earnings",
            "investors", "market", "markets", "bank", "banks", "firm", "firms", "bid", "takeover", "acquisition",
            "merger", "shareholders", "stake", "dividend", "sales", "quarter", "analysts", "traders", "prices", "price");

    /** Word tokens, sports-page words and business-page words, in one pass over the article. */
    private static int[] genreCounts(DocTokens d, Cues cues) {
        int[] counts = new int[3];
        for (int i = 0; i < d.n; i++) {
            if (d.word[i] && !d.cap[i]) {
                counts[0]++;
                String k = d.key[i];
                if (cues.sportsVocabulary.contains(k)) {
                    counts[1]++;
                } else if (BUSINESS.contains(k)) {
                    counts[2]++;
                }
            } else if (d.word[i]) {
                counts[0]++;
            }
        }
        return counts;
    }

    /** Wire style: "SOCCER - ...", "MOTOR RACING - ..." at the top. */
    private static boolean sportsHeadline(DocTokens d, Cues cues) {
        for (int i = 0; i < Math.min(d.n, 4); i++) {
            if (d.key[i].equals("-") || d.key[i].equals("--")) {
                for (int k = 0; k < i; k++) {
                    if (cues.sports.contains(d.key[k])) {
                        return true;
                    }
                }
                break;
            }
        }
        return false;
    }
}
