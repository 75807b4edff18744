package io.wirestream.enrichment.internal.dates;

import java.util.Optional;

/**
 * A count in front of a time unit: "three", "48", "a", "two and a half", "1 1/2", "a couple of",
 * "twenty-four"; or a vague one ("several", "a few", "many"), whose value is NaN.
 *
 * @param end   index of the first word after the count
 * @param value the number, NaN when vague
 */
record Quantity(int end, double value) {

    boolean vague() {
        return Double.isNaN(value);
    }

    /** The count starting at word {@code i}. "a"/"an" count as one (the caller checks a unit follows). */
    static Optional<Quantity> at(Words<TimeWord> w, int i) {
        if (i >= w.size()) {
            return Optional.empty();
        }
        if (Lex.isAny(w, i, "a", "an")) {
            if (Lex.isAny(w, i + 1, "few")) {
                return Optional.of(new Quantity(i + 2, Double.NaN));
            }
            if (Lex.isAny(w, i + 1, "couple") && Lex.isAny(w, i + 2, "of")) {
                return Optional.of(new Quantity(i + 3, 2));
            }
            if (Lex.isAny(w, i + 1, "dozen")) {
                return Optional.of(new Quantity(i + 2, 12));
            }
            if (Lex.isAny(w, i + 1, "half") && !Lex.isAny(w, i + 2, "a", "an")) {
                return Optional.of(new Quantity(i + 2, 0.5));
            }
            if (Lex.isAny(w, i + 1, "hundred")) {
                return Optional.of(new Quantity(i + 2, 100));
            }
            return Optional.of(new Quantity(i + 1, 1));
        }
        if (Lex.isAny(w, i, "half") && Lex.isAny(w, i + 1, "a", "an")) {
            return Optional.of(new Quantity(i + 2, 0.5));
        }
        if (Lex.isAny(w, i, "several", "few", "many", "some", "countless", "numerous")) {
            return Optional.of(new Quantity(i + 1, Double.NaN));
        }
        if (Lex.isAny(w, i, "couple") && Lex.isAny(w, i + 1, "of")) {
            return Optional.of(new Quantity(i + 2, 2));
        }
        if (Lex.isAny(w, i, "dozens", "hundreds", "thousands") && Lex.isAny(w, i + 1, "of")) {
            return Optional.of(new Quantity(i + 2, Double.NaN));
        }
        Optional<Quantity> q = number(w, i);
        return q.map(n -> withFraction(w, n));
    }

    private static Optional<Quantity> number(Words<TimeWord> w, int i) {
        if (w.is(i, Words.NUMBER)) {
            String s = w.word(i).replace(",", "");
            try {
                return Optional.of(new Quantity(i + 1, Double.parseDouble(s)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        TimeWord e = w.entry(i);
        if (e == null || !e.is(TimeClass.NUMBER) || e.value(TimeClass.NUMBER) >= 100) {
            return Optional.empty();
        }
        int v = e.value(TimeClass.NUMBER);
        int j = i + 1;
        if (v >= 20 && v % 10 == 0 && Lex.has(w, j, TimeClass.NUMBER) && Lex.value(w, j, TimeClass.NUMBER) < 10
                && Lex.value(w, j, TimeClass.NUMBER) > 0) {
            v += Lex.value(w, j, TimeClass.NUMBER); // twenty-four, twenty four
            j++;
        }
        if (Lex.isAny(w, j, "hundred") && v < 10) {
            v *= 100;
            j++;
        }
        if (Lex.isAny(w, j, "thousand") && v < 1000) {
            v *= 1000;
            j++;
        }
        return Optional.of(new Quantity(j, v));
    }

    /** "two and a half", "1 1/2", "two-and-a-half". */
    private static Quantity withFraction(Words<TimeWord> w, Quantity n) {
        int j = n.end;
        if (Lex.isAny(w, j, "and") && Lex.isAny(w, j + 1, "a") && Lex.isAny(w, j + 2, "half")) {
            return new Quantity(j + 3, n.value + 0.5);
        }
        if (w.is(j, Words.NUMERIC)) {
            String f = w.word(j);
            int slash = f.indexOf('/');
            if (slash > 0 && f.indexOf('/', slash + 1) < 0 && f.indexOf('-') < 0 && f.indexOf(':') < 0) {
                double num = Double.parseDouble(f.substring(0, slash));
                double den = Double.parseDouble(f.substring(slash + 1));
                if (den > num && den > 0) {
                    return new Quantity(j + 1, n.value + num / den);
                }
            }
        }
        if (w.is(j, Words.PUNCT) && "½¼¾".indexOf(w.firstChar(j)) >= 0) {
            char c = w.firstChar(j);
            return new Quantity(j + 1, n.value + (c == '½' ? 0.5 : c == '¼' ? 0.25 : 0.75));
        }
        return n;
    }
}
