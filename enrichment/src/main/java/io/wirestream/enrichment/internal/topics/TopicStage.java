package io.wirestream.enrichment.internal.topics;

import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Layer;
import io.wirestream.enrichment.internal.Stage;
import io.wirestream.enrichment.internal.Token;
import io.wirestream.enrichment.internal.text.Tokenizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * IPTC Media Topics for English articles, from the lexicon classifier. The headline weighs more:
 * the article's title when given (found at the start of the body, or tokenized on its own), else a
 * short first line of the body that reads as a headline.
 */
public final class TopicStage implements Stage {

    /** A first line longer than this is a paragraph, not a headline. */
    private static final int MAX_HEADLINE = 160;

    private final TopicClassifier classifier;
    private final Tokenizer tokenizer = new Tokenizer();

    public TopicStage() {
        IptcTopics topics = new IptcTopics();
        TopicLexicon lexicon = new TopicLexicon(topics, "lexicon.txt", "lexicon-wordnet.txt", "companies.tsv");
        this.classifier = new TopicClassifier(topics, lexicon, new TopicRules(topics));
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.CLEAN_TEXT, Layer.LANGUAGE, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.TOPICS);
    }

    @Override
    public boolean appliesTo(String language) {
        return language.equals("en");
    }

    @Override
    public void apply(Document document) {
        List<Token> tokens = document.tokens();
        String text = document.analysisText();
        int titleEnd = 0;
        List<Token> extraTitle = List.of();
        if (document.title().isPresent() && !document.title().get().isBlank()) {
            String title = document.title().get().strip();
            int at = firstNonSpace(text);
            if (text.startsWith(title, at)) {
                titleEnd = tokensBefore(tokens, at + title.length());
            } else {
                extraTitle = tokenizer.tokenize(title);
            }
        } else {
            int at = firstNonSpace(text);
            int nl = text.indexOf('\n', at);
            if (nl > at && nl - at <= MAX_HEADLINE && !endsSentence(text, at, nl)) {
                titleEnd = tokensBefore(tokens, nl);
            }
        }
        document.topics().addAll(classifier.classify(tokens, titleEnd, extraTitle));
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > from && text.charAt(e - 1) == '.';
    }

    private static int tokensBefore(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).end() <= offset) {
            k++;
        }
        return k;
    }
}
