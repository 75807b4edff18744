package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.internal.kb.KbEntry;
import io.wirestream.enrichment.internal.kb.NameLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Article-wide passes after each candidate was typed on its own: a name typed confidently once
 * types its other mentions ("Phil Simmons" makes a later "Simmons" a person, "Leicestershire" in
 * the body types the "LEICESTERSHIRE" of the headline), acronyms follow their expansions, teams are
 * organizations in match reports, and datelines are places. What is still unknown gets the type
 * its shape suggests.
 */
final class ArticleConsistency {

    private static final Set<String> JOIN_WORDS = Set.of("of", "the", "and", "&", "for", "de", "du", "des", "la", "le");
    private static final Set<String> LIST_PLACES = Set.of("in", "at", "near", "outside");
    private static final Set<String> LOC_PREPOSITIONS = Set.of("in", "at", "near", "from", "outside", "into");

    private final NameLexicon lexicon;
    private final Cues cues;

    ArticleConsistency(NameLexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    void apply(DocTokens d, ArticleContext ctx, List<Chunk> chunks) {
        propagatePersons(d, chunks);
        propagateOrganizations(d, chunks);
        propagateAcronyms(d, chunks);
        vote(chunks);
        coordinate(d, chunks);
        defaults(d, ctx, chunks);
        vote(chunks);
        if (ctx.sports) {
            teams(d, chunks);
        } else {
            tableRows(d, chunks);
            if (ctx.business) {
                companies(d, chunks);
            }
        }
        datelines(d, chunks);
        years(d, chunks);
        nationalities(d, chunks);
    }

    /** "the 1998 World Cup": a year in front of a named event belongs to it. */
    private static void years(DocTokens d, List<Chunk> chunks) {
        for (Chunk c : chunks) {
            int p = c.start - 1;
            if (c.type == EntityType.EVENT && p >= 0 && d.sentence[p] == d.sentence[c.start] && isYear(d.text(p))) {
                c.start = p;
            }
        }
    }

    private static boolean isYear(String t) {
        if (t.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return t.startsWith("19") || t.startsWith("20");
    }

    /** "Iraqi Kurdish", "American Catholics": adjacent nationality words are one mention. */
    private static void nationalities(DocTokens d, List<Chunk> chunks) {
        for (int i = 0; i + 1 < chunks.size(); i++) {
            Chunk a = chunks.get(i);
            Chunk b = chunks.get(i + 1);
            if (a.type == EntityType.NATIONALITY && b.type == EntityType.NATIONALITY && a.end == b.start
                    && !d.breakBefore[b.start] && a.entry != null && b.entry != null) {
                a.end = b.end;
                a.entry = b.entry;
                a.key = a.key + " " + b.key;
                chunks.remove(i + 1);
                i--;
            }
        }
    }

    // ------------------------------------------------------------------ persons

    private void propagatePersons(DocTokens d, List<Chunk> chunks) {
        List<String[]> names = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.type == EntityType.PERSON && (c.length() >= 2 || c.titled) && c.confidence >= 1
                    && (c.titled || d.firstName(c.start) || d.surname(c.end - 1) || ChunkTyper.isInitial(d.text(c.start))
                    || c.confidence >= Chunk.SURE)) {
                names.add(tokens(d, c));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (Chunk c : chunks) {
            if (c.type == EntityType.PERSON && c.confidence >= Chunk.SURE) {
                continue;
            }
            if (protectedFromPersons(d, c)) {
                continue;
            }
            String[] t = tokens(d, c);
            // a known name is not a first name of someone ("Senate" in "Senate Majority Leader Trent Lott"),
            // unless it is only a weak place name ("Vladimir" the city, in "(Vladimir) Putin")
            boolean known = c.aliases.length > 0 && (!c.aliases[0].weak() && !c.aliases[0].entry().weak()
                    || c.aliases[0].entry().type() != EntityType.LOCATION);
            for (String[] name : names) {
                if (t.length < name.length && (isSuffix(t, name) || !known && isPrefix(t, name))) {
                    c.set(EntityType.PERSON, null, Math.max(2.5, c.type == EntityType.PERSON ? c.confidence : 0));
                    break;
                }
            }
        }
    }

    private boolean protectedFromPersons(DocTokens d, Chunk c) {
        if (c.length() >= 2 && c.entry != null) {
            return true;
        }
        String last = d.key[c.end - 1];
        if (c.length() >= 2 && (cues.orgHeads.contains(last) || cues.locHeads.contains(last) || cues.eventHeads.contains(last))) {
            return true;
        }
        return c.entry != null && c.start > 0 && LOC_PREPOSITIONS.contains(d.key[c.start - 1]) && !d.cap[c.start - 1];
    }

    private static String[] tokens(DocTokens d, Chunk c) {
        String[] t = new String[c.length()];
        for (int i = 0; i < t.length; i++) {
            t[i] = d.key[c.start + i];
        }
        return t;
    }

    private static boolean isPrefix(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSuffix(String[] a, String[] b) {
        int off = b.length - a.length;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[off + i])) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ organizations

    /**
     * A company named in full once is named without its head word later: "Prairie Northern
     * Railway" makes a later "Prairie Northern" the same organization, not a person.
     */
    private void propagateOrganizations(DocTokens d, List<Chunk> chunks) {
        List<String[]> shortNames = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.type == EntityType.ORGANIZATION && c.length() >= 2 && c.confidence >= 2
                    && cues.orgHeads.contains(d.key[c.end - 1])) {
                int e = c.end - 1;
                while (e > c.start && cues.orgHeads.contains(d.key[e - 1])) {
                    e--; // "Acme Shipping Group" -> "Acme"
                }
                if (e > c.start) {
                    String[] t = new String[e - c.start];
                    for (int i = 0; i < t.length; i++) {
                        t[i] = d.key[c.start + i];
                    }
                    shortNames.add(t);
                }
            }
        }
        if (shortNames.isEmpty()) {
            return;
        }
        for (Chunk c : chunks) {
            if (c.type == EntityType.ORGANIZATION || c.titled || c.aliases.length > 0 || c.confidence >= Chunk.SURE) {
                continue;
            }
            String[] t = tokens(d, c);
            for (String[] name : shortNames) {
                if (Arrays.equals(t, name)) {
                    c.set(EntityType.ORGANIZATION, null, 2.5);
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ acronyms

    private void propagateAcronyms(DocTokens d, List<Chunk> chunks) {
        Map<String, Chunk> expansions = new HashMap<>();
        for (Chunk c : chunks) {
            if (c.length() >= 2 && c.typed() && c.type != EntityType.PERSON && c.confidence >= 1) {
                String a = initials(d, c);
                if (a.length() >= 2) {
                    expansions.putIfAbsent(a, c);
                }
            }
        }
        if (expansions.isEmpty()) {
            return;
        }
        for (Chunk c : chunks) {
            if (c.length() == 1 && d.allCaps[c.start] && (c.confidence < Chunk.SURE || c.entry == null)) {
                Chunk x = expansions.get(d.key[c.start]);
                if (x != null) {
                    c.set(x.type, x.entry, Math.max(c.confidence, 3));
                }
            }
        }
    }

    private static String initials(DocTokens d, Chunk c) {
        StringBuilder sb = new StringBuilder();
        for (int i = c.start; i < c.end; i++) {
            if (!JOIN_WORDS.contains(d.key[i]) && d.cap[i]) {
                sb.append(Character.toLowerCase(d.text(i).charAt(0)));
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ same name, same type

    /** Every mention of one name takes the type its confident mentions agree on. */
    private static final int TYPES = EntityType.values().length;

    private static void vote(List<Chunk> chunks) {
        Map<String, double[]> votes = new HashMap<>();
        Map<String, KbEntry[]> entries = new HashMap<>();
        for (Chunk c : chunks) {
            if (c.typed() && c.confidence > 0) {
                votes.computeIfAbsent(c.key, k -> new double[TYPES])[c.type.ordinal()] +=
                        Math.min(c.confidence, 6) * (c.caps ? 0.5 : 1);
                if (c.entry != null) {
                    KbEntry[] byType = entries.computeIfAbsent(c.key, k -> new KbEntry[TYPES]);
                    if (byType[c.type.ordinal()] == null) {
                        byType[c.type.ordinal()] = c.entry;
                    }
                }
            }
        }
        for (Chunk c : chunks) {
            double[] v = votes.get(c.key);
            if (v == null || c.confidence >= Chunk.SURE && !c.caps) {
                continue;
            }
            int best = 0;
            for (int t = 1; t < v.length; t++) {
                if (v[t] > v[best]) {
                    best = t;
                }
            }
            EntityType t = EntityType.values()[best];
            if (v[best] > 0 && (t != c.type || !c.typed()) && v[best] > (c.typed() ? v[c.type.ordinal()] : 0)) {
                KbEntry[] byType = entries.get(c.key);
                c.set(t, byType == null ? null : byType[t.ordinal()], Math.min(v[best], Chunk.SURE - 0.1));
            }
        }
    }

    // ------------------------------------------------------------------ lists

    /**
     * Names in one list are of one kind: "Sojod, Hardon, Baarchit and Soweida" are all places when
     * the confident ones are. Unsure members take the type the confident members agree on.
     */
    private static void coordinate(DocTokens d, List<Chunk> chunks) {
        int i = 0;
        while (i < chunks.size()) {
            int j = i;
            boolean and = false;
            while (j + 1 < chunks.size()) {
                int gap = linked(d, chunks.get(j), chunks.get(j + 1));
                if (gap == 0) {
                    break;
                }
                and |= gap == 2;
                j++;
            }
            int members = j - i + 1;
            if (members >= 3 || members == 2 && and) {
                EntityType agreed = null;
                boolean conflict = false;
                for (int k = i; k <= j; k++) {
                    Chunk c = chunks.get(k);
                    if (c.typed() && c.confidence >= 2 && c.type != EntityType.NATIONALITY) {
                        conflict |= agreed != null && agreed != c.type;
                        agreed = c.type;
                    }
                }
                int first = chunks.get(i).start;
                if (agreed == null && first > 0 && LIST_PLACES.contains(d.key[first - 1]) && !d.cap[first - 1]) {
                    agreed = EntityType.LOCATION; // "attacked positions at Sojod, Hardon, Baarchit and Soweida"
                }
                if (agreed != null && !conflict) {
                    for (int k = i; k <= j; k++) {
                        Chunk c = chunks.get(k);
                        if ((!c.typed() || c.confidence < 1) && !c.titleOnly && !c.caps) {
                            c.set(agreed, null, 1.5);
                        }
                    }
                }
            }
            i = j + 1;
        }
    }

    /** 1 when b follows a after a comma, 2 after "and"/"or" (", and"), else 0. */
    private static int linked(DocTokens d, Chunk a, Chunk b) {
        int gap = b.start - a.end;
        if (d.sentence[a.start] != d.sentence[b.start] || gap < 1 || gap > 2) {
            return 0;
        }
        String g1 = d.key[a.end];
        if (gap == 1) {
            return g1.equals(",") ? 1 : g1.equals("and") || g1.equals("or") ? 2 : 0;
        }
        return g1.equals(",") && (d.key[a.end + 1].equals("and") || d.key[a.end + 1].equals("or")) ? 2 : 0;
    }

    // ------------------------------------------------------------------ unknown names

    private void defaults(DocTokens d, ArticleContext ctx, List<Chunk> chunks) {
        for (Chunk c : chunks) {
            if (c.typed() || c.titleOnly) {
                continue;
            }
            if (c.length() >= 2 && d.allCaps[c.start] && d.text(c.start).length() >= 2 && d.text(c.start).indexOf('.') < 0) {
                c.set(EntityType.ORGANIZATION, null, 0.3); // "SK Hynix", "LSEG SmartEstimate": an acronym leads a company name
            } else if (c.length() >= 2) {
                boolean plain = true;
                for (int i = c.start; i < c.end; i++) {
                    if (d.common(i) && !d.firstName(i) && !d.surname(i)) {
                        plain = false;
                    }
                }
                c.set(plain ? EntityType.PERSON : EntityType.ORGANIZATION, null, 0.3);
            } else if (d.allCaps[c.start] && !c.caps) {
                c.set(EntityType.ORGANIZATION, null, 0.3);
            } else if (!c.caps && !d.common(c.start)) {
                boolean the = c.start > 0 && d.key[c.start - 1].equals("the");
                boolean organization = the || camelCase(d.text(c.start)) || ChunkFinder.isTeamNickname(d, c.start) && !d.surname(c.start)
                        || ctx.business && !d.surname(c.start) && !d.firstName(c.start);
                c.set(organization ? EntityType.ORGANIZATION : EntityType.PERSON, null, 0.2);
            }
        }
    }

    /** "ChatGPT", "PayPal", "YouTube": a capital inside a word marks a brand, not a person. */
    private static boolean camelCase(String t) {
        for (int i = 1; i + 1 < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i)) && Character.isUpperCase(t.charAt(i + 1))) {
                return !t.startsWith("Mc") && !t.startsWith("Mac") && !t.startsWith("De") && t.indexOf('-') < 0
                        && t.indexOf('\'') < 0;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ sports teams

    private static final Set<String> TEAM_VERBS = Set.of("reached", "won", "lost", "beat", "drew", "scored", "declared",
            "trailed", "led", "finished", "needed", "rallied", "were", "have", "had", "are", "made", "took", "kept",
            "extended", "face", "faces", "play", "plays", "played", "meet", "meets", "host", "hosts", "visit", "visits");
    private static final Set<String> TEAM_BEFORE = Set.of("joined", "for", "against", "over", "v", "vs", "versus",
            "beat", "beating", "defeated", "defeating", "to", "face", "faces", "host", "hosts", "meet", "meets", "play",
            "plays");
    /** "the Sarajevo meeting", "the Berlin grand prix": a place that hosts the event. */
    private static final Set<String> EVENT_NOUNS = Set.of("meeting", "race", "tournament", "grand", "marathon", "open",
            "games", "championship", "championships", "rally", "stage", "leg", "round", "summit", "conference",
            "festival", "show", "derby", "classic", "meet", "circuit");
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "outside", "(", "across", "into", "around");

    /**
     * In a match report a town or county named as a competitor is its team, an organization
     * ("Essex reached 372", "Milwaukee 5 Boston 2", "Sunderland forward Niall Quinn"); where the
     * text places something there ("at Headingley", "in Chicago") it stays a place. National
     * teams keep their country's name and type.
     */
    private void teams(DocTokens d, List<Chunk> chunks) {
        Chunk place = null; // the last name left a place: "at Edgbaston, Birmingham"
        for (Chunk c : chunks) {
            if (!teamCandidate(d, c)) {
                continue;
            }
            String prev = c.start > 0 ? d.key[c.start - 1] : "";
            String next = c.end < d.n ? d.key[c.end] : "";
            boolean numberAfter = c.end < d.n && d.tokens.get(c.end).isNumber() && d.sentence[c.end] == d.sentence[c.start];
            boolean afterPlace = prev.equals(",") && place != null && place.end == c.start - 1;
            boolean venueLabel = next.equals(":") && d.startsLine(c.start); // "Bristol: Gloucestershire 183 ..."
            boolean eventPlace = prev.equals("the") && c.end < d.n && !d.cap[c.end] && EVENT_NOUNS.contains(next);
            if (PLACE_BEFORE.contains(prev) && !d.startsLine(c.start) && !(numberAfter && !prev.equals("at"))
                    || afterPlace || venueLabel || eventPlace) {
                if (c.type == EntityType.LOCATION) {
                    place = c;
                }
                continue;
            }
            if (c.type == EntityType.LOCATION || teamPosition(d, c)) {
                c.set(EntityType.ORGANIZATION, null, Chunk.SURE);
            }
        }
        // a single name heading a table row or in a score ("Hanwha 58 1 49", "OB 5 Samsung 0") is a team
        for (Chunk c : chunks) {
            if (c.length() == 1 && c.type == EntityType.PERSON && c.confidence < 2.5 && !c.titled && scoreLine(d, c)) {
                c.set(EntityType.ORGANIZATION, null, Chunk.SURE);
            }
        }
    }

    /** Outside sports too, a lone unknown name heading a row of numbers is a team or company, not a person. */
    private static void tableRows(DocTokens d, List<Chunk> chunks) {
        for (Chunk c : chunks) {
            if (c.length() == 1 && c.type == EntityType.PERSON && c.confidence < 1 && !c.titled && scoreLine(d, c)) {
                c.set(EntityType.ORGANIZATION, null, 1);
            }
        }
    }

    private static boolean scoreLine(DocTokens d, Chunk c) {
        int e = c.end;
        if (e + 2 < d.n && d.key[e].equals("(") && d.key[e + 2].equals(")")) {
            e += 3; // "Benetton (Italy) 92"
        }
        boolean numberAfter = e < d.n && d.tokens.get(e).isNumber() && d.sentence[e] == d.sentence[c.start];
        boolean numberBefore = c.start > 0 && d.tokens.get(c.start - 1).isNumber() && d.sentence[c.start - 1] == d.sentence[c.start];
        return numberAfter && (d.startsLine(c.start) || numberBefore);
    }

    private boolean teamCandidate(DocTokens d, Chunk c) {
        if (c.titleOnly || c.type == EntityType.PERSON && (c.confidence >= 1 || c.titled) || c.type == EntityType.NATIONALITY
                || c.type == EntityType.EVENT || c.type == EntityType.MISC || c.type == EntityType.ORGANIZATION) {
            return false;
        }
        KbEntry e = c.entry;
        if (e != null && (e.isSubtype("COUNTRY") || e.isSubtype("CONTINENT") || e.isSubtype("AREA") || e.isSubtype("WATER"))) {
            return false; // national teams keep their country's name and type
        }
        for (var a : c.aliases) {
            if (a.entry().isSubtype("COUNTRY")) {
                return false;
            }
        }
        for (int i = c.start; i < c.end; i++) {
            if (d.key[i].equals("republic") || d.key[i].equals("kingdom")) {
                return false; // "Republic of Ireland": a country, whatever the sport
            }
        }
        return c.length() <= 3 && !cues.locHeads.contains(d.key[c.end - 1]); // "Emirates Stadium" stays a place
    }

    private boolean teamPosition(DocTokens d, Chunk c) {
        int s = c.start;
        int e = c.end;
        boolean numberAfter = e < d.n && d.tokens.get(e).isNumber() && d.sentence[e] == d.sentence[s];
        if (numberAfter && (c.type != EntityType.PERSON || c.length() == 1 || c.confidence < 1)) {
            return true; // table row "Leicestershire 22 8 4", score "Arsenal 2 Chelsea 1", "the Angels 6-2"
        }
        if (c.length() > 1 && c.type == EntityType.PERSON) {
            return false; // "Bukayo Saka scored": a player, not a team
        }
        String prev = s > 0 ? d.key[s - 1] : "";
        String prev2 = s > 1 ? d.key[s - 2] : "";
        String next = e < d.n ? d.key[e] : "";
        if (TEAM_BEFORE.contains(prev) || prev.equals("the") && TEAM_BEFORE.contains(prev2) || cues.teamCues.contains(next)
                || TEAM_VERBS.contains(next)) {
            return true;
        }
        if (next.equals("'s") || !next.isEmpty() && e < d.n && !d.cap[e] && cues.personTitles.contains(next)) {
            return true; // "Baltimore's Eddie Murray", "Sunderland forward Niall Quinn"
        }
        return false;
    }

    /** In a business report a name that is only a small place by the gazetteer is more likely a company. */
    private static void companies(DocTokens d, List<Chunk> chunks) {
        for (Chunk c : chunks) {
            if (c.type != EntityType.LOCATION || c.length() != 1 || c.confidence >= 2 || c.caps || c.aliases.length == 0) {
                continue;
            }
            var a = c.aliases[0];
            boolean weak = a.weak() || a.entry().weak();
            String prev = c.start > 0 ? d.key[c.start - 1] : "";
            if (weak && !PLACE_BEFORE.contains(prev) && !prev.equals(",") && !(c.end < d.n && d.key[c.end].equals(","))) {
                c.set(EntityType.ORGANIZATION, null, 1);
            }
        }
    }

    // ------------------------------------------------------------------ datelines

    /** "LONDON 1996-08-30", "NAIROBI, Kenya (AP) _": the place a story was filed from. */
    private static void datelines(DocTokens d, List<Chunk> chunks) {
        for (Chunk c : chunks) {
            if (c.start > 60 || !d.startsLine(c.start) || !d.allCaps[c.start]) {
                continue;
            }
            int e = c.end;
            boolean date = e < d.n && Character.isDigit(d.text(e).charAt(0)) && d.text(e).indexOf('-') > 0;
            boolean comma = e + 1 < d.n && d.key[e].equals(",") && d.cap[e + 1];
            boolean agency = e < d.n && (d.key[e].equals("(") || d.key[e].equals("_") || d.key[e].equals("--")
                    || d.key[e].equals("\u2014") || d.key[e].equals("\u2013")); // "LISBON - ...", with an em or en dash
            if (comma && e + 1 < d.n) {
                // "MILWAUKEE, Wisconsin 1996-08-31": the region or country after the comma is a place too
                for (Chunk n : chunks) {
                    if (n.start == e + 1 && n.end < d.n && (Character.isDigit(d.text(n.end).charAt(0)) || d.key[n.end].equals("(")
                            || d.key[n.end].equals("_") || d.key[n.end].equals("-") || d.key[n.end].equals("--"))) {
                        KbEntry region = null;
                        for (var a : n.aliases) {
                            if (a.entry().type() == EntityType.LOCATION) {
                                region = a.entry();
                                break;
                            }
                        }
                        n.set(EntityType.LOCATION, region, 5);
                    }
                }
            }
            if (date || comma || agency) {
                KbEntry place = null;
                for (var a : c.aliases) {
                    if (a.entry().type() == EntityType.LOCATION) {
                        place = a.entry();
                        break;
                    }
                }
                c.set(EntityType.LOCATION, place, 5);
            }
        }
    }
}
