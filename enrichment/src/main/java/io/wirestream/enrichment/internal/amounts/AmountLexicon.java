package io.wirestream.enrichment.internal.amounts;

import io.wirestream.enrichment.internal.dates.WordTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the amount extractor's word lists ({@code lexicon.tsv} beside this class), once per
 * process: scale words, currencies (signs, words, ISO 4217 codes), units of measure, percent
 * words in English and the major European languages, and the words that end a counted object.
 */
final class AmountLexicon {

    private static final class Holder {
        static final WordTable<AmountWord> TABLE = read();
    }

    private AmountLexicon() {
    }

    static WordTable<AmountWord> load() {
        return Holder.TABLE;
    }

    private static WordTable<AmountWord> read() {
        Map<String, AmountWord> words = new HashMap<>();
        try (InputStream in = AmountLexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("amount lexicon lexicon.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String form = f[0].toLowerCase(Locale.ROOT);
                words.computeIfAbsent(form, AmountWord::new)
                        .add(AmountClass.valueOf(f[1]), f[2], f.length > 3 ? f[3] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordTable<>(words);
    }
}
