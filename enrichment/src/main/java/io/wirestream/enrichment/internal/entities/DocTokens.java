package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.internal.Sentence;
import io.wirestream.enrichment.internal.Token;
import io.wirestream.enrichment.internal.kb.AliasKey;
import io.wirestream.enrichment.internal.kb.NameLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-article arrays over the tokens that every entity rule reads: lookup keys, casing, sentence
 * of each token, whether a token opens a sentence or a quotation, and which lines are headlines
 * in capitals (where capitalization says nothing about names). Computed once per article.
 */
final class DocTokens {

    final String text;
    final List<Token> tokens;
    final int n;
    final String[] key;
    final boolean[] cap;
    final boolean[] allCaps;
    final boolean[] word;
    final boolean[] initial;
    final int[] sentence;
    final boolean[] capsLine;
    final List<Sentence> sentences;
    /** Keys of words written capitalized inside running text (not sentence-initial, not headlines). */
    final Set<String> midCaps = new HashSet<>();
    /** A line break separates token i from the one before it (true for the first token). */
    final boolean[] breakBefore;
    private final NameLexicon lexicon;
    private final byte[] lex;
    private static final byte DONE = 1;
    private static final byte COMMON = 2;
    private static final byte FIRST = 4;
    private static final byte SURNAME = 8;

    DocTokens(String text, List<Token> tokens, List<Sentence> sentences, NameLexicon lexicon) {
        this(text, tokens, sentences, lexicon, java.util.Set.of());
    }

    /** @param titles person titles: a capitalized word after one ("President Bush") is evidence of a name */
    DocTokens(String text, List<Token> tokens, List<Sentence> sentences, NameLexicon lexicon, java.util.Set<String> titles) {
        this.lexicon = lexicon;
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.n = tokens.size();
        key = new String[n];
        cap = new boolean[n];
        allCaps = new boolean[n];
        word = new boolean[n];
        initial = new boolean[n];
        sentence = new int[n];
        capsLine = new boolean[sentences.size()];
        breakBefore = new boolean[n];
        lex = new byte[n];
        int prevEnd = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String s = t.text();
            key[i] = AliasKey.of(s);
            boolean br = i == 0;
            for (int k = prevEnd; k < t.start() && !br; k++) {
                br = text.charAt(k) == '\n';
            }
            breakBefore[i] = br;
            prevEnd = t.end();
            char c0 = s.charAt(0);
            word[i] = Character.isLetter(c0) || Character.isDigit(c0) && t.isWord();
            cap[i] = Character.isUpperCase(c0);
            allCaps[i] = cap[i] && t.isAllCaps();
        }
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentence[i] = s.index();
            }
            capsLine[s.index()] = isCapsLine(s) || isTitleCaseLine(s);
            markInitials(s);
        }
        for (int i = 0; i < n; i++) {
            if (!word[i] || !Character.isLetter(tokens.get(i).text().charAt(0))) {
                continue;
            }
            // evidence that a word is a name: capitalized inside running text, after a lower-case word
            if (cap[i] && !capsLine[sentence[i]] && i > 0 && (!initial[i] && (!cap[i - 1] && word[i - 1]
                    || midCaps.contains(key[i - 1])) || cap[i - 1] && titles.contains(key[i - 1]))) {
                midCaps.add(key[i]);
            }
        }
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    int start(int i) {
        return tokens.get(i).start();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    boolean isCapsLine(int tokenIndex) {
        return capsLine[sentence[tokenIndex]];
    }

    /** Whether the line break or paragraph start precedes token i (datelines, table rows). */
    boolean startsLine(int i) {
        return breakBefore[i];
    }

    /** Token i is ordinary English vocabulary in lower case ("Trailing", "Police"). */
    boolean common(int i) {
        return (lexicon(i) & COMMON) != 0;
    }

    /** Token i is a given name. */
    boolean firstName(int i) {
        return (lexicon(i) & FIRST) != 0;
    }

    /** Token i is a family name. */
    boolean surname(int i) {
        return (lexicon(i) & SURNAME) != 0;
    }

    private byte lexicon(int i) {
        byte b = lex[i];
        if (b == 0) {
            String t = tokens.get(i).text();
            b = DONE;
            if (lexicon.isCommonWord(key[i])) {
                b |= COMMON;
            }
            if (Character.isLetter(t.charAt(0))) {
                if (lexicon.isFirstName(t)) {
                    b |= FIRST;
                }
                if (lexicon.isSurname(t)) {
                    b |= SURNAME;
                }
            }
            lex[i] = b;
        }
        return b;
    }

    private boolean isCapsLine(Sentence s) {
        int words = 0;
        int lower = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String t = tokens.get(i).text();
            if (!Character.isLetter(t.charAt(0)) || t.length() < 2) {
                continue;
            }
            words++;
            for (int k = 0; k < t.length(); k++) {
                if (Character.isLowerCase(t.charAt(k))) {
                    lower++;
                    break;
                }
            }
        }
        return words >= 2 && lower * 10 <= words;
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "a", "an", "and", "or", "for",
            "to", "in", "on", "at", "by", "with", "from", "as", "vs", "is", "its", "it");

    /**
     * A headline in title case ("Microsoft Changes Its Tune on Porting Fixes"): most words
     * capitalized, several of them ordinary words, no full stop. Capitals say as little there as in
     * a headline in capitals.
     */
    private boolean isTitleCaseLine(Sentence s) {
        int words = 0;
        int capitalized = 0;
        int ordinary = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String t = tokens.get(i).text();
            if (!Character.isLetter(t.charAt(0))) {
                continue;
            }
            if (SMALL_WORDS.contains(key[i])) {
                continue;
            }
            words++;
            if (Character.isUpperCase(t.charAt(0))) {
                capitalized++;
                if (!allCaps[i] && lexicon.isCommonWord(key[i]) && !lexicon.isFirstName(t)) {
                    ordinary++;
                }
            }
        }
        String last = tokens.get(s.endToken() - 1).text();
        return words >= 3 && capitalized * 10 >= words * 8 && ordinary >= 2 && !last.equals(".");
    }

    /** First words of a sentence, of a quotation, after a colon, bracket or headline dash. */
    private void markInitials(Sentence s) {
        boolean expect = true;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String t = tokens.get(i).text();
            char c = t.charAt(0);
            if (Character.isLetterOrDigit(c)) {
                initial[i] = expect;
                expect = false;
            } else {
                expect = c == '"' || c == '\u201C' || c == '`' || c == '\u2018' || c == ':' || c == '-' || c == '\u2014'
                        || c == '\u2013' || c == '(' || c == '[' || c == '_' || c == ';' || c == '\'' || c == '*';
            }
        }
    }
}
