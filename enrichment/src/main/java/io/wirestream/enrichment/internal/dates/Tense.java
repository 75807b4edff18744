package io.wirestream.enrichment.internal.dates;

import java.util.Set;

/**
 * Whether the clause around an expression speaks of the past or of the future. It decides which
 * "Friday" or "March" a sentence means when the expression itself does not say.
 *
 * <p>Cues are words before the expression in its sentence ("will", "is scheduled to", "next"
 * against "was", "had", "-ed" verbs right before it) and a few after it, up to the next
 * punctuation; nearer cues weigh more, and strong future cues reach further back ("will make her
 * debut in the league match against Rovers on Sunday"). News tells the past in the past tense, so
 * the present tense of scheduled events ("the leaders meet Monday", "the rankings are published
 * on Monday", "is to resume trading Tuesday") looks ahead, as do deadlines ("by February") and the
 * end of a state that holds now ("suspended until at least Wednesday"). A reporting verb next to
 * the expression ("said Friday", "said on Friday it would") makes it the past day of the
 * statement, whatever else the sentence says.
 */
enum Tense {
    PAST,
    FUTURE,
    NONE;

    private static final int LEFT = 10;
    private static final int RIGHT = 4;
    /** How far back a strong future cue ("will", "is expected to") still reaches. */
    private static final int FAR_LEFT = 20;
    /** Future cues that count only when an infinitive or a date follows: "plans to", "due for". */
    static final Set<String> NEEDS_TO = Set.of("scheduled", "planned", "plans", "plan", "planning", "expected",
            "expects", "expect", "due", "going", "intends", "intend", "set", "hopes", "wants", "aims", "await",
            "awaits", "awaiting");
    /** Cues that also point ahead with "for": "scheduled for Monday", not the noun in "plans for the road". */
    static final Set<String> FOR_DATE = Set.of("scheduled", "planned", "planning", "due", "set", "expected");
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "new");
    static final Set<String> REPORTING = Set.of("said", "told", "announced", "reported", "added", "declared",
            "stated", "confirmed", "denied", "disclosed", "predicted");
    static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "by", "since", "from", "until", "late",
            "early", "last");
    /**
     * Present-tense verbs of scheduled events: news tells what happened in the past tense, so "the
     * leaders meet Monday", "the Strikers play the Falcons on Saturday" look ahead.
     */
    static final Set<String> SCHEDULED = Set.of("meet", "meets", "play", "plays", "face", "faces", "host", "hosts",
            "visit", "visits", "travel", "travels", "resume", "resumes", "reopen", "reopens", "return", "returns",
            "vote", "votes", "arrive", "arrives", "open", "opens", "kick", "kicks", "tip", "tips", "closes",
            "start", "end", "ends", "convene", "convenes", "reconvene", "reconvenes", "speak", "speaks",
            "expire", "expires", "testify", "testifies", "head", "heads", "launch", "launches");
    /** Words before a base-form verb that take the schedule away from it: "did not meet", "to play". */
    static final Set<String> NOT_SCHEDULING = Set.of("did", "do", "does", "not", "never", "to", "could", "should",
            "might", "must", "can", "cannot", "may", "would", "the", "a", "an", "his", "her", "their", "its", "our");
    /** "is to resume", "are published": present forms of be that put a scheduled event ahead. */
    static final Set<String> PRESENT_BE = Set.of("is", "are", "am");
    static final Set<String> UNTIL = Set.of("until", "till");
    static final Set<String> BEFORE_UNTIL = Set.of("not", "up");

    static Tense around(Words<TimeWord> w, int first, int end) {
        if (reporting(w, first - 1) || reporting(w, end) || Lex.isAny(w, first - 1, "since")
                || Lex.isAny(w, first - 1, "on") && reporting(w, first - 2)) {
            return PAST; // "said Friday", "said on Friday it would ..."
        }
        if (Lex.isAny(w, first - 1, "as") && Lex.isAny(w, first - 2, "early", "soon") && Lex.isAny(w, first - 3, "as")) {
            return FUTURE; // "as early as Tuesday"
        }
        if (untilAhead(w, first)) {
            return FUTURE; // "suspended until at least Wednesday", "expected to stay high until Thursday"
        }
        double future = 0;
        double past = edVerbBefore(w, first) ? 2 : 0;
        for (int k = first - 1; k >= 0 && k >= first - LEFT && w.sameSentence(k, first); k--) {
            double decay = 1.0 / (1 + (first - k - 1) / 3.0);
            future += futureWeight(w, k) * decay;
            past += pastWeight(w, k) * decay;
        }
        for (int k = first - LEFT - 1; k >= 0 && k >= first - FAR_LEFT && w.sameSentence(k, first); k--) {
            double cue = futureWeight(w, k);
            if (cue >= 3) {
                future += cue * (1.0 / (1 + (first - k - 1) / 3.0)); // "will make her debut in the league match against X on Sunday"
            }
        }
        if (Lex.isAny(w, first - 1, "by") && !pastPerfectBefore(w, first - 1)) {
            future += 2; // a deadline: "pay down the loan by February", not "had filed reports by Wednesday"
        }
        if (end < w.size() && w.sameSentence(end, end - 1) && Lex.in(w, end, PRESENT_BE)) {
            future += 1.5; // "the match on Saturday is the first real test": a present clause about a dated event
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

    /**
     * "Until Thursday" inside a clause names where a state that holds now ends, so the day is
     * ahead, even after a past-tense verb ("services were suspended until Wednesday"). Not when the
     * clause opens with it or says it is over: "Until Thursday, they had not...", "it was not
     * until Tuesday that", "had stayed until Monday".
     */
    private static boolean untilAhead(Words<TimeWord> w, int first) {
        int k = first - 1;
        if (Lex.isAny(w, k, "least") && Lex.isAny(w, k - 1, "at")) {
            k -= 2;
        }
        if (k < 1 || !Lex.in(w, k, UNTIL) || !w.sameSentence(k - 1, k) || w.is(k - 1, Words.PUNCT)
                || Lex.in(w, k - 1, BEFORE_UNTIL)) {
            return false;
        }
        return !pastPerfectBefore(w, k);
    }

    /** "had" earlier in the clause: what the date bounds is over. */
    private static boolean pastPerfectBefore(Words<TimeWord> w, int k) {
        for (int j = k - 1; j >= 0 && j >= k - LEFT && w.sameSentence(j, k); j--) {
            if (Lex.isAny(w, j, "had")) {
                return true;
            }
        }
        return false;
    }

    private static boolean reporting(Words<TimeWord> w, int k) {
        return k >= 0 && k < w.size() && w.is(k, Words.ALPHA) && Lex.in(w, k, REPORTING);
    }

    private static double futureWeight(Words<TimeWord> w, int k) {
        TimeWord e = w.entry(k);
        if (e == null) {
            return 0;
        }
        if (Lex.in(w, k, SCHEDULED) && !w.isCapitalized(k) && !Lex.in(w, k - 1, NOT_SCHEDULING)) {
            return 2; // "the leaders meet Monday" (lower case: a verb, not "Open" in a name)
        }
        if (Lex.in(w, k, PRESENT_BE) && (Lex.isAny(w, k + 1, "to") || participle(w, k + 1))) {
            return 2; // "is to resume trading Tuesday", "the rankings are published on Monday"
        }
        if (!e.is(TimeClass.FUTURE_CUE)) {
            return 0;
        }
        if (NEEDS_TO.contains(e.form())) {
            // "is expected to"; "was expected to", "were planning to" weigh less: an expectation reported
            // in the past tense still points past the time it was held, usually beyond the report
            boolean infinitive = Lex.isAny(w, k + 1, "to") || Lex.isAny(w, k + 1, "for") && Lex.in(w, k, FOR_DATE);
            if (!infinitive && Lex.isAny(w, k, "scheduled", "planned", "planning") && Lex.in(w, k + 1, DETERMINERS)) {
                return 3; // "has scheduled a news conference Thursday", "planned a demonstration on Saturday"
            }
            return infinitive ? (Lex.isAny(w, k - 1, "was", "were", "been") ? 2 : 3) : 0;
        }
        if (e.form().equals("next") || e.form().equals("coming")) {
            // "next week" elsewhere in the sentence, not "next to", "coming from"
            TimeWord after = w.entry(k + 1);
            return after != null && (after.is(TimeClass.UNIT) || after.is(TimeClass.WEEKDAY) || after.is(TimeClass.MONTH)
                    || after.is(TimeClass.SEASON)) ? e.value(TimeClass.FUTURE_CUE) : 0;
        }
        return e.value(TimeClass.FUTURE_CUE);
    }

    /** A past participle after "is"/"are": "published", "held", "due", "set". */
    private static boolean participle(Words<TimeWord> w, int k) {
        if (k >= w.size() || !w.is(k, Words.ALPHA) || w.isCapitalized(k)) {
            return false;
        }
        if (Lex.in(w, k, NEEDS_TO)) {
            return true;
        }
        int n = w.length(k);
        String text = w.text();
        int end = w.end(k);
        return n >= 5 && text.charAt(end - 1) == 'd' && text.charAt(end - 2) == 'e'
                || Lex.isAny(w, k, "held", "set", "due", "shown", "played", "run", "paid");
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
        if (e != null || Lex.isAny(w, k - 1, "be", "being") || Lex.in(w, k - 1, PRESENT_BE)) {
            return false; // "to be completed by Dec. 15", "the rankings are published on Monday" are still to come
        }
        String text = w.text();
        int end = w.end(k);
        return text.charAt(end - 1) == 'd' && text.charAt(end - 2) == 'e';
    }
}
