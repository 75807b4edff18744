package io.wirestream.enrichment.internal.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the article has said so far that later expressions lean on: the quarter under discussion
 * (for "the year-ago quarter", "a year earlier") and the last date mentioned (for "the following
 * day", "two days later"). One per article, filled in text order; never shared.
 */
final class Discourse {

    /** The quarter the story is about, first named in sentence {@code sentence}. */
    record QuarterRef(int year, int quarter, int sentence) {
    }

    /** A date mentioned, at the granularity of {@code unit} (DAY, MONTH or YEAR). */
    record DateRef(LocalDate date, TimeUnit unit) {
    }

    private Optional<QuarterRef> quarter = Optional.empty();
    private Optional<QuarterRef> latestQuarter = Optional.empty();
    private Optional<DateRef> reference = Optional.empty();
    /** Sentence of the latest results period longer than a quarter ("the nine months"), or -1. */
    private int longPeriodSentence = -1;
    private int quarterSentence = -1;

    /**
     * The quarter a comparison in {@code sentence} refers to: one named in that sentence or the
     * one before ("America West reported third-quarter profit ... from $4 million a year
     * earlier"), else the first quarter the story named, which is the one it reports on.
     */
    Optional<QuarterRef> quarter(int sentence) {
        if (latestQuarter.isPresent() && sentence - latestQuarter.get().sentence() <= 1) {
            return latestQuarter;
        }
        return quarter;
    }

    Optional<DateRef> reference() {
        return reference;
    }

    /**
     * Whether the results period talked about last, in this sentence or the one before, is longer
     * than a quarter: after "for the nine months" or "the first half", "a year earlier" is last
     * year, not the year-ago quarter.
     */
    boolean longPeriodInFocus(int sentence) {
        return longPeriodSentence >= 0 && longPeriodSentence >= quarterSentence && sentence - longPeriodSentence <= 1;
    }

    /** Records what a resolved value tells later expressions. */
    void saw(String value, int sentence) {
        int n = value.length();
        if (isLongPeriod(value)) {
            longPeriodSentence = sentence;
            return;
        }
        if (n == 7 && value.charAt(4) == '-' && value.charAt(5) == 'Q' && digits(value, 0, 4) && Character.isDigit(value.charAt(6))) {
            quarterSentence = sentence;
            QuarterRef named = new QuarterRef(Integer.parseInt(value.substring(0, 4)), value.charAt(6) - '0', sentence);
            latestQuarter = Optional.of(named);
            // the first quarter named is the one the story reports on; later ones are forecasts or comparisons
            if (quarter.isEmpty()) {
                quarter = latestQuarter;
            }
            return;
        }
        if (!digits(value, 0, 4)) {
            return;
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (n == 4) {
            reference = Optional.of(new DateRef(LocalDate.of(year, 1, 1), TimeUnit.YEAR));
        } else if (n == 7 && value.charAt(4) == '-' && digits(value, 5, 7)) {
            int month = Integer.parseInt(value.substring(5, 7));
            reference = Optional.of(new DateRef(LocalDate.of(year, month, 1), TimeUnit.MONTH));
        } else if (n >= 10 && value.charAt(4) == '-' && digits(value, 5, 7) && value.charAt(7) == '-' && digits(value, 8, 10)) {
            LocalDate d = LocalDate.of(year, Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10)));
            reference = Optional.of(new DateRef(d, TimeUnit.DAY));
        }
    }

    /** "P6M", "P9M", "P1Y", "1989-H1": a reporting period of a half year or more. */
    private static boolean isLongPeriod(String v) {
        if (v.equals("P6M") || v.equals("P9M") || v.equals("P12M") || v.equals("P1Y")) {
            return true;
        }
        return v.length() == 7 && digits(v, 0, 4) && v.charAt(4) == '-' && v.charAt(5) == 'H';
    }

    private static boolean digits(String s, int from, int to) {
        if (s.length() < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
