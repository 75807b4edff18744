package io.wirestream.enrichment.internal.dates;

import java.util.Map;

/**
 * A read-only, case-insensitive dictionary looked up by a span of text, so that scanning an
 * article for known words allocates nothing per word.
 *
 * <p>Open addressing over lower-cased keys; the typographic apostrophe (U+2019) is read as
 * {@code '}. Built once per process from a lexicon, then shared by every thread.
 *
 * @param <T> what a word maps to
 */
public final class WordTable<T> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;

    public WordTable(Map<String, T> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new String[cap];
        values = new Object[cap];
        mask = cap - 1;
        entries.forEach((k, v) -> {
            String key = fold(k);
            int slot = hash(key, 0, key.length()) & mask;
            while (keys[slot] != null && !keys[slot].equals(key)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = v;
        });
    }

    /** The entry for {@code text[start, end)}, ignoring case, or null. */
    @SuppressWarnings("unchecked")
    public T get(CharSequence text, int start, int end) {
        int slot = hash(text, start, end) & mask;
        int len = end - start;
        while (true) {
            String k = keys[slot];
            if (k == null) {
                return null;
            }
            if (k.length() == len && sameFolded(k, text, start)) {
                return (T) values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    public T get(String word) {
        return get(word, 0, word.length());
    }

    private static boolean sameFolded(String key, CharSequence text, int start) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != fold(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    static char fold(char c) {
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }
}
