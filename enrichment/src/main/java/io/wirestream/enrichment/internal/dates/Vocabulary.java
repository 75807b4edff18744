package io.wirestream.enrichment.internal.dates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every plain word the date patterns look for, so that the lexicon knows them all and a pattern
 * can test a word by its lexicon form instead of folding case on the text: the scan then
 * allocates nothing per word, and a word missing here only costs speed
 * ({@link Lex#isAny} falls back to the text).
 */
final class Vocabulary {

    /** Words the patterns name one by one. */
    private static final List<String> PATTERN_WORDS = List.of(
            "%", "'s", "a", "account", "accounts", "additional", "affairs", "after", "against", "ago", "ahead",
            "alternating", "an", "and", "as", "at", "bastille", "be", "been", "before", "being", "black", "boxing",
            "business", "by", "cada", "calendar", "century", "christmas", "code", "coming", "comparable",
            "comparative", "compared", "consecutive", "corresponding", "could", "countless", "couple", "current",
            "cyber", "day", "days", "de", "del", "direct", "distant", "dozen", "dozens", "during", "each", "earlier",
            "early", "easter", "election", "electric", "end", "ended", "ending", "ends", "entire", "er", "esta", "eve",
            "events", "every", "extra", "fall", "feira", "few", "fewer", "fiscal", "flight", "for", "foreseeable",
            "friday", "from", "full", "further", "future", "good", "h", "had", "half", "halloween", "held", "hence",
            "her", "high", "his", "holy", "hours", "hrs", "hundred", "hundreds", "immediate", "in", "independence",
            "la", "labor", "last", "late", "later", "latest", "latter", "least", "less", "local", "long", "many",
            "may", "memorial", "mid", "might", "model", "monday", "more", "most", "my", "near", "new", "next", "no",
            "no.", "nos.", "now", "number", "numerous", "o'clock", "ocean", "of", "old", "on", "or", "other", "our",
            "over", "page", "paid", "past", "per", "percent", "period", "played", "present", "q", "quarter", "recent",
            "room", "route", "run", "same", "set", "several", "short", "shown", "since", "so", "solid", "some", "soon",
            "spring", "straight", "successive", "sunday", "term", "than", "thanksgiving", "that", "the", "their",
            "then", "thereafter", "this", "thousand", "thousands", "three", "through", "throughout", "time", "to",
            "today", "trading", "uhr", "under", "until", "up", "valentine", "versus", "vs.", "was", "weekend", "were",
            "when", "where", "whole", "will", "working", "would", "year", "years", "your", "zero");

    private Vocabulary() {
    }

    static Set<String> words() {
        Set<String> all = new HashSet<>(PATTERN_WORDS);
        for (Set<String> s : List.of(
            CalendarPatterns.MONTH_CUES,
            CalendarPatterns.YEAR_CUES,
            CalendarPatterns.COUNT_WORDS,
            ClockPatterns.TIME_CUES,
            ClockPatterns.TIME_SUFFIXES,
            DurationPatterns.RATE_CUES,
            DurationPatterns.BARE_UNIT_CUES,
            DurationPatterns.LEADERS,
            PeriodPatterns.SEASON_CUES,
            RelativePatterns.PART_OF,
            Tense.NEEDS_TO,
            Tense.REPORTING,
            Tense.PREPOSITIONS,
            Tense.SCHEDULED,
            Tense.FOR_DATE,
            Tense.DETERMINERS,
            Tense.NOT_SCHEDULING,
            Tense.PRESENT_BE,
            Tense.UNTIL,
            Tense.BEFORE_UNTIL,
            TimexRecognizer.TIME_MODIFIERS,
            TimexRecognizer.OUTSIDE,
            TimexRecognizer.PERIOD_PARTS)) {
            all.addAll(s);
        }
        return all;
    }
}
