package io.wirestream.producer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Properties of cleaning that must hold for any text a scraper could send. */
class TextCleanerProperties {

    @Property(tries = 300)
    void cleanBodyHasNoControlCharactersButLineBreaks(@ForAll @StringLength(max = 200) String text) {
        String clean = TextCleaner.body(text);
        assertThat(clean.chars().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n')).isEmpty();
        assertThat(clean).doesNotContain("\n\n\n").doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ")
                .doesNotStartWith("\n").doesNotEndWith("\n");
    }

    @Property(tries = 300)
    void cleaningTwiceChangesNothing(@ForAll @StringLength(max = 200) String text) {
        String once = TextCleaner.body(text);
        assertThat(TextCleaner.body(once)).isEqualTo(once);
        String line = TextCleaner.line(text);
        assertThat(TextCleaner.line(line)).isEqualTo(line).doesNotContain("\n");
    }

    @Property(tries = 1000)
    void cleanAsciiTextIsExactlyPrintableAsciiThatCleaningLeavesAlone(
            @ForAll @net.jqwik.api.constraints.Chars({'a', 'b', ' ', '\n', '\t', '.', '\u00e9'}) @StringLength(max = 12) String text) {
        boolean ascii = text.chars().allMatch(c -> (c >= 0x20 && c < 0x7F) || c == '\n');
        assertThat(TextCleaner.isCleanAscii(text, true)).isEqualTo(ascii && TextCleaner.body(text).equals(text));
        boolean oneLine = text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
        assertThat(TextCleaner.isCleanAscii(text, false)).isEqualTo(oneLine && TextCleaner.line(text).equals(text));
    }
}
