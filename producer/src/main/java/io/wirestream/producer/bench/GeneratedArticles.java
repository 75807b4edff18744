package io.wirestream.producer.bench;

import io.wirestream.producer.ArticleDraft;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * News-like articles of a chosen size for load tests: deterministic for a seed, each with its own
 * URL (so none is a duplicate), a title, an author, a publication date and a body of sentences and
 * paragraphs. The words follow a Zipf distribution over a large vocabulary (real function words
 * first, then a long tail of generated words and names), so the text compresses about as well as
 * real prose; a few repeated template sentences would compress tenfold and flatter every producer.
 * Volume only: says nothing about enrichment quality.
 */
public final class GeneratedArticles {

    private static final String[] COMMON = ("the of and to a in that is was he for it with as his on be at by i this had not "
            + "are but from or have an they which one you were her all she there would their we him been has when who will "
            + "more no if out so said what up its about into than them can only other new some could time these two may "
            + "then do first any my now such like our over man me even most made after also did many before must through "
            + "back years where much your way well down should because each just those people how too little state good "
            + "very make world still own see men work long get here between both life being under never day same another "
            + "know while last might us great old year off come since against go came right used take three government "
            + "minister police officials percent million week company president market talks city report").split(" ");
    private static final String[] SYLLABLES = ("ka ri to ne sa mu lo be ta vi do re mi fa la si an el or in us et al "
            + "con ver pro sta tion ment der lin mar gol pet ran sol tri ven bor cal dun fer gan hol jur kel mon nor pal "
            + "quin ros sur tor ul vas wen xi yor zen").split(" ");
    private static final String[] VOCABULARY = vocabulary(30_000);
    private static final double[] CUMULATIVE = zipf(VOCABULARY.length);

    private GeneratedArticles() {
    }

    /** Article {@code index} of the stream for {@code seed}, with a body of about {@code bodyChars} characters. */
    public static ArticleDraft draft(long seed, int index, int bodyChars) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        StringBuilder body = new StringBuilder(bodyChars + 200);
        int sentences = 0;
        while (body.length() < bodyChars) {
            sentence(r, body);
            if (++sentences % (3 + r.nextInt(3)) == 0) {
                body.append("\n\n");
            } else {
                body.append(' ');
            }
        }
        StringBuilder title = new StringBuilder();
        sentence(r, title);
        Instant published = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(r.nextLong(60L * 60 * 24 * 365));
        return ArticleDraft.builder()
                .url("https://news.example.com/" + seed + "/article-" + index + "?utm_source=bench")
                .source("bench")
                .title(title.substring(0, Math.min(title.length(), 90)).trim())
                .text(body.toString().trim())
                .published(published)
                .author(name(r))
                .language("en")
                .metadata("section", "bench")
                .build();
    }

    private static void sentence(SplittableRandom r, StringBuilder out) {
        int words = 8 + r.nextInt(22);
        for (int w = 0; w < words; w++) {
            String word = switch (r.nextInt(40)) {
                case 0 -> name(r);
                case 1 -> Integer.toString(r.nextInt(2000));
                default -> VOCABULARY[pick(r)];
            };
            if (w == 0) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                out.append(r.nextInt(12) == 0 ? ", " : " ").append(word);
            }
        }
        out.append('.');
    }

    private static String name(SplittableRandom r) {
        String first = VOCABULARY[COMMON.length + r.nextInt(2000)];
        String last = VOCABULARY[COMMON.length + r.nextInt(VOCABULARY.length - COMMON.length)];
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + Character.toUpperCase(last.charAt(0))
                + last.substring(1);
    }

    private static int pick(SplittableRandom r) {
        double u = r.nextDouble() * CUMULATIVE[CUMULATIVE.length - 1];
        int lo = 0;
        int hi = CUMULATIVE.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (CUMULATIVE[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String[] vocabulary(int size) {
        String[] v = new String[size];
        System.arraycopy(COMMON, 0, v, 0, COMMON.length);
        SplittableRandom r = new SplittableRandom(7);
        java.util.Set<String> seen = new java.util.HashSet<>(java.util.Arrays.asList(COMMON));
        int i = COMMON.length;
        while (i < size) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + r.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            if (seen.add(w.toString())) {
                v[i++] = w.toString();
            }
        }
        return v;
    }

    private static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += 1.0 / rank;
            c[rank - 1] = sum;
        }
        return c;
    }
}
