package io.wirestream.enrichment.internal.entities;

import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Layer;
import io.wirestream.enrichment.internal.Stage;
import io.wirestream.enrichment.internal.kb.KnowledgeBase;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Named entities: people, organizations, locations, nationalities and groups, events and other
 * names, each with all its mentions, a canonical name, a knowledge-base link where known and a
 * salience.
 *
 * <p>A capitalization, gazetteer and context-rule recognizer rather than a trained model: there is
 * no annotated corpus the project may train on, and rules over hash lookups run in microseconds.
 * Candidates come from {@link ChunkFinder}, are typed one by one by {@link ChunkTyper}, made
 * consistent across the article by {@link ArticleConsistency} and grouped into entities by
 * {@link EntityResolver}. The knowledge base and cue lists load once per process.
 */
public final class EntityStage implements Stage {

    private final KnowledgeBase kb;
    private final Cues cues;
    private final ChunkFinder finder;
    private final ChunkTyper typer;
    private final ArticleConsistency consistency;
    private final EntityResolver resolver = new EntityResolver();

    public EntityStage() {
        this(KnowledgeBase.shared());
    }

    public EntityStage(KnowledgeBase kb) {
        this.kb = kb;
        this.cues = Cues.shared();
        this.finder = new ChunkFinder(kb, cues);
        this.typer = new ChunkTyper(kb, cues);
        this.consistency = new ArticleConsistency(kb.names(), cues);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ENTITIES);
    }

    @Override
    public boolean appliesTo(String language) {
        return language.equals("en") || language.equals("und");
    }

    @Override
    public void apply(Document document) {
        if (document.tokens().isEmpty()) {
            return;
        }
        document.entities().addAll(recognize(document));
    }

    List<NamedEntity> recognize(Document document) {
        DocTokens d = new DocTokens(document.analysisText(), document.tokens(), document.sentences(), kb.names(),
                cues.personTitles);
        ArticleContext ctx = new ArticleContext(d, kb.gazetteer(), cues);
        List<Chunk> chunks = finder.find(d);
        ctx.learnCountries(chunks);
        for (Chunk c : chunks) {
            typer.type(d, c, ctx);
        }
        consistency.apply(d, ctx, chunks);
        return resolver.resolve(d, document.text(), chunks, document.title());
    }
}
