package io.wirestream.enrichment.internal.amounts;

import io.wirestream.enrichment.Amount;
import io.wirestream.enrichment.Timex;
import io.wirestream.enrichment.internal.Document;
import io.wirestream.enrichment.internal.Layer;
import io.wirestream.enrichment.internal.Stage;
import io.wirestream.enrichment.internal.dates.WordScanner;
import io.wirestream.enrichment.internal.dates.Words;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Amounts: numbers with what they count or measure, normalized ("$2.3bn" is 2.3e9 USD, "20 per
 * cent" 20 percent, "1.5 million troops" 1,500,000 troops).
 *
 * <p>Runs for every language (digits are read in the language's convention, and scale,
 * currency and percent words of the major European languages are known); counted objects are
 * found in English only. Runs after the date stage and leaves out whatever it took, so that
 * years, days, times and durations are never reported as amounts.
 */
public final class AmountStage implements Stage {

    private final WordScanner<AmountWord> scanner = new WordScanner<>(AmountLexicon.load());
    private final AmountRecognizer recognizer = new AmountRecognizer();

    @Override
    public String name() {
        return "amounts";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.DATES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.AMOUNTS);
    }

    @Override
    public void apply(Document document) {
        document.amounts().addAll(extract(document.analysisText(), document.text(), document.language(), document.dates()));
    }

    /** The amounts of {@code text}, leaving out the dates' spans; spans index into {@code original}. */
    public List<Amount> extract(String text, String original, String language, List<Timex> dates) {
        Words<AmountWord> words = scanner.scan(text);
        int[] starts = new int[dates.size()];
        int[] ends = new int[dates.size()];
        for (int k = 0; k < dates.size(); k++) {
            starts[k] = dates.get(k).start();
            ends[k] = dates.get(k).end();
        }
        return recognizer.recognize(words, original, language, new AmountRecognizer.Taken(starts, ends));
    }
}
