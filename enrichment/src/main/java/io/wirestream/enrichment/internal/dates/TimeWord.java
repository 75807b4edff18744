package io.wirestream.enrichment.internal.dates;

import java.util.Arrays;

/**
 * What the date lexicon knows about one word form: its classes with their values ("may" is a
 * month and a modal), the ISO string of reference and recurrence words, and the language of
 * foreign words.
 */
final class TimeWord {

    private static final int ABSENT = Integer.MIN_VALUE;

    private final String form;
    private final int[] values = new int[TimeClass.values().length];
    private final String[] strings = new String[TimeClass.values().length];
    private int classes;
    private String language = "";

    TimeWord(String form) {
        this.form = form.intern();
        Arrays.fill(values, ABSENT);
    }

    void add(TimeClass c, String value, String lang) {
        classes |= 1 << c.ordinal();
        strings[c.ordinal()] = value;
        values[c.ordinal()] = parse(c, value);
        if (!lang.isEmpty()) {
            language = language.isEmpty() ? lang : language + "," + lang;
        }
    }

    private static int parse(TimeClass c, String value) {
        return switch (c) {
            case UNIT, UNITS -> TimeUnit.valueOf(value).ordinal();
            case SEASON, DAYPART, RECURRENCE, REFERENCE, FUNCTION, WORD -> 0;
            default -> Integer.parseInt(value);
        };
    }

    /** The lower-case form as listed. */
    String form() {
        return form;
    }

    boolean is(TimeClass c) {
        return (classes & (1 << c.ordinal())) != 0;
    }

    /** Any class at all besides cue words and abbreviations. */
    boolean isTemporal() {
        int nonTemporal = (1 << TimeClass.FUTURE_CUE.ordinal()) | (1 << TimeClass.PAST_CUE.ordinal())
                | (1 << TimeClass.ABBREVIATION.ordinal()) | (1 << TimeClass.WORD.ordinal());
        return (classes & ~nonTemporal) != 0;
    }

    int value(TimeClass c) {
        return values[c.ordinal()];
    }

    String string(TimeClass c) {
        return strings[c.ordinal()];
    }

    TimeUnit unit() {
        int v = is(TimeClass.UNIT) ? value(TimeClass.UNIT) : value(TimeClass.UNITS);
        return TimeUnit.values()[v];
    }

    /** Whether a foreign word belongs to the language ("de", "fr"...). */
    boolean inLanguage(String lang) {
        return language.contains(lang);
    }
}
