package io.wirestream.schemas.registry;

import java.util.Locale;

/**
 * Schema Registry compatibility levels, with Confluent's meaning: BACKWARD means a consumer using
 * the new schema can read data written with the previous one; FORWARD the reverse; FULL both;
 * the {@code _TRANSITIVE} forms check against every earlier version, not just the latest.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    public boolean backward() {
        return backward;
    }

    public boolean forward() {
        return forward;
    }

    public boolean transitive() {
        return transitive;
    }

    /** Parses a level name case-insensitively; throws {@link SchemaRegistryException} 42203 when unknown. */
    public static CompatibilityLevel parse(String name) {
        if (name != null) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // fall through to the registry's own error
            }
        }
        throw new SchemaRegistryException(422, RegistryError.INVALID_COMPATIBILITY_LEVEL,
                "Invalid compatibility level: " + name + "; valid levels are NONE, BACKWARD, BACKWARD_TRANSITIVE, "
                        + "FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE");
    }
}
