package io.wirestream.consumer.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "jdbc:postgresql://127.0.0.1:5432/test, POSTGRESQL",
            "JDBC:PostgreSQL://db/news?currentSchema=sink, POSTGRESQL",
            "jdbc:h2:file:./wirestream-data/wirestream, H2",
    })
    void shouldTellTheDialectFromTheUrl(String url, Database.Kind kind) {
        assertThat(Database.kindOf(url)).isEqualTo(kind);
    }

    @Test
    void shouldRefuseDatabasesTheMigrationsWereNotWrittenFor() {
        assertThatThrownBy(() -> Database.kindOf("jdbc:mysql://localhost/news")).hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void shouldKeepTheDemoDatabaseUnderWirestreamData() {
        assertThat(Database.DEFAULT_URL).isEqualTo(Database.h2FileUrl(Path.of("wirestream-data", "wirestream")));
    }

    @Test
    void shouldHidePasswordsInLoggedUrls() {
        assertThat(Database.Config.of("jdbc:postgresql://db/news?user=sink&password=s3cret&ssl=true").redactedUrl())
                .isEqualTo("jdbc:postgresql://db/news?user=sink&password=***&ssl=true");
    }
}
