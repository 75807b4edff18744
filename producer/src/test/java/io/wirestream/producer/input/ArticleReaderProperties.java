package io.wirestream.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.producer.Limits;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Whatever bytes arrive, reading never throws and every non-blank line is accounted for. */
class ArticleReaderProperties {

    final ArticleReader reader = new ArticleReader(Limits.DEFAULTS.withBytes(512, 1 << 20));

    @Property(tries = 200)
    void anyBytesGiveOneEntryPerNonBlankLine(@ForAll @Size(max = 300) byte[] bytes) {
        List<InputEntry> entries = reader.read(bytes, InputFormat.NDJSON, "fuzz", InputDefaults.NONE);
        long lines = java.util.Arrays.stream(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("\n", -1))
                .filter(l -> !l.matches("[ \t\r]*")).count();
        assertThat(entries).hasSize((int) lines);
    }

    @Property(tries = 100)
    void anyBytesInAnyFormatAreReadWithoutAnException(@ForAll @Size(max = 300) byte[] bytes, @ForAll InputFormat format) {
        assertThat(reader.read(bytes, format, "fuzz", InputDefaults.NONE)).isNotNull();
    }
}
