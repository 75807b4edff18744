package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reconciliation's arithmetic: what counts as lost, duplicated and resent. */
class ReconciliationTest {

    private static final List<String> IDS = List.of("a", "b");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("each id out once and in the database once", observed(List.of("a", "b"), List.of("a", "b"),
                        List.of(), List.of(), Map.of("a", 1, "b", 1)), 0, 0, 0, 0),
                Arguments.of("an id never out of the topology is lost", observed(List.of("a", "b"), List.of("a"), List.of(),
                        List.of(), Map.of("a", 1)), 1, 0, 0, 0),
                Arguments.of("an acknowledged id missing from the raw topic is lost", observed(List.of("a"), List.of("a"),
                        List.of(), List.of(), Map.of("a", 1)), 1, 0, 0, 0),
                Arguments.of("an id enriched twice is duplicated", observed(List.of("a", "b"), List.of("a", "b", "a"),
                        List.of(), List.of(), Map.of("a", 1, "b", 1)), 0, 1, 0, 0),
                Arguments.of("an id enriched and dead-lettered is duplicated", observed(List.of("a", "b"), List.of("a", "b"),
                        List.of(), List.of("a"), Map.of("a", 1, "b", 1)), 0, 1, 1, 0),
                Arguments.of("a single copy counted as a duplicate is duplicated", observed(List.of("a", "b"),
                        List.of("a", "b"), List.of("b"), List.of(), Map.of("a", 1, "b", 1)), 0, 1, 0, 0),
                Arguments.of("a resent copy that leaves by the duplicates door is fine", observed(List.of("a", "b", "b"),
                        List.of("a", "b"), List.of("b"), List.of(), Map.of("a", 1, "b", 1)), 0, 0, 0, 1),
                Arguments.of("a resent copy that never comes out is lost", observed(List.of("a", "b", "b"),
                        List.of("a", "b"), List.of(), List.of(), Map.of("a", 1, "b", 1)), 1, 0, 0, 1),
                Arguments.of("an enriched id missing in the database is lost", observed(List.of("a", "b"), List.of("a", "b"),
                        List.of(), List.of(), Map.of("a", 1)), 1, 0, 0, 0),
                Arguments.of("a second database row is duplicated", observed(List.of("a", "b"), List.of("a", "b"),
                        List.of(), List.of(), Map.of("a", 2, "b", 1)), 0, 1, 0, 0),
                Arguments.of("a dead-lettered id needs no row", observed(List.of("a", "b"), List.of("a"), List.of(),
                        List.of("b"), Map.of("a", 1)), 0, 0, 1, 0),
                Arguments.of("output nobody published is duplicated", observed(List.of("a", "b"), List.of("a", "b", "z"),
                        List.of(), List.of(), Map.of("a", 1, "b", 1)), 0, 1, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldCountLostDuplicatedDeadLettersAndResends(String description, Reconciliation.Observed seen, long lost,
            long duplicated, long deadLetters, long resent) {
        Reconciliation r = Reconciliation.of(IDS, seen);

        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.lost()).as("lost").isEqualTo(lost);
        assertThat(r.duplicated()).as("duplicated").isEqualTo(duplicated);
        assertThat(r.deadLetters()).as("dead letters").isEqualTo(deadLetters);
        assertThat(r.resent()).as("resent").isEqualTo(resent);
        assertThat(r.examples()).as("examples name the offending ids").hasSize(lost + duplicated > 0 ? 1 : 0);
    }

    private static Reconciliation.Observed observed(List<String> raw, List<String> enriched, List<String> duplicates,
            List<String> deadLetters, Map<String, Integer> rows) {
        return new Reconciliation.Observed(raw, enriched, duplicates, deadLetters, List.of(), rows);
    }
}
