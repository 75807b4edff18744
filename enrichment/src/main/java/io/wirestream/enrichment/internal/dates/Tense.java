package io.wirestream.enrichment.internal.dates;

/**
 * Whether the words around an expression speak of the past or of the future, by cue words
 * ("will", "is scheduled", "next" against "was", "said", "-ed" verbs), weighted by distance and
 * kept inside the sentence. It decides which "Friday" or "March" a sentence means when the
 * expression itself does not say.
 */
enum Tense {
    PAST,
    FUTURE,
    NONE;

    private static final int LEFT = 12;
    private static final int RIGHT = 8;

    static Tense around(Words<TimeWord> w, int first, int end) {
        double future = 0;
        double past = 0;
        for (int k = first - 1; k >= 0 && k >= first - LEFT && w.sameSentence(k, first); k--) {
            double decay = 1.0 / (1 + (first - k - 1) / 3.0);
            future += weight(w, k, TimeClass.FUTURE_CUE) * decay;
            past += pastWeight(w, k) * decay;
        }
        for (int k = end; k < w.size() && k < end + RIGHT && w.sameSentence(k, end - 1); k++) {
            double decay = 1.0 / (1 + (k - end) / 3.0);
            future += weight(w, k, TimeClass.FUTURE_CUE) * decay;
            past += pastWeight(w, k) * decay;
        }
        if (future > past) {
            return FUTURE;
        }
        return past > future ? PAST : NONE;
    }

    private static double weight(Words<TimeWord> w, int k, TimeClass cue) {
        TimeWord e = w.entry(k);
        return e != null && e.is(cue) ? e.value(cue) : 0;
    }

    /** Listed past cues, or a lower-case word ending in "-ed" that is not a listed future cue. */
    private static double pastWeight(Words<TimeWord> w, int k) {
        TimeWord e = w.entry(k);
        if (e != null && (e.is(TimeClass.PAST_CUE) || e.is(TimeClass.FUTURE_CUE))) {
            return e.is(TimeClass.PAST_CUE) ? e.value(TimeClass.PAST_CUE) : 0;
        }
        if (e == null && w.is(k, Words.ALPHA) && w.length(k) > 4 && !w.isCapitalized(k)) {
            String text = w.text();
            int end = w.end(k);
            return text.charAt(end - 1) == 'd' && text.charAt(end - 2) == 'e' ? 1 : 0;
        }
        return 0;
    }
}
