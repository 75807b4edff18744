package io.wirestream.enrichment.internal.dates;

/** Small predicates over scanned words and their lexicon entries, shared by the date patterns. */
final class Lex {

    private Lex() {
    }

    static boolean has(Words<TimeWord> w, int i, TimeClass c) {
        TimeWord e = w.entry(i);
        return e != null && e.is(c);
    }

    static int value(Words<TimeWord> w, int i, TimeClass c) {
        return w.entry(i).value(c);
    }

    /**
     * Word {@code i} is one of {@code forms} (lower case), ignoring case. Compares lexicon forms,
     * so every form must be in the lexicon ({@link Vocabulary} sees to that; assertions check it).
     */
    static boolean isAny(Words<TimeWord> w, int i, String... forms) {
        assert TimeLexicon.knowsAll(forms) : "not in the date lexicon: " + java.util.Arrays.toString(forms);
        TimeWord e = w.entry(i);
        if (e == null) {
            return false;
        }
        String form = e.form();
        for (String f : forms) {
            if (form.equals(f)) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon form of word {@code i}, or null when the lexicon does not know it. */
    static String form(Words<TimeWord> w, int i) {
        TimeWord e = w.entry(i);
        return e == null ? null : e.form();
    }

    /** Word {@code i} is in {@code words}, which {@link Vocabulary} put into the lexicon. */
    static boolean in(Words<TimeWord> w, int i, java.util.Set<String> words) {
        String f = form(w, i);
        return f != null && words.contains(f);
    }

    /** A four-digit year 1000-2199 written as a plain number. */
    static int year(Words<TimeWord> w, int i) {
        if (!w.is(i, Words.NUMBER) || w.length(i) != 4) {
            return -1;
        }
        long v = w.integer(i);
        return v >= 1000 && v <= 2199 ? (int) v : -1;
    }

    /** A year and the index of the word after it. */
    record YearAt(int year, int end) {
    }

    /**
     * A year at word {@code i}: "2025", "'98", or spoken as transcripts write it ("nineteen
     * ninety-four", "twenty twenty", "two thousand and one").
     */
    static java.util.Optional<YearAt> yearAt(Words<TimeWord> w, int i) {
        if (w.is(i, Words.SHORT_YEAR)) {
            long y = w.integer(i);
            return java.util.Optional.of(new YearAt((int) (y < 50 ? 2000 + y : 1900 + y), i + 1));
        }
        int y = year(w, i);
        if (y > 0) {
            return java.util.Optional.of(new YearAt(y, i + 1));
        }
        return spokenYear(w, i);
    }

    private static java.util.Optional<YearAt> spokenYear(Words<TimeWord> w, int i) {
        if (!has(w, i, TimeClass.NUMBER)) {
            return java.util.Optional.empty();
        }
        int century = value(w, i, TimeClass.NUMBER);
        if (century == 2 && isAny(w, i + 1, "thousand") && !has(w, i + 2, TimeClass.UNITS)) {
            int j = isAny(w, i + 2, "and") ? i + 3 : i + 2;
            int rest = has(w, j, TimeClass.NUMBER) && value(w, j, TimeClass.NUMBER) < 100 ? value(w, j, TimeClass.NUMBER) : -1;
            return java.util.Optional.of(rest >= 0 ? new YearAt(2000 + rest, j + 1) : new YearAt(2000, i + 2));
        }
        if (century < 10 || century > 20 || !has(w, i + 1, TimeClass.NUMBER) || w.hyphenBefore(i + 1)) {
            return java.util.Optional.empty();
        }
        int tens = value(w, i + 1, TimeClass.NUMBER);
        int j = i + 2;
        if (tens == 100) {
            // "nineteen hundred" is a year only where a year is expected ("in nineteen hundred")
            boolean cued = isAny(w, i - 1, "in", "since", "by", "until", "of", "year");
            return cued ? java.util.Optional.of(new YearAt(century * 100, j)) : java.util.Optional.empty();
        }
        if (tens < 10 || tens >= 100) {
            return java.util.Optional.empty();
        }
        if (tens >= 20 && tens % 10 == 0 && has(w, j, TimeClass.NUMBER) && value(w, j, TimeClass.NUMBER) < 10) {
            tens += value(w, j, TimeClass.NUMBER);
            j++;
        }
        if (has(w, j, TimeClass.UNIT) || has(w, j, TimeClass.UNITS)) {
            return java.util.Optional.empty(); // nineteen twenty years: a count
        }
        return java.util.Optional.of(new YearAt(century * 100 + tens, j));
    }

    /** A day of the month 1-31, written "15", "15th" or "fifteenth". */
    static int dayOfMonth(Words<TimeWord> w, int i) {
        if ((w.is(i, Words.NUMBER) || w.is(i, Words.ORDINAL)) && w.length(i) <= 4) {
            long v = w.integer(i);
            return v >= 1 && v <= 31 ? (int) v : -1;
        }
        TimeWord e = w.entry(i);
        if (e != null && e.is(TimeClass.ORDINAL)) {
            int v = e.value(TimeClass.ORDINAL);
            if (v == 20 || v == 30) {
                // twenty-first, thirty-first
                if (w.hyphenBefore(i + 1) && has(w, i + 1, TimeClass.ORDINAL) && value(w, i + 1, TimeClass.ORDINAL) < 10) {
                    return -1;
                }
            }
            return v;
        }
        if (e != null && e.is(TimeClass.NUMBER) && (e.value(TimeClass.NUMBER) == 20 || e.value(TimeClass.NUMBER) == 30)
                && w.hyphenBefore(i + 1) && has(w, i + 1, TimeClass.ORDINAL)) {
            int v = e.value(TimeClass.NUMBER) + value(w, i + 1, TimeClass.ORDINAL);
            return v <= 31 ? v : -1;
        }
        return -1;
    }

    /** Number of words {@link #dayOfMonth} used at {@code i} (2 for "twenty-first"). */
    static int dayOfMonthWords(Words<TimeWord> w, int i) {
        TimeWord e = w.entry(i);
        return e != null && e.is(TimeClass.NUMBER) && !e.is(TimeClass.ORDINAL) && w.hyphenBefore(i + 1) ? 2 : 1;
    }

    /** Whether word {@code i} is a capitalized word (a name) rather than part of the date. */
    static boolean isName(Words<TimeWord> w, int i) {
        return w.is(i, Words.ALPHA) && w.isCapitalized(i) && (w.entry(i) == null || !w.entry(i).isTemporal());
    }
}
