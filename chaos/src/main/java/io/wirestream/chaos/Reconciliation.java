package io.wirestream.chaos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where every article of a scenario ended up, and what went wrong: the counting invariant of the
 * design (in = enriched + duplicates + dead letters) checked per article id, and once in the
 * database.
 *
 * <p>Per id: it was published {@code copies} times (copies on the raw topic, read_committed; more
 * than one only when the load driver resent after an ambiguous failure). Exactly one copy must
 * leave by a first door (enriched or dead letter) and every further copy by the duplicates door.
 * An id with no first door, or fewer door records than copies, is <b>lost</b>; an id with two
 * first doors, or more door records than copies, is <b>duplicated</b>. Every enriched id must be
 * in the database once (a missing row is lost, a second row duplicated).
 *
 * @param articles     N, the ids the scenario published
 * @param lost         copies that never came out, plus enriched articles missing in the database
 * @param duplicated   extra copies that came out, plus extra database rows
 * @param deadLetters  records in the topology's and the sink's dead-letter topics
 * @param resent       copies on the raw topic beyond one per id
 * @param examples     up to five lost and five duplicated ids with what happened to them, for the failure message
 */
public record Reconciliation(int articles, long lost, long duplicated, long deadLetters, long resent, List<String> examples) {

    /** What was read back after the scenario: keys per topic, and row counts per id in the database. */
    public record Observed(List<String> raw, List<String> enriched, List<String> duplicates, List<String> deadLetters,
            List<String> sinkDeadLetters, Map<String, Integer> databaseRows) {
    }

    public static Reconciliation of(Collection<String> ids, Observed seen) {
        Map<String, Long> copies = count(seen.raw());
        Map<String, Long> enriched = count(seen.enriched());
        Map<String, Long> dups = count(seen.duplicates());
        Map<String, Long> dead = count(seen.deadLetters());
        long lost = 0;
        long duplicated = 0;
        long resent = 0;
        List<String> lostExamples = new ArrayList<>();
        List<String> duplicatedExamples = new ArrayList<>();
        for (String id : ids) {
            long c = copies.getOrDefault(id, 0L);
            long e = enriched.getOrDefault(id, 0L);
            long first = e + dead.getOrDefault(id, 0L);
            long d = dups.getOrDefault(id, 0L);
            long expectedDups = Math.max(0, c - 1);
            resent += expectedDups;
            long idLost = (c > 0 && first == 0 ? 1 : 0) + Math.max(0, expectedDups - d) + (c == 0 ? 1 : 0);
            long idDuplicated = Math.max(0, first - 1) + Math.max(0, d - expectedDups);
            int rows = seen.databaseRows().getOrDefault(id, 0);
            if (e > 0 && rows == 0) {
                idLost++;
            }
            idDuplicated += Math.max(0, rows - 1);
            String what = id + ": raw copies " + c + ", enriched " + e + ", dead letters " + dead.getOrDefault(id, 0L)
                    + ", duplicates " + d + ", database rows " + rows;
            if (idLost > 0 && lostExamples.size() < 5) {
                lostExamples.add("lost " + what);
            } else if (idDuplicated > 0 && duplicatedExamples.size() < 5) {
                duplicatedExamples.add("duplicated " + what);
            }
            lost += idLost;
            duplicated += idDuplicated;
        }
        java.util.Set<String> known = new java.util.HashSet<>(ids);
        for (List<String> door : List.of(seen.enriched(), seen.duplicates(), seen.deadLetters())) {
            for (String id : door) {
                if (!known.contains(id)) {
                    duplicated++; // output nobody published
                    if (duplicatedExamples.size() < 5) {
                        duplicatedExamples.add("duplicated " + id + ": came out but was never published in this scenario");
                    }
                }
            }
        }
        long deadLetters = seen.deadLetters().size() + seen.sinkDeadLetters().size();
        List<String> examples = new ArrayList<>(lostExamples);
        examples.addAll(duplicatedExamples);
        return new Reconciliation(ids.size(), lost, duplicated, deadLetters, resent, List.copyOf(examples));
    }

    private static Map<String, Long> count(List<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
    }
}
