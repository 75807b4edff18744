package io.wirestream.enrichment.internal.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The leading {@code date YYYY-MM-DD} marker some scrapers put before the article text. The marker
 * (with the whitespace after it) is removed and its date becomes the publication date. A marker
 * whose date does not exist ({@code date 2025-02-30}) is not a marker: the text stays as it is.
 */
public final class DateMarker {

    /** The publication date read from the marker, and the text after it. */
    public record Stripped(Optional<LocalDate> date, String text) {
    }

    private DateMarker() {
    }

    public static Stripped strip(String body) {
        int i = 0;
        int n = body.length();
        while (i < n && (Character.isWhitespace(body.charAt(i)) || body.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (!body.regionMatches(true, i, "date ", 0, 5) || i + 15 > n) {
            return new Stripped(Optional.empty(), body);
        }
        int d = i + 5;
        while (d < n && body.charAt(d) == ' ') {
            d++;
        }
        if (d + 10 > n || !isDate(body, d)) {
            return new Stripped(Optional.empty(), body);
        }
        int end = d + 10;
        if (end < n && !Character.isWhitespace(body.charAt(end))) {
            return new Stripped(Optional.empty(), body);
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(body.substring(d, d + 4)), Integer.parseInt(body.substring(d + 5, d + 7)),
                    Integer.parseInt(body.substring(d + 8, d + 10)));
        } catch (DateTimeException e) {
            return new Stripped(Optional.empty(), body);
        }
        while (end < n && Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        return new Stripped(Optional.of(date), body.substring(end));
    }

    private static boolean isDate(String s, int d) {
        for (int k = 0; k < 10; k++) {
            char c = s.charAt(d + k);
            boolean dash = k == 4 || k == 7;
            if (dash ? c != '-' : !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
