package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.internal.Sentence;
import io.wirestream.enrichment.internal.Token;
import io.wirestream.enrichment.internal.kb.AliasKey;
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
    /** Keys of words written in lower case somewhere in the article. */
    final Set<String> lowerSeen = new HashSet<>();

    DocTokens(String text, List<Token> tokens, List<Sentence> sentences) {
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
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String s = t.text();
            key[i] = AliasKey.of(s);
            char c0 = s.charAt(0);
            word[i] = Character.isLetter(c0) || Character.isDigit(c0) && t.isWord();
            cap[i] = Character.isUpperCase(c0);
            allCaps[i] = cap[i] && t.isAllCaps();
        }
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentence[i] = s.index();
            }
            capsLine[s.index()] = isCapsLine(s);
            markInitials(s);
        }
        for (int i = 0; i < n; i++) {
            if (!word[i] || !Character.isLetter(tokens.get(i).text().charAt(0))) {
                continue;
            }
            if (!cap[i]) {
                lowerSeen.add(key[i]);
            } else if (!initial[i] && !capsLine[sentence[i]]) {
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
        int from = i == 0 ? 0 : end(i - 1);
        if (i == 0) {
            return true;
        }
        for (int k = from; k < start(i); k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
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
