package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.internal.kb.Gazetteer;
import io.wirestream.enrichment.internal.kb.KbEntry;
import io.wirestream.enrichment.internal.kb.KnowledgeBase;
import io.wirestream.enrichment.internal.kb.NameLexicon;
import java.util.Set;

/**
 * Types one candidate from what it and its neighbours say: the knowledge base, head words
 * ("... Bank", "Lake ...", "... Cup"), person titles and given names, and the words around it
 * ("striker X", "in X", "X, who", "X, Texas"). Each cue adds weight to a type; the heaviest wins and
 * the margin becomes the candidate's confidence, which later article-wide passes respect.
 */
final class ChunkTyper {

    private static final EntityType[] TYPES = EntityType.values();
    private static final Set<String> LOC_PREPOSITIONS = Set.of("in", "at", "near", "from", "outside", "across", "into",
            "throughout", "around", "via", "towards", "toward", "to");
    private static final Set<String> WEAK_LOC_PREPOSITIONS = Set.of("from", "to", "into", "via", "towards", "toward");
    private static final Set<String> ORG_ROLES = Set.of("chairman", "president", "spokesman", "spokeswoman", "director",
            "directors", "executive", "executives", "officials", "shareholders", "board", "chief", "management",
            "employees", "workers", "unit", "subsidiary", "shares", "officers");
    private static final Set<String> ORG_NOUNS = Set.of("newspaper", "daily", "weekly", "magazine", "agency", "chain",
            "group", "company", "firm", "bank", "operator", "carrier", "airline", "insurer", "retailer", "maker",
            "manufacturer", "producer", "club", "publisher", "broadcaster", "station", "network", "unit", "subsidiary",
            "consortium", "rival", "distributor", "regulator", "brokerage", "automaker", "conglomerate", "utility",
            "supplier", "refiner", "giant", "organisation", "organization", "party", "union", "movement", "faction");
    private static final Set<String> ORG_NOUNS_AFTER = Set.of("daily", "newspaper", "newspapers", "weekly", "newsroom",
            "group", "spokesman", "spokeswoman", "officials", "shareholders", "executives", "organisation",
            "organization", "franchise", "squad", "fans", "supporters", "executive");
    private static final Set<String> LOC_NOUNS = Set.of("town", "city", "village", "region", "province", "state",
            "island", "islands", "nation", "country", "capital", "district", "port", "area", "suburb", "suburbs",
            "outskirts", "county", "municipality", "territory", "enclave", "resort", "valley", "streets", "people",
            "residents", "mayor", "governor", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "centre", "center", "heart", "coast", "shores", "republic", "kingdom", "parts", "rest",
            "citizens", "government", "president", "king", "embassy", "consulate", "border", "borders", "capitals");
    private static final Set<String> OWNED_OF = Set.of("percent", "pct", "shares", "stake", "officer", "chairman",
            "director", "directors", "board", "unit", "subsidiary", "owner", "owners", "shareholders", "shareholder",
            "sale", "takeover", "acquisition", "privatisation", "privatization", "management", "employees", "control",
            "division", "parent", "executive", "executives", "ceo", "spokesman", "spokeswoman", "stock");
    private static final Set<String> INVESTED_IN = Set.of("stake", "invest", "investment", "interest", "holding", "shares", "stakes");
    private static final Set<String> CORPORATE_OWNED = Set.of("board", "shares", "stock", "chairman", "president", "chief",
            "directors", "management", "bid", "offer", "profit", "profits", "sales", "earnings", "results", "unit",
            "subsidiary", "plant", "factory", "shareholders", "executives", "headquarters", "revenue", "revenues",
            "net", "operating", "stake", "takeover", "acquisition", "merger", "products", "customers", "employees",
            "founder", "co-founder", "founders", "ceo", "investors", "valuation", "factories", "plants", "stores");
    private static final Set<String> EMPLOYEES = Set.of("analyst", "analysts", "economist", "economists", "strategist",
            "trader", "traders", "dealer", "professor", "researcher", "researchers", "executive", "partner", "manager",
            "director", "engineer", "official", "officials", "spokesman", "spokeswoman", "employee", "employees",
            "worker", "workers", "banker", "lawyer", "scientist", "fellow", "editor", "reporter", "correspondent");
    private static final Set<String> LAWS = Set.of("bill", "act", "law", "plan", "proposal", "amendment", "accord",
            "agreement", "treaty", "legislation", "doctrine", "initiative", "report", "formula");
    /** Heads of an appositive that says a name is a business: "Cellnova, a Swedish start-up that ...". */
    private static final Set<String> BUSINESS_APPOSITIVES = Set.of("company", "firm", "start-up", "startup", "group",
            "maker", "manufacturer", "operator", "carrier", "airline", "bank", "lender", "insurer", "retailer", "chain",
            "developer", "producer", "supplier", "provider", "publisher", "broadcaster", "brokerage", "conglomerate",
            "subsidiary", "utility", "miner", "platform", "business", "corporation", "fund", "investor", "manager",
            "haulier", "hauler", "shipper", "builder", "designer", "studio", "distributor", "refiner", "exporter",
            "importer", "owner", "consultancy", "agency", "charity", "club", "team", "chipmaker", "carmaker",
            "automaker", "drugmaker", "railway", "railroad", "network", "franchise", "outlet", "store", "brand");
    /** Last words of football club names that are otherwise places: "Ipswich Town", "Stoke City". */
    private static final Set<String> CLUB_SUFFIXES = Set.of("town", "city", "county", "borough");
    private static final Set<String> PRIZE_APPOSITIVES = Set.of("prize", "award", "trophy", "medal", "honour", "honor");
    /** Spokespeople speak for organizations: "a spokeswoman for Prairie Northern". */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople");
    private static final Set<String> SCORECARD = Set.of("b", "c", "st", "lbw", "c&b");
    private static final Set<String> SAY = Set.of("said", "says", "told", "added", "asked", "declared", "wrote");

