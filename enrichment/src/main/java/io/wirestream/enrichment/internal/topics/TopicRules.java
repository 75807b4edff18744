package io.wirestream.enrichment.internal.topics;

import java.util.List;

/**
 * Corrections for confusions between topics that plain term counting makes on news, applied to
 * the evidence before scoring. Each rule is about a kind of story, never about an article.
 */
public final class TopicRules {

    public void apply(double[] score, List<TopicLexicon.Term> matched, IptcTopics topics) {
    }
}
