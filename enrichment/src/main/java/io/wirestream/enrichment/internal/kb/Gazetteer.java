package io.wirestream.enrichment.internal.kb;

import io.wirestream.enrichment.internal.Token;
import io.wirestream.enrichment.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name the knowledge base knows, indexed by the lookup keys of its tokens, so the recognizer
 * finds "Washington , D.C." or "International Monetary Fund" with a few hash lookups at a
 * capitalized token rather than by scanning patterns.
 *
 * <p>Aliases are tokenized with the engine's own {@link Tokenizer}, so an alias and the same words
 * in an article always produce the same key. A key may name several entries (Georgia the country
 * and the US state); callers choose among them with context.
 */
public final class Gazetteer {

    /**
     * One way of writing an entry.
     *
     * @param tokens  number of tokens of the alias
     * @param acronym the alias is upper case ("WHO", "U.S."): it matches only upper-case text
     * @param weak    a one-word alias that is also an ordinary word or a person's name ("Total",
     *                "Shell", "Jordan"): it needs support from context
     */
    public record Alias(KbEntry entry, int tokens, boolean acronym, boolean weak) {
    }

    private static final Alias[] NONE = new Alias[0];

    private final Map<String, Alias[]> byKey;
    private final Map<String, Integer> maxTokensByFirst;

    private Gazetteer(Map<String, Alias[]> byKey, Map<String, Integer> maxTokensByFirst) {
        this.byKey = byKey;
        this.maxTokensByFirst = maxTokensByFirst;
    }

    /** Aliases whose tokens' keys, joined by single spaces, are {@code key}; empty when none. */
    public Alias[] lookup(String key) {
        return byKey.getOrDefault(key, NONE);
    }

    /** The longest alias, in tokens, that starts with a token of this key; 0 when none does. */
    public int maxTokens(String firstKey) {
        return maxTokensByFirst.getOrDefault(firstKey, 0);
    }

    public int size() {
        return byKey.size();
    }

    private static long prior(Alias a) {
        return a.weak() ? a.entry().prior() / 1000 : a.entry().prior();
    }

    /** Collects aliases; {@link #build()} freezes them. */
    static final class Builder {
        private final Tokenizer tokenizer = new Tokenizer();
        private final Map<String, List<Alias>> aliases = new HashMap<>();
        private final NameLexicon names;

        Builder(NameLexicon names) {
            this.names = names;
        }

        void add(KbEntry entry, String surface) {
            add(entry, surface, false);
        }

        /** @param forceWeak the alias needs context whatever it looks like ("Washington" for the state) */
        void add(KbEntry entry, String surface, boolean forceWeak) {
            String s = surface.strip();
            if (s.isEmpty()) {
                return;
            }
            List<Token> tokens = tokenizer.tokenize(s);
            if (tokens.isEmpty()) {
                return;
            }
            StringBuilder key = new StringBuilder();
            for (Token t : tokens) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(AliasKey.of(t.text()));
            }
            List<Alias> list = aliases.computeIfAbsent(key.toString(), k -> new ArrayList<>(1));
            boolean acronym = AliasKey.isAcronym(s.replace(" ", ""));
            boolean weak = forceWeak || entry.weak() || tokens.size() == 1 && !acronym && !entry.isSubtype("COUNTRY")
                    && entry.type() != io.wirestream.enrichment.EntityType.NATIONALITY
                    && (names.isCommonWord(s) || entry.type() != io.wirestream.enrichment.EntityType.LOCATION
                    && (names.isFirstName(s) || names.isSurname(s)));
            for (Alias a : list) {
                if (a.entry().id().equals(entry.id())) {
                    if (a.acronym() && !acronym) {
                        list.set(list.indexOf(a), new Alias(entry, tokens.size(), false, weak));
                    }
                    return;
                }
            }
            list.add(new Alias(entry, tokens.size(), acronym, weak));
        }

        Gazetteer build() {
            Map<String, Alias[]> byKey = new HashMap<>(aliases.size() * 2);
            Map<String, Integer> max = new HashMap<>();
            aliases.forEach((key, list) -> {
                Alias[] arr = list.toArray(NONE);
                Arrays.sort(arr, (a, b) -> Long.compare(prior(b), prior(a)));
                byKey.put(key, arr);
                int sp = key.indexOf(' ');
                String first = sp < 0 ? key : key.substring(0, sp);
                max.merge(first, arr[0].tokens(), Math::max);
            });
            return new Gazetteer(byKey, max);
        }
    }
}