    private final NameLexicon lexicon;
    private final Cues cues;

    ChunkTyper(KnowledgeBase kb, Cues cues) {
        this.lexicon = kb.names();
        this.cues = cues;
    }

    void type(DocTokens d, Chunk c, ArticleContext ctx) {
        double[] score = new double[TYPES.length];
        KbEntry entry = null;
        int s = c.start;
        int e = c.end;
        int len = e - s;
        String last = d.key[e - 1];
        String first = d.key[s];

        if (c.forced != null) {
            c.set(c.forced, null, Chunk.SURE);
            return;
        }
        if (c.titleOnly) {
            c.set(null, null, 0);
            return;
        }
        if (ChunkFinder.isModifierCompound(d.text(e - 1))) {
            c.set(EntityType.MISC, null, 3);
            return;
        }
        if (len == 1 && c.aliases.length == 0 && hyphenatedNames(d.text(s)) && e < d.n && !d.cap[e] && LAWS.contains(d.key[e])) {
            c.set(EntityType.MISC, null, 3); // "the Cox-Wyden bill", "the Helms-Burton law"
            return;
        }
        if (len == 1 && hyphenatedNationalities(d.text(s), ctx)) {
            c.set(EntityType.NATIONALITY, null, 3);
            return;
        }
        if (len == 1 && c.aliases.length == 0 && ctx.derivedDemonym(d.text(s))) {
            c.set(EntityType.NATIONALITY, null, 2); // "Siberian", "Amazonian": adjectives of known places
            return;
        }
        if (c.aliases.length > 0) {
            Gazetteer.Alias best = ctx.choose(c.aliases, s);
            entry = best.entry();
            boolean contextual = best != c.aliases[0]; // chosen by context: as sure as a strong name
            // an organization whose name is an ordinary word ("Congress", "Shell") is sure enough when
            // capitalized inside running text
            boolean namedInText = entry.type() == EntityType.ORGANIZATION && !entry.weak() && !d.initial[s] && !c.caps;
            score[entry.type().ordinal()] += (entry.weak() || best.weak()) && !contextual ? (namedInText ? 3 : 1.5) : 5;
        }
        // head words
        if (len == 2 && entry == null && ChunkFinder.isTeamNickname(d, e - 1) && ctx.placeOrCityAt(s)) {
            score[EntityType.ORGANIZATION.ordinal()] += 3.5; // "Colorado Rockies", "Chicago Bulls"
        }
        if (len >= 2) {
            if (ctx.sports && cues.sportsEventHeads.contains(last)) {
                score[EntityType.EVENT.ordinal()] += 4.5; // "American League", "Western Division"
            } else if (cues.orgHeads.contains(last)) {
                score[EntityType.ORGANIZATION.ordinal()] += 4;
            } else if (cues.eventHeads.contains(last)) {
                score[EntityType.EVENT.ordinal()] += 3.5;
            } else if (cues.miscHeads.contains(last)) {
                score[EntityType.MISC.ordinal()] += 3;
            } else if (cues.locHeads.contains(last)) {
                score[EntityType.LOCATION.ordinal()] += 3;
            } else if (cues.sportsEventHeads.contains(last)) {
                score[EntityType.ORGANIZATION.ordinal()] += 3; // "Premier Division", "Western Conference" off the sports page
            } else if (ctx.sports && entry == null && CLUB_SUFFIXES.contains(last)) {
                score[EntityType.ORGANIZATION.ordinal()] += 4.5; // "Brennock Town", "Castlegate City": clubs
            }
            if (cues.locFirst.contains(first)) {
                score[EntityType.LOCATION.ordinal()] += 3;
            }
            if (cues.orgFirst.contains(first) && contains(d, s, e, "of")) {
                score[EntityType.ORGANIZATION.ordinal()] += 4;
            } else if (orgHeadBeforeOf(d, s, e)) {
                score[EntityType.ORGANIZATION.ordinal()] += 4; // "Transportation Safety Board of Canada"
            }
            if (cues.eventHeads.contains(first) && contains(d, s, e, "of")) {
                score[EntityType.EVENT.ordinal()] += 4.5; // "Tour of the Netherlands", "World Series of Golf"
            }
            if (cues.miscFirst.contains(first) && contains(d, s, e, "of")) {
                score[(first.equals("war") || first.equals("battle") || first.equals("siege")
                        ? EntityType.EVENT : EntityType.MISC).ordinal()] += 4.5; // "Treaty of Baden", "War of ..."
            }
        } else if (d.allCaps[s] && !c.caps && d.text(s).length() >= 2 && d.text(s).length() <= 5 && entry == null
                && !d.common(s)) {
            score[EntityType.ORGANIZATION.ordinal()] += 1.5; // an unknown acronym is most often an organization
        }
        if (len >= 2 && entry == null && !cues.locHeads.contains(last) && !cues.eventHeads.contains(last)
                && ctx.knownOrganizationAt(s, e)) {
            score[EntityType.ORGANIZATION.ordinal()] += 3; // "BBC Sport", "Reuters Television": a known organization's unit
        }
        if (len >= 3 && contains(d, s, e, "&")) {
            score[EntityType.ORGANIZATION.ordinal()] += 3; // "Douglas & Lomason", "Marks & Spencer"
        }
        personEvidence(d, c, score, ctx);
        contextEvidence(d, c, score, entry, ctx);

        int best = -1;
        double bestScore = 0;
        double second = 0;
        for (int t = 0; t < TYPES.length; t++) {
            if (score[t] > bestScore) {
                second = bestScore;
                bestScore = score[t];
                best = t;
            } else if (score[t] > second) {
                second = score[t];
            }
        }
        if (best < 0) {
            c.entry = null;
            c.type = null;
            c.confidence = 0;
            return;
        }
        EntityType type = TYPES[best];
        KbEntry kept = entry != null && entry.type() == type ? entry : null;
        c.set(type, kept, bestScore - second);
    }

