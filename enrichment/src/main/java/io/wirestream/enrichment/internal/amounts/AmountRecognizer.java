package io.wirestream.enrichment.internal.amounts;

import io.wirestream.enrichment.Amount;
import io.wirestream.enrichment.internal.dates.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds amounts in scanned words: a number, with a currency before it ("$", "US$", "EUR") or
 * after it ("dollars", "cents"), a scale ("million", "bn", "Mrd."), and a percent word, a unit
 * of measure, or, in English, the counted object ("troops", "combat brigades"). A number with
 * none of these says nothing a reader can use and is left out, as are numbers inside names
 * ("G7", "Boeing 747", "No. 10"), adjectives ("a two-year deal") and anything the date stage
 * already took (years, days, times, durations).
 */
final class AmountRecognizer {

    /** Words before a number that make it a label, not an amount. */
    private static final Set<String> LABELS = Set.of("no", "no.", "nos.", "number", "page", "pages", "chapter",
            "section", "article", "flight", "route", "room", "model", "version", "code", "highway", "interstate",
            "platform", "gate", "row", "seat", "channel", "resolution", "rule", "line", "bus", "apartment", "suite",
            "lot", "phase", "stage", "level", "grade", "category", "size", "round", "game", "week", "day", "year",
            "class", "division", "district", "ward", "zone", "item", "paragraph", "clause", "act", "bill");
    /** Two-word percent phrases: the first word and the second. */
    private static final String[][] PERCENT_PHRASES = {{"per", "cent"}, {"pour", "cent"}, {"por", "ciento"},
            {"per", "cento"}, {"por", "cento"}};

    /** Spans already taken by dates, as [start, end) character offsets in text order. */
    record Taken(int[] starts, int[] ends) {

        boolean overlaps(int start, int end) {
            for (int k = 0; k < starts.length; k++) {
                if (starts[k] < end && ends[k] > start) {
                    return true;
                }
            }
            return false;
        }
    }

