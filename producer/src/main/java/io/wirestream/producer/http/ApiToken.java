package io.wirestream.producer.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The shared secret of the ingest endpoint. Compared in constant time over SHA-256 digests, so
 * neither the content nor the length of the token leaks through response timing. Never logged.
 */
final class ApiToken {

    private final Optional<byte[]> digest;

    ApiToken(Optional<String> token) {
        this.digest = token.map(ApiToken::sha256);
    }

    boolean required() {
        return digest.isPresent();
    }

    /** Whether an {@code Authorization} header value carries the token (always, when none is configured). */
    boolean permits(Optional<String> authorization) {
        if (digest.isEmpty()) {
            return true;
        }
        String given = authorization.map(String::trim).filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim()).orElse("");
        return MessageDigest.isEqual(digest.get(), sha256(given)) && !given.isEmpty();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
