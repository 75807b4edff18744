package io.wirestream.enrichment.internal;

import io.wirestream.enrichment.Amount;
import io.wirestream.enrichment.NamedEntity;
import io.wirestream.enrichment.Quote;
import io.wirestream.enrichment.Timex;
import io.wirestream.enrichment.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-article working state that stages read and fill in. One {@code Document} belongs to one
 * call of the engine on one thread; it is never shared.
 *
 * <p>{@link #text()} is what offsets index into. {@link #analysisText()} has the same length and the
 * same offsets, with markup masked by the cleaning stage; stages analyse that one.
 */
public final class Document {

    private final String id;
    private final String text;
    private final Optional<LocalDate> publicationDate;
    private final Optional<String> title;

    private String analysisText;
    private String language = "und";
    private List<Token> tokens = List.of();
    private List<Sentence> sentences = List.of();
    private final List<NamedEntity> entities = new ArrayList<>();
    private final List<Timex> dates = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Amount> amounts = new ArrayList<>();

    public Document(String id, String text, Optional<LocalDate> publicationDate, Optional<String> title) {
        this.id = id;
        this.text = text;
        this.analysisText = text;
        this.publicationDate = publicationDate;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public Optional<LocalDate> publicationDate() {
        return publicationDate;
    }

    public Optional<String> title() {
        return title;
    }

    public String analysisText() {
        return analysisText;
    }

    /** Replaces the analysis text; it must keep the length of {@link #text()} so offsets stay valid. */
    public void setAnalysisText(String masked) {
        if (masked.length() != text.length()) {
            throw new IllegalArgumentException("analysis text must keep the text length " + text.length()
                    + ", got " + masked.length());
        }
        this.analysisText = masked;
    }

    public String language() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public void setTokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public void setSentences(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    public List<NamedEntity> entities() {
        return entities;
    }

    public List<Timex> dates() {
        return dates;
    }

    public List<Topic> topics() {
        return topics;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public List<Amount> amounts() {
        return amounts;
    }

    /** The original text of a span. */
    public String span(int start, int end) {
        return text.substring(start, end);
    }

    public int wordCount() {
        int n = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                n++;
            }
        }
        return n;
    }
}
