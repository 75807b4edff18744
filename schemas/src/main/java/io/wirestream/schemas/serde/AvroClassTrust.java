package io.wirestream.schemas.serde;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate classes named by a schema unless they are trusted (a schema read
 * off the wire must not be able to load arbitrary classes). The serdes trust exactly the generated
 * classes of the contract ({@code io.wirestream.schemas}) and the named types of any class they are
 * explicitly configured to read into; other packages can be trusted with Avro's own system
 * properties ({@code org.apache.avro.SERIALIZABLE_PACKAGES}).
 */
final class AvroClassTrust {

    private static final String CONTRACT_PACKAGE = "io.wirestream.schemas.";
    private static final Set<String> TRUSTED = ConcurrentHashMap.newKeySet();

    static {
        ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous,
                c -> (c.getName().startsWith(CONTRACT_PACKAGE) && c.getName().indexOf('.', CONTRACT_PACKAGE.length()) < 0)
                        || TRUSTED.contains(c.getName())));
    }

    private AvroClassTrust() {
    }

    /** Installs the predicate (once per class loader). */
    static void install() {
        // the static initializer does the work
    }

    /** Trusts every named type (record, enum, fixed) reachable from a schema. */
    static void trust(Schema schema) {
        install();
        collect(schema);
    }

    private static void collect(Schema s) {
        switch (s.getType()) {
            case RECORD -> {
                if (TRUSTED.add(s.getFullName())) {
                    s.getFields().forEach(f -> collect(f.schema()));
                }
            }
            case ENUM, FIXED -> TRUSTED.add(s.getFullName());
            case ARRAY -> collect(s.getElementType());
            case MAP -> collect(s.getValueType());
            case UNION -> s.getTypes().forEach(AvroClassTrust::collect);
            default -> {
            }
        }
    }
}
