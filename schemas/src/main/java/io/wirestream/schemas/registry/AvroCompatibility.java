package io.wirestream.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Checks a new schema against earlier versions with Avro's own schema-resolution rules
 * ({@link SchemaCompatibility}), the way Confluent Schema Registry does, and explains every
 * incompatibility in words.
 */
public final class AvroCompatibility {

    private AvroCompatibility() {
    }

    /**
     * @param previous earlier versions, oldest first
     * @return readable incompatibilities; empty when the new schema is allowed
     */
    public static List<String> check(CompatibilityLevel level, Schema candidate, List<Schema> previous) {
        List<String> problems = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
            return problems;
        }
        List<Schema> against = level.transitive() ? previous : List.of(previous.get(previous.size() - 1));
        for (Schema old : against) {
            int version = previous.indexOf(old) + 1;
            if (level.backward()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old),
                        "the new schema cannot read data written with version " + version, problems);
            }
            if (level.forward()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(old, candidate),
                        "version " + version + " cannot read data written with the new schema", problems);
            }
        }
        return problems;
    }

    private static void describe(SchemaPairCompatibility result, String direction, List<String> out) {
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility i : result.getResult().getIncompatibilities()) {
            out.add(direction + ": " + i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")");
        }
    }
}
