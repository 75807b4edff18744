package io.wirestream.schemas.registry;

import io.wirestream.schemas.registry.RegistryChange.ConfigChanged;
import io.wirestream.schemas.registry.RegistryChange.SchemaVersion;
import io.wirestream.schemas.registry.RegistryChange.VersionRemoved;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The Schema Registry's rules, independent of transport and storage: global ids (one per distinct
 * schema, shared across subjects), versions per subject, soft and permanent deletes, compatibility
 * levels checked with Avro's resolution rules, and Confluent's error codes. The in-memory
 * {@code mock://} registry and the embedded HTTP registry server both run on it; only where changes
 * are persisted differs ({@link #SchemaRegistryService(CompatibilityLevel, Consumer)}).
 *
 * <p>Thread-safe: every operation holds the instance lock, so a change is persisted and applied
 * before the next one is planned.
 */
public final class SchemaRegistryService {

    /** One version of a subject. */
    public record SubjectVersion(String subject, int version, int id, boolean deleted) {
    }

    private final Map<Integer, String> schemaById = new HashMap<>();
    private final Map<String, Integer> idByCanonical = new HashMap<>();
    private final Map<String, List<SubjectVersion>> subjects = new TreeMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private final CompatibilityLevel defaultLevel;
    private CompatibilityLevel globalLevel;
    private int nextId = 1;
    private final Consumer<RegistryChange> persist;

    /**
     * @param persist called with every change before it is applied; throwing aborts the change
     */
    public SchemaRegistryService(CompatibilityLevel defaultLevel, Consumer<RegistryChange> persist) {
        this.defaultLevel = defaultLevel;
        this.globalLevel = defaultLevel;
        this.persist = persist;
    }

    /** An in-memory registry with BACKWARD compatibility, like Confluent's default. */
    public static SchemaRegistryService inMemory() {
        return new SchemaRegistryService(CompatibilityLevel.BACKWARD, change -> { });
    }

    /** Parses and validates a schema; 42201 with Avro's reason when it is not a valid Avro schema. */
    public static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw new SchemaRegistryException(422, RegistryError.INVALID_SCHEMA, "Invalid schema: empty schema");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (SchemaParseException | org.apache.avro.AvroTypeException | NullPointerException e) {
            throw new SchemaRegistryException(422, RegistryError.INVALID_SCHEMA, "Invalid schema: " + e.getMessage());
        }
    }

    public synchronized SchemaMetadata register(String subject, String schemaText) {
        Schema schema = parse(schemaText);
        String canonical = schema.toString();
        Optional<SubjectVersion> existing = live(subject).stream()
                .filter(v -> canonical.equals(schemaById.get(v.id()))).findFirst();
        if (existing.isPresent()) {
            return metadata(existing.get());
        }
        List<String> problems = AvroCompatibility.check(level(subject), schema, liveSchemas(subject));
        if (!problems.isEmpty()) {
            throw new SchemaRegistryException(409, RegistryError.INCOMPATIBLE_SCHEMA,
                    "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                            + "\" (compatibility " + level(subject) + "): " + String.join("; ", problems));
        }
        int id = idByCanonical.getOrDefault(canonical, nextId);
        int version = subjects.getOrDefault(subject, List.of()).stream()
                .mapToInt(SubjectVersion::version).max().orElse(0) + 1;
        change(new SchemaVersion(subject, version, id, canonical, false));
        return new SchemaMetadata(subject, version, id, schema);
    }

    public synchronized String schemaText(int id) {
        String s = schemaById.get(id);
        if (s == null) {
            throw new SchemaRegistryException(404, RegistryError.SCHEMA_NOT_FOUND, "Schema " + id + " not found");
        }
        return s;
    }

    public synchronized List<SubjectVersion> versionsOfId(int id) {
        schemaText(id);
        List<SubjectVersion> out = new ArrayList<>();
        subjects.values().forEach(vs -> vs.stream().filter(v -> v.id() == id && !v.deleted()).forEach(out::add));
        return out;
    }

    public synchronized List<String> subjects() {
        return subjects.keySet().stream().filter(s -> !live(s).isEmpty()).toList();
    }

    public synchronized List<Integer> versions(String subject) {
        List<SubjectVersion> live = requireSubject(subject);
        return live.stream().map(SubjectVersion::version).toList();
    }

    /** @param version a version number or {@code latest} (also {@code -1}) */
    public synchronized SchemaMetadata version(String subject, String version) {
        List<SubjectVersion> live = requireSubject(subject);
        if (version.equals("latest") || version.equals("-1")) {
            return metadata(live.get(live.size() - 1));
        }
        int v;
        try {
            v = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            v = 0;
        }
        if (v <= 0) {
            throw new SchemaRegistryException(422, RegistryError.INVALID_VERSION,
                    "The specified version '" + version + "' is not a valid version id. Allowed values are between "
                            + "[1, 2^31-1] and the string \"latest\"");
        }
        int wanted = v;
        return live.stream().filter(sv -> sv.version() == wanted).findFirst().map(this::metadata)
                .orElseThrow(() -> new SchemaRegistryException(404, RegistryError.VERSION_NOT_FOUND,
                        "Version " + wanted + " not found."));
    }

    public synchronized SchemaMetadata lookup(String subject, String schemaText) {
        List<SubjectVersion> live = requireSubject(subject);
        String canonical = parse(schemaText).toString();
        return live.stream().filter(v -> canonical.equals(schemaById.get(v.id()))).findFirst().map(this::metadata)
                .orElseThrow(() -> new SchemaRegistryException(404, RegistryError.SCHEMA_NOT_FOUND,
                        "Schema not found"));
    }

    /**
     * Checks a schema against a version of a subject (or, for {@code latest}, what registering it
     * would check). A subject that does not exist accepts anything.
     *
     * @return readable incompatibilities; empty when compatible
     */
    public synchronized List<String> testCompatibility(String subject, String version, String schemaText) {
        Schema schema = parse(schemaText);
        if (live(subject).isEmpty() && (version.equals("latest") || version.equals("-1"))) {
            return List.of();
        }
        if (version.equals("latest") || version.equals("-1")) {
            return AvroCompatibility.check(level(subject), schema, liveSchemas(subject));
        }
        SchemaMetadata one = version(subject, version);
        CompatibilityLevel level = level(subject);
        CompatibilityLevel single = level.transitive() ? CompatibilityLevel.valueOf(level.name().replace("_TRANSITIVE", ""))
                : level;
        return AvroCompatibility.check(single, schema, List.of(one.schema()));
    }

    /**
     * Soft delete hides a subject's versions (ids stay resolvable); permanent delete forgets them.
     *
     * @return the versions deleted
     */
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        List<SubjectVersion> targets = permanent ? subjects.getOrDefault(subject, List.of()) : live(subject);
        if (targets.isEmpty()) {
            throw new SchemaRegistryException(404, RegistryError.SUBJECT_NOT_FOUND,
                    "Subject '" + subject + "' not found.");
        }
        List<Integer> versions = targets.stream().map(SubjectVersion::version).toList();
        for (SubjectVersion v : List.copyOf(targets)) {
            change(permanent ? new VersionRemoved(subject, v.version())
                    : new SchemaVersion(subject, v.version(), v.id(), schemaById.get(v.id()), true));
        }
        return versions;
    }

    public synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    public synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    /** The level that applies to a subject: its own, or the global one. */
    public synchronized CompatibilityLevel level(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    public synchronized void setLevel(Optional<String> subject, CompatibilityLevel level) {
        change(new ConfigChanged(subject, Optional.of(level)));
    }

    public synchronized Optional<CompatibilityLevel> deleteSubjectLevel(String subject) {
        Optional<CompatibilityLevel> old = subjectLevel(subject);
        change(new ConfigChanged(Optional.of(subject), Optional.empty()));
        return old;
    }

    private void change(RegistryChange change) {
        persist.accept(change);
        apply(change);
    }

    /** Applies a change without persisting it: used to replay the stored log on start-up. */
    public synchronized void apply(RegistryChange change) {
        if (change instanceof SchemaVersion v) {
            schemaById.put(v.id(), v.schema());
            idByCanonical.putIfAbsent(v.schema(), v.id());
            List<SubjectVersion> vs = subjects.computeIfAbsent(v.subject(), s -> new ArrayList<>());
            vs.removeIf(old -> old.version() == v.version());
            vs.add(new SubjectVersion(v.subject(), v.version(), v.id(), v.deleted()));
            vs.sort((a, b) -> Integer.compare(a.version(), b.version()));
            nextId = Math.max(nextId, v.id() + 1);
        } else if (change instanceof VersionRemoved r) {
            List<SubjectVersion> vs = subjects.get(r.subject());
            if (vs != null) {
                vs.removeIf(old -> old.version() == r.version());
                if (vs.isEmpty()) {
                    subjects.remove(r.subject());
                }
            }
        } else if (change instanceof ConfigChanged c) {
            if (c.subject().isEmpty()) {
                globalLevel = c.level().orElse(defaultLevel);
            } else if (c.level().isPresent()) {
                subjectLevels.put(c.subject().get(), c.level().get());
            } else {
                subjectLevels.remove(c.subject().get());
            }
        }
    }

    private List<SubjectVersion> live(String subject) {
        return subjects.getOrDefault(subject, List.of()).stream().filter(v -> !v.deleted()).toList();
    }

    private List<Schema> liveSchemas(String subject) {
        return live(subject).stream().map(v -> parse(schemaById.get(v.id()))).toList();
    }

    private List<SubjectVersion> requireSubject(String subject) {
        List<SubjectVersion> live = live(subject);
        if (live.isEmpty()) {
            throw new SchemaRegistryException(404, RegistryError.SUBJECT_NOT_FOUND,
                    "Subject '" + subject + "' not found.");
        }
        return live;
    }

    private SchemaMetadata metadata(SubjectVersion v) {
        return new SchemaMetadata(v.subject(), v.version(), v.id(), parse(schemaById.get(v.id())));
    }
}
