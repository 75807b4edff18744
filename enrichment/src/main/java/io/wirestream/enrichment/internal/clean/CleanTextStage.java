package io.wirestream.enrichment.internal.clean;

import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Layer;
import io.wirestream.enrichment.internal.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * First stage: masks what is not article text in {@link Document#analysisText()} — HTML tags,
 * comments, script and style contents, entities, URLs and furniture lines such as "Share this
 * article" — by overwriting it with spaces. Lengths and offsets never change, so every later stage
 * reports offsets into the body exactly as it was given.
 */
public final class CleanTextStage implements Stage {

    private final BoilerplateMasker boilerplate = new BoilerplateMasker();

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.CLEAN_TEXT);
    }

    @Override
    public void apply(Document document) {
        String text = document.analysisText();
        if (text.isEmpty()) {
            return;
        }
        char[] buf = text.toCharArray();
        if (HtmlMasker.mayContainMarkup(text)) {
            HtmlMasker.mask(buf);
        }
        UrlMasker.mask(buf);
        boilerplate.mask(buf);
        document.setAnalysisText(new String(buf));
    }

    /** The masked form of a text, for tests and tools. */
    public String clean(String text) {
        Document d = new Document("-", text, java.util.Optional.empty(), java.util.Optional.empty());
        apply(d);
        return d.analysisText();
    }
}
