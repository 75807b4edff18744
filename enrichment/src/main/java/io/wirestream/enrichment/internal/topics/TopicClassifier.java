package io.wirestream.enrichment.internal.topics;

import io.wirestream.enrichment.Topic;
import io.wirestream.enrichment.internal.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores IPTC topics for one article from lexicon matches and turns the evidence into a ranked,
 * calibrated list.
 *
 * <p>Evidence: every lexicon term found adds its weight to its topics, times a position factor
 * (headline terms count {@value #TITLE_FACTOR}×, the lead {@value #LEAD_FACTOR}×), with repeats of
 * one term saturating (the k-th occurrence adds 1/k), so one word said ten times does not outvote
 * ten different words. Two patterns count as terms too: a game score such as "3-1"
 * ({@code <scoreline>}) and a sum of money such as "$2.3bn" ({@code <money>}); their weights are in
 * the lexicon. A term of a second-level topic also votes for its parent (see
 * {@link TopicLexicon}). Then
 * {@link TopicRules} corrects known confusions between topics.
 *
 * <p>Scores: a softmax over {@code SHARPNESS · ln(1 + evidence)} across the top-level topics,
 * which keeps them in [0,1], summing to at most 1, and low when the evidence is thin or split.
 * A second-level topic scores its parent's score times its share of the parent's evidence, so it
 * never outranks its parent. Ties go to the order of the pinned table.
 */
public final class TopicClassifier {

    static final double TITLE_FACTOR = 2.0;
    static final double LEAD_FACTOR = 1.5;
    /** Word tokens of the body counted as the lead. */
    static final int LEAD_WORDS = 60;
    static final double SHARPNESS = 3.0;
    /** Topics scoring less than this are not reported. */
    static final double MIN_SCORE = 0.05;
    static final int MAX_TOPICS = 5;

    private final IptcTopics topics;
    private final TopicLexicon lexicon;
    private final TopicRules rules;
    /** The lexicon's entry for a game score such as "3-1" or "24-17" (the pseudo-term {@code <scoreline>}). */
    private final TopicLexicon.Term scoreline;
    /** The lexicon's entry for a sum of money ("$2.3bn", "£40m"): the pseudo-term {@code <money>}. */
    private final TopicLexicon.Term money;
    static final String MONEY_TERM = "<money>";

    public TopicClassifier(IptcTopics topics, TopicLexicon lexicon, TopicRules rules) {
        this.topics = topics;
        this.lexicon = lexicon;
        this.rules = rules;
        this.scoreline = lexicon.single(Scoreline.TERM, Scoreline.TERM);
        this.money = lexicon.single(MONEY_TERM, MONEY_TERM);
    }

    /** Evidence gathered from one article, per topic index. */
    public final class Evidence {
        final double[] score = new double[topics.size()];
        private final int[] seen = new int[lexicon.termCount()];
        /** Terms that matched, in order (for rules that look at specific cues). */
        final List<TopicLexicon.Term> matched = new ArrayList<>();

        void add(TopicLexicon.Term term, double factor) {
            int k = ++seen[term.id()];
            double f = factor / k;
            for (int i = 0; i < term.topics().length; i++) {
                score[term.topics()[i]] += term.weights()[i] * f;
            }
            if (k == 1) {
                matched.add(term);
            }
        }

        public double score(int topicIndex) {
            return score[topicIndex];
        }
    }

    /**
     * @param tokens     the article's tokens
     * @param titleEnd   tokens before this index are the headline (0 when there is none in the body)
     * @param extraTitle headline tokens that are not part of the body (empty when none)
     */
    public List<Topic> classify(List<Token> tokens, int titleEnd, List<Token> extraTitle) {
        Evidence ev = gather(tokens, titleEnd, extraTitle);
        return rank(ev);
    }

    Evidence gather(List<Token> tokens, int titleEnd, List<Token> extraTitle) {
        Evidence ev = new Evidence();
        scan(extraTitle, 0, extraTitle.size(), ev, true, 0);
        scan(tokens, 0, titleEnd, ev, true, 0);
        scan(tokens, titleEnd, tokens.size(), ev, false, titleEnd);
        rules.apply(ev.score, ev.matched);
        return ev;
    }

    private void scan(List<Token> tokens, int from, int to, Evidence ev, boolean title, int bodyStart) {
        int words = 0;
        int i = from;
        String[] lower = new String[Math.max(0, to - from)];
        while (i < to) {
            Token t = tokens.get(i);
            String low = lower(lower, tokens, from, i);
            if (!t.isWord()) {
                if (money != null && isCurrencySign(t.text()) && i + 1 < to && tokens.get(i + 1).isNumber()) {
                    ev.add(money, title ? TITLE_FACTOR : 1.0);
                }
                i++;
                continue;
            }
            double factor = title ? TITLE_FACTOR : (words < LEAD_WORDS ? LEAD_FACTOR : 1.0);
            words++;
            int used = matchPhrase(tokens, lower, from, to, i, low, ev, factor);
            if (used > 0) {
                i += used;
                continue;
            }
            TopicLexicon.Term term = lexicon.single(t.text(), low);
            if (term == null && Scoreline.matches(low)) {
                term = scoreline;
            }
            if (term != null) {
                ev.add(term, factor);
            }
            i++;
        }
    }

    private static boolean isCurrencySign(String s) {
        return s.length() == 1 && Character.getType(s.charAt(0)) == Character.CURRENCY_SYMBOL;
    }

    private static String lower(String[] cache, List<Token> tokens, int from, int i) {
        String s = cache[i - from];
        if (s == null) {
            s = tokens.get(i).text().toLowerCase(Locale.ROOT);
            cache[i - from] = s;
        }
        return s;
    }

    private int matchPhrase(List<Token> tokens, String[] lower, int from, int to, int i, String low, Evidence ev,
            double factor) {
        TopicLexicon.Phrase[] candidates = lexicon.phrasesStartingWith(low);
        for (TopicLexicon.Phrase p : candidates) {
            String[] w = p.words();
            if (i + w.length > to) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < w.length && ok; k++) {
                Token t = tokens.get(i + k);
                if (p.caseSensitive()) {
                    ok = t.text().equals(w[k]);
                } else {
                    String l = lower(lower, tokens, from, i + k);
                    ok = l.equals(w[k]) || (k == w.length - 1 && w[k].equals(Singular.of(l)));
                }
            }
            if (ok) {
                ev.add(p.term(), factor);
                return w.length;
            }
        }
        return 0;
    }

    List<Topic> rank(Evidence ev) {
        int n = topics.size();
        double[] top = new double[n];
        double sum = 0;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (topics.get(i).topLevel()) {
                any |= ev.score[i] > 0;
                top[i] = Math.exp(SHARPNESS * Math.log1p(Math.max(0, ev.score[i])));
                sum += top[i];
            }
        }
        List<Topic> out = new ArrayList<>();
        if (!any) {
            return out;
        }
        record Scored(int index, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (topics.get(i).topLevel()) {
                scored.add(new Scored(i, top[i] / sum));
            }
        }
        for (int i = 0; i < n; i++) {
            int parent = topics.parentIndex(i);
            if (parent >= 0 && ev.score[parent] > 0 && ev.score[i] > 0) {
                scored.add(new Scored(i, top[parent] / sum * Math.min(1.0, ev.score[i] / ev.score[parent])));
            }
        }
        // stable: equal scores keep table order, and a parent precedes its children
        scored.sort((a, b) -> Double.compare(b.score(), a.score()));
        for (Scored s : scored) {
            if (out.size() == MAX_TOPICS || (s.score() < MIN_SCORE && !out.isEmpty())) {
                break;
            }
            IptcTopics.Entry e = topics.get(s.index());
            out.add(new Topic(e.code(), e.label(), s.score()));
        }
        return out;
    }
}
