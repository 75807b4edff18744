package io.wirestream.schemas.registry;

import java.util.Optional;

/**
 * A Schema Registry answer that is not a success, or a registry that could not be reached. Carries
 * Confluent's error code (40401, 409, 42201, ...) and the HTTP status, so callers can tell "subject
 * not found" from "incompatible schema" from "registry down" without parsing messages.
 */
public class SchemaRegistryException extends RuntimeException {

    private final int status;
    private final int errorCode;
    private final String url;

    public SchemaRegistryException(int status, int errorCode, String message) {
        this(status, errorCode, message, null, null);
    }

    public SchemaRegistryException(int status, int errorCode, String message, String url, Throwable cause) {
        super(message + (url == null ? "" : " (registry " + url + ")"), cause);
        this.status = status;
        this.errorCode = errorCode;
        this.url = url;
    }

    /** HTTP status; 0 when the registry could not be reached at all. */
    public int status() {
        return status;
    }

    /** Confluent error code, e.g. {@link RegistryError#SUBJECT_NOT_FOUND}. */
    public int errorCode() {
        return errorCode;
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The message without the registry URL suffix, as the registry would put it in its error body. */
    public String registryMessage() {
        String m = getMessage();
        int i = url == null ? -1 : m.lastIndexOf(" (registry " + url + ")");
        return i < 0 ? m : m.substring(0, i);
    }

    /** True when retrying later may succeed: unreachable, 5xx. */
    public boolean isRetriable() {
        return status == 0 || status >= 500;
    }
}
