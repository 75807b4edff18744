package io.wirestream.producer;

/**
 * Size limits, so one runaway scraper cannot fill a topic or the producer's memory. The byte limits
 * apply to input as received (before parsing); the character limits to each field after cleaning.
 *
 * @param maxArticleBytes one article as sent (an NDJSON line, an array element, a page, a feed item)
 * @param maxRequestBytes one HTTP request body
 */
public record Limits(long maxArticleBytes, long maxRequestBytes, int maxUrlChars, int maxSourceChars, int maxTitleChars,
        int maxBodyChars, int maxLanguageChars, int maxAuthors, int maxAuthorChars, int maxMetadataEntries,
        int maxMetadataKeyChars, int maxMetadataValueChars) {

    public static final long MB = 1024 * 1024;

    /** 2 MB per article, 20 MB per request; field limits far above any real news article. */
    public static final Limits DEFAULTS = new Limits(2 * MB, 20 * MB, 2048, 200, 1000, 2 * 1024 * 1024, 35, 50, 200, 100,
            100, 4096);

    public Limits {
        if (maxArticleBytes <= 0 || maxRequestBytes <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }

    public Limits withBytes(long articleBytes, long requestBytes) {
        return new Limits(articleBytes, requestBytes, maxUrlChars, maxSourceChars, maxTitleChars, maxBodyChars,
                maxLanguageChars, maxAuthors, maxAuthorChars, maxMetadataEntries, maxMetadataKeyChars, maxMetadataValueChars);
    }

    /** {@code 2 MB}, {@code 512 KB}, {@code 300 bytes}: for messages. */
    public static String human(long bytes) {
        if (bytes >= MB) {
            double mb = bytes / (double) MB;
            return (mb == Math.rint(mb) ? String.format("%.0f", mb) : String.format("%.1f", mb)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
