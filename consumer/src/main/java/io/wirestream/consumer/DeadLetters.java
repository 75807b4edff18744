package io.wirestream.consumer;

import io.wirestream.schemas.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a sink puts the records it cannot use (bytes that are not Avro, an unknown schema id, a
 * value the database cannot hold): a dead-letter topic with the original bytes and the reason, so
 * nothing is dropped silently and the partition keeps moving. {@link #publish} returns only when
 * the letters are durable, because the runner commits the offsets right after.
 */
public interface DeadLetters extends AutoCloseable {

    /** The stage name sinks write into {@link DeadLetter#getStage()}. */
    String STAGE = "sink";

    /** Publishes the letters and waits until they are acknowledged. */
    void publish(List<DeadLetter> letters) throws Exception;

    @Override
    default void close() {
    }

    /** For readers that must not write (the dashboard): the sinks dead-letter the same records already. */
    static DeadLetters logOnly() {
        Logger log = LoggerFactory.getLogger(DeadLetters.class);
        return letters -> letters.forEach(l -> log.debug("not dead-lettered by this reader: {}-{}@{}", l.getTopic(),
                l.getPartition(), l.getOffset()));
    }

    /** The dead letter of a record read from Kafka. */
    static DeadLetter of(ConsumerRecord<byte[], byte[]> record, String errorClass, String reason, Instant now) {
        return DeadLetter.newBuilder()
                .setKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
                .setValue(record.value() == null ? null : ByteBuffer.wrap(record.value()))
                .setTopic(record.topic())
                .setPartition(record.partition())
                .setOffset(record.offset())
                .setStage(STAGE)
                .setErrorClass(errorClass)
                .setReason(reason)
                .setArticleId(utf8(record.key()).orElse(null))
                .setFailedAt(now)
                .build();
    }

    /** The key as text when it is valid UTF-8 (article ids are). */
    static Optional<String> utf8(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
