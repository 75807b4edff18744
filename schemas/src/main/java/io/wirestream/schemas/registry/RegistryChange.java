package io.wirestream.schemas.registry;

import java.util.Optional;

/**
 * A change to the registry's state, shaped so that a compacted log of them (the embedded registry's
 * {@code _schemas} topic) replays to the same state: the latest change per version or per config
 * key is all that matters.
 */
public sealed interface RegistryChange {

    /** A version of a subject, new or updated (soft-deleted when {@code deleted}). */
    record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) implements RegistryChange {
    }

    /** A version forgotten for good (permanent delete). */
    record VersionRemoved(String subject, int version) implements RegistryChange {
    }

    /** Compatibility level set (or, when empty, removed) globally or for one subject. */
    record ConfigChanged(Optional<String> subject, Optional<CompatibilityLevel> level) implements RegistryChange {
    }
}
