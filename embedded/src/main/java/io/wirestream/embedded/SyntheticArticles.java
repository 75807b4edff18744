package io.wirestream.embedded;

import io.wirestream.schemas.ArticleId;
import io.wirestream.schemas.RawArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated news-like articles for load tests and benchmarks: deterministic for a seed, unique ids,
 * bodies of a chosen size assembled from sentence templates with people, organizations, places,
 * dates, quotes and amounts, so the enrichment engine has realistic work to do. Not for quality
 * measurement (that uses gold data), only for volume.
 */
public final class SyntheticArticles {

    private static final String[] PEOPLE = {"Maria Lopez", "Ahmed Khan", "Olga Petrova", "John Carter", "Mei Chen",
            "Pierre Dubois", "Amara Okafor", "Lukas Weber", "Sofia Rossi", "Hiroshi Tanaka", "Fatima Zahra", "David Cohen"};
    private static final String[] ORGS = {"the United Nations", "the European Union", "NATO", "the World Bank",
            "Siemens", "Toyota", "the Federal Reserve", "Reuters", "the World Health Organization", "Microsoft", "FIFA",
            "the International Monetary Fund"};
    private static final String[] PLACES = {"Brussels", "Nairobi", "Tokyo", "Washington", "Berlin", "Paris", "Brazil",
            "India", "Canada", "Moscow", "Cairo", "Sydney", "Madrid", "Mexico City"};
    private static final String[] DAYS = {"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week",
            "earlier this month", "last year", "in March", "two weeks ago", "yesterday", "in the coming months"};
    private static final String[] TEMPLATES = {
            "%P met officials from %O in %L %D to discuss the next steps.",
            "\"We will not accept this outcome,\" %P said after the meeting in %L.",
            "%O said %D that it would invest $%N million in new projects across %L.",
            "The agreement, signed in %L %D, covers %N combat brigades and about %N,000 troops.",
            "Shares of %O fell %N per cent %D after the company cut its forecast.",
            "%P, a spokesperson for %O, told reporters in %L that talks would resume %D.",
            "Heavy rain flooded parts of %L %D, forcing %N families from their homes, officials said.",
            "Scientists at %O published a study %D showing a %N percent rise in average temperatures near %L.",
            "The home side beat the visitors %N-1 in %L %D, with %P scoring twice.",
            "According to %P, the budget of %O will grow by %N per cent next year.",
            "Critics in %L said the plan, announced %D, lacked detail on how the %N billion euros would be spent.",
            "%P arrived in %L %D for a three-day visit expected to focus on trade and security."};

    private SyntheticArticles() {
    }

    /** Article {@code index} of the stream for {@code seed}, with a body of about {@code bodyChars}. */
    public static RawArticle article(long seed, int index, int bodyChars, Instant fetchedAt) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        StringBuilder body = new StringBuilder(bodyChars + 200);
        while (body.length() < bodyChars) {
            String s = TEMPLATES[r.nextInt(TEMPLATES.length)];
            s = s.replace("%P", pick(r, PEOPLE)).replace("%O", pick(r, ORGS)).replace("%L", pick(r, PLACES))
                    .replace("%D", pick(r, DAYS));
            while (s.contains("%N")) {
                s = s.replaceFirst("%N", Integer.toString(2 + r.nextInt(98)));
            }
            body.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length()).append(' ');
            if (r.nextInt(5) == 0) {
                body.append("\n\n");
            }
        }
        String url = "https://synthetic.wirestream.test/" + seed + "/" + index;
        return RawArticle.newBuilder()
                .setId(ArticleId.forUrl(url))
                .setUrl(url)
                .setSource("synthetic")
                .setTitle(pick(r, PEOPLE) + " visits " + pick(r, PLACES))
                .setBody(body.toString().trim())
                .setLanguage("en")
                .setPublishedAt(fetchedAt.minus(Duration.ofHours(1 + r.nextInt(48))))
                .setFetchedAt(fetchedAt)
                .setAuthors(List.of(pick(r, PEOPLE)))
                .setMetadata(Map.of("generator", "synthetic", "seed", Long.toString(seed)))
                .build();
    }

    private static String pick(SplittableRandom r, String[] pool) {
        return pool[r.nextInt(pool.length)];
    }
}
