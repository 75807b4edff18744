package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

/** The assertions every scenario ends with: nothing lost, nothing duplicated, no valid article dead-lettered. */
final class Outcomes {

    private Outcomes() {
    }

    static void assertNothingLostOrDuplicated(ChaosScenario s, Reconciliation r) {
        String why = "scenario " + s.name() + ": " + r + "\n" + String.join("\n", r.examples()) + "\n" + s.processTails();
        assertThat(r.lost()).as("lost articles; " + why).isZero();
        assertThat(r.duplicated()).as("duplicated articles; " + why).isZero();
        // every generated article is valid: a dead letter here would be the fault's doing, and a row missing downstream
        assertThat(r.deadLetters()).as("dead letters; " + why).isZero();
    }
}
