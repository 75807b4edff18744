package io.wirestream.enrichment.internal.amounts;

import io.wirestream.enrichment.internal.dates.Words;
import java.util.Optional;
import java.util.Set;

/**
 * A number as news writes it, starting at a word: digits in the article language's convention
 * ("1,500.5" in English, "1.500,5" in German; a separator followed by exactly three digits groups
 * thousands, any other marks the decimals), space-grouped thousands in continental languages
 * ("1 500 000"), or words ("two", "twenty-five", "a dozen", "half a million").
 *
 * @param value the number before any scale word
 * @param end   index of the first word after it
 * @param spelled whether it was written in words
 */
record Numeral(double value, int end, boolean spelled) {

    /** Languages that write the decimals after a comma. */
    private static final Set<String> DECIMAL_COMMA = Set.of("de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "da",
            "no", "fi", "cs", "tr", "ro", "hu", "el", "id", "uk");

    static Optional<Numeral> at(Words<AmountWord> w, int i, String language) {
        if (w.is(i, Words.NUMBER)) {
            double v = parse(w.word(i), DECIMAL_COMMA.contains(language) ? ',' : '.');
            if (Double.isNaN(v)) {
                return Optional.empty();
            }
            int j = i + 1;
            if (DECIMAL_COMMA.contains(language) && w.length(i) <= 3 && w.word(i).indexOf(',') < 0) {
                // 1 500 000
                while (w.is(j, Words.NUMBER) && w.length(j) == 3 && w.start(j) - w.end(j - 1) == 1) {
                    v = v * 1000 + w.integer(j);
                    j++;
                }
            }
            return Optional.of(new Numeral(v, j, false));
        }
        return spelled(w, i);
    }

    private static Optional<Numeral> spelled(Words<AmountWord> w, int i) {
        AmountWord e = w.entry(i);
        if (e == null) {
            return Optional.empty();
        }
        String form = e.form();
        if (form.equals("a") || form.equals("an") || form.equals("one")) {
            AmountWord next = w.entry(i + 1);
            if (next != null && next.form().equals("dozen")) {
                return Optional.of(new Numeral(12, i + 2, true));
            }
            if (next != null && next.form().equals("half") && w.entry(i + 2) != null && w.entry(i + 2).is(AmountClass.SCALE)) {
                return Optional.of(new Numeral(0.5, i + 2, true)); // a half million
            }
            // "a million", "one billion": one only in front of a scale
            return next != null && next.is(AmountClass.SCALE) && !next.form().equals("m") && !next.form().equals("k")
                    ? Optional.of(new Numeral(1, i + 1, true)) : Optional.empty();
        }
        if (form.equals("half") && isWord(w, i + 1, "a") && w.entry(i + 2) != null && w.entry(i + 2).is(AmountClass.SCALE)) {
            return Optional.of(new Numeral(0.5, i + 2, true));
        }
        if (!e.is(AmountClass.NUMBER) || form.equals("half") || form.equals("hundred")) {
            return Optional.empty();
        }
        double v = e.number(AmountClass.NUMBER);
        int j = i + 1;
        AmountWord next = w.entry(j);
        if (v >= 20 && v < 100 && next != null && next.is(AmountClass.NUMBER) && next.number(AmountClass.NUMBER) < 10
                && next.number(AmountClass.NUMBER) >= 1) {
            v += next.number(AmountClass.NUMBER); // twenty-five
            j++;
        }
        if (isWord(w, j, "hundred") && v < 100) {
            v *= 100;
            j++;
            // two hundred (and) thirty-four
            int k = isWord(w, j, "and") ? j + 1 : j;
            Optional<Numeral> rest = w.entry(k) != null && w.entry(k).is(AmountClass.NUMBER) && !isWord(w, k, "half", "hundred", "dozen")
                    ? spelled(w, k) : Optional.empty();
            if (rest.isPresent() && rest.get().value() < 100) {
                v += rest.get().value();
                j = rest.get().end();
            }
        }
        return Optional.of(new Numeral(v, j, true));
    }

    private static boolean isWord(Words<AmountWord> w, int i, String... forms) {
        AmountWord e = w.entry(i);
        if (e == null) {
            return false;
        }
        for (String f : forms) {
            if (e.form().equals(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Digits with separators, read with the language's decimal mark. NaN when the separators
     * make no number ("1.2.3").
     */
    static double parse(String s, char decimalMark) {
        int last = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
        if (last < 0) {
            return Double.parseDouble(s);
        }
        char sep = s.charAt(last);
        int after = s.length() - last - 1;
        boolean decimal = sep == decimalMark || after != 3;
        if (decimal && s.indexOf(sep) != last) {
            return after == 3 ? Double.parseDouble(s.replace(",", "").replace(".", "")) : Double.NaN; // 1.500.000
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (k == last && decimal) {
                b.append('.');
            }
        }
        return Double.parseDouble(b.toString());
    }
}
