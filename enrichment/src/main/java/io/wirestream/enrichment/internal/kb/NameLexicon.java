package io.wirestream.enrichment.internal.kb;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists that tell names from ordinary words: given names, family names, the lower-case
 * English vocabulary and dictionary proper nouns. They answer the recognizer's most frequent
 * question (is this capitalized word a name, or a sentence-initial "Trailing"?) with one hash
 * lookup.
 */
public final class NameLexicon {

    private final Set<String> firstNames;
    private final java.util.Map<String, Gender> genders;
    private final Set<String> surnames;
    private final Set<String> lowerWords;
    private final Set<String> properNouns;

    NameLexicon(java.util.Map<String, Gender> firstNames, Set<String> surnames, Set<String> lowerWords,
            Set<String> properNouns) {
        this.firstNames = firstNames.keySet();
        this.genders = firstNames;
        this.surnames = surnames;
        this.lowerWords = lowerWords;
        this.properNouns = properNouns;
    }

    /** "John", "JOHN": a given name in any casing. */
    public boolean isFirstName(String word) {
        return firstNames.contains(word) || !isTitleCase(word) && firstNames.contains(titleCase(word));
    }

    /** The gender English usage gives a given name ("Mary" female), UNKNOWN when both or not a given name. */
    public Gender gender(String firstName) {
        Gender g = genders.get(firstName);
        if (g == null && !isTitleCase(firstName)) {
            g = genders.get(titleCase(firstName));
        }
        return g == null ? Gender.UNKNOWN : g;
    }

    public boolean isSurname(String word) {
        return surnames.contains(word) || !isTitleCase(word) && surnames.contains(titleCase(word));
    }

    /** The word is ordinary English vocabulary when written in lower case. */
    public boolean isCommonWord(String word) {
        return lowerWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A dictionary entry that is only ever capitalized ("Essex", "Thatcher"). */
    public boolean isProperNoun(String word) {
        return properNouns.contains(word) || !isTitleCase(word) && properNouns.contains(titleCase(word));
    }

    private static boolean isTitleCase(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String titleCase(String w) {
        if (w.isEmpty()) {
            return w;
        }
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == ' ';
        }
        return sb.toString();
    }
}
