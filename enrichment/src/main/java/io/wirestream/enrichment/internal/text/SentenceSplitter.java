package io.wirestream.enrichment.internal.text;

import io.wirestream.enrichment.internal.Sentence;
import io.wirestream.enrichment.internal.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Groups tokens into sentences. A sentence ends after {@code . ! ?} (with any closing quotes and
 * brackets) when the next token starts a new sentence, and at every line break that is not a soft
 * wrap inside running text: scraped news keeps one paragraph, headline or dateline per line.
 */
public final class SentenceSplitter {

    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsSentence(text, tokens, i)) {
                Token a = tokens.get(first);
                Token b = tokens.get(i);
                out.add(new Sentence(out.size(), a.start(), b.end(), first, i + 1));
                first = i + 1;
            }
        }
        return out;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (lineBreakBetween(text, t, next)) {
            return !softWrap(text, t, next);
        }
        String s = t.text();
        if (s.equals("?") || s.equals("!")) {
            return !isClosing(text, next) && !next.text().equals("?") && !next.text().equals("!");
        }
        if (isClosing(text, t)) {
            // ." or .) ends when the token before it was a terminator
            int j = i;
            while (j > 0 && isClosing(text, tokens.get(j))) {
                j--;
            }
            String before = tokens.get(j).text();
            boolean terminated = before.equals(".") || before.equals("?") || before.equals("!")
                    || (before.endsWith(".") && before.length() > 1 && !isNeverFinal(before));
            return terminated && !isClosing(text, next) && startsSentence(next);
        }
        if (s.equals(".") || s.equals("...")) {
            return !isClosing(text, next) && startsSentence(next);
        }
        if (s.endsWith(".") && s.length() > 1) {
            // an abbreviation that may also end the sentence: "... in the U.S. The next day"
            return !isNeverFinal(s) && next.isCapitalized() && isCommonSentenceStart(next.text());
        }
        return false;
    }

    private static boolean isNeverFinal(String token) {
        String w = token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT);
        return Abbreviations.NEVER_FINAL.contains(w) || (w.length() == 1 && Character.isLetter(w.charAt(0)));
    }

    /** Closing quote or bracket; a straight quote closes when it is glued to the text before it. */
    private static boolean isClosing(String text, Token t) {
        String s = t.text();
        if (s.equals("\"") || s.equals("'")) {
            return t.start() > 0 && !Character.isWhitespace(text.charAt(t.start() - 1));
        }
        return s.equals("''") || s.equals("\u201D") || s.equals("\u2019")
                || s.equals(")") || s.equals("]") || s.equals("\u00BB");
    }

    private static boolean startsSentence(Token next) {
        char c = next.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '`'
                || c == '(' || c == '\'' || c == '\u2018' || c == '\u00AB' || c == '-' || c == '\u2014'
                || !Character.isLetter(c) && !Character.isLowerCase(c) && c != ',' && c != ';';
    }

    private static boolean isCommonSentenceStart(String w) {
        return switch (w) {
            case "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "This",
                    "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "As", "After", "When",
                    "While", "If", "Some", "Many", "Most", "One", "Two", "Officials", "Mr.", "Mrs.", "Ms.", "Dr." -> true;
            default -> false;
        };
    }

    private static boolean lineBreakBetween(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** A single line break between two lower-case words (or after a comma) is a wrapped line. */
    private static boolean softWrap(String text, Token a, Token b) {
        int breaks = 0;
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) == '\n') {
                breaks++;
            }
        }
        if (breaks != 1) {
            return false;
        }
        String s = a.text();
        char last = s.charAt(s.length() - 1);
        char first = b.text().charAt(0);
        return (Character.isLowerCase(last) || last == ',') && Character.isLowerCase(first);
    }
}
