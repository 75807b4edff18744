package io.wirestream.enrichment.internal.amounts;

import io.wirestream.enrichment.internal.dates.Words;
import java.util.Optional;

/**
 * The thing an English count counts: the noun phrase right after the number ("five people",
 * "110 combat brigades", "1.5 million troops", "two new flights"), up to three words, ending on a
 * plural noun (or a singular one after "1"). Function words, verbs and punctuation end it.
 */
final class CountedObject {

    private static final int MAX_WORDS = 3;

    private CountedObject() {
    }

    /** The index after the object that starts at {@code k}, if there is one. */
    static Optional<Integer> after(Words<AmountWord> w, int k, boolean singular) {
        int m = k;
        int last = -1;
        while (m < w.size() && m - k < MAX_WORDS && w.is(m, Words.ALPHA) && (m == k || w.sameSentence(m - 1, m))) {
            AmountWord e = w.entry(m);
            if (e != null && (e.is(AmountClass.STOP) || e.is(AmountClass.SCALE) || e.is(AmountClass.NUMBER))) {
                break;
            }
            boolean capitalized = w.isCapitalized(m);
            if (capitalized && !(m == k && plural(w, m) && !(w.is(m + 1, Words.ALPHA) && w.isCapitalized(m + 1)))) {
                break; // a name ("405 Williams Ave."), except a plural of nationality: "five Americans"
            }
            if (!verbForm(w, m) && (plural(w, m) || singular && m == k || e != null && e.is(AmountClass.PLURAL))) {
                last = m;
                break; // the head noun: "three democracies", not "three democracies helps"
            }
            if (capitalized || verbForm(w, m) && m > k) {
                break;
            }
            m++;
        }
        return last < 0 ? Optional.empty() : Optional.of(last + 1);
    }

    /** Ends like an English plural noun: "troops", "brigades", not "glass", "status", "analysis". */
    static boolean plural(Words<AmountWord> w, int m) {
        AmountWord e = w.entry(m);
        if (e != null && e.is(AmountClass.PLURAL)) {
            return true;
        }
        String text = w.text();
        int end = w.end(m);
        if (w.length(m) < 3 || text.charAt(end - 1) != 's') {
            return false;
        }
        char before = text.charAt(end - 2);
        return before != 's' && before != 'u' && before != 'i' && before != '\'';
    }

    /** "-ed" and "-ing" words: verbs that end the phrase ("five people killed"). */
    private static boolean verbForm(Words<AmountWord> w, int m) {
        String text = w.text();
        int end = w.end(m);
        int len = w.length(m);
        return len > 4 && (text.startsWith("ed", end - 2) || text.startsWith("ing", end - 3));
    }
}
