package io.wirestream.enrichment.internal.dates;

/**
 * Splits text into {@link Words} by one left-to-right pass over the characters, looking every
 * word up in a {@link WordTable} without allocating.
 *
 * <p>The date and amount extractors scan the text themselves instead of reusing the shared
 * tokens: they need digit groups, dotted abbreviations and hyphen joins exactly as described in
 * {@link Words}, whatever the general tokenizer decides for other purposes.
 *
 * @param <T> lexicon entry type
 */
public final class WordScanner<T> {

    private final WordTable<T> lexicon;

    public WordScanner(WordTable<T> lexicon) {
        this.lexicon = lexicon;
    }

    public Words<T> scan(String text) {
        Words<T> words = new Words<>(text);
        int n = text.length();
        int sentence = 0;
        boolean hyphen = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c == '\n' && blankLineFollows(text, i + 1)) {
                    sentence++;
                }
                hyphen = false;
                i++;
                continue;
            }
            int end;
            if (Character.isLetter(c)) {
                end = scanLetters(text, i);
                words.add(i, end, Words.ALPHA, hyphen, sentence, -1, lexicon.get(text, i, end));
            } else if (isDigit(c)) {
                end = scanDigits(words, text, i, hyphen, sentence);
            } else if (isApostrophe(c) && i + 2 < n && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                    && (i + 3 >= n || !isDigit(text.charAt(i + 3)))) {
                end = scanShortYear(words, text, i, hyphen, sentence);
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > 0
                    && Character.isLetter(text.charAt(i - 1))) {
                end = scanLetters(text, i + 1);
                words.add(i, end, Words.ALPHA, false, sentence, -1, lexicon.get(text, i, end));
            } else if (isHyphen(c) && i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                hyphen = true;
                i++;
                continue;
            } else {
                end = i + 1;
                words.add(i, end, Words.PUNCT, false, sentence, -1, lexicon.get(text, i, end));
                if ((c == '.' || c == '!' || c == '?') && !isDigitAt(text, i + 1) && !ordinalDot(words, text, i)) {
                    sentence++;
                }
            }
            hyphen = false;
            i = end;
        }
        return words;
    }

    /** The dot of a German or Nordic ordinal day: "am 3. März", not the end of a sentence. */
    private static boolean ordinalDot(Words<?> words, String text, int dot) {
        int last = words.size() - 2; // the dot itself was just added
        if (text.charAt(dot) != '.' || last < 0 || !words.is(last, Words.NUMBER) || words.length(last) > 2 || words.end(last) != dot) {
            return false;
        }
        int j = dot + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && j > dot + 1 && Character.isLetter(text.charAt(j))
                && (Character.isLowerCase(text.charAt(j)) || foreignMonthAhead(text, j));
    }

    /** A capitalized word after the dot that is not an English sentence start: "März", "Februar". */
    private static boolean foreignMonthAhead(String text, int j) {
        int e = j;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String word = text.substring(j, e).toLowerCase(java.util.Locale.ROOT);
        return GERMANIC_MONTHS.contains(word);
    }

    private static final java.util.Set<String> GERMANIC_MONTHS = java.util.Set.of("januar", "jänner", "februar", "märz",
            "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "januari", "februari",
            "mars", "maj", "augusti", "desember", "december");

    private static boolean blankLineFollows(String text, int i) {
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Letters, inner apostrophes (o'clock) and dotted abbreviations (p.m., Feb.). */
    private int scanLetters(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && !isClitic(text, i + 1)) {
                i++;
            } else if (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i - start <= 2
                    && dottedSegment(text, i + 1)) {
                i++; // p.m, U.S
            } else {
                break;
            }
        }
        if (i < n && text.charAt(i) == '.') {
            int dot = text.indexOf('.', start);
            boolean dotted = dot >= 0 && dot < i;
            boolean initial = i - start == 1 && Character.isUpperCase(text.charAt(start));
            if (dotted || initial || lexicon.get(text, start, i + 1) != null) {
                i++; // p.m., U.S., the "P." of "Daniel P. Davison", Feb.
            }
        }
        return i;
    }

    /** The letters after a dot are one or two letters, then a dot or end: "m." of "p.m.". */
    private static boolean dottedSegment(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j - i <= 2;
    }

    /** 's, 'll, 're, 've, 'd, 'm, 't: a clitic that is its own word. */
    private static boolean isClitic(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        int len = j - i;
        if (len > 2) {
            return false;
        }
        String s = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
        return s.equals("s") || s.equals("ll") || s.equals("re") || s.equals("ve") || s.equals("d")
                || s.equals("m") || s.equals("t");
    }

    private int scanDigits(Words<T> words, String text, int start, boolean hyphen, int sentence) {
        int n = text.length();
        int i = start;
        boolean separated = false;
        boolean grouped = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.') && isDigitAt(text, i + 1)) {
                grouped = true;
                i++;
            } else if ((c == ':' || c == '/' || c == '-') && isDigitAt(text, i + 1)) {
                separated = true;
                i++;
            } else {
                break;
            }
        }
        long value = separated || grouped || i - start > 18 ? -1 : Long.parseLong(text, start, i, 10);
        if (separated) {
            words.add(start, i, Words.NUMERIC, hyphen, sentence, -1, null);
            return i;
        }
        // 1990s, 1990's, 3rd, 21st
        if (!grouped && i < n) {
            int digits = i - start;
            if (text.charAt(i) == 's' && !isLetterAt(text, i + 1) && (digits == 4 || digits == 2) && text.charAt(i - 1) == '0') {
                words.add(start, i + 1, Words.DECADE, hyphen, sentence, value, null);
                return i + 1;
            }
            if (isApostrophe(text.charAt(i)) && i + 1 < n && text.charAt(i + 1) == 's' && !isLetterAt(text, i + 2)
                    && digits == 4 && text.charAt(i - 1) == '0') {
                words.add(start, i + 2, Words.DECADE, hyphen, sentence, value, null);
                return i + 2;
            }
            if (isOrdinalSuffix(text, i)) {
                words.add(start, i + 2, Words.ORDINAL, hyphen, sentence, value, null);
                return i + 2;
            }
        }
        words.add(start, i, Words.NUMBER, hyphen, sentence, value, null);
        return i;
    }

    private int scanShortYear(Words<T> words, String text, int start, boolean hyphen, int sentence) {
        int n = text.length();
        long value = Long.parseLong(text, start + 1, start + 3, 10);
        if (start + 3 < n && text.charAt(start + 3) == 's' && !isLetterAt(text, start + 4) && text.charAt(start + 2) == '0') {
            words.add(start, start + 4, Words.DECADE, hyphen, sentence, value, null);
            return start + 4;
        }
        if (isLetterAt(text, start + 3)) {
            words.add(start, start + 1, Words.PUNCT, false, sentence, -1, null);
            return start + 1;
        }
        words.add(start, start + 3, Words.SHORT_YEAR, hyphen, sentence, value, null);
        return start + 3;
    }

    private static boolean isOrdinalSuffix(String text, int i) {
        if (i + 1 >= text.length() || isLetterAt(text, i + 2)) {
            return false;
        }
        char a = Character.toLowerCase(text.charAt(i));
        char b = Character.toLowerCase(text.charAt(i + 1));
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitAt(String text, int i) {
        return i < text.length() && isDigit(text.charAt(i));
    }

    private static boolean isLetterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.charAt(i));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