    List<Amount> recognize(Words<AmountWord> w, String original, String language, Taken taken) {
        boolean english = language.equals("en") || language.equals("und");
        List<Amount> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            byte kind = w.kind(i);
            if (kind != Words.NUMBER && kind != Words.PUNCT && (kind != Words.ALPHA || w.entry(i) == null)) {
                i++;
                continue;
            }
            Optional<Found> found = at(w, i, language, english);
            if (found.isEmpty()) {
                i++;
                continue;
            }
            Found f = found.get();
            int start = w.start(f.first());
            int end = w.end(f.end() - 1);
            if (!taken.overlaps(start, end)) {
                out.add(new Amount(start, end, original.substring(start, end), tidy(f.value()), Optional.ofNullable(f.unit()),
                        Optional.ofNullable(f.currency()), Optional.ofNullable(f.object())));
            }
            i = f.end();
        }
        return out;
    }

    /** 130.2 times a million is 130200000, not 130199999.99999999. */
    private static double tidy(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    /** An amount over words {@code [first, end)}; unit, currency and object may be null. */
    private record Found(int first, int end, double value, String unit, String currency, String object) {
    }

    private Optional<Found> at(Words<AmountWord> w, int i, String language, boolean english) {
        int first = i;
        int j = i;
        String currency = null;
        AmountWord e = w.entry(i);
        if (w.kind(i) == Words.PUNCT) {
            if (e == null || !e.is(AmountClass.SYMBOL)) {
                return Optional.empty();
            }
            currency = e.value(AmountClass.SYMBOL);
            AmountWord prefix = w.entry(i - 1);
            if (prefix != null && prefix.is(AmountClass.PREFIX) && w.end(i - 1) == w.start(i) && w.is(i - 1, Words.ALPHA)) {
                currency = prefix.value(AmountClass.PREFIX);
                first = i - 1;
            }
            j = i + 1;
        } else if (w.kind(i) == Words.ALPHA && e.is(AmountClass.CURRENCY) && isCode(w, i) && w.is(i + 1, Words.NUMBER)) {
            currency = e.value(AmountClass.CURRENCY); // EUR 40 million
            j = i + 1;
        }
        if (label(w, j) || gluedToLetters(w, j)) {
            return Optional.empty();
        }
        Optional<Numeral> number = Numeral.at(w, j, language);
        if (number.isEmpty() || w.hyphenBefore(number.get().end())) {
            return Optional.empty(); // not a number, or "a two-year deal"
        }
        Numeral n = number.get();
        double value = n.value();
        int k = n.end();
        AmountWord s = w.entry(k);
        if (s != null && s.is(AmountClass.SCALE) && s.usableIn(language) && (!moneyOnly(s) || currency != null || nextIsMoney(w, k + 1))) {
            value *= s.number(AmountClass.SCALE);
            k++;
        } else if (n.spelled() && value == 1 && currency == null) {
            return Optional.empty();
        }
        if (currency == null) {
            // "2,3 Mrd. €", "20 €", "2 milliards de dollars"
            int c = isWord(w, k, "de", "d'", "di") ? k + 1 : k;
            AmountWord after = w.entry(c);
            if (after != null && after.is(AmountClass.SYMBOL) && w.kind(c) == Words.PUNCT) {
                return Optional.of(new Found(first, c + 1, value, after.value(AmountClass.SYMBOL), after.value(AmountClass.SYMBOL), null));
            }
            if (c > k && after != null && after.is(AmountClass.CURRENCY) && w.kind(c) == Words.ALPHA) {
                String code = after.value(AmountClass.CURRENCY);
                return Optional.of(new Found(first, c + 1, value, code, code, null));
            }
        }
        if (currency != null) {
            return Optional.of(new Found(first, k, value, currency, currency, null));
        }
        return suffix(w, first, k, value, n.spelled(), english);
    }

    /** What follows the number: a currency, a percent word, a unit, or a counted object. */
    private Optional<Found> suffix(Words<AmountWord> w, int first, int k, double value, boolean spelled, boolean english) {
        AmountWord e = w.entry(k);
        if (e != null) {
            if (e.is(AmountClass.PREFIX) && w.entry(k + 1) != null && w.entry(k + 1).is(AmountClass.CURRENCY)) {
                String code = e.value(AmountClass.PREFIX); // US dollars, Hong Kong... written "HK dollars"
                return Optional.of(new Found(first, k + 2, value, code, code, null));
            }
            if (e.form().equals("swiss") && isWord(w, k + 1, "francs")) {
                return Optional.of(new Found(first, k + 2, value, "CHF", "CHF", null));
            }
            if (e.is(AmountClass.CURRENCY) && (w.kind(k) == Words.ALPHA)) {
                String code = e.value(AmountClass.CURRENCY);
                return Optional.of(new Found(first, k + 1, value, code, code, null));
            }
            if (e.is(AmountClass.MINOR)) {
                String code = e.value(AmountClass.MINOR);
                return Optional.of(new Found(first, k + 1, value / 100, code, code, null));
            }
            if (e.is(AmountClass.PERCENT)) {
                return Optional.of(new Found(first, k + 1, value, "percent", null, null));
            }
            for (String[] p : PERCENT_PHRASES) {
                if (e.form().equals(p[0]) && isWord(w, k + 1, p[1])) {
                    return Optional.of(new Found(first, k + 2, value, "percent", null, null));
                }
            }
            if (e.form().equals("percentage") && isWord(w, k + 1, "points", "point")) {
                return Optional.of(new Found(first, k + 2, value, "percentage point", null, null));
            }
            if ((e.form().equals("square") || e.form().equals("cubic")) && unit(w, k + 1) != null) {
                String u = unit(w, k + 1) + (e.form().equals("square") ? "²" : "³");
                return Optional.of(new Found(first, k + 2, value, u, null, null));
            }
            if (e.form().equals("metric") && isWord(w, k + 1, "tons", "tonnes", "ton", "tonne")) {
                return Optional.of(new Found(first, k + 2, value, "tonne", null, null));
            }
            String u = unit(w, k);
            if (u != null && !(u.equals("point") && spelled)) {
                return Optional.of(new Found(first, k + 1, value, u, null, null));
            }
        }
        if (!english) {
            return Optional.empty();
        }
        return CountedObject.after(w, k, value == 1)
                .map(end -> new Found(first, end, value, null, null, w.text().substring(w.start(k), w.end(end - 1))));
    }

    private static String unit(Words<AmountWord> w, int k) {
        AmountWord e = w.entry(k);
        if (e == null || !e.is(AmountClass.UNIT)) {
            return null;
        }
        String u = e.value(AmountClass.UNIT);
        if (u.equals("degree") && w.entry(k + 1) != null && w.entry(k + 1).is(AmountClass.UNIT)) {
            return w.entry(k + 1).value(AmountClass.UNIT); // degrees Celsius
        }
        return u;
    }

    /** "m" and "k" scale only money: "$5m", not "a 5m wall". */
    private static boolean moneyOnly(AmountWord scale) {
        return scale.form().equals("m") || scale.form().equals("k");
    }

    private static boolean nextIsMoney(Words<AmountWord> w, int k) {
        AmountWord e = w.entry(k);
        return e != null && (e.is(AmountClass.CURRENCY) || e.is(AmountClass.PREFIX)) && w.kind(k) == Words.ALPHA;
    }

    /** An upper-case ISO code: "EUR", "USD". */
    private static boolean isCode(Words<AmountWord> w, int i) {
        String word = w.word(i);
        return word.length() == 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** "No. 10", "page 5", "Boeing 747", "Section 38": a label or a name, not an amount. */
    private static boolean label(Words<AmountWord> w, int j) {
        AmountWord e = w.entry(j - 1);
        if (e != null && LABELS.contains(e.form()) || w.isChar(j - 1, '#')) {
            return true;
        }
        boolean sentenceStart = j - 1 == 0 || !w.sameSentence(j - 2, j - 1);
        return j > 0 && w.is(j - 1, Words.ALPHA) && w.isCapitalized(j - 1) && w.sameSentence(j - 1, j) && !sentenceStart
                && (e == null || !(e.is(AmountClass.CURRENCY) || e.is(AmountClass.STOP)));
    }

    /** "G7", "F16", "COVID-19", "4x4": digits written against letters belong to a name. */
    private static boolean gluedToLetters(Words<AmountWord> w, int j) {
        if (!w.is(j, Words.NUMBER)) {
            return false;
        }
        boolean left = j > 0 && w.is(j - 1, Words.ALPHA) && (w.end(j - 1) == w.start(j) || w.hyphenBefore(j));
        boolean right = j + 1 < w.size() && w.start(j + 1) == w.end(j) && w.is(j + 1, Words.ALPHA)
                && (w.entry(j + 1) == null || !(w.entry(j + 1).is(AmountClass.SCALE) || w.entry(j + 1).is(AmountClass.UNIT)
                || w.entry(j + 1).is(AmountClass.PERCENT) || w.entry(j + 1).is(AmountClass.CURRENCY)));
        return left || right;
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
}
