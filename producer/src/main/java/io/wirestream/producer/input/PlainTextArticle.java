package io.wirestream.producer.input;

import io.wirestream.producer.ArticleDraft;
import io.wirestream.producer.FieldError;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A plain-text article, the way some scrapers dump them: the whole input is the body, except that a
 * first token {@code date YYYY-MM-DD} (then a space or line break) gives the publication date and
 * is removed. A marker shaped like a date that is none ({@code date 2025-02-30}) is a field error,
 * not body text, so the scraper hears about it.
 */
final class PlainTextArticle {

    private PlainTextArticle() {
    }

    static ArticleDraft draft(String text, InputDefaults defaults) {
        ArticleDraft.Builder b = ArticleDraft.builder().url(defaults.url().orElse(null));
        int i = 0;
        int n = text.length();
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        int d = i + 5;
        while (d < n && text.charAt(d) == ' ') {
            d++;
        }
        boolean marker = text.regionMatches(true, i, "date ", 0, 5) && d + 10 <= n && dateShaped(text, d)
                && (d + 10 == n || Character.isWhitespace(text.charAt(d + 10)));
        if (!marker) {
            return b.text(text).build();
        }
        String date = text.substring(d, d + 10);
        try {
            b.published(LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)),
                    Integer.parseInt(date.substring(8, 10))).toString());
        } catch (DateTimeException e) {
            b.problem(new FieldError("published", "the 'date " + date + "' marker names no calendar day"));
        }
        return b.text(text.substring(d + 10)).build();
    }

    private static boolean dateShaped(String s, int d) {
        for (int k = 0; k < 10; k++) {
            char c = s.charAt(d + k);
            if ((k == 4 || k == 7) ? c != '-' : (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
