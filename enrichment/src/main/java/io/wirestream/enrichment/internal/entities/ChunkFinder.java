package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.internal.kb.Gazetteer;
import io.wirestream.enrichment.internal.kb.KnowledgeBase;
import io.wirestream.enrichment.internal.kb.NameLexicon;
import io.wirestream.enrichment.internal.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the spans that name something: knowledge-base names (longest match first) and runs of
 * capitalized words, joined across "of", "&" and name particles where names do that ("Bank of
 * Japan", "Osama bin Laden"), then split where one run holds several names ("Australian Tom
 * Moody", "U.S. President Bill Clinton"). Sentence-initial words and headlines in capitals need
 * more than a capital letter to count: the dictionary, the rest of the article or the knowledge
 * base must support them.
 */
final class ChunkFinder {

    private static final Gazetteer.Alias[] NONE = new Gazetteer.Alias[0];
    private static final Set<String> OF = Set.of("of", "for");
    private static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "ltd", "corp", "co", "llc", "plc", "sa", "nv",
            "ag", "lp", "llp", "bhd", "gmbh", "spa");
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final Set<String> CAPS_LINE_REJECT = Set.of("who", "it", "am", "is", "an", "as", "at", "be", "do",
            "go", "he", "if", "in", "me", "my", "no", "of", "on", "or", "so", "to", "up", "we", "by", "aid", "can", "sun",
            "pm", "ok", "oh", "hi", "ma", "pa", "us-");
    /** Lower-case ends of compound modifiers built on a name: "London-based", "Serb-held". */
    static final Set<String> MODIFIER_SUFFIXES = Set.of("based", "born", "led", "backed", "owned", "controlled", "bound",
            "registered", "origin", "made", "listed", "run", "sponsored", "held", "dominated", "ruled", "occupied",
            "speaking", "style", "era", "linked", "allied", "funded", "leaning", "inspired", "educated", "trained");

    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;
    private final Cues cues;
    private final Set<String> ofHeads;

    ChunkFinder(KnowledgeBase kb, Cues cues) {
        this.gazetteer = kb.gazetteer();
        this.lexicon = kb.names();
        this.cues = cues;
        java.util.HashSet<String> heads = new java.util.HashSet<>(cues.orgFirst);
        heads.addAll(cues.locFirst);
        heads.addAll(cues.locHeads);
        heads.addAll(cues.miscFirst);
        heads.addAll(cues.eventHeads);
        heads.addAll(Set.of("republic", "kingdom", "commonwealth", "federation", "confederation", "union", "minister",
                "secretary", "chief", "director", "president", "duke", "prince", "princess", "king", "queen", "governor",
                "mayor", "general", "chairman", "head", "leader", "emir", "sultan", "bishop", "archbishop", "house",
                "bank", "centre", "center", "institute", "museum", "hall", "coalition", "alliance", "front",
                "movement", "organisation", "organization", "association", "society", "council", "commission"));
        this.ofHeads = Set.copyOf(heads);
    }

    /** Per-article state of the finder: knowledge-base matches by start token. */
    private static final class Matches {
        final int[] end;
        final Gazetteer.Alias[][] aliases;
        final boolean[] covered;
        /** isName per token: 0 not computed yet, 1 no, 2 yes. */
        final byte[] name;

        Matches(int n) {
            end = new int[n];
            aliases = new Gazetteer.Alias[n][];
            covered = new boolean[n];
            name = new byte[n];
        }
    }

    List<Chunk> find(DocTokens d) {
        Matches m = matchGazetteer(d);
        List<Chunk> raw = chunk(d, m);
        List<Chunk> out = new ArrayList<>(raw.size() + 8);
        for (Chunk c : raw) {
            segment(d, m, c, out);
        }
        shapedNames(d, m, out);
        for (Chunk c : out) {
            c.caps = d.isCapsLine(c.start);
            c.key = key(d, c.start, c.end);
            if (c.aliases.length == 0) {
                c.aliases = lookup(d, c.start, c.end);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ names by their shape

    private static final Set<String> NAME_PREFIXES = Set.of("ex", "pre", "post", "anti", "pro", "non", "mainly",
            "mostly", "predominantly", "largely", "pan", "trans", "neo", "mid", "all", "half", "quasi", "pseudo");

    /**
     * Names recognised by their form rather than capitalization alone: currencies ("C$", "A$"),
     * model designations ("F-16", "AK-47s"), adjectives built on a name ("ex-England",
     * "pro-Moscow"), titles of works in quote marks ("Sleeping Bread") and one-line headings of
     * competitions ("NATIONAL LEAGUE", "EASTERN DIVISION").
     */
    private void shapedNames(DocTokens d, Matches m, List<Chunk> out) {
        List<Chunk> found = new ArrayList<>();
        for (int i = 0; i < d.n; i++) {
            String t = d.text(i);
            char c0 = t.charAt(0);
            if (Character.isUpperCase(c0) && t.length() <= 3 && d.allCaps[i] && i + 1 < d.n && d.text(i + 1).equals("$")
                    && d.end(i) == d.start(i + 1)) {
                found.add(forced(i, i + 2, EntityType.MISC)); // "C$ 0.45"
            } else if (Character.isUpperCase(c0) && isModelDesignation(t) && !m.covered[i]) {
                found.add(forced(i, i + 1, EntityType.MISC)); // "F-16", "AK-47s"
            } else if (t.indexOf('-') > 0 && isPrefixedName(t)) {
                found.add(forced(i, i + 1, EntityType.MISC)); // "ex-England", "Pro-Moscow"
            } else if (isOpeningQuote(d, i)) {
                int close = quotedTitleEnd(d, i);
                if (close > 0) {
                    found.add(forced(i + 1, close, EntityType.MISC)); // "Sleeping Bread"
                    i = close;
                }
            }
        }
        for (Sentence s : d.sentences) {
            if (d.capsLine[s.index()] && s.tokenCount() >= 2 && s.tokenCount() <= 4 && headWord(d.key[s.endToken() - 1])
                    && allWords(d, s.firstToken(), s.endToken())) {
                Chunk c = forced(s.firstToken(), s.endToken(), EntityType.EVENT); // "NATIONAL LEAGUE" over a table
                c.forced = null;
                found.add(c);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        for (Chunk f : found) {
            out.removeIf(c -> c.start < f.end && f.start < c.end);
        }
        out.addAll(found);
        out.sort((a, b) -> Integer.compare(a.start, b.start));
    }

    private static Chunk forced(int start, int end, EntityType type) {
        Chunk c = new Chunk(start, end);
        c.forced = type;
        return c;
    }

    private static boolean allWords(DocTokens d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!d.word[i] || !Character.isLetter(d.text(i).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isModelDesignation(String t) {
        int h = t.indexOf('-');
        if (h < 1 || h > 3 || h + 1 >= t.length() || !Character.isDigit(t.charAt(h + 1))) {
            return false;
        }
        for (int i = 0; i < h; i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpeningQuote(DocTokens d, int i) {
        String t = d.text(i);
        if (t.equals("\u201C") || t.equals("``")) {
            return true;
        }
        return t.equals("\"") && i + 1 < d.n && d.end(i) == d.start(i + 1)
                && (i == 0 || d.end(i - 1) < d.start(i) || !Character.isLetterOrDigit(d.text(i - 1).charAt(0)));
    }

    /** The index of the closing mark of a short title-case quotation starting after i, else -1. */
    private int quotedTitleEnd(DocTokens d, int i) {
        int words = 0;
        for (int j = i + 1; j < d.n && j <= i + 10 && (d.sentence[j] == d.sentence[i] || d.key[j - 1].equals(":")); j++) {
            String t = d.text(j);
            if (isClosingQuote(t)) {
                char last = d.text(j - 1).charAt(0);
                boolean ok = words >= 1 && j - i >= 2 && Character.isLetterOrDigit(last) && d.cap[i + 1];
                if (ok && words == 1 && j - i == 2 && (gazetteer.lookup(d.key[i + 1]).length > 0 || d.common(i + 1))) {
                    return -1; // a single known or ordinary word in quotes is a quote, not a title
                }
                return ok && !(words == 1 && d.firstName(i + 1)) ? j : -1;
            }
            if (t.equals(",") && j + 1 < d.n && isClosingQuote(d.text(j + 1))) {
                return words >= 2 && d.cap[i + 1] ? j : -1; // "Never Say Never," - the comma inside the marks
            }
            if (!d.word[j]) {
                if (!t.equals("'s") && !t.equals("-") && !t.equals("&") && !t.equals(":")) {
                    return -1; // "Justin Bieber: Never Say Never" is still a title
                }
                continue;
            }
            if (!d.cap[j] && !(TITLE_SMALL_WORDS.contains(d.key[j]) && j > i + 1)) {
                return -1;
            }
            words++;
        }
        return -1;
    }

    private static boolean isClosingQuote(String t) {
        return t.equals("\"") || t.equals("\u201D") || t.equals("''");
    }

    private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "the", "a", "an", "and", "in", "on", "at", "to",
            "for", "with", "from", "by", "or");

    // ------------------------------------------------------------------ knowledge-base matches

    private Matches matchGazetteer(DocTokens d) {
        Matches m = new Matches(d.n);
        StringBuilder sb = new StringBuilder(64);
        int i = 0;
        while (i < d.n) {
            int max = d.word[i] && (d.cap[i] || d.isCapsLine(i)) ? gazetteer.maxTokens(d.key[i]) : 0;
            int matched = 0;
            if (max > 0) {
                int lim = Math.min(max, d.n - i);
                String[] keys = new String[lim];
                sb.setLength(0);
                for (int len = 1; len <= lim; len++) {
                    int t = i + len - 1;
                    if (len > 1 && (d.sentence[t] != d.sentence[i] || lineBreak(d, t))) {
                        lim = len - 1;
                        break;
                    }
                    if (len > 1) {
                        sb.append(' ');
                    }
                    sb.append(d.key[t]);
                    keys[len - 1] = sb.toString();
                }
                for (int len = lim; len >= 1 && matched == 0; len--) {
                    if (len > 1 && !lastTokenOk(d, i + len - 1)) {
                        continue; // names end in a capitalized word: "the Dow Jones industrial average"
                    }
                    Gazetteer.Alias[] hits = accept(d, i, gazetteer.lookup(keys[len - 1]));
                    if (hits.length > 0) {
                        m.end[i] = i + len;
                        m.aliases[i] = hits;
                        for (int k = i; k < i + len; k++) {
                            m.covered[k] = true;
                        }
                        matched = len;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return m;
    }

    /** A multi-token name ends in a word that is capitalized (or a headline), or in a known form. */
    private static boolean lastTokenOk(DocTokens d, int t) {
        return d.cap[t] || d.isCapsLine(t) || !Character.isLetter(d.text(t).charAt(0))
                || Character.isDigit(d.text(t).charAt(0));
    }

    private Gazetteer.Alias[] accept(DocTokens d, int i, Gazetteer.Alias[] hits) {
        if (hits.length == 0) {
            return hits;
        }
        boolean caps = d.isCapsLine(i);
        int ok = 0;
        for (Gazetteer.Alias a : hits) {
            if (accepts(d, i, a, caps)) {
                ok++;
            }
        }
        if (ok == hits.length) {
            return hits;
        }
        Gazetteer.Alias[] out = new Gazetteer.Alias[ok];
        int k = 0;
        for (Gazetteer.Alias a : hits) {
            if (accepts(d, i, a, caps)) {
                out[k++] = a;
            }
        }
        return out;
    }

    private boolean accepts(DocTokens d, int i, Gazetteer.Alias a, boolean caps) {
        if (a.tokens() == 1 && cues.notNames.contains(d.key[i])) {
            return false; // "March", "May" the months, not the towns
        }
        if (a.acronym()) {
            if (!d.allCaps[i]) {
                return false;
            }
            if (caps && a.tokens() == 1 && CAPS_LINE_REJECT.contains(d.key[i])) {
                return false;
            }
            return true;
        }
        if (!d.cap[i]) {
            return false;
        }
        // a sentence-initial common word ("Nice weather", "Total shares") is not a weak name
        if (a.tokens() == 1 && (a.weak() || a.entry().weak()) && (d.initial[i] || caps) && d.common(i)
                && !d.midCaps.contains(d.key[i])) {
            return false;
        }
        return true;
    }

    private Gazetteer.Alias[] lookup(DocTokens d, int start, int end) {
        if (end - start > 8) {
            return NONE;
        }
        Gazetteer.Alias[] hits = gazetteer.lookup(key(d, start, end));
        return hits.length == 0 ? hits : accept(d, start, hits);
    }

    static String key(DocTokens d, int start, int end) {
        if (end - start == 1) {
            return d.key[start];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(' ');
            }
            sb.append(d.key[i]);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ runs of names

    private List<Chunk> chunk(DocTokens d, Matches m) {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < d.n) {
            if (i >= 2 && d.cap[i] && CORPORATE_SUFFIXES.contains(d.key[i]) && d.key[i - 1].equals(",") && sameRun(d, i - 1, i)) {
                corporateSuffix(d, out, i); // "Acme, Inc."
                i++;
                continue;
            }
            if (!isName(d, m, i)) {
                i++;
                continue;
            }
            int start = i;
            int end = m.end[i] > i ? m.end[i] : i + 1;
            while (end < d.n && !isModifierCompound(d.text(end - 1))) {
                if (sameRun(d, end - 1, end) && d.isCapsLine(end) && headWord(d.key[end]) && !isModifierCompound(d.text(end))) {
                    end++; // "AMERICAN LEAGUE", "WESTERN DIVISION" in a headline
                    continue;
                }
                if (sameRun(d, end - 1, end) && isName(d, m, end)) {
                    end = m.end[end] > end ? m.end[end] : end + 1;
                    continue;
                }
                int joined = joiner(d, m, start, end);
                if (joined > end) {
                    end = joined;
                    continue;
                }
                break;
            }
            if (start > 0 && !d.cap[start - 1] && cues.nameParticles.contains(d.key[start - 1]) && !d.initial[start - 1]
                    && d.key[start - 1].length() > 1 && (start < 2 || !isName(d, m, start - 2)) && !d.isCapsLine(start)
                    && end - start <= 2 && m.end[start] == 0) {
                start--; // "del Ponte said", "bin Laden"
            }
            if (end < d.n && sameRun(d, end - 1, end) && isRegnal(d, start, end)) {
                end++; // "Elizabeth I", "Pope John Paul II"
            }
            Chunk c = new Chunk(start, end);
            if (m.end[start] == end) {
                c.aliases = m.aliases[start];
            }
            out.add(c);
            i = end;
        }
        return out;
    }

    /** Extends the name before ", Inc." over the suffix, or finds it in a notice written in capitals. */
    private void corporateSuffix(DocTokens d, List<Chunk> out, int suffix) {
        Chunk last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.end == suffix - 1) {
            last.end = suffix + 1;
            last.aliases = NONE;
            return;
        }
        int start = suffix - 1;
        while (start > 0 && d.isCapsLine(start - 1) && sameRun(d, start - 1, start) && d.word[start - 1]
                && !cues.sentenceStartNotNames.contains(d.key[start - 1]) && !d.key[start - 1].equals("by")
                && !d.key[start - 1].equals("to") && suffix - start < 4) {
            start--;
        }
        if (start < suffix - 1) {
            out.add(new Chunk(start, suffix + 1));
        }
    }

    private static final Set<String> ROMAN = Set.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV", "XVI");

    /** A regnal number after a name: II..XVI always, "I" after a given name or a ruler's title. */
    private boolean isRegnal(DocTokens d, int start, int end) {
        String t = d.text(end);
        if (ROMAN.contains(t)) {
            return !d.isCapsLine(end);
        }
        if (!t.equals("I") || end + 1 >= d.n || d.isCapsLine(end)) {
            return false;
        }
        boolean ruler = start > 0 && RULERS.contains(d.key[start - 1]) || RULERS.contains(d.key[start]);
        String next = d.key[end + 1];
        return (ruler || d.firstName(end - 1)) && !d.cap[end + 1] && !next.equals("am") && !next.equals("was")
                && !next.equals("have") && !next.equals("had") && !next.equals("think") && !next.equals("will")
                && !next.equals("would") && !next.equals("said") && !next.equals("do") && !next.equals("can");
    }

    private static final Set<String> RULERS = Set.of("king", "queen", "emperor", "empress", "pope", "tsar", "czar",
            "shah", "sultan", "pharaoh", "prince", "princess");

    private static boolean sameRun(DocTokens d, int a, int b) {
        return d.sentence[a] == d.sentence[b] && !lineBreak(d, b);
    }

    private static boolean lineBreak(DocTokens d, int b) {
        return d.breakBefore[b];
    }

    /** A capitalized plural after a place: the nickname of a team from there ("Rockies", "Bulls"). */
    static boolean isTeamNickname(DocTokens d, int i) {
        String t = d.text(i);
        return d.cap[i] && !d.allCaps[i] && t.length() > 3 && t.charAt(t.length() - 1) == 's' && t.charAt(t.length() - 2) != 's'
                && t.indexOf('\'') < 0;
    }

    private boolean headWord(String key) {
        return cues.orgHeads.contains(key) || cues.eventHeads.contains(key) || cues.sportsEventHeads.contains(key);
    }

    /** "Bank of Japan", "Organisation of the Islamic Conference", "Procter & Gamble", "bin Laden". */
    private int joiner(DocTokens d, Matches m, int start, int end) {
        if (end + 1 >= d.n || !sameRun(d, end - 1, end) || !sameRun(d, end, end + 1)) {
            return end;
        }
        String j = d.key[end];
        if (OF.contains(j) && (ofHeads.contains(d.key[end - 1]) || ofHeads.contains(d.key[start]))) {
            int next = end + 1;
            if (d.key[next].equals("the") && next + 1 < d.n && sameRun(d, next, next + 1)) {
                next++;
            }
            if (isName(d, m, next) && !d.initial[next]) {
                return m.end[next] > next ? m.end[next] : next + 1;
            }
            return end;
        }
        boolean complement = j.equals("on") && cues.orgHeads.contains(d.key[end - 1])
                || (j.equals("and") || j.equals("with") || j.equals("on") || j.equals("in") || OF.contains(j))
                && inOrgComplement(d, start, end)
                || (j.equals("and") || j.equals("&")) && endsInOrgHead(d, m, end + 1);
        if (complement && isName(d, m, end + 1) && !d.initial[end + 1]) {
            return m.end[end + 1] > end + 1 ? m.end[end + 1] : end + 2; // "Center for Internet and Society"
        }
        if (j.equals("'") && d.end(end - 1) == d.start(end) && d.text(end - 1).endsWith("s") && d.cap[end + 1]
                && isName(d, m, end + 1) && cues.orgHeads.contains(d.key[Math.min(d.n - 1, endOfRun(d, m, end + 1) - 1)])) {
            return end + 2; // "National Governors' Association"
        }
        if (j.equals("&") && isName(d, m, end + 1)) {
            return m.end[end + 1] > end + 1 ? m.end[end + 1] : end + 2;
        }
        if (!d.cap[end] && cues.nameParticles.contains(j) && !d.isCapsLine(end)) {
            int k = end + 1;
            while (k < d.n && k - end < 3 && !d.cap[k] && cues.nameParticles.contains(d.key[k]) && sameRun(d, k - 1, k)) {
                k++; // "von der Leyen", "de la Rua"
            }
            if (k < d.n && sameRun(d, k - 1, k) && d.cap[k] && isName(d, m, k)) {
                return k + 1;
            }
        }
        return end;
    }

    private int endOfRun(DocTokens d, Matches m, int i) {
        int k = i;
        while (k < d.n && k - i < 4 && d.cap[k] && sameRun(d, i, k) && isName(d, m, k)) {
            k++;
        }
        return k;
    }

    /** The capitalized run starting at i ends in an organization head: "... and Applications Centre". */
    private boolean endsInOrgHead(DocTokens d, Matches m, int i) {
        int k = i;
        while (k < d.n && k - i < 4 && d.cap[k] && sameRun(d, i, k) && isName(d, m, k)) {
            k++;
        }
        return k > i && cues.orgHeads.contains(d.key[k - 1]) && !cues.governmentHeads.contains(d.key[k - 1]);
    }

    /** The run so far is "Head of/for ...": an organization name that may go on with "and", "with". */
    private boolean inOrgComplement(DocTokens d, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (OF.contains(d.key[i]) && (cues.orgFirst.contains(d.key[i - 1]) || cues.orgHeads.contains(d.key[i - 1]))) {
                return true;
            }
        }
        return false;
    }

    private boolean isName(DocTokens d, Matches m, int i) {
        byte cached = m.name[i];
        if (cached == 0) {
            cached = computeIsName(d, m, i) ? (byte) 2 : (byte) 1;
            m.name[i] = cached;
        }
        return cached == 2;
    }

    private boolean computeIsName(DocTokens d, Matches m, int i) {
        if (m.covered[i]) {
            return true;
        }
        String t = d.text(i);
        if (!Character.isLetter(t.charAt(0))) {
            return false;
        }
        if (!d.cap[i] && !d.isCapsLine(i)) {
            return isParticleName(t) && i > 0 && d.cap[i - 1]; // "Zine al-Abidine Ben Ali", "Rami al-Saadani"
        }
        if (isPrefixedName(t)) {
            return false; // "Ex-Yankee": an adjective, typed by its shape
        }
        String k = d.key[i];
        if (hasDigit(t)) {
            return false; // "RM120", "H1", "C-4": codes and amounts, unless the knowledge base knows them
        }
        if (ChunkTyper.isInitial(t)) {
            return i + 1 < d.n && d.cap[i + 1] && sameRun(d, i, i + 1);
        }
        if (cues.notNames.contains(k) || MONTH_ABBREVIATIONS.contains(k) && (t.endsWith(".")
                || i + 1 < d.n && Character.isDigit(d.text(i + 1).charAt(0)))) {
            return false;
        }
        if (cues.ordinals.contains(k)) {
            return d.cap[i] && !d.isCapsLine(i) && i + 1 < d.n && d.cap[i + 1] && sameRun(d, i, i + 1)
                    && !cues.ordinals.contains(d.key[i + 1]) && !cues.notNames.contains(d.key[i + 1]);
        }
        if (d.isCapsLine(i)) {
            if (t.indexOf('-') > 0 && commonCompound(t)) {
                return false;
            }
            if (cues.sports.contains(k) && i + 1 < d.n && (d.key[i + 1].equals("-") || cues.sports.contains(d.key[i + 1]))) {
                return false; // the "SOCCER - " label of a sports headline
            }
            return t.length() > 1 && !cues.sentenceStartNotNames.contains(k)
                    && (d.midCaps.contains(k) || !d.common(i) || d.allCaps[i] && acronymLike(t));
        }
        if (!d.cap[i] || t.length() == 1) {
            return false;
        }
        if (t.indexOf('-') > 0 && (commonCompound(t) && !d.midCaps.contains(k) || allParts(t, cues.notNames))) {
            return false; // "Long-awaited", "January-March"
        }
        if (isPartyTag(t)) {
            return false; // "R-Ky.", "D-N.Y.": a legislator's party and state
        }
        if (d.initial[i]) {
            return initialName(d, i);
        }
        return true;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean acronymLike(String t) {
        return t.indexOf('.') > 0;
    }

    private static boolean allParts(String t, Set<String> words) {
        for (String part : t.toLowerCase(java.util.Locale.ROOT).split("-")) {
            if (!words.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** "R-Ky.", "D-N.Y.", "I-Vt.": US party letter and state after a legislator's name. */
    static boolean isPartyTag(String t) {
        return t.length() >= 4 && t.length() <= 8 && (t.charAt(0) == 'R' || t.charAt(0) == 'D' || t.charAt(0) == 'I')
                && t.charAt(1) == '-' && Character.isUpperCase(t.charAt(2));
    }

    /** "Long-awaited", "Fire-fighters": a hyphenated compound of ordinary words. */
    private boolean commonCompound(String t) {
        int h = t.indexOf('-');
        if (h <= 0) {
            return false;
        }
        int from = 0;
        while (from <= t.length()) {
            int to = t.indexOf('-', from);
            if (to < 0) {
                to = t.length();
            }
            String part = t.substring(from, to);
            String lower = part.toLowerCase(java.util.Locale.ROOT);
            if (part.isEmpty() || !lexicon.isCommonWord(lower) && !Character.isDigit(part.charAt(0))
                    && !cues.notNames.contains(lower)) {
                return false;
            }
            from = to + 1;
        }
        return true;
    }

    /** A capitalized word that opens a sentence names something only with support. */
    private boolean initialName(DocTokens d, int i) {
        String k = d.key[i];
        if (cues.sentenceStartNotNames.contains(k)) {
            return false;
        }
        if (d.midCaps.contains(k) || !d.common(i)) {
            return true;
        }
        if (i + 1 < d.n && d.cap[i + 1] && sameRun(d, i, i + 1) && headWord(d.key[i + 1]) && !d.isCapsLine(i)) {
            return true; // "National League", "Central Bank": a modifier of a capitalized head word
        }
        if (i + 1 < d.n && d.cap[i + 1] && sameRun(d, i, i + 1) && !d.isCapsLine(i)
                && (cues.personTitles.contains(k) || cues.personTitleModifiers.contains(k) && isTitle(d, null, i))) {
            return true; // "President Bush said", "Foreign Minister Primakov said": the title goes with the name
        }
        // "Mark Butcher made 70": a given name followed by another capitalized word
        return i + 1 < d.n && d.cap[i + 1] && d.firstName(i) && sameRun(d, i, i + 1)
                && !d.isCapsLine(i) && !cues.sentenceStartNotNames.contains(d.key[i + 1])
                && gazetteer.lookup(d.key[i + 1]).length == 0;
    }

    private static final Set<String> ARABIC_PARTICLES = Set.of("al", "el", "ad", "as", "ash", "at", "az", "ar", "an",
            "ul", "ud", "bin", "ibn", "abu", "bint");

    /** "al-Abidine", "el-Sheikh": an Arabic article or particle hyphened to a name. */
    static boolean isParticleName(String t) {
        int h = t.indexOf('-');
        return h > 0 && h + 1 < t.length() && Character.isUpperCase(t.charAt(h + 1))
                && ARABIC_PARTICLES.contains(t.substring(0, h).toLowerCase(java.util.Locale.ROOT));
    }

    /** "Ex-Yankee", "Pro-Moscow": a prefix hyphened to a name makes an adjective. */
    static boolean isPrefixedName(String t) {
        int h = t.indexOf('-');
        return h > 0 && h + 1 < t.length() && Character.isUpperCase(t.charAt(h + 1))
                && NAME_PREFIXES.contains(t.substring(0, h).toLowerCase(java.util.Locale.ROOT));
    }

    static boolean isModifierCompound(String t) {
        int h = t.lastIndexOf('-');
        if (h <= 0 || h + 1 >= t.length() || !Character.isLowerCase(t.charAt(h + 1))) {
            return false;
        }
        String suffix = t.substring(h + 1);
        return MODIFIER_SUFFIXES.contains(suffix) || suffix.length() > 4 && (suffix.endsWith("ed") || suffix.endsWith("ing"));
    }

    // ------------------------------------------------------------------ splitting runs

    /** Splits a run into the names it holds and drops the person titles in front of them. */
    private void segment(DocTokens d, Matches m, Chunk c, List<Chunk> out) {
        int s = c.start;
        int e = c.end;
        // titles: "President Clinton", "Foreign Minister Yevgeny Primakov", "Federal Reserve Governor Lawrence Lindsey"
        if (!headed(d, e)) {
            for (int t = s; t < e; t++) {
                if (!isTitle(d, m, t)) {
                    continue;
                }
                int p = t;
                while (p < e && (isTitle(d, m, p) || (OF.contains(d.key[p]) || d.key[p].equals("the") || d.key[p].equals("and")) && p > t
                        && p + 1 < e && (isTitle(d, m, p + 1) || portfolio(d, p + 1, e)))) {
                    p++;
                    while (p < e && OF.contains(d.key[p - 1]) && portfolio(d, p, e)) {
                        p++; // "Secretary of State", "Minister of Finance"
                    }
                }
                if (p == t + 1 && p < e && e - p == 1 && d.firstName(t) && !d.firstName(p) && !m.covered[p]
                        && !cues.personTitles.contains(d.key[p])) {
                    break; // "Don Penney": a given name that is also a title, then a surname
                }
                if (p == e && t > s && d.firstName(t - 1) && !isTitle(d, m, t - 1) && e - t == 1) {
                    break; // "Nick Pope", "John Major": a given name and a surname that is also a title
                }
                if (p == e) {
                    if (t > s) {
                        segment(d, m, new Chunk(s, t), out); // "Federal Reserve Governor" keeps its organization
                    } else if (e - s == 1) {
                        Chunk only = new Chunk(s, e); // "King said": a surname, or just a title
                        only.titleOnly = true;
                        out.add(only);
                    }
                    return;
                }
                if (!isName(d, m, p) || OF.contains(d.key[p])) {
                    break;
                }
                if (t > s && keepsPrefix(d, m, s, t)) {
                    segment(d, m, new Chunk(s, t), out);
                }
                Chunk name = new Chunk(p, e);
                name.titled = true;
                if (m.end[p] == e) {
                    name.aliases = m.aliases[p];
                }
                splitLeading(d, m, name, out);
                return;
            }
        }
        splitLeading(d, m, c, out);
    }

    /** A nationality or country in front of a name: "Australian Tom Moody", "U.S. Treasury Secretary ...". */
    private void splitLeading(DocTokens d, Matches m, Chunk c, List<Chunk> out) {
        int s = c.start;
        int e = c.end;
        if (m.end[s] > s && m.end[s] < e && splitsOff(d, m, s, e)) {
            Chunk head = new Chunk(s, m.end[s]);
            head.aliases = m.aliases[s];
            out.add(head);
            Chunk rest = new Chunk(m.end[s], e);
            rest.titled = c.titled;
            if (m.end[rest.start] == e) {
                rest.aliases = m.aliases[rest.start];
            }
            splitLeading(d, m, rest, out);
            return;
        }
        if (m.end[s] == e && c.aliases.length == 0) {
            c.aliases = m.aliases[s];
        }
        if (m.end[s] == e - 1 && m.end[s] - s >= 2 && d.common(e - 1) && !headWord(d.key[e - 1])
                && !cues.locHeads.contains(d.key[e - 1]) && !m.aliases[s][0].weak()) {
            c.end = e - 1; // "U.N. Security Council Resolution 425": the council, not a resolution
            c.aliases = m.aliases[s];
        }
        out.add(c);
    }

    private boolean headed(DocTokens d, int e) {
        String last = d.key[e - 1];
        return cues.orgHeads.contains(last) || cues.eventHeads.contains(last) || cues.locHeads.contains(last)
                || cues.sportsEventHeads.contains(last); // "National Premier Division" is no one's title
    }

    /** What stands before a title is kept when it names something itself ("U.N.", "Iraqi", "... Association"). */
    private boolean keepsPrefix(DocTokens d, Matches m, int s, int t) {
        return m.end[s] > s && m.end[s] <= t || headed(d, t);
    }

    /** A ministry's portfolio after "Minister of": "State", "Finance", "Foreign Affairs" (not the name after it). */
    private boolean portfolio(DocTokens d, int i, int e) {
        return i < e - 1 && d.cap[i] && cues.personTitleModifiers.contains(d.key[i]);
    }

    private boolean isTitle(DocTokens d, Matches m, int i) {
        if (!d.cap[i] && !d.isCapsLine(i)) {
            return false;
        }
        if (i + 1 < d.n && (d.cap[i + 1] || d.isCapsLine(i + 1)) && headWord(d.key[i + 1])) {
            return false; // "Major League", "General Assembly"
        }
        String k = d.key[i];
        int h = k.indexOf('-');
        if (h > 0 && !cues.personTitles.contains(k)) {
            // "Lieutenant-Colonel", "Vice-Admiral": every part a title word
            String last = k.substring(k.lastIndexOf('-') + 1);
            if (!cues.personTitles.contains(last)) {
                return false;
            }
            for (String part : k.split("-")) {
                if (!cues.personTitles.contains(part) && !cues.personTitleModifiers.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        if (!cues.personTitles.contains(d.key[i])) {
            // "Foreign", "Deputy", "Transport" are titles only in front of one: "Foreign Minister"
            if (!cues.personTitleModifiers.contains(d.key[i])) {
                return false;
            }
            int j = i + 1;
            while (j < d.n && d.sentence[j] == d.sentence[i] && (cues.personTitleModifiers.contains(d.key[j])
                    || OF.contains(d.key[j]) || d.key[j].equals("the") || d.key[j].equals("and"))) {
                j++;
            }
            if (j >= d.n || !cues.personTitles.contains(d.key[j]) || !d.cap[j] && !d.isCapsLine(j)) {
                return false;
            }
        }
        // part of a knowledge-base name ("General Motors") is no title, except a one-word place
        return m == null || !m.covered[i] || m.end[i] == i + 1 && m.aliases[i] != null
                && m.aliases[i][0].entry().type() == EntityType.LOCATION;
    }

    private boolean splitsOff(DocTokens d, Matches m, int s, int e) {
        Gazetteer.Alias a = m.aliases[s][0];
        EntityType t = a.entry().type();
        int next = m.end[s];
        boolean country = a.entry().isSubtype("COUNTRY") && !a.weak();
        if (!d.cap[next] && !d.isCapsLine(next) || m.end[s] - s == 1 && d.firstName(s) && t != EntityType.NATIONALITY && !country) {
            return false; // "Van der Westhuizen", "Chad Curtis"
        }
        if (t == EntityType.NATIONALITY) {
            String last = d.key[e - 1];
            if (next + 1 == e && (cues.orgHeads.contains(d.key[next]) || cues.eventHeads.contains(d.key[next]))) {
                return false; // "American University", "European Cup"
            }
            if (next + 1 < e && cues.orgHeads.contains(last) && !cues.governmentHeads.contains(last)) {
                return false; // "Indonesian Democratic Party", "Iraqi National Congress"; not "German Foreign Ministry"
            }
            boolean givenName = m.end[s] - s == 1 && d.firstName(s) && next + 1 == e && !m.covered[next];
            return !givenName; // "Christian Cullen" is a person; "Iraqi Kurds" two names
        }
        if (a.entry().weak()) {
            return false;
        }
        String last = d.key[e - 1];
        if (cues.orgHeads.contains(last) || cues.eventHeads.contains(last) || cues.miscHeads.contains(last)) {
            return false; // "Hong Kong Open", "Kenya Commercial Bank"
        }
        if (t == EntityType.LOCATION && next + 1 == e && isTeamNickname(d, next)) {
            return false; // "Colorado Rockies", "Seattle Mariners"
        }
        if (t == EntityType.LOCATION) {
            boolean person = cues.personTitles.contains(d.key[next]) || d.firstName(next)
                    && !d.common(next);
            boolean acronym = d.allCaps[next] && !d.isCapsLine(next) && e - next == 1;
            boolean nextKnown = m.end[next] > next && m.end[next] == e && !m.aliases[next][0].entry().weak();
            return person || acronym || nextKnown;
        }
        return m.end[next] > next && m.end[next] == e && !m.aliases[next][0].entry().weak();
    }
}
