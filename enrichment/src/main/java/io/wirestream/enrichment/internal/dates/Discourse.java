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
    private Optional<DateRef> reference = Optional.empty();

    Optional<QuarterRef> quarter() {
        return quarter;
    }

    Optional<DateRef> reference() {
        return reference;
    }

    /** Records what a resolved value tells later expressions. */
    void saw(String value, int sentence) {
        int n = value.length();
        if (n == 7 && value.charAt(4) == '-' && value.charAt(5) == 'Q' && digits(value, 0, 4) && Character.isDigit(value.charAt(6))) {
            // the first quarter named is the one the story reports on; later ones are forecasts or comparisons
            if (quarter.isEmpty()) {
                quarter = Optional.of(new QuarterRef(Integer.parseInt(value.substring(0, 4)), value.charAt(6) - '0', sentence));
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
