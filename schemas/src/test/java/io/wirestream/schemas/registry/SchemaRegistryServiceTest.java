package io.wirestream.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaRegistryServiceTest {

    static final String V1 = """
            {"type":"record","name":"Article","namespace":"t","fields":[{"name":"id","type":"string"}]}""";
    static final String V2_WITH_DEFAULT = """
            {"type":"record","name":"Article","namespace":"t","fields":[{"name":"id","type":"string"},
             {"name":"lang","type":"string","default":"en"}]}""";
    static final String V2_WITHOUT_DEFAULT = """
            {"type":"record","name":"Article","namespace":"t","fields":[{"name":"id","type":"string"},
             {"name":"lang","type":"string"}]}""";
    static final String V2_DROPS_ID = """
            {"type":"record","name":"Article","namespace":"t","fields":[{"name":"lang","type":"string","default":"en"}]}""";

    private final List<RegistryChange> persisted = new ArrayList<>();
    private final SchemaRegistryService registry = new SchemaRegistryService(CompatibilityLevel.BACKWARD, persisted::add);

    @Test
    void shouldReturnTheSameIdWhenTheSameSchemaIsRegisteredTwice() {
        SchemaMetadata first = registry.register("news-value", V1);
        SchemaMetadata again = registry.register("news-value", V1.replace(" ", ""));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.version()).isEqualTo(1);
        assertThat(persisted).hasSize(1);
    }

    @Test
    void shouldShareOneIdForOneSchemaAcrossSubjects() {
        int a = registry.register("a-value", V1).id();
        int b = registry.register("b-value", V1).id();
        assertThat(b).isEqualTo(a);
        assertThat(registry.versionsOfId(a)).extracting(SchemaRegistryService.SubjectVersion::subject)
                .containsExactly("a-value", "b-value");
    }

    @Test
    void shouldRejectANewFieldWithoutDefaultUnderBackwardWith409() {
        registry.register("news-value", V1);
        assertThatThrownBy(() -> registry.register("news-value", V2_WITHOUT_DEFAULT))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(RegistryError.INCOMPATIBLE_SCHEMA);
                    assertThat(e.getMessage()).contains("incompatible").contains("lang");
                });
        assertThat(registry.versions("news-value")).containsExactly(1);
    }

    @ParameterizedTest(name = "{0}: v1 then {1} allowed={2}")
    @CsvSource({
            "NONE,     V2_WITHOUT_DEFAULT, true",
            "BACKWARD, V2_WITH_DEFAULT,    true",
            "BACKWARD, V2_WITHOUT_DEFAULT, false",
            "FORWARD,  V2_WITHOUT_DEFAULT, true",
            "FORWARD,  V2_DROPS_ID,        false",
            "FULL,     V2_WITH_DEFAULT,    true",
            "FULL,     V2_WITHOUT_DEFAULT, false",
    })
    void shouldApplyEachCompatibilityLevel(CompatibilityLevel level, String candidate, boolean allowed) throws Exception {
        registry.setLevel(Optional.empty(), level);
        registry.register("s", V1);
        String schema = (String) SchemaRegistryServiceTest.class.getDeclaredField(candidate).get(null);
        assertThat(registry.testCompatibility("s", "latest", schema).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void shouldCheckEveryEarlierVersionOnlyUnderTransitiveLevels() {
        registry.register("s", V1);
        registry.register("s", V2_WITH_DEFAULT);
        // v3 keeps "lang" but drops its default: it reads v2 data, not v1 data
        String v3 = V2_WITHOUT_DEFAULT;
        assertThat(registry.testCompatibility("s", "latest", v3)).isEmpty();
        registry.setLevel(Optional.of("s"), CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThat(registry.testCompatibility("s", "latest", v3)).singleElement().asString()
                .contains("version 1").contains("lang");
        assertThat(registry.level("s")).isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThat(registry.globalLevel()).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void shouldAnswerInvalidSchemasWith42201() {
        assertThatThrownBy(() -> registry.register("s", "{\"type\":\"record\",\"name\":\"X\"}"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errorCode()).isEqualTo(RegistryError.INVALID_SCHEMA);
                });
        assertThatThrownBy(() -> registry.register("s", "not json"))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RegistryError.INVALID_SCHEMA));
    }

    @Test
    void shouldAnswerUnknownSubjectsVersionsAndIdsWithConfluentCodes() {
        registry.register("s", V1);
        assertThatThrownBy(() -> registry.versions("nope")).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(RegistryError.SUBJECT_NOT_FOUND));
        assertThatThrownBy(() -> registry.version("s", "7")).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(RegistryError.VERSION_NOT_FOUND));
        assertThatThrownBy(() -> registry.schemaText(99)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(RegistryError.SCHEMA_NOT_FOUND));
        assertThatThrownBy(() -> registry.lookup("s", V2_WITH_DEFAULT)).isInstanceOfSatisfying(
                SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(RegistryError.SCHEMA_NOT_FOUND));
        assertThatThrownBy(() -> CompatibilityLevel.parse("SIDEWAYS")).isInstanceOfSatisfying(
                SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(RegistryError.INVALID_COMPATIBILITY_LEVEL));
    }

    @Test
    void shouldRebuildTheSameStateByReplayingPersistedChanges() {
        registry.register("s", V1);
        registry.register("s", V2_WITH_DEFAULT);
        registry.register("other", V1);
        registry.setLevel(Optional.of("s"), CompatibilityLevel.FULL);
        registry.deleteSubject("other", false);
        registry.register("gone", "\"int\"");
        registry.deleteSubject("gone", true);

        SchemaRegistryService replayed = new SchemaRegistryService(CompatibilityLevel.BACKWARD, c -> { });
        persisted.forEach(replayed::apply);

        assertThat(replayed.subjects()).containsExactly("s");
        assertThat(replayed.version("s", "latest").id()).isEqualTo(registry.version("s", "latest").id());
        assertThat(replayed.level("s")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(replayed.register("third", V2_WITH_DEFAULT.replace("\n", "")).id())
                .isEqualTo(registry.version("s", "2").id());
        assertThat(replayed.register("fourth", "\"string\"").id()).isEqualTo(4);
        assertThat(replayed.register("gone", "\"int\"").version()).isEqualTo(1);
    }

    @Test
    void shouldHideSoftDeletedSubjectsAndReuseTheIdOnReRegistration() {
        int id = registry.register("s", V1).id();
        assertThat(registry.deleteSubject("s", false)).containsExactly(1);
        assertThat(registry.subjects()).isEmpty();
        SchemaMetadata again = registry.register("s", V1);
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.version()).isEqualTo(2);
    }
}
