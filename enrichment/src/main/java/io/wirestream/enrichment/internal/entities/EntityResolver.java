package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.EntityType;
import io.wirestream.enrichment.Mention;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.internal.kb.KbEntry;
import io.wirestream.enrichment.internal.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns typed mentions into one entity per real-world thing in the article: knowledge-base names
 * by their link id ("the US", "U.S." and "United States" are {@code country:US}), people by shared
 * name parts ("Vladimir Putin", "Putin", "Mr. Putin"), organizations by name or acronym, and
 * everything else by type and name. Gives each entity its canonical name, a stable id and a
 * salience.
 */
final class EntityResolver {

    private static final Set<String> CORPORATE = Set.of("inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv",
            "bv", "gmbh", "spa", "group", "holdings", "corporation", "company");

    /** One entity while it is assembled. */
    private static final class Group {
        final EntityType type;
        KbEntry entry;
        final List<Chunk> chunks = new ArrayList<>();
        String[] name; // lookup keys of the fullest name
        Chunk fullest;
        int lastToken;

        Group(EntityType type, KbEntry entry) {
            this.type = type;
            this.entry = entry;
        }
    }

    List<NamedEntity> resolve(DocTokens d, String text, List<Chunk> chunks, Optional<String> title) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        for (Chunk c : chunks) {
            if (!c.typed()) {
                continue;
            }
            Group g = find(d, c, groups, byKey);
            if (g == null) {
                g = new Group(c.type, c.entry);
                groups.add(g);
            }
            add(d, g, c);
            byKey.putIfAbsent(groupKey(c), g);
        }
        return entities(d, text, groups, title);
    }

    private static String groupKey(Chunk c) {
        return c.entry != null ? c.entry.id() : c.type + ":" + c.key;
    }

    private Group find(DocTokens d, Chunk c, List<Group> groups, Map<String, Group> byKey) {
        Group g = byKey.get(groupKey(c));
        if (g != null) {
            return g;
        }
        if (c.entry != null) {
            return null;
        }
        String[] t = keys(d, c);
        Group best = null;
        for (Group x : groups) {
            if (x.type != c.type) {
                continue;
            }
            boolean match = switch (c.type) {
                case PERSON -> subsequence(t, x.name) || subsequence(x.name, t);
                case ORGANIZATION -> sameOrganization(d, c, t, x);
                default -> false;
            };
            if (match && (best == null || x.lastToken > best.lastToken)) {
                best = x;
            }
        }
        return best;
    }

    private static boolean sameOrganization(DocTokens d, Chunk c, String[] t, Group x) {
        if (t.length == 1 && d.allCaps[c.start] && t[0].equals(initials(x.name))) {
            return true;
        }
        if (x.name.length == 1 && x.fullest != null && d.allCaps[x.fullest.start] && x.name[0].equals(initials(t))) {
            return true;
        }
        String[] shorter = t.length < x.name.length ? t : x.name;
        String[] longer = t.length < x.name.length ? x.name : t;
        return shorter.length < longer.length && prefix(shorter, longer) && CORPORATE.contains(longer[longer.length - 1]);
    }

    private static String initials(String[] name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name) {
            if (!w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("&") && !w.equals("for")
                    && Character.isLetter(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static void add(DocTokens d, Group g, Chunk c) {
        g.chunks.add(c);
        g.lastToken = c.start;
        String[] t = keys(d, c);
        if (g.name == null || t.length > g.name.length || t.length == g.name.length && g.fullest.caps && !c.caps) {
            g.name = t;
            g.fullest = c;
        }
        if (g.entry == null && c.entry != null) {
            g.entry = c.entry;
        }
    }

    private static String[] keys(DocTokens d, Chunk c) {
        String[] t = new String[c.length()];
        for (int i = 0; i < t.length; i++) {
            t[i] = d.key[c.start + i];
        }
        return t;
    }

    /** a occurs in b as a contiguous run of whole tokens. */
    private static boolean subsequence(String[] a, String[] b) {
        if (a.length > b.length) {
            return false;
        }
        for (int off = 0; off + a.length <= b.length; off++) {
            boolean ok = true;
            for (int i = 0; i < a.length && ok; i++) {
                ok = a[i].equals(b[off + i]);
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static boolean prefix(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ output

    private List<NamedEntity> entities(DocTokens d, String text, List<Group> groups, Optional<String> title) {
        int len = Math.max(1, text.length());
        double[] raw = new double[groups.size()];
        double max = 0;
        String lowerTitle = title.map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            double r = 0;
            for (Chunk c : g.chunks) {
                double pos = d.start(c.start) / (double) len;
                r += 1 + (pos < 0.2 ? 0.5 : 0) + (d.sentence[c.start] <= 1 ? 0.5 : 0);
            }
            if (!lowerTitle.isEmpty()) {
                for (Chunk c : g.chunks) {
                    if (lowerTitle.contains(text.substring(d.start(c.start), d.end(c.end - 1)).toLowerCase(Locale.ROOT))) {
                        r += 2;
                        break;
                    }
                }
            }
            raw[gi] = r;
            max = Math.max(max, r);
        }
        List<NamedEntity> out = new ArrayList<>(groups.size());
        Set<String> ids = new HashSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            String name = g.entry != null ? g.entry.name() : canonical(d, text, g);
            String id = g.entry != null ? g.entry.id() : prefix(g.type) + ":" + KnowledgeBase.slug(name);
            if (!ids.add(id)) {
                int k = counts.merge(id, 1, Integer::sum) + 1;
                id = id + "-" + k;
                ids.add(id);
            }
            List<Mention> mentions = new ArrayList<>(g.chunks.size());
            for (Chunk c : g.chunks) {
                int s = d.start(c.start);
                int e = mentionEnd(d, text, c);
                mentions.add(new Mention(s, e, text.substring(s, e)));
            }
            double sal = max == 0 ? 0 : 0.6 * raw[gi] / max + 0.4 * (1 - Math.exp(-raw[gi] / 4));
            out.add(new NamedEntity(id, name, g.type, g.entry == null ? Optional.empty() : g.entry.subtype(),
                    g.entry == null ? Optional.empty() : Optional.of(g.entry.id()), mentions,
                    Math.round(sal * 1000) / 1000.0));
        }
        return out;
    }

    /** End of a mention: "Acme Inc." ending a sentence leaves the full stop out. */
    private static int mentionEnd(DocTokens d, String text, Chunk c) {
        int s = d.start(c.start);
        int e = d.end(c.end - 1);
        if (e - s > 2 && text.charAt(e - 1) == '.' && (c.end == d.n || d.sentence[c.end] != d.sentence[c.end - 1])) {
            e--;
        }
        return e;
    }

    private static String canonical(DocTokens d, String text, Group g) {
        Chunk c = g.fullest;
        String s = text.substring(d.start(c.start), mentionEnd(d, text, c));
        if (isAllCaps(s) && s.length() > 4 && (c.caps || c.length() > 1)) {
            // only seen in a headline in capitals: "LEICESTERSHIRE" -> "Leicestershire"
            StringBuilder sb = new StringBuilder(s.length());
            boolean start = true;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                sb.append(start ? ch : Character.toLowerCase(ch));
                start = !Character.isLetter(ch);
            }
            return s.length() <= 4 ? s : sb.toString();
        }
        return s.replace('\n', ' ');
    }

    private static boolean isAllCaps(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String prefix(EntityType t) {
        return switch (t) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case LOCATION -> "place";
            case NATIONALITY -> "group";
            case EVENT -> "event";
            case MISC -> "name";
        };
    }
}
