package io.wirestream.enrichment.internal.language;

import java.util.Set;

/** Language pairs that share most of their function words, so a narrow margin still decides. */
final class Relatives {

    private static final Set<String> PAIRS = Set.of("da|no", "no|da", "sv|no", "no|sv", "sv|da", "da|sv",
            "cs|sk", "sk|cs", "hr|sl", "sl|hr", "es|ca", "ca|es", "es|pt", "pt|es", "ru|uk", "uk|ru", "ru|bg",
            "bg|ru", "bg|mk", "mk|bg", "sr|mk", "mk|sr", "sr|bg", "bg|sr", "es|it", "it|es", "fr|ca", "ca|fr");

    private Relatives() {
    }

    static boolean close(String a, String b) {
        return PAIRS.contains(a + "|" + b);
    }
}
