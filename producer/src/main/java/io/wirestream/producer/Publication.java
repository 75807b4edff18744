package io.wirestream.producer;

/**
 * An article on the topic: its id and where it is. For a duplicate (an id this publisher published
 * recently) it is where the first copy is; the duplicate itself is not sent again.
 */
public record Publication(String id, Status status, String topic, int partition, long offset) {

    public enum Status {
        /** Published now and acknowledged by the brokers ({@code acks=all}). */
        NEW,
        /** Already published by this publisher recently; not sent again. */
        DUPLICATE
    }

    public Publication asDuplicate() {
        return new Publication(id, Status.DUPLICATE, topic, partition, offset);
    }

    public boolean duplicate() {
        return status == Status.DUPLICATE;
    }
}
