package io.wirestream.enrichment.internal.topics;

import java.util.List;
import java.util.Set;

/**
 * Corrections for confusions that plain term counting makes on news, applied to the evidence
 * before scoring. Each rule is about a kind of story, never about an article:
 * <ul>
 *   <li><b>Video games are technology, not sport.</b> "game", "player", "score" and "play" are sport
 *       words until the story is about consoles and gamers; then sport's evidence mostly moves to
 *       science and technology.</li>
 *   <li><b>Corporate legal affairs are business.</b> A fraud trial of a former chief executive, an
 *       antitrust suit or a patent case is told in court vocabulary, but readers file it under the
 *       company's field: when law evidence leads without street-crime vocabulary (murder, robbery,
 *       police...) and business or technology evidence is close behind, the law evidence is halved.</li>
 *   <li><b>Media technology is technology.</b> Stories about how people get television, radio and
 *       music (devices, formats, broadband, downloads) carry entertainment words; when the technology
 *       evidence is at least {@value #MEDIA_TECH_RATIO} of the arts evidence, technology leads.</li>
 * </ul>
 */
public final class TopicRules {

    static final double MEDIA_TECH_RATIO = 0.6;

    private static final Set<String> GAMING = Set.of("video game", "video games", "videogame", "videogames",
            "computer game", "computer games", "online game", "online games", "games console", "console", "consoles",
            "playstation", "playstation 2", "playstation portable", "psp", "xbox", "xbox 360", "nintendo",
            "nintendo ds", "gamecube", "wii", "gamer", "gamers", "gaming", "multiplayer", "games maker", "game maker",
            "games makers", "game makers", "games developer", "games industry", "game developer", "games publisher",
            "electronic arts", "half-life", "halo", "grand theft auto", "gameboy", "game boy", "sega", "atari",
            "activision", "ubisoft", "id software", "games firm", "game firm");

    private final int arts;
    private final int crime;
    private final int streetCrime;
    private final int business;
    private final int tech;
    private final int sport;

    public TopicRules(IptcTopics topics) {
        this.arts = index(topics, "medtop:01000000");
        this.crime = index(topics, "medtop:02000000");
        this.streetCrime = index(topics, "medtop:20000082");
        this.business = index(topics, "medtop:04000000");
        this.tech = index(topics, "medtop:13000000");
        this.sport = index(topics, "medtop:15000000");
    }

    private static int index(IptcTopics topics, String code) {
        return topics.byCode(code).orElseThrow(() -> new IllegalStateException("no topic " + code)).index();
    }

    public void apply(double[] score, List<TopicLexicon.Term> matched) {
        videoGames(score, matched);
        corporateLaw(score);
        mediaTechnology(score);
    }

    private void videoGames(double[] score, List<TopicLexicon.Term> matched) {
        int cues = 0;
        for (TopicLexicon.Term t : matched) {
            if (GAMING.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                cues++;
            }
        }
        if (cues >= 2) {
            double moved = score[sport] * 0.7;
            score[sport] -= moved;
            score[tech] += moved * 0.5;
        }
    }

    private void corporateLaw(double[] score) {
        boolean lawLeads = score[crime] >= score[business] && score[crime] >= score[tech];
        double corporate = Math.max(score[business], score[tech]);
        if (lawLeads && score[streetCrime] < 0.25 * score[crime] && corporate >= 0.4 * score[crime]) {
            score[crime] *= 0.5;
        }
    }

    private void mediaTechnology(double[] score) {
        if (score[arts] > score[tech] && score[tech] >= MEDIA_TECH_RATIO * score[arts]) {
            score[tech] = score[arts] * 1.01;
        }
    }
}
