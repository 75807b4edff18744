package io.wirestream.enrichment.internal.dates;

import java.util.Arrays;

/**
 * The words of one article as the date and amount extractors see them: spans, a coarse shape,
 * the lexicon entry (if any), and a sentence number. Kept in parallel arrays so that a 3 KB
 * article costs a handful of allocations, not one object per word.
 *
 * <p>A hyphen splits words ("third-quarter" is "third" and "quarter" with
 * {@link #hyphenBefore}), digit groups stay whole ("1,000.5", "2025-02-15", "3:30", "15.02.2025"),
 * and dotted abbreviations keep their period ("p.m.", "Feb.").
 *
 * @param <T> the lexicon entry type of the extractor that scanned the text
 */
public final class Words<T> {

    /** Letters (possibly with inner apostrophes or dots). */
    public static final byte ALPHA = 1;
    /** Digits, possibly grouped with ',' or '.': "110", "1,000.5", "15.02.2025". */
    public static final byte NUMBER = 2;
    /** Digits joined by ':' '/' or '-': "3:30", "2025-02-15", "15/02/2025". */
    public static final byte NUMERIC = 3;
    /** A decade written with digits: "1990s", "'90s", "1990's". */
    public static final byte DECADE = 4;
    /** An ordinal written with digits: "3rd", "21st". */
    public static final byte ORDINAL = 5;
    /** An abbreviated year: "'98". */
    public static final byte SHORT_YEAR = 6;
    /** Any other single character. */
    public static final byte PUNCT = 7;

    private final String text;
    private int size;
    private int[] start;
    private int[] end;
    private byte[] kind;
    private boolean[] hyphenBefore;
    private int[] sentence;
    private long[] integer;
    private Object[] entry;

    Words(String text) {
        this.text = text;
        int cap = Math.max(16, text.length() / 4);
        start = new int[cap];
        end = new int[cap];
        kind = new byte[cap];
        hyphenBefore = new boolean[cap];
        sentence = new int[cap];
        integer = new long[cap];
        entry = new Object[cap];
    }

    void add(int s, int e, byte k, boolean hyphen, int sentenceNo, long intValue, T lexiconEntry) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            kind = Arrays.copyOf(kind, cap);
            hyphenBefore = Arrays.copyOf(hyphenBefore, cap);
            sentence = Arrays.copyOf(sentence, cap);
            integer = Arrays.copyOf(integer, cap);
            entry = Arrays.copyOf(entry, cap);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        hyphenBefore[size] = hyphen;
        sentence[size] = sentenceNo;
        integer[size] = intValue;
        entry[size] = lexiconEntry;
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public byte kind(int i) {
        return kind[i];
    }

    public boolean is(int i, byte k) {
        return i >= 0 && i < size && kind[i] == k;
    }

    /** The word was joined to the previous one by a hyphen ("third-quarter"). */
    public boolean hyphenBefore(int i) {
        return i > 0 && i < size && hyphenBefore[i];
    }

    public int sentence(int i) {
        return sentence[i];
    }

    /** Value of an unformatted digit string ("110", "2025"), or -1. */
    public long integer(int i) {
        return i >= 0 && i < size ? integer[i] : -1;
    }

    /** Number of characters of a digit word ("2025" has 4). */
    public int length(int i) {
        return end[i] - start[i];
    }

    /** The lexicon entry of word {@code i}, or null when the word is unknown or out of range. */
    @SuppressWarnings("unchecked")
    public T entry(int i) {
        return i >= 0 && i < size ? (T) entry[i] : null;
    }

    public String word(int i) {
        return text.substring(start[i], end[i]);
    }

    public char firstChar(int i) {
        return text.charAt(start[i]);
    }

    public boolean isCapitalized(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    /** Word {@code i} is the single character {@code c}. */
    public boolean isChar(int i, char c) {
        return i >= 0 && i < size && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    /** Word {@code i} equals {@code s}, ignoring case. */
    public boolean isWord(int i, String s) {
        return i >= 0 && i < size && end[i] - start[i] == s.length()
                && text.regionMatches(true, start[i], s, 0, s.length());
    }

    /** Words {@code i} and {@code i+1} are in the same sentence. */
    public boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < size && j < size && sentence[i] == sentence[j];
    }
}
