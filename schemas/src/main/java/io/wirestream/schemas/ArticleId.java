package io.wirestream.schemas;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The article id, which is also the record key on every topic: a stable hash of the canonical URL,
 * or of the normalized text when there is no URL. The same article sent twice (even with other
 * tracking parameters or another fragment) gets the same id, lands on the same partition, and
 * dedupe and upserts follow from that.
 */
public final class ArticleId {

    /** Query parameters that track the reader, not the content. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid",
            "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "ocid", "cid", "icid", "smid", "smtyp", "sr_share",
            "s_cid", "spm", "share", "source", "ito", "at_medium", "at_campaign", "__twitter_impression", "guccounter",
            "mkt_tok", "oly_anon_id", "oly_enc_id", "rb_clickid", "vero_id", "wt_mc", "wt.mc_id");

    private ArticleId() {
    }

    /** The id of an article with this URL. */
    public static String forUrl(String url) {
        return hash("url:" + canonicalUrl(url));
    }

    /** The id of an article without a URL: a hash of its text, normalized (case, spacing, Unicode form). */
    public static String forText(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").trim();
        return hash("text:" + normalized);
    }

    /** The id from a URL when there is one, else from the text. */
    public static String of(Optional<String> url, String text) {
        return url.filter(u -> !u.isBlank()).map(ArticleId::forUrl).orElseGet(() -> forText(text));
    }

    /**
     * The canonical form of an http(s) URL: scheme and host lower-cased, default port, fragment and
     * tracking parameters ({@code utm_*}, {@code fbclid}, ...) dropped, remaining parameters sorted,
     * an empty path written as {@code /}.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    public static String canonicalUrl(String url) {
        URI u;
        try {
            u = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getMessage(), e);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        if (u.getHost() == null || u.getHost().isBlank()) {
            throw new IllegalArgumentException("URL without a host: " + url);
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = u.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        sb.append(path);
        List<String> params = new ArrayList<>();
        if (u.getRawQuery() != null) {
            for (String p : u.getRawQuery().split("&")) {
                if (p.isEmpty()) {
                    continue;
                }
                String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                    params.add(p);
                }
            }
        }
        params.sort(null);
        if (!params.isEmpty()) {
            sb.append('?').append(String.join("&", params));
        }
        return sb.toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
