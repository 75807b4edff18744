package io.wirestream.consumer;

/**
 * Where a record was read: topic, partition and offset. Kept with every record a sink writes, so a
 * database row, a log line or a dead letter can say which record it came from.
 */
public record RecordPosition(String topic, int partition, long offset) {

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
