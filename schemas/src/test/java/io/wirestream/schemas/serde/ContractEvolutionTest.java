package io.wirestream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.registry.AvroCompatibility;
import io.wirestream.schemas.registry.CompatibilityLevel;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract's evolution rule, enforced: every schema stays FULL compatible (old readers read new
 * data, new readers read old data) with its released version in src/test/resources/released/. A
 * change that breaks it fails here, in review, not in production. When a release ships, copy the
 * current .avsc files there.
 */
class ContractEvolutionTest {

    static Stream<Schema> currentSchemas() {
        return Stream.of(RawArticle.getClassSchema(), EnrichedArticle.getClassSchema(),
                DeadLetter.getClassSchema(), TrendCount.getClassSchema());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void shouldStayFullyCompatibleWithTheReleasedSchema(Schema current) throws IOException {
        Schema released;
        try (InputStream in = getClass().getResourceAsStream("/released/" + current.getName() + ".avsc")) {
            assertThat(in).as("released snapshot of " + current.getName()).isNotNull();
            released = new Schema.Parser().parse(in);
        }
        assertThat(AvroCompatibility.check(CompatibilityLevel.FULL, current, List.of(released))).isEmpty();
    }
}
