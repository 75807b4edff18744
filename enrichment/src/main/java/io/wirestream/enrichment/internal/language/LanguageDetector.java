package io.wirestream.enrichment.internal.language;

import java.util.List;

/**
 * Detects the language of a text from a bounded prefix: the writing system first (Greek, Hebrew,
 * Hangul, kana, Han, Thai, Arabic-script and Indic scripts settle the language or narrow it to a
 * few), then, for Latin and Cyrillic text, counts of frequent function words per language plus the
 * letters only some of them use ("ß", "ł", "ő", "і", "ђ").
 *
 * <p>Why not a statistical library: the brief's candidates were measured on this machine (see
 * docs/PERFORMANCE.md). Lingua 1.2.2 in low-accuracy mode with 28 languages took about 310 µs per
 * 300-character prefix and ships an 80 MB jar; Optimaize 0.6 took about 40 µs but 0.5 s to load,
 * 100 MB of heap, and has had no release since 2016. News text gives function words in every
 * sentence, so this table-driven detector is as reliable on it, at a few microseconds per article,
 * with nothing to download and nothing that varies between runs.
 *
 * <p>Returns {@code und} for empty text, text without letters, too few words to judge, or no clear
 * winner. Immutable and thread-safe.
 */
public final class LanguageDetector {

    /** Characters of the text looked at; news states its language in the first lines. */
    public static final int PREFIX = 1_500;

    /** Fewer recognised function words (and telltale letters) than this and a Latin/Cyrillic text stays undetermined. */
    private static final int MIN_HITS = 2;
    /** The winner needs at least this much weighted evidence (a word shared by k languages counts 1/k). */
    private static final double MIN_SCORE = 0.4;
    /** Another language must beat English by this factor to win. */
    private static final double ENGLISH_MARGIN = 1.25;

    private final FunctionWords words = new FunctionWords();
    private final int en;
    private final List<String> languages;

    public LanguageDetector() {
        this.languages = words.languages();
        this.en = words.indexOf("en");
    }

    /** ISO 639-1 code of the text's language, or {@code und}. */
    public String detect(CharSequence text) {
        int n = Math.min(text.length(), PREFIX);
        ScriptCounts scripts = new ScriptCounts();
        double[] score = new double[languages.size()];
        int hits = 0;
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (word.length() > 0 && (c == '\'' || c == '\u2019') && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1)))) {
                if (Character.isLetter(c)) {
                    scripts.add(c);
                    if (letterHint(c, score)) {
                        hits++;
                    }
                }
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                // one-letter words are mostly initials and the pieces of "U.S.": no evidence
                long mask = word.length() < 2 ? 0L : words.mask(stripPossessive(word));
                if (mask != 0) {
                    hits++;
                    // a word shared by k languages is 1/k of a vote for each of them
                    double vote = 1.0 / Long.bitCount(mask);
                    for (int b = 0; b < score.length; b++) {
                        if ((mask & (1L << b)) != 0) {
                            score[b] += vote;
                        }
                    }
                }
                word.setLength(0);
            }
        }
        return decide(scripts, score, hits);
    }

    /** "country's" is looked up as "country" ('s is no function word of any language here). */
    private static String stripPossessive(StringBuilder word) {
        int n = word.length();
        if (n > 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
            return word.substring(0, n - 2);
        }
        return word.toString();
    }

    private String decide(ScriptCounts s, double[] score, int hits) {
        int letters = s.total();
        if (letters < 3) {
            return "und";
        }
        if (s.latin * 2 >= letters) {
            return byFunctionWords(score, hits, Script.LATIN);
        }
        Script top = s.dominant();
        return switch (top) {
            case CYRILLIC -> byFunctionWords(score, hits, Script.CYRILLIC);
            case GREEK -> "el";
            case HEBREW -> "he";
            case HANGUL -> "ko";
            case HAN -> s.kana * 20 > s.han ? "ja" : "zh";
            case THAI -> "th";
            case ARABIC -> s.urduLetters > 0 ? "ur" : s.persianLetters > s.arabicOnlyLetters ? "fa" : "ar";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case ETHIOPIC -> "am";
            default -> "und";
        };
    }

    private String byFunctionWords(double[] score, int hits, Script script) {
        if (hits < MIN_HITS) {
            return "und";
        }
        int best = -1;
        int second = -1;
        for (int b = 0; b < score.length; b++) {
            if (isCyrillic(languages.get(b)) != (script == Script.CYRILLIC)) {
                continue;
            }
            if (best < 0 || score[b] > score[best] || (score[b] == score[best] && b == en)) {
                second = best;
                best = b;
            } else if (second < 0 || score[b] > score[second]) {
                second = b;
            }
        }
        if (best < 0 || score[best] < MIN_SCORE) {
            return "und";
        }
        // English is what the pipeline mostly reads: it wins ties and near ties with another language
        if (script == Script.LATIN && best != en && score[en] >= MIN_SCORE && score[en] * ENGLISH_MARGIN >= score[best]) {
            return "en";
        }
        String b = languages.get(best);
        double runnerUp = second < 0 ? 0 : score[second];
        // close relatives share most function words: the better score wins by any margin
        boolean relatives = second >= 0 && Relatives.close(b, languages.get(second));
        if (!relatives && best != en && score[best] < runnerUp * 1.25) {
            return "und";
        }
        return b;
    }

    private static boolean isCyrillic(String lang) {
        return switch (lang) {
            case "ru", "uk", "bg", "sr", "mk" -> true;
            default -> false;
        };
    }

    /**
     * Letters that only some languages of a script use add evidence for them (half a function word
     * each; each also counts towards the minimum evidence). Returns whether the letter was a hint.
     */
    private boolean letterHint(char c, double[] score) {
        if (c < 0xC0) {
            return false;
        }
        String lang = LetterHints.languageOf(Character.toLowerCase(c));
        int b = lang == null ? -1 : words.indexOf(lang);
        if (b >= 0) {
            score[b] += 0.5;
            return true;
        }
        return false;
    }
}
