package io.wirestream.producer.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads publication dates the way scrapers and pages write them: ISO-8601 with or without offset
 * (no offset means UTC), a space instead of {@code T}, offsets as {@code +01:00}, {@code +0100} or
 * {@code +01}, plain {@code YYYY-MM-DD} (midnight UTC), RFC 1123/822 as in RSS ({@code Tue, 10 Jun
 * 2003 04:00:00 GMT}, zone names such as {@code EST}), and epoch seconds (up to 10 digits) or
 * milliseconds (11 to 13 digits). Formatters are built once per process.
 */
public final class PublishedDates {

    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> RFC_822 = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("[EEE, ]d MMM uuuu HH:mm[:ss] Z", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("[EEE, ]d MMM uuuu HH:mm[:ss] X", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));
    /** RFC 822's zone names are fixed offsets ({@code EST} is always -0500), not regions with summer time. */
    private static final Map<String, String> RFC_822_ZONES = Map.ofEntries(Map.entry("UT", "+0000"), Map.entry("GMT", "+0000"),
            Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"), Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"),
            Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    private PublishedDates() {
    }

    /** The instant the text names, or empty when it is not a date in a known form. */
    public static Optional<Instant> parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (isDigits(s)) {
            return epoch(s);
        }
        Optional<Instant> utc = isoUtc(s);
        if (utc.isPresent()) {
            return utc;
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            // not strict ISO; try the other forms
        }
        if (Character.isDigit(s.charAt(0))) {
            Optional<Instant> iso = iso(s);
            if (iso.isPresent()) {
                return iso;
            }
        }
        String rfc = withNumericZone(s);
        for (DateTimeFormatter f : RFC_822) {
            try {
                return Optional.of(ZonedDateTime.parse(rfc, f).toInstant());
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return Optional.empty();
    }

    /**
     * The commonest form, {@code 2024-03-15T10:00:00Z} (optionally with milliseconds), read without a
     * formatter: it is on nearly every article, and a formatter costs more than the rest of the
     * article's checks together.
     */
    private static Optional<Instant> isoUtc(String s) {
        int n = s.length();
        if ((n != 20 && n != 24) || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || (n == 24 && s.charAt(19) != '.')) {
            return Optional.empty();
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int millis = n == 24 ? digits(s, 20, 3) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || millis < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                    .toInstant(ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // the 30th of February
        }
    }

    /** The non-negative number of {@code length} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String withNumericZone(String s) {
        int space = s.lastIndexOf(' ');
        if (space < 0) {
            return s;
        }
        String offset = RFC_822_ZONES.get(s.substring(space + 1).toUpperCase(Locale.ROOT));
        return offset == null ? s : s.substring(0, space + 1) + offset;
    }

    private static Optional<Instant> iso(String s) {
        try {
            if (s.length() == 10) {
                return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            TemporalAccessor t = ISO_LENIENT.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            return Optional.of(t instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(ZonedDateTime.parse(s).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Instant> epoch(String s) {
        if (s.length() > 13) {
            return Optional.empty();
        }
        long v = Long.parseLong(s);
        return Optional.of(s.length() <= 10 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v));
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
