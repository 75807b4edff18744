package io.wirestream.enrichment.internal;

import io.wirestream.enrichment.internal.clean.CleanTextStage;
import io.wirestream.enrichment.internal.language.LanguageStage;
import io.wirestream.enrichment.internal.amounts.AmountStage;
import io.wirestream.enrichment.internal.dates.DateStage;
import io.wirestream.enrichment.internal.entities.EntityStage;
import io.wirestream.enrichment.internal.quotes.QuoteStage;
import io.wirestream.enrichment.internal.text.TokenizeStage;
import io.wirestream.enrichment.internal.topics.TopicStage;
import java.util.List;

/** The engine's stages in order. Each stage checks its own requirements via {@link Pipeline#of}. */
public final class DefaultStages {

    private DefaultStages() {
    }

    public static List<Stage> all() {
        return List.of(
                new CleanTextStage(),
                new LanguageStage(),
                new TokenizeStage(),
                new EntityStage(),
                new QuoteStage(),
                new DateStage(),
                new AmountStage(),
                new TopicStage());
    }
}
