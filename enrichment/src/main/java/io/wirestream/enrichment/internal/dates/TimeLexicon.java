package io.wirestream.enrichment.internal.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the date extractor's word lists ({@code lexicon.tsv} beside this class) into a
 * {@link WordTable}: month and weekday names in English and the major European languages,
 * number words, units, seasons, day parts, deictic words, tense cues.
 */
final class TimeLexicon {

    /** The lexicon, loaded once per process. */
    private static final class Holder {
        static final WordTable<TimeWord> TABLE = read();
    }

    private TimeLexicon() {
    }

    static WordTable<TimeWord> load() {
        return Holder.TABLE;
    }

    /** Whether every form is a word of the lexicon (for assertions). */
    static boolean knowsAll(String... forms) {
        for (String f : forms) {
            if (Holder.TABLE.get(f) == null) {
                return false;
            }
        }
        return true;
    }

    private static WordTable<TimeWord> read() {
        Map<String, TimeWord> words = new HashMap<>();
        try (InputStream in = TimeLexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("date lexicon lexicon.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String form = WordTable.fold(f[0]);
                words.computeIfAbsent(form, TimeWord::new)
                        .add(TimeClass.valueOf(f[1]), f[2], f.length > 3 ? f[3] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String word : Vocabulary.words()) {
            words.computeIfAbsent(WordTable.fold(word), TimeWord::new).add(TimeClass.WORD, "0", "");
        }
        return new WordTable<>(words);
    }
}
