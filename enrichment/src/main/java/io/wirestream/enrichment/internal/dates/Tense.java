package io.wirestream.enrichment.internal.dates;

import java.util.Set;

/**
 * Whether the clause around an expression speaks of the past or of the future. It decides which
 * "Friday" or "March" a sentence means when the expression itself does not say.
 *
 * <p>Cues are words before the expression in its sentence ("will", "is scheduled to", "next"
 * against "was", "had", "-ed" verbs right before it) and a few after it, up to the next
 * punctuation; nearer cues weigh more. A reporting verb right next to the expression ("said
 * Friday") makes it the past day of the statement, whatever else the sentence says.
 */
enum Tense {
    PAST,
    FUTURE,
    NONE;

    private static final int LEFT = 10;
    private static final int RIGHT = 4;
    /** Future cues that count only when an infinitive or a date follows: "plans to", "due for". */
    static final Set<String> NEEDS_TO = Set.of("scheduled", "planned", "plans", "plan", "planning", "expected",
            "expects", "expect", "due", "going", "intends", "intend", "set", "hopes", "wants", "aims", "await",
            "awaits", "awaiting");
    static final Set<String> REPORTING = Set.of("said", "told", "announced", "reported", "added", "declared",
            "stated", "confirmed", "denied", "disclosed", "predicted");
    static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "by", "since", "from", "until", "late",
            "early", "last");

    static Tense around(Words<TimeWord> w, int first, int end) {
        if (reporting(w, first - 1) || reporting(w, end) || Lex.isAny(w, first - 1, "since")) {
            return PAST;
        }
        if (Lex.isAny(w, first - 1, "as") && Lex.isAny(w, first - 2, "early", "soon") && Lex.isAny(w, first - 3, "as")) {
            return FUTURE; // "as early as Tuesday"
        }
        double future = 0;
        double past = edVerbBefore(w, first) ? 2 : 0;
        for (int k = first - 1; k >= 0 && k >= first - LEFT && w.sameSentence(k, first); k--) {
            double decay = 1.0 / (1 + (first - k - 1) / 3.0);
            future += futureWeight(w, k) * decay;
            past += pastWeight(w, k) * decay;
        }
        for (int k = end; k < w.size() && k < end + RIGHT && w.sameSentence(k, end - 1) && !w.is(k, Words.PUNCT); k++) {
            double decay = 1.0 / (1 + (k - end) / 3.0);
            future += futureWeight(w, k) * decay;
            past += pastWeight(w, k) * decay;
        }
        if (future > past) {
            return FUTURE;
        }
        return past > future ? PAST : NONE;
    }

    private static boolean reporting(Words<TimeWord> w, int k) {
        return k >= 0 && k < w.size() && w.is(k, Words.ALPHA) && Lex.in(w, k, REPORTING);
    }

    private static double futureWeight(Words<TimeWord> w, int k) {
        TimeWord e = w.entry(k);
        if (e == null || !e.is(TimeClass.FUTURE_CUE)) {
            return 0;
        }
        if (NEEDS_TO.contains(e.form())) {
            // "was scheduled to", "had been due to": an expectation in the past
            return Lex.isAny(w, k + 1, "to", "for") && !Lex.isAny(w, k - 1, "was", "were", "been") ? 3 : 0;
        }
        if (e.form().equals("next") || e.form().equals("coming")) {
            // "next week" elsewhere in the sentence, not "next to", "coming from"
            TimeWord after = w.entry(k + 1);
            return after != null && (after.is(TimeClass.UNIT) || after.is(TimeClass.WEEKDAY) || after.is(TimeClass.MONTH)
                    || after.is(TimeClass.SEASON)) ? e.value(TimeClass.FUTURE_CUE) : 0;
        }
        return e.value(TimeClass.FUTURE_CUE);
    }

    /** A past cue, unless a passive infinitive makes it future: "will be held". */
    private static double pastWeight(Words<TimeWord> w, int k) {
        return Lex.isAny(w, k - 1, "be", "being") ? 0 : weight(w, k, TimeClass.PAST_CUE);
    }

    private static double weight(Words<TimeWord> w, int k, TimeClass cue) {
        TimeWord e = w.entry(k);
        return e != null && e.is(cue) ? e.value(cue) : 0;
    }

    /** A past-tense verb governing the expression: "resigned on Friday", "announced Wednesday". */
    private static boolean edVerbBefore(Words<TimeWord> w, int first) {
        int k = first - 1;
        if (k >= 0 && w.is(k, Words.ALPHA) && Lex.in(w, k, PREPOSITIONS)) {
            k--;
        }
        if (k < 0 || !w.sameSentence(k, first) || !w.is(k, Words.ALPHA) || w.length(k) < 5 || w.isCapitalized(k)) {
            return false;
        }
        TimeWord e = w.entry(k);
        if (e != null || Lex.isAny(w, k - 1, "be", "being")) {
            return false; // "to be completed by Dec. 15" is still to come
        }
        String text = w.text();
        int end = w.end(k);
        return text.charAt(end - 1) == 'd' && text.charAt(end - 2) == 'e';
    }
}
