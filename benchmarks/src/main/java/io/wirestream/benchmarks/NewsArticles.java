package io.wirestream.benchmarks;

import io.wirestream.enrichment.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic generator of realistic English news articles of about 3 KB: a headline, a
 * dateline and paragraphs of wire-style sentences with people, places, organisations, dates,
 * amounts and quotes, over several desks (politics, business, sport, technology, world).
 *
 * <p>Written for the benchmark so that its input is reproducible and owes nothing to the
 * evaluation data: the same seed always gives the same articles.
 */
public final class NewsArticles {

    private static final String[] PEOPLE = {"Maria Lindqvist", "Ahmed Karimi", "John Whitfield", "Chen Wei",
            "Sofia Moretti", "David Okafor", "Elena Petrova", "James O'Connor", "Priya Raman", "Lukas Brandt"};
    private static final String[] PLACES = {"London", "Washington", "Berlin", "Nairobi", "Tokyo", "Brussels",
            "Sao Paulo", "Mumbai", "Sydney", "Kyiv", "Paris", "Toronto"};
    private static final String[] ORGS = {"the European Commission", "the World Bank", "Northwind Holdings",
            "the United Nations", "Meridian Telecom", "the Bank of England", "Harbor Energy", "the Ministry of Health",
            "Atlas Motors", "the International Olympic Committee"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    private static final String[][] DESKS = {
        { // politics
            "The prime minister faced fresh pressure on %DAY% after %PERSON% accused the government of breaking its election promises on housing.",
            "Opposition leaders in %PLACE% said the bill, which would raise spending by %MONEY%, had been rushed through parliament.",
            "\"We will not accept a budget that leaves families behind,\" %PERSON% told reporters outside the parliament building.",
            "A poll published last week put the ruling party %PCT% behind its main rival, the worst result since the 2019 election.",
            "Ministers are expected to meet in %PLACE% next Tuesday to agree a compromise before the vote in early %MONTH%.",
            "The committee will publish its report on the reforms within two weeks, according to officials.",
        },
        { // business
            "Shares in %ORG% rose %PCT% on %DAY% after the company reported quarterly profits of %MONEY%, well above analysts' forecasts.",
            "Revenue grew to %MONEY% in the three months to September, helped by strong demand in %PLACE% and lower energy costs.",
            "\"This has been a record quarter for us, and we expect growth to continue into next year,\" said chief executive %PERSON%.",
            "The firm said it would cut 1,200 jobs and close two factories by the end of %MONTH% as part of a restructuring plan.",
            "Investors have been worried about rising interest rates since the central bank raised its benchmark rate to %PCT% last month.",
            "The stock has gained %PCT% since January, valuing the group at about %MONEY%.",
        },
        { // sport
            "%PERSON% scored twice in the second half as the home side came from behind to win 3-2 in %PLACE% on %DAY%.",
            "The victory lifts the club to third in the league table, four points behind the leaders with eight games to play.",
            "\"The players showed great character after the break, and the fans pushed us all the way,\" the coach said after the match.",
            "The striker, signed for %MONEY% in the summer transfer window, has now scored 14 goals this season.",
            "The two teams meet again in the cup semi-final on %MONTH% 12 at the national stadium, in front of a crowd of 80,000.",
            "The goalkeeper was taken off with a knee injury ten minutes before half-time and will miss two weeks.",
        },
        { // technology
            "%ORG% unveiled a new smartphone on %DAY% with a faster processor and a battery that it says lasts two days.",
            "The handset will go on sale in %PLACE% in %MONTH% for %MONEY%, the company said at a launch event.",
            "\"Artificial intelligence now runs on the device itself, so your data never leaves your phone,\" said %PERSON%, who leads the software team.",
            "Security researchers found a flaw in the operating system that could let hackers install malware through a web browser.",
            "The company said more than 300 million users had downloaded the update since its release in early %MONTH%.",
            "Analysts expect the market for wearable devices to grow by %PCT% a year until 2030.",
        },
        { // world
            "At least 40 people were killed when heavy floods hit villages near %PLACE% on %DAY%, officials said.",
            "Rescue workers used boats to reach families trapped on rooftops, and the army sent helicopters to drop food and water.",
            "\"We have lost everything, our house, our animals, our crops,\" %PERSON%, a farmer, told local radio.",
            "%ORG% pledged %MONEY% in emergency aid and said a team of experts would arrive within 48 hours.",
            "The rains are expected to continue until the end of %MONTH%, according to the national weather service.",
            "Last year, similar floods displaced more than 200,000 people across the region.",
        },
    };

    private static final String[] HEADLINES = {"Government under pressure over housing pledge",
            "Profits beat forecasts as demand recovers", "Late double seals comeback win",
            "New phone puts AI on the device", "Floods kill dozens as rivers burst their banks"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private NewsArticles() {
    }

    /** {@code count} articles of about {@code targetChars} characters, the same for the same seed. */
    public static List<Article> generate(int count, int targetChars, long seed) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int desk = i % DESKS.length;
            StringBuilder sb = new StringBuilder(targetChars + 400);
            sb.append(HEADLINES[desk]).append("\n\n");
            sb.append(pick(r, PLACES).toUpperCase(java.util.Locale.ROOT)).append(" (Wirestream) - ");
            int sentence = 0;
            while (sb.length() < targetChars) {
                String[] pool = DESKS[r.nextInt(4) == 0 ? r.nextInt(DESKS.length) : desk];
                sb.append(fill(pool[r.nextInt(pool.length)], r));
                sb.append(++sentence % 3 == 0 ? "\n\n" : " ");
            }
            LocalDate published = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
            out.add(new Article("bench-" + i, java.util.Optional.of(published), java.util.Optional.of(HEADLINES[desk]),
                    sb.toString()));
        }
        return out;
    }

    private static String fill(String template, Random r) {
        return template.replace("%PERSON%", pick(r, PEOPLE)).replace("%PLACE%", pick(r, PLACES))
                .replace("%ORG%", pick(r, ORGS)).replace("%DAY%", pick(r, DAYS)).replace("%MONTH%", pick(r, MONTHS))
                .replace("%MONEY%", "$" + (1 + r.nextInt(90)) + "." + r.nextInt(10) + (r.nextBoolean() ? "bn" : " million"))
                .replace("%PCT%", (1 + r.nextInt(30)) + "." + r.nextInt(10) + "%");
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
