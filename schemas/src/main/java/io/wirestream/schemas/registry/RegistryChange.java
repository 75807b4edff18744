package io.wirestream.schemas.registry;

import java.util.Optional;

/**
 * A change to the registry's state. The embedded registry server writes each change to its
 * compacted {@code _schemas} topic before applying it, and replays them on start-up, so ids and
 * versions survive a restart.
 */
public sealed interface RegistryChange {

    /** A schema registered under a subject as a new version. */
    record SchemaRegistered(String subject, int version, int id, String schema) implements RegistryChange {
    }

    /** A subject deleted: soft (versions hidden, ids kept) or permanent (versions forgotten). */
    record SubjectDeleted(String subject, boolean permanent) implements RegistryChange {
    }

    /** Compatibility level set (or, when empty, removed) globally or for one subject. */
    record ConfigChanged(Optional<String> subject, Optional<CompatibilityLevel> level) implements RegistryChange {
    }
}
