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
 *       police...) and business or technology evidence is close behind, the law evidence is halved. Likewise for athletes in court: with sport
 *       evidence at least 0.4 of the law evidence, it is a sports story.</li>
 *   <li><b>Crime on computers is technology.</b> When law evidence leads without street-crime
 *       vocabulary and technology evidence is at least {@value #CYBER_RATIO} of it (and ahead of
 *       business), the story is about spam, hacking, viruses or software piracy: technology.</li>
 *   <li><b>A technology company's deals and results are business.</b> When technology leads but the
 *       story reports a corporate-finance event (results, profit, a bid, a takeover, a stake, shares)
 *       with at least {@value #FINANCE_CUES} such cues, and business evidence is at least
 *       {@value #FINANCE_RATIO} of technology's, business leads: the company is the subject, the
 *       deal is the news. The same holds for media companies (a broadcaster sells its radio arm) when
 *       business evidence is at least {@value #MEDIA_FINANCE_RATIO} of the arts evidence.</li>
 *   <li><b>A public figure's health is news where the figure belongs.</b> When health leads without
 *       public-health vocabulary (vaccines, outbreaks, drugs, trials) and sport or politics has at
 *       least {@value #FIGURE_RATIO} of its evidence, the story is about the athlete or politician.</li>
 *   <li><b>Economic policy is business.</b> When politics leads but the story is about the budget,
 *       deficit, taxes, trade or interest rates ({@value #FINANCE_CUES}+ policy cues) and business
 *       evidence is at least {@value #POLICY_RATIO} of politics', business leads — unless the story is
 *       told as a party contest (election, parties, MPs, voters).</li>
 *   <li><b>Research on nature is science.</b> A story where scientists study earthquakes, wildfires,
 *       the climate, species or the weather ({@value #FINANCE_CUES}+ research cues such as
 *       "scientists", "researchers", "study", "data") is science and technology when technology's
 *       evidence is at least {@value #RESEARCH_RATIO} of the leading disaster, environment or weather
 *       evidence and politics is not a large part of it.</li>
 *   <li><b>Media technology is technology.</b> Stories about how people get television, radio and
 *       music (devices, formats, broadband, downloads) carry entertainment words; when the technology
 *       evidence is at least {@value #MEDIA_TECH_RATIO} of the arts evidence, technology leads.</li>
 * </ul>
 */
public final class TopicRules {

    static final double MEDIA_TECH_RATIO = 0.6;
    static final int FINANCE_CUES = 3;
    static final double FINANCE_RATIO = 0.25;
    static final double POLICY_RATIO = 0.5;
    static final double RESEARCH_RATIO = 0.25;
    static final double FIGURE_RATIO = 0.5;
    static final double CYBER_RATIO = 0.5;
    /** Arts stories talk money all the time (box office, record deals): a media deal must dominate more. */
    static final double MEDIA_FINANCE_RATIO = 0.75;

    /** Public-health vocabulary: a story with these is about health itself, not about a patient. */
    private static final Set<String> PUBLIC_HEALTH = Set.of("vaccine", "vaccines", "vaccination", "outbreak",
            "epidemic", "pandemic", "flu", "influenza", "virus", "infection", "infections", "disease", "diseases",
            "drug", "drugs", "fda", "food and drug administration", "patients", "study", "trial", "clinical trial",
            "public health", "health service", "nhs", "who", "world health organization", "cancer", "aids", "hiv",
            "obesity", "smoking", "hospitals", "doctors", "nurses", "health care", "healthcare", "insurance",
            "medicare", "medicaid", "prescription", "prescription drugs", "treatment", "treatments", "therapy");

    /** Party-political framing: an economic story told as a contest between parties stays politics. */
    private static final Set<String> ELECTORAL = Set.of("election", "elections", "general election", "vote",
            "votes", "voters", "voting", "campaign", "party", "parties", "mp", "mps", "tory", "tories",
            "conservatives", "labour party", "lib dems", "liberal democrats", "opposition", "poll", "polls",
            "manifesto", "shadow chancellor", "candidate", "candidates", "democrats", "republicans", "senate",
            "congress", "parliament", "ballot");

    private static final Set<String> RESEARCH = Set.of("scientist", "scientists", "researcher", "researchers",
            "research", "study", "studies", "the study", "the researchers", "the scientists", "scientists said",
            "researchers said", "scientists say", "researchers say", "study found", "study finds", "data", "model",
            "models", "laboratory", "lab", "journal", "experiment", "experiments", "satellite", "satellites",
            "nasa", "university", "universities", "professor", "scientific", "science", "species", "seismologist",
            "seismologists", "geologist", "geologists", "meteorologist", "meteorologists", "biologist", "ecologist",
            "forecasting", "predict", "prediction", "analysis", "discovered", "discovery");

    private static final Set<String> FINANCE_EVENT = Set.of("profit", "profits", "loss", "losses", "earnings",
            "results", "revenue", "revenues", "sales", "shares", "share price", "stock", "stake", "bid", "takeover",
            "takeovers", "acquire", "acquires", "acquired", "acquisition", "acquisitions", "buy", "buys", "buyout",
            "merger", "mergers", "ipo", "dividend", "quarterly", "quarter", "forecast", "analysts", "investors",
            "shareholders", "shareholder", "deal", "bln", "mln", "per share", "a share", "net income", "net profit",
            "quarterly profit", "quarterly earnings", "first-quarter", "second-quarter", "third-quarter",
            "fourth-quarter", "fiscal", "wall street", "nasdaq", "tender offer", "hostile bid", "2q", "3q", "4q", "1q",
            "q1", "q2", "q3", "q4", "stock market", "market value", "valuation", "investment", "investor", "to buy", "to sell",
            "sell its", "sold its", "stake in", "majority stake", "minority stake", "definitive agreement", "agreed to acquire",
            "agreed to buy", "agreed to sell", "in talks to buy", "talks to acquire", "invest", "invests", "investing",
            "lay off", "laid off", "layoffs", "job cuts", "cut jobs", "capital spending");

    private static final Set<String> ECONOMIC_POLICY = Set.of("budget", "deficit", "tax", "taxes", "tax cut",
            "tax cuts", "trade", "tariff", "tariffs", "trade deal", "trade talks", "trade dispute", "subsidies",
            "subsidy", "interest rates", "interest rate", "inflation", "economy", "economic", "growth", "recession",
            "privatisation", "privatization", "sell-off", "sell-offs", "state-owned", "commerce", "fiscal",
            "spending", "debt", "exports", "imports", "wto", "imf", "world bank", "gdp", "currency", "central bank",
            "wall street", "investors", "markets", "stock market", "oil prices", "jobs", "unemployment");

    private static final Set<String> CYBER = Set.of("spam", "spammer", "spammers", "spam e-mail", "spam e-mails",
            "hacker", "hackers", "hacking", "computer virus", "computer viruses", "virus writers", "virus", "viruses",
            "worm", "worms", "malware", "spyware", "phishing", "piracy", "pirated", "software", "business software",
            "internet", "online", "net", "web", "website", "websites", "e-mail", "e-mails", "email", "computer",
            "computers", "cyber", "cybercrime", "file-sharing", "peer-to-peer", "download", "downloads");

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
    private final int politics;
    private final int disaster;
    private final int environment;
    private final int weather;
    private final int health;
    /** Sectors whose companies' deals and results are business news: technology, then arts and media. */
    private final int[] financeSectors;

    public TopicRules(IptcTopics topics) {
        this.disaster = index(topics, "medtop:03000000");
        this.environment = index(topics, "medtop:06000000");
        this.weather = index(topics, "medtop:17000000");
        this.politics = index(topics, "medtop:11000000");
        this.arts = index(topics, "medtop:01000000");
        this.crime = index(topics, "medtop:02000000");
        this.streetCrime = index(topics, "medtop:20000082");
        this.business = index(topics, "medtop:04000000");
        this.tech = index(topics, "medtop:13000000");
        this.sport = index(topics, "medtop:15000000");
        this.health = index(topics, "medtop:07000000");
        this.financeSectors = new int[] {tech, arts};
    }

    private static int index(IptcTopics topics, String code) {
        return topics.byCode(code).orElseThrow(() -> new IllegalStateException("no topic " + code)).index();
    }

    public void apply(double[] score, List<TopicLexicon.Term> matched) {
        videoGames(score, matched);
        corporateLaw(score, matched);
        mediaTechnology(score);
        companyFinance(score, matched);
        publicFigureHealth(score, matched);
        economicPolicy(score, matched);
        researchOnNature(score, matched);
    }

    private void researchOnNature(double[] score, List<TopicLexicon.Term> matched) {
        for (int nature : new int[] {disaster, environment, weather}) {
            if (leads(score, nature) && score[tech] >= RESEARCH_RATIO * score[nature]
                    && score[politics] < 0.5 * score[nature] && cues(matched, RESEARCH) >= FINANCE_CUES) {
                score[tech] = score[nature] * 1.01;
                return;
            }
        }
    }

    private static int cues(List<TopicLexicon.Term> matched, Set<String> cues) {
        int n = 0;
        for (TopicLexicon.Term t : matched) {
            if (cues.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    private boolean leads(double[] score, int topic) {
        for (int i = 0; i < score.length; i++) {
            if (score[i] > score[topic]) {
                return false;
            }
        }
        return score[topic] > 0;
    }

    private void companyFinance(double[] score, List<TopicLexicon.Term> matched) {
        for (int sector : financeSectors) {
            double ratio = sector == arts ? MEDIA_FINANCE_RATIO : FINANCE_RATIO;
            if (leads(score, sector) && score[business] >= ratio * score[sector]
                    && cues(matched, FINANCE_EVENT) >= FINANCE_CUES) {
                score[business] = score[sector] * 1.01;
                return;
            }
        }
    }

    /**
     * A public figure's illness or injury is news where the figure belongs: "Clinton has heart
     * surgery" is politics, "Titans tackle has shoulder surgery" is sport, unless the story is
     * about public health (vaccines, outbreaks, drugs and their approval).
     */
    private void publicFigureHealth(double[] score, List<TopicLexicon.Term> matched) {
        if (!leads(score, health) || cues(matched, PUBLIC_HEALTH) >= 2) {
            return;
        }
        int field = score[sport] >= score[politics] ? sport : politics;
        if (score[field] >= FIGURE_RATIO * score[health]) {
            score[field] = score[health] * 1.01;
        }
    }

    private void economicPolicy(double[] score, List<TopicLexicon.Term> matched) {
        if (leads(score, politics) && score[business] >= POLICY_RATIO * score[politics]
                && cues(matched, ECONOMIC_POLICY) >= FINANCE_CUES && cues(matched, ELECTORAL) < 2) {
            score[business] = score[politics] * 1.01;
        }
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

    private void corporateLaw(double[] score, List<TopicLexicon.Term> matched) {
        if (!leads(score, crime)) {
            return;
        }
        if (score[streetCrime] < 0.25 * score[crime] && score[tech] >= CYBER_RATIO * score[crime]
                && score[tech] >= score[business] && cues(matched, CYBER) >= 2) {
            score[tech] = score[crime] * 1.01; // spammers, hackers, virus writers and software pirates in court
            return;
        }
        double corporate = Math.max(score[business], score[tech]);
        boolean corporateCase = score[streetCrime] < 0.25 * score[crime] && corporate >= 0.4 * score[crime];
        boolean sportCase = score[sport] >= 0.4 * score[crime];
        if (corporateCase || sportCase) {
            score[crime] *= 0.5;
        }
    }

    private void mediaTechnology(double[] score) {
        if (score[arts] > score[tech] && score[tech] >= MEDIA_TECH_RATIO * score[arts]) {
            score[tech] = score[arts] * 1.01;
        }
    }
}
