package io.wirestream.enrichment.internal.language;

import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Layer;
import io.wirestream.enrichment.internal.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Sets the document's language (ISO 639-1, {@code und} when undetermined) from the cleaned text,
 * falling back to the title when the body says too little. Later stages that only know English
 * skip other languages through {@link Stage#appliesTo}.
 */
public final class LanguageStage implements Stage {

    private final LanguageDetector detector = new LanguageDetector();

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.CLEAN_TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.LANGUAGE);
    }

    @Override
    public void apply(Document document) {
        String lang = detector.detect(document.analysisText());
        if (lang.equals("und") && document.title().isPresent()) {
            lang = detector.detect(document.title().get() + "\n" + document.analysisText());
        }
        document.setLanguage(lang);
    }
}
