package io.wirestream.enrichment.internal.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The function-word table: for each word, the set of languages it is frequent in, as a bit mask
 * over {@link #languages()}. Loaded once from {@code function-words.tsv}; one hash lookup per word
 * at detection time.
 */
final class FunctionWords {

    private final List<String> languages = new ArrayList<>();
    private final Map<String, Long> masks = new HashMap<>();

    FunctionWords() {
        try (InputStream in = FunctionWords.class.getResourceAsStream("function-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource function-words.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String lang = line.substring(0, tab);
                int bit = languages.size();
                if (bit >= 64) {
                    throw new IllegalStateException("function-words.tsv: more than 64 languages");
                }
                languages.add(lang);
                for (String w : line.substring(tab + 1).trim().split(" +")) {
                    masks.merge(w, 1L << bit, (a, b) -> a | b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> languages() {
        return languages;
    }

    int indexOf(String language) {
        return languages.indexOf(language);
    }

    /** Bit mask of the languages the lower-cased word is a function word of; 0 when none. */
    long mask(String lowerCaseWord) {
        Long m = masks.get(lowerCaseWord);
        return m == null ? 0L : m;
    }
}
