package io.wirestream.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What a demo run did, counted at every door: inputs read, rejected by the producer with a reason,
 * published, records a misbehaving client wrote, enriched, duplicates, dead letters, rows in the
 * database, and the top entities and topics.
 *
 * @param published   new articles the producer published
 * @param rejected    inputs the producer refused, with file, line and reason
 * @param producerDuplicates articles the producer recognised as already published (not sent again)
 * @param foreign     records written straight to the raw topic by a client that skipped validation
 * @param enriched    articles out of the enriched door
 * @param nearDuplicates enriched articles marked as the same story as an earlier one
 * @param duplicates  records out of the topology's duplicates door
 * @param deadLetters records out of the dead-letter door, with stage and reason
 * @param sunk        enriched articles found in the database
 */
public record DemoSummary(long published, List<String> rejected, long producerDuplicates, long foreign, long enriched,
        long nearDuplicates, long duplicates, List<String> deadLetters, long sunk, Map<String, Long> topEntities,
        Map<String, Long> topTopics, String dashboardUrl, String database) {

    /** Every record that entered the topology left by exactly one door, and every enriched one is in the database. */
    public boolean accountedFor() {
        return enriched + duplicates + deadLetters.size() == published + foreign && sunk == enriched;
    }

    public void print(PrintStream out) {
        out.println();
        out.println("  Wirestream demo summary");
        out.println("  -------------------------------------------------------------");
        out.printf("  %-42s %8d%n", "inputs read", published + rejected.size() + producerDuplicates);
        out.printf("  %-42s %8d%n", "  rejected by the producer (reason below)", rejected.size());
        out.printf("  %-42s %8d%n", "  duplicates caught by the producer", producerDuplicates);
        out.printf("  %-42s %8d%n", "  published to news.articles.raw", published);
        out.printf("  %-42s %8d%n", "records from a misbehaving client", foreign);
        out.printf("  %-42s %8d%n", "articles in (published + misbehaving)", published + foreign);
        out.printf("  %-42s %8d%n", "  enriched", enriched);
        out.printf("  %-42s %8d%n", "    of which near-duplicates (duplicateOf)", nearDuplicates);
        out.printf("  %-42s %8d%n", "  duplicates (same id again)", duplicates);
        out.printf("  %-42s %8d%n", "  dead letters", deadLetters.size());
        out.printf("  %-42s %8d%n", "enriched articles in the database", sunk);
        out.println("  -------------------------------------------------------------");
        out.println("  " + (accountedFor() ? "every record accounted for: in = enriched + duplicates + dead letters"
                : "NOT all accounted for yet"));
        if (!topEntities.isEmpty()) {
            out.println();
            out.println("  top entities:  " + top(topEntities));
        }
        if (!topTopics.isEmpty()) {
            out.println("  top topics:    " + top(topTopics));
        }
        if (!rejected.isEmpty()) {
            out.println();
            out.println("  rejected inputs:");
            rejected.forEach(r -> out.println("    - " + r));
        }
        if (!deadLetters.isEmpty()) {
            out.println("  dead letters:");
            deadLetters.forEach(r -> out.println("    - " + r));
        }
        out.println();
        out.println("  database:  " + database);
        out.println("  dashboard: " + dashboardUrl);
        out.println();
    }

    private static String top(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" (").append(v).append(')'));
        return sb.toString();
    }

    public ObjectNode toJson() {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("published", published);
        o.put("rejected", rejected.size());
        o.set("rejections", m.valueToTree(rejected));
        o.put("producerDuplicates", producerDuplicates);
        o.put("foreign", foreign);
        o.put("enriched", enriched);
        o.put("nearDuplicates", nearDuplicates);
        o.put("duplicates", duplicates + producerDuplicates);
        o.put("topologyDuplicates", duplicates);
        o.put("deadLetters", deadLetters.size());
        o.set("deadLetterReasons", m.valueToTree(deadLetters));
        o.put("sunk", sunk);
        o.put("accountedFor", accountedFor());
        o.set("topEntities", m.valueToTree(topEntities));
        o.set("topTopics", m.valueToTree(topTopics));
        o.put("dashboard", dashboardUrl);
        o.put("database", database);
        return o;
    }
}
