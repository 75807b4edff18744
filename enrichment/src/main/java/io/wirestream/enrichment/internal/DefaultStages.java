package io.wirestream.enrichment.internal;

import io.wirestream.enrichment.internal.text.TokenizeStage;
import java.util.List;

/** The engine's stages in order. Each stage checks its own requirements via {@link Pipeline#of}. */
public final class DefaultStages {

    private DefaultStages() {
    }

    public static List<Stage> all() {
        return List.of(
                new TokenizeStage());
    }
}
