package io.wirestream.producer.bench;

import io.wirestream.producer.ArticleDraft;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * News-like articles of a chosen size for load tests: deterministic for a seed, each with its own
 * URL (so none is a duplicate), a title, an author, a publication date and a body of sentences
 * with paragraph breaks. Volume only; says nothing about enrichment quality.
 */
public final class GeneratedArticles {

    private static final String[] WHO = {"The minister", "A spokeswoman for the company", "The city council", "Local officials",
            "The central bank", "Researchers at the university", "The coach", "Union leaders", "The prosecutor", "Residents"};
    private static final String[] DID = {"said on Tuesday that", "warned that", "announced that", "confirmed that",
            "told reporters that", "argued that", "denied reports that", "expects that"};
    private static final String[] WHAT = {"the budget would grow by 4 per cent next year",
            "talks on the new trade agreement would resume in Brussels next month",
            "heavy rain had flooded parts of the harbour district overnight",
            "the plant would hire about 300 workers before the end of the year",
            "the team had signed a new striker for an undisclosed fee",
            "the study found a sharp rise in average temperatures near the coast",
            "inflation slowed to 2.4 per cent in March, the lowest level in three years",
            "the vote on the reform had been postponed until after the summer recess"};
    private static final String[] NAMES = {"Maria Lopez", "Ahmed Khan", "Olga Petrova", "John Carter", "Mei Chen", "Lukas Weber"};

    private GeneratedArticles() {
    }

    /** Article {@code index} of the stream for {@code seed}, with a body of about {@code bodyChars} characters. */
    public static ArticleDraft draft(long seed, int index, int bodyChars) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        StringBuilder body = new StringBuilder(bodyChars + 200);
        while (body.length() < bodyChars) {
            body.append(WHO[r.nextInt(WHO.length)]).append(' ').append(DID[r.nextInt(DID.length)]).append(' ')
                    .append(WHAT[r.nextInt(WHAT.length)]).append(". ");
            if (r.nextInt(4) == 0) {
                body.append("\n\n");
            }
        }
        Instant published = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(r.nextLong(60L * 60 * 24 * 365));
        return ArticleDraft.builder()
                .url("https://news.example.com/" + seed + "/article-" + index + "?utm_source=bench")
                .source("bench")
                .title("Generated article " + index + " of run " + seed)
                .text(body.toString().trim())
                .published(published)
                .author(NAMES[r.nextInt(NAMES.length)])
                .language("en")
                .metadata("section", "bench")
                .build();
    }
}
