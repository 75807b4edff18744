package io.wirestream.enrichment.internal.quotes;

import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.Mention;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Sentence;
import io.wirestream.enrichment.internal.Token;
import io.wirestream.enrichment.internal.kb.AliasKey;
import io.wirestream.enrichment.internal.kb.Gender;
import io.wirestream.enrichment.internal.kb.NameLexicon;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who said a quotation: the person or organization next to a speech verb around it ("...,"
 * Smith said; said John Smith; Smith, the minister, said; according to Smith; Smith told reporters:
 * "..."), the subject of a sentence that quotes in part, a pronoun ("he said", "she added")
 * resolved to the most recent person it can refer to, or the speaker of the quotation just before
 * when a quote goes on without attribution. Per-article state lives in a {@link Context}.
 */
final class SpeakerAttributor {

    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "asked",
            "asks", "declared", "stated", "explained", "noted", "insisted", "argued", "warned", "claimed", "replied",
            "responded", "recalled", "wrote", "writes", "announced", "commented", "continued", "acknowledged",
            "admitted", "conceded", "stressed", "urged", "vowed", "predicted", "suggested", "complained", "quipped",
            "shouted", "yelled", "whispered", "answered", "countered", "observed", "remarked", "testified",
            "confirmed", "denied", "cautioned", "concluded", "emphasized", "emphasised", "pointed", "agreed",
            "joked", "pleaded", "promised", "reported", "thundered", "boasted", "contended", "maintained",
            "mused", "proclaimed", "recounted", "reiterated", "repeated", "retorted", "wondered", "called",
            "described", "dubbed", "termed", "labelled", "labeled", "branded");
    /** Words that end a run of role words between an organization and a person. */
    private static final Set<String> NOT_ROLE_WORDS = Set.of("who", "whom", "whose", "which", "that", "and", "or",
            "but", "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "to", "of", "in",
            "at", "on", "for", "with", "by", "from", "the", "a", "an", "its", "their", "as", "after", "before",
            "while", "when", "where", "than", "then", "also", "not", "hired", "named", "appointed");
    private static final Set<String> MALE = Set.of("he", "him", "his");
    private static final Set<String> FEMALE = Set.of("she", "her");
    private static final Set<String> HONORIFIC_MALE = Set.of("mr", "sir", "lord", "king", "prince", "father", "brother");
    private static final Set<String> HONORIFIC_FEMALE = Set.of("mrs", "ms", "miss", "madam", "dame", "lady", "queen",
            "princess", "sister", "mme");

    private final NameLexicon lexicon;

    SpeakerAttributor(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Token-level view of one article's entity mentions, built once per article. */
    final class Context {
        final Document doc;
        final List<Token> tokens;
        private final String[] keys;
        /** The entity whose mention starts / ends at a token, or null. */
        final NamedEntity[] startsAt;
        final NamedEntity[] endsAt;
        final int[] mentionEnd;
        final int[] mentionStart;
        final int[] sentenceOf;
        private final Gender[] gender;
        /** Token is inside quotation marks: people named there are quoted, not speaking. */
        private final boolean[] quoted;
        final List<NamedEntity> entities;

        Context(Document doc) {
            this.doc = doc;
            this.tokens = doc.tokens();
            int n = tokens.size();
            keys = new String[n];
            quoted = new boolean[n];
            startsAt = new NamedEntity[n];
            endsAt = new NamedEntity[n];
            mentionEnd = new int[n];
            mentionStart = new int[n];
            sentenceOf = new int[n];
            for (Sentence s : doc.sentences()) {
                Arrays.fill(sentenceOf, s.firstToken(), s.endToken(), s.index());
            }
            entities = doc.entities();
            gender = new Gender[entities.size()];
            for (int ei = 0; ei < entities.size(); ei++) {
                NamedEntity e = entities.get(ei);
                for (Mention m : e.mentions()) {
                    int a = tokenAt(m.start());
                    int b = tokenAt(m.end() - 1);
                    if (a >= 0 && b >= a) {
                        startsAt[a] = e;
                        endsAt[b] = e;
                        mentionEnd[a] = b + 1;
                        mentionStart[b] = a;
                    }
                }
            }
        }

        /** Marks the tokens inside a quotation. */
        void quoted(int startOffset, int endOffset) {
            for (int i = tokenFrom(startOffset); i < tokens.size() && tokens.get(i).start() < endOffset; i++) {
                quoted[i] = true;
            }
        }

        /** Lookup key of token i, computed on first use (most tokens are never looked at). */
        String key(int i) {
            String k = keys[i];
            if (k == null) {
                k = AliasKey.of(tokens.get(i).text());
                keys[i] = k;
            }
            return k;
        }

        int tokenAt(int offset) {
            int lo = 0;
            int hi = tokens.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Token t = tokens.get(mid);
                if (t.end() <= offset) {
                    lo = mid + 1;
                } else if (t.start() > offset) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** First token at or after an offset. */
        int tokenFrom(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The gender of entity ei, worked out on first use (only pronoun attribution needs it). */
        Gender gender(int ei) {
            Gender g = gender[ei];
            if (g == null) {
                g = genderOf(entities.get(ei));
                gender[ei] = g;
            }
            return g;
        }

        private Gender genderOf(NamedEntity e) {
            if (e.type() != EntityType.PERSON) {
                return Gender.UNKNOWN;
            }
            for (Mention m : e.mentions()) {
                int a = tokenAt(m.start());
                if (a > 0) {
                    String prev = AliasKey.of(tokens.get(a - 1).text());
                    if (HONORIFIC_MALE.contains(prev)) {
                        return Gender.MALE;
                    }
                    if (HONORIFIC_FEMALE.contains(prev)) {
                        return Gender.FEMALE;
                    }
                }
            }
            String first = e.name().split(" ")[0];
            return lexicon.gender(first);
        }
    }

    Context context(Document doc) {
        return new Context(doc);
    }

    /**
     * The speaker of a quotation whose marks span tokens {@code [open, close]} (close inclusive, or
     * the last token of the quote when the paragraph ended it).
     */
    Optional<NamedEntity> speaker(Context x, int open, int close) {
        int n = x.tokens.size();
        // after the quote: "...," Smith said / said Smith / he said / Smith, the minister, said
        int a = close + 1;
        while (a < n && isPunct(x, a) && !x.key(a).equals("\"") && a - close <= 2) {
            a++;
        }
        if (a < n && !sameParagraph(x, close, a)) {
            a = n;
        }
        Optional<NamedEntity> after = a < n ? afterQuote(x, a, open) : Optional.empty();
        if (after.isPresent()) {
            return after;
        }
        // before the quote: Smith said: "..." / according to Smith, "..." / Smith called it "..."
        return beforeQuote(x, open);
    }

    private Optional<NamedEntity> afterQuote(Context x, int a, int open) {
        int n = x.tokens.size();
        if (SPEECH_VERBS.contains(x.key(a))) {
            // said Smith / said Foreign Minister Yevgeny Primakov / said the company's president, John Smith
            for (int j = a + 1; j < Math.min(n, a + 8) && x.sentenceOf[j] == x.sentenceOf[a]; j++) {
                if (x.startsAt[j] != null && speaks(x.startsAt[j])) {
                    return Optional.of(roleHolderOr(x, j));
                }
                if (isPronoun(x.key(j))) {
                    return resolvePronoun(x, x.key(j), open);
                }
                if (x.key(j).equals(".") || x.key(j).equals("\"") || x.key(j).equals("\u201C")) {
                    break;
                }
            }
            return Optional.empty();
        }
        if (isPronoun(x.key(a)) && a + 1 < n && SPEECH_VERBS.contains(x.key(a + 1))) {
            return resolvePronoun(x, x.key(a), open);
        }
        // "...," coach Tom Hale said / Foreign Minister Yevgeny Primakov said: titles before the name
        int m = a;
        while (m < n && m - a < 4 && x.startsAt[m] == null && !isPunct(x, m) && !SPEECH_VERBS.contains(x.key(m))
                && x.sentenceOf[m] == x.sentenceOf[a]) {
            m++;
        }
        if (m < n && x.startsAt[m] != null && speaks(x.startsAt[m])) {
            a = m;
        }
        // the first mention after the quote that a speech verb follows: "...," Arsenal manager Mikel Arteta told the BBC
        for (int j = a; j < n && j - a < 8 && x.sentenceOf[j] == x.sentenceOf[a]; j++) {
            if (SPEECH_VERBS.contains(x.key(j)) || x.key(j).equals("\"") || x.key(j).equals("\u201C")) {
                break;
            }
            if (x.startsAt[j] != null && speaks(x.startsAt[j])) {
                int v = skipAppositive(x, x.mentionEnd[j]);
                if (v < n && x.key(v).equals(",") && v + 1 < n && SPEECH_VERBS.contains(x.key(v + 1))) {
                    v++; // "...," the agency's negotiator, Graham Turnbull, said
                }
                if (v < n && (SPEECH_VERBS.contains(x.key(v)) || v + 1 < n && isAuxiliary(x.key(v)) && SPEECH_VERBS.contains(x.key(v + 1)))) {
                    return Optional.of(x.startsAt[j]);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<NamedEntity> beforeQuote(Context x, int open) {
        int b = open - 1;
        while (b >= 0 && (x.key(b).equals(":") || x.key(b).equals(",") || x.key(b).equals("that")) && open - b <= 2) {
            b--;
        }
        if (b < 0 || x.sentenceOf[b] != x.sentenceOf[open] && !x.key(open - 1).equals(":")) {
            return Optional.empty();
        }
        int sentence = x.sentenceOf[b];
        // according to Smith, "..."
        for (int j = b; j >= Math.max(0, b - 6) && x.sentenceOf[j] == sentence; j--) {
            if (x.key(j).equals("according") && j + 2 <= b && x.key(j + 1).equals("to") && x.startsAt[j + 2] != null) {
                return Optional.of(x.startsAt[j + 2]);
            }
        }
        // the nearest speech verb before the quote in its sentence, and who is doing the speaking
        for (int v = b; v >= 0 && x.sentenceOf[v] == sentence && b - v <= 12; v--) {
            if (!SPEECH_VERBS.contains(x.key(v))) {
                continue;
            }
            int s = v - 1;
            if (s >= 0 && isAuxiliary(x.key(s))) {
                s--;
            }
            if (s >= 0 && x.endsAt[s] != null && speaks(x.endsAt[s])) {
                return Optional.of(x.endsAt[s]); // Smith said: "..."
            }
            if (s > 0 && x.key(s).equals(",") && x.endsAt[s - 1] != null && x.endsAt[s - 1].type() == EntityType.PERSON) {
                return Optional.of(x.endsAt[s - 1]); // the agency's chief negotiator, Graham Turnbull, said
            }
            if (s >= 0 && x.key(s).equals(",")) {
                int m = appositiveHead(x, s);
                if (m >= 0) {
                    return Optional.of(x.endsAt[m]); // Smith, the minister, said: "..."
                }
            }
            if (s >= 0 && isPronoun(x.key(s))) {
                return resolvePronoun(x, x.key(s), s);
            }
            // the subject of the sentence: the first person or organization before the verb
            for (int j = x.doc.sentences().get(sentence).firstToken(); j < v; j++) {
                if (x.startsAt[j] != null && speaks(x.startsAt[j])) {
                    return Optional.of(roleHolderOr(x, j));
                }
            }
            if (v + 1 < x.tokens.size() && x.startsAt[v + 1] != null && speaks(x.startsAt[v + 1])) {
                return Optional.of(x.startsAt[v + 1]); // said Smith: "..."
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The person a role noun after a name leads to, else the name itself: in "said Haldor chief
     * executive Katrin Vogel", "Kingsport manager Sofia Andersen said" or "Cellnova's co-founder,
     * Linnea Bergqvist, said" the first name only says whose executive speaks (whatever type the
     * entity stage gave it). Between the two names only a possessive, lower-case role words and a comma right before
     * the person may stand; a verb or a relative pronoun ends the search.
     */
    private static NamedEntity roleHolderOr(Context x, int j) {
        NamedEntity found = x.startsAt[j];
        int n = x.tokens.size();
        int roleWords = 0;
        for (int k = x.mentionEnd[j]; k < n && k - x.mentionEnd[j] <= 7 && x.sentenceOf[k] == x.sentenceOf[j]; k++) {
            if (x.startsAt[k] != null) {
                return roleWords > 0 && x.startsAt[k].type() == EntityType.PERSON ? x.startsAt[k] : found;
            }
            String key = x.key(k);
            if (key.equals("'s") || key.equals("'")) {
                continue;
            }
            if (key.equals(",") && roleWords > 0 && k + 1 < n && x.startsAt[k + 1] != null) {
                continue;
            }
            if (key.equals("and") && roleWords > 0) {
                continue; // "co-founder and chief executive"
            }
            if (!isRoleWord(x, k)) {
                return found;
            }
            roleWords++;
        }
        return found;
    }

    /** A lower-case word that can be part of a job title: not a verb form, auxiliary or relative pronoun. */
    private static boolean isRoleWord(Context x, int k) {
        String t = x.tokens.get(k).text();
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        String key = x.key(k);
        return !NOT_ROLE_WORDS.contains(key) && !SPEECH_VERBS.contains(key) && !key.endsWith("ed");
    }

    /** After a name, skip ", the minister," to the verb; returns the index of the verb candidate. */
    private static int skipAppositive(Context x, int e) {
        int n = x.tokens.size();
        if (e < n && x.key(e).equals(",")) {
            for (int j = e + 1; j < Math.min(n, e + 12); j++) {
                if (x.key(j).equals(",")) {
                    return j + 1;
                }
                if (x.key(j).equals(".") || x.key(j).equals("\"")) {
                    break;
                }
            }
        }
        return e;
    }

    /** "Smith, the minister, said": given the comma before the verb, the mention before the appositive. */
    private static int appositiveHead(Context x, int comma) {
        for (int j = comma - 1; j >= Math.max(0, comma - 12); j--) {
            if (x.key(j).equals(",")) {
                return j > 0 && x.endsAt[j - 1] != null && x.endsAt[j - 1].type() == EntityType.PERSON ? j - 1 : -1;
            }
        }
        return -1;
    }

    private Optional<NamedEntity> resolvePronoun(Context x, String pronoun, int before) {
        int from = x.tokens.get(Math.min(before, x.tokens.size() - 1)).start();
        boolean male = MALE.contains(pronoun);
        boolean female = FEMALE.contains(pronoun);
        NamedEntity best = null;
        int bestStart = -1;
        for (int ei = 0; ei < x.entities.size(); ei++) {
            NamedEntity e = x.entities.get(ei);
            boolean compatible = male || female
                    ? e.type() == EntityType.PERSON && (x.gender(ei) == Gender.UNKNOWN
                            || male && x.gender(ei) == Gender.MALE || female && x.gender(ei) == Gender.FEMALE)
                    : e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON;
            if (!compatible) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < from && m.start() > bestStart && !x.quoted[Math.max(0, x.tokenFrom(m.start()))]) {
                    best = e;
                    bestStart = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean speaks(NamedEntity e) {
        return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
    }

    private static boolean isPronoun(String k) {
        return k.equals("he") || k.equals("she") || k.equals("they") || k.equals("it");
    }

    private static boolean isAuxiliary(String k) {
        return k.equals("has") || k.equals("had") || k.equals("have") || k.equals("was") || k.equals("is")
                || k.equals("also") || k.equals("later") || k.equals("then") || k.equals("would") || k.equals("will");
    }

    private static boolean isPunct(Context x, int i) {
        String t = x.tokens.get(i).text();
        return !Character.isLetterOrDigit(t.charAt(0));
    }

    private static boolean sameParagraph(Context x, int a, int b) {
        String text = x.doc.text();
        for (int k = x.tokens.get(a).end(); k < x.tokens.get(b).start(); k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }
}
