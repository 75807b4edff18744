package io.wirestream.enrichment.internal.amounts;

import java.util.EnumMap;
import java.util.Map;

/** What the amount lexicon knows about one word form: its classes with their values. */
final class AmountWord {

    private final String form;
    private final Map<AmountClass, String> values = new EnumMap<>(AmountClass.class);
    private String language = "";
    private boolean universal;

    AmountWord(String form) {
        this.form = form.intern();
    }

    void add(AmountClass c, String value, String lang) {
        values.put(c, value);
        if (lang.isEmpty()) {
            universal = true;
        } else {
            language = language + lang + ",";
        }
    }

    String form() {
        return form;
    }

    boolean is(AmountClass c) {
        return values.containsKey(c);
    }

    String value(AmountClass c) {
        return values.get(c);
    }

    double number(AmountClass c) {
        return Double.parseDouble(values.get(c));
    }

    /** A word of no particular language, or of this one; any word when the language is unknown. */
    boolean usableIn(String lang) {
        return universal || lang.equals("und") || language.contains(lang);
    }
}
