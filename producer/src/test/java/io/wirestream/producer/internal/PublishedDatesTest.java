package io.wirestream.producer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PublishedDatesTest {

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("ISO instant", "2024-03-15T10:00:00Z", "2024-03-15T10:00:00Z"),
                Arguments.of("ISO instant with milliseconds", "2024-03-15T10:00:00.250Z", "2024-03-15T10:00:00.250Z"),
                Arguments.of("lower-case z", "2024-03-15t10:00:00z", "2024-03-15T10:00:00Z"),
                Arguments.of("ISO with offset", "2024-03-15T12:00:00+02:00", "2024-03-15T10:00:00Z"),
                Arguments.of("ISO with fraction", "2024-03-15T10:00:00.123456Z", "2024-03-15T10:00:00.123456Z"),
                Arguments.of("offset without colon", "2024-03-15T12:00:00+0200", "2024-03-15T10:00:00Z"),
                Arguments.of("hour-only offset", "2024-03-15T12:00+02", "2024-03-15T10:00:00Z"),
                Arguments.of("space instead of T, no offset is UTC", "2024-03-15 10:00:00", "2024-03-15T10:00:00Z"),
                Arguments.of("minutes only", "2024-03-15T10:00", "2024-03-15T10:00:00Z"),
                Arguments.of("a plain date is midnight UTC", "2024-03-15", "2024-03-15T00:00:00Z"),
                Arguments.of("zone id", "2024-03-15T11:00:00+01:00[Europe/Paris]", "2024-03-15T10:00:00Z"),
                Arguments.of("RFC 1123 as in RSS", "Fri, 15 Mar 2024 10:00:00 GMT", "2024-03-15T10:00:00Z"),
                Arguments.of("RFC 822 numeric zone", "Fri, 15 Mar 2024 12:00:00 +0200", "2024-03-15T10:00:00Z"),
                Arguments.of("RFC 822 zone name", "Fri, 15 Mar 2024 05:00:00 EST", "2024-03-15T10:00:00Z"),
                Arguments.of("RFC 822 without weekday", "15 Mar 2024 10:00 GMT", "2024-03-15T10:00:00Z"),
                Arguments.of("epoch seconds", "1710496800", "2024-03-15T10:00:00Z"),
                Arguments.of("epoch milliseconds", "1710496800000", "2024-03-15T10:00:00Z"));
    }

    @ParameterizedTest(name = "reads {0}")
    @MethodSource("dates")
    void shouldReadTheFormsScrapersWrite(String form, String text, String expected) {
        assertThat(PublishedDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "rejects ''{0}''")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"yesterday", "2024-13-01", "2024-02-30", "15/03/2024", "",
            "12345678901234567", "2024-03-15T25:00:00Z",
            "2024-02-30T10:00:00Z", "2024-02-30 10:00:00", "2024-03-15T10:60:00Z", "2024-0a-15T10:00:00Z"})
    void shouldNotGuessDatesItCannotRead(String text) {
        assertThat(PublishedDates.parse(text)).isEqualTo(Optional.empty());
    }
}
