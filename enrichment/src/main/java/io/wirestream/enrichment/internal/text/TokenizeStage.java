package io.wirestream.enrichment.internal.text;

import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Layer;
import io.wirestream.enrichment.internal.Stage;
import java.util.EnumSet;
import java.util.Set;

/** Tokens and sentences, for every language (dates and amounts need them too). */
public final class TokenizeStage implements Stage {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public void apply(Document document) {
        String text = document.analysisText();
        document.setTokens(tokenizer.tokenize(text));
        document.setSentences(splitter.split(text, document.tokens()));
    }
}
