package io.wirestream.schemas.serde;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The schema registry could not be reached (or answered 5xx) after the client's retries. Retriable:
 * the record is fine and must be processed again later, never dead-lettered for this reason alone.
 */
public class RegistryUnavailableException extends RetriableException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