    private void personEvidence(DocTokens d, Chunk c, double[] score, ArticleContext ctx) {
        int s = c.start;
        int e = c.end;
        int len = e - s;
        int per = EntityType.PERSON.ordinal();
        if (c.titled) {
            score[per] += 6;
        }
        String firstText = d.text(s);
        if (len >= 2) {
            if (d.firstName(s)) {
                score[per] += d.common(s) ? 1.2 : 2.5;
            } else if (isInitial(firstText) && c.aliases.length == 0 && !ctx.isKnown(d.key[s])) {
                score[per] += 1.5;
            }
            if (d.surname(e - 1) && !d.common(e - 1)) {
                score[per] += 1.5;
            }
            for (int i = s + 1; i < e - 1; i++) {
                if (isInitial(d.text(i)) || !d.cap[i] && cues.nameParticles.contains(d.key[i])) {
                    score[per] += 1.5;
                    break;
                }
            }
        } else {
            if (d.surname(s) && !d.common(s)) {
                score[per] += 1.0;
            } else if (d.firstName(s) && !d.common(s)) {
                score[per] += 0.8;
            }
        }
    }

    private void contextEvidence(DocTokens d, Chunk c, double[] score, KbEntry entry, ArticleContext ctx) {
        int s = c.start;
        int e = c.end;
        int per = EntityType.PERSON.ordinal();
        int loc = EntityType.LOCATION.ordinal();
        int org = EntityType.ORGANIZATION.ordinal();
        String prev = s > 0 ? d.key[s - 1] : "";
        boolean prevLower = s > 0 && !d.cap[s - 1] && d.word[s - 1];
        if (prevLower && cues.personTitles.contains(prev) && !c.caps
                && !(e - s >= 2 && cues.orgHeads.contains(d.key[e - 1]) && !d.surname(e - 1))) {
            score[per] += 3; // not "the broker Van Dijk Shipping"
        }
        if (prevLower && ORG_NOUNS.contains(prev) || e < d.n && !d.cap[e] && ORG_NOUNS_AFTER.contains(d.key[e])) {
            score[org] += 2.5; // "the newspaper Granma", "telecoms operator Unicom", "Zycie Warszawy daily"
        }
        if (ctx.sports && s > 0 && SCORECARD.contains(d.text(s - 1))) {
            score[per] += 3; // cricket scorecards: "c Vaas b Chandana", "lbw b Waqar Younis"
        }
        if (s >= 2 && prev.equals("at") && !d.cap[s - 2] && EMPLOYEES.contains(d.key[s - 2])
                || s >= 2 && prev.equals("for") && SPOKESPEOPLE.contains(d.key[s - 2])) {
            score[org] += 2.5; // "an analyst at Jefferies", "a spokeswoman for Prairie Northern"
            score[loc] -= 1.2;
        }
        if (s > 0 && d.key[s - 1].endsWith("-based") && d.key[s - 1].length() > 6) {
            score[org] += 3; // "Houston-based Selene Dynamics": places base companies, not people
        }
        String apposed = appositiveHead(d, e);
        if (BUSINESS_APPOSITIVES.contains(apposed)) {
            score[org] += 5; // "Cellnova, a Swedish start-up that recovers ...": the article says what it is
        } else if (PRIZE_APPOSITIVES.contains(apposed)) {
            score[EntityType.MISC.ordinal()] += 5; // "the Golden Amber, the top prize at the festival"
        }
        if (prevLower && SAY.contains(prev) && (e >= d.n || !d.word[e] && !d.key[e].equals("'s"))) {
            score[per] += 1.5; // "..., said Smith." - not "said Cellnova was profitable"
        }
        if (prev.equals("the") && prevLower) {
            score[per] -= 1.5;
        }
        if (s > 0 && LOC_PREPOSITIONS.contains(prev) && prevLower) {
            score[loc] += WEAK_LOC_PREPOSITIONS.contains(prev) ? 0.5 : 1.2; // "in X" says more than "from X"
        }
        if (e + 1 < d.n) {
            String n1 = d.key[e];
            String n2 = d.key[e + 1];
            if (n1.equals(",") && (n2.equals("who") || n2.equals("whose") || n2.equals("aged"))) {
                score[per] += 2;
            }
            if (n1.equals(",") && d.tokens.get(e + 1).isNumber() && e + 2 < d.n && d.key[e + 2].equals(",")) {
                score[per] += 1.5; // "Chris Adams, 123," / "John Smith, 45,"
            }
            if (SAY.contains(n1)) {
                score[per] += 0.8;
            }
            if (!d.cap[e] && ORG_ROLES.contains(n1) || n1.equals("general") && n2.equals("manager")) {
                score[org] += 1.5; // "Petofi general manager", "Deportivo chairman"
            }
            if (n1.equals("shares") || n1.equals("stock") || n1.equals("stake")) {
                score[org] += 2;
            }
            if (n1.equals("(") && e + 2 < d.n && d.key[e + 2].equals(")")) {
                if (c.length() > 1 && d.allCaps[e + 1] && d.key[e + 1].equals(initials(d, c))) {
                    score[org] += 1.5; // "National Association of Purchasing Management (NAPM)"
                } else if (entry == null && ctx.countryAt(e + 1)) {
                    score[per] += 2.5; // "Steffi Graf (Germany)": a competitor and the country they represent
                }
            }
            if (n1.equals(",") && d.cap[e + 1] && entry == null) {
                // "Dallas, Texas": a name followed by a known region or country
                KbEntry after = ctx.placeAt(e + 1);
                if (after != null) {
                    score[loc] += 2.5;
                }
            }
        }
        if (s >= 2 && d.key[s - 1].equals("of") && !d.cap[s - 2] && LOC_NOUNS.contains(d.key[s - 2])) {
            score[loc] += 3; // "the town of Knin", "north of Nairobi"
        }
        if (prevLower && (prev.equals("capital") || prev.equals("town") || prev.equals("city") || prev.equals("village"))) {
            score[loc] += 2; // "the capital Nairobi"
        }
        if (s >= 2 && (d.key[s - 1].equals("of") && OWNED_OF.contains(d.key[s - 2])
                || d.key[s - 1].equals("in") && INVESTED_IN.contains(d.key[s - 2]))) {
            score[org] += 2; // "20 percent of Ruch", "chief executive of Petofi", "a stake in Ruch"
        }
        if (e + 1 < d.n && d.key[e].equals("'s") && CORPORATE_OWNED.contains(d.key[e + 1])) {
            score[org] += 2; // "Petofi's board", "NationsBank's bid"
        }
    }

