package io.wirestream.enrichment.internal.quotes;

import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.Quote;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Layer;
import io.wirestream.enrichment.internal.Stage;
import io.wirestream.enrichment.internal.kb.KnowledgeBase;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotations with their speakers. The span is the quoted words without the marks; the
 * speaker is an entity of the article (its canonical name and id), found by
 * {@link SpeakerAttributor}. Quotes that span sentences or paragraphs are one quote; a quote that
 * follows one without its own attribution keeps the speaker of the one before. Two-word fragments in
 * quote marks with nobody saying them (titles, scare quotes) are not reported.
 */
public final class QuoteStage implements Stage {

    private static final int MAX_CONTINUATION_GAP = 300;

    private final QuoteMarks marks = new QuoteMarks();
    private final SpeakerAttributor attributor;

    public QuoteStage() {
        this(KnowledgeBase.shared());
    }

    public QuoteStage(KnowledgeBase kb) {
        this.attributor = new SpeakerAttributor(kb.names());
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public boolean appliesTo(String language) {
        return language.equals("en") || language.equals("und");
    }

    @Override
    public void apply(Document document) {
        List<QuoteMarks.Span> spans = marks.find(document.analysisText());
        if (spans.isEmpty() || document.tokens().isEmpty()) {
            return;
        }
        SpeakerAttributor.Context x = attributor.context(document);
        for (QuoteMarks.Span span : spans) {
            x.quoted(span.start(), span.end());
        }
        String text = document.text();
        Optional<NamedEntity> previous = Optional.empty();
        int previousEnd = -1;
        for (QuoteMarks.Span span : spans) {
            int open = x.tokenFrom(span.open());
            int close = span.close() >= 0 ? x.tokenAt(span.close()) : x.tokenFrom(span.end()) - 1;
            if (open >= x.tokens.size() || close < open) {
                continue;
            }
            Optional<NamedEntity> speaker = attributor.speaker(x, open, close);
            if (speaker.isEmpty() && previous.isPresent() && previousEnd >= 0 && span.open() - previousEnd <= MAX_CONTINUATION_GAP
                    && (sameParagraph(text, previousEnd, span.open()) || !attributedBetween(x, previousEnd, span.open()))) {
                speaker = previous; // "...," Smith said. "More words."
            }
            int words = words(x, span);
            if (speaker.isEmpty() && (words < 3 || namesSomething(document, span))) {
                continue; // "Casablanca", "Taylor Swift: The Eras Tour": a title, not a quotation
            }
            document.quotes().add(new Quote(span.start(), span.end(), text.substring(span.start(), span.end()),
                    speaker.map(NamedEntity::name), speaker.map(NamedEntity::id)));
            previous = speaker;
            previousEnd = span.close() >= 0 ? span.close() + 1 : span.end();
        }
    }

    /** The quoted words are exactly a name the entity stage found (the title of a work). */
    private static boolean namesSomething(Document document, QuoteMarks.Span span) {
        for (NamedEntity e : document.entities()) {
            for (var m : e.mentions()) {
                if (m.start() == span.start() && m.end() == span.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int words(SpeakerAttributor.Context x, QuoteMarks.Span span) {
        int words = 0;
        for (int i = x.tokenFrom(span.start()); i < x.tokens.size() && x.tokens.get(i).start() < span.end(); i++) {
            if (x.tokens.get(i).isWord()) {
                words++;
            }
        }
        return words;
    }

    private static boolean sameParagraph(String text, int from, int to) {
        return text.indexOf('\n', from) < 0 || text.indexOf('\n', from) >= to;
    }

    /** Someone is introduced as speaking between two quotes. */
    private static boolean attributedBetween(SpeakerAttributor.Context x, int from, int to) {
        for (int i = x.tokenFrom(from); i < x.tokens.size() && x.tokens.get(i).start() < to; i++) {
            if (SpeakerAttributor.SPEECH_VERBS.contains(x.key(i))) {
                return true;
            }
        }
        return false;
    }
}
