package io.wirestream.enrichment.internal.dates;

import io.wirestream.enrichment.Timex;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Layer;
import io.wirestream.enrichment.internal.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Temporal expressions, normalized to TimeML values and resolved against the publication date:
 * "Friday" in an article of Saturday 2025-02-15 is 2025-02-14, "two weeks ago" is 2025-W05,
 * "the past three years" P3Y, "now" PRESENT_REF.
 *
 * <p>Runs for every language: English (and undetermined) text gets the full grammar, other
 * languages numeric dates, month names next to a day or year, clock times and the words for
 * today, yesterday and tomorrow. Reads the language another stage detected, if one ran before;
 * it does not require one. The lexicon and patterns load once, in the constructor; per article
 * the work is one scan of the text and pattern matching only at words that can start an
 * expression.
 */
public final class DateStage implements Stage {

    private final WordScanner<TimeWord> scanner = new WordScanner<>(TimeLexicon.load());
    private final TimexRecognizer recognizer = new TimexRecognizer();
    private final TimexResolver resolver = new TimexResolver();

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.DATES);
    }

    @Override
    public void apply(Document document) {
        document.dates().addAll(extract(document.analysisText(), document.text(), document.publicationDate(),
                document.language()));
    }

    /** The temporal expressions of {@code text}; spans index into {@code original} (same length). */
    public List<Timex> extract(String text, String original, Optional<LocalDate> anchor, String language) {
        Words<TimeWord> words = scanner.scan(text);
        List<Candidate> candidates = recognizer.recognize(words, language);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Timex> out = new ArrayList<>(candidates.size());
        TimexResolver.Resolution[] resolved = new TimexResolver.Resolution[candidates.size()];
        Discourse discourse = new Discourse();
        // per sentence, the first candidate (in text order) resolved to a full date: a clock time's day in O(1),
        // not by scanning every candidate for every clock time (quadratic on long texts)
        Map<Integer, Integer> firstDated = new HashMap<>();
        // clock times last: they take the day their sentence talks about
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < candidates.size(); k++) {
                Candidate c = candidates.get(k);
                boolean clock = c.meaning() instanceof Meaning.Clock;
                if (clock != (pass == 1)) {
                    continue;
                }
                int sentence = words.sentence(c.first());
                Optional<LocalDate> day = clock ? dayOf(resolved, firstDated.get(sentence)) : Optional.empty();
                Tense tense = Tense.around(words, c.first(), c.end());
                resolved[k] = resolver.resolve(c.meaning(),
                        new TimexResolver.Context(anchor, tense, discourse, sentence, day));
                if (isFullDate(resolved[k].value())) {
                    firstDated.merge(sentence, k, Math::min);
                }
                if (!(c.meaning() instanceof Meaning.QuarterAnaphor
                        || c.meaning() instanceof Meaning.Shift s && s.comparative())) {
                    discourse.saw(resolved[k].value(), sentence);
                }
            }
        }
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            int start = words.start(c.first());
            int end = words.end(c.end() - 1);
            out.add(new Timex(start, end, original.substring(start, end), resolved[k].value(), resolved[k].type(),
                    resolved[k].resolved()));
        }
        return out;
    }

    /** The full date of candidate {@code k} (the first one of the sentence mentioning one), for a clock time that names no day. */
    private static Optional<LocalDate> dayOf(TimexResolver.Resolution[] resolved, Integer k) {
        if (k == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(resolved[k].value().substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isFullDate(String v) {
        return v.length() >= 10 && Character.isDigit(v.charAt(0)) && v.charAt(4) == '-' && Character.isDigit(v.charAt(8));
    }
}