    /** "Transportation Safety Board of Canada": an organization's head word comes before "of". */
    private boolean orgHeadBeforeOf(DocTokens d, int s, int e) {
        for (int i = s + 1; i + 1 < e; i++) {
            if (d.key[i + 1].equals("of") && d.cap[i] && cues.orgHeads.contains(d.key[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head noun of an appositive after the name, or "": "start-up" in ", a Swedish start-up
     * that", "prize" in ", the top prize at". The head is the last word before the appositive ends
     * (a relative pronoun, a preposition, punctuation).
     */
    private static String appositiveHead(DocTokens d, int e) {
        if (e + 2 >= d.n || !d.key[e].equals(",") || !(d.key[e + 1].equals("a") || d.key[e + 1].equals("an")
                || d.key[e + 1].equals("the"))) {
            return "";
        }
        String head = "";
        for (int i = e + 2; i < d.n && i <= e + 7 && d.sentence[i] == d.sentence[e]; i++) {
            String k = d.key[i];
            if (!d.word[i] || APPOSITIVE_ENDS.contains(k)) {
                break;
            }
            head = d.cap[i] ? "" : k;
        }
        return head;
    }

    private static final Set<String> APPOSITIVE_ENDS = Set.of("that", "which", "who", "whose", "with", "of", "in", "for",
            "from", "based", "and", "to", "at", "on", "by", "since", "owned", "founded", "listed", "led", "said");

    /** "Cox-Wyden": capitalized names joined by a hyphen. */
    private static boolean hyphenatedNames(String t) {
        int h = t.indexOf('-');
        return h > 0 && h + 1 < t.length() && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(h + 1));
    }

    private static String initials(DocTokens d, Chunk c) {
        StringBuilder sb = new StringBuilder();
        for (int i = c.start; i < c.end; i++) {
            if (d.cap[i]) {
                sb.append(Character.toLowerCase(d.text(i).charAt(0)));
            }
        }
        return sb.toString();
    }

    private boolean hyphenatedNationalities(String t, ArticleContext ctx) {
        int h = t.indexOf('-');
        if (h <= 0 || h == t.length() - 1 || !Character.isUpperCase(t.charAt(h + 1))) {
            return false;
        }
        return ctx.isNationality(t.substring(0, h)) && ctx.isNationality(t.substring(h + 1));
    }

    private static boolean contains(DocTokens d, int s, int e, String key) {
        for (int i = s; i < e; i++) {
            if (d.key[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    static boolean isInitial(String t) {
        return t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.'
                || t.length() == 4 && t.charAt(1) == '.' && t.charAt(3) == '.' && Character.isUpperCase(t.charAt(2));
    }
}
