package io.wirestream.streams.internal;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.serde.AvroSerializer;
import io.wirestream.schemas.serde.RegistryUnavailableException;
import io.wirestream.schemas.topics.TopicNames;
import io.wirestream.schemas.topics.TopicSetup;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' three error handlers in one place, all answering the same way: the record goes to
 * the dead-letter topic as a {@link DeadLetter} — original key and value bytes, source
 * topic/partition/offset, stage, error class and a readable reason — through Streams' own
 * dead-letter support (KIP-1034), inside the same transaction as the rest of the task's output;
 * processing then resumes. A record is never dropped silently and never stops the application.
 *
 * <p>The one exception: a schema registry that cannot be reached is not the record's fault. Then the
 * handler fails the task, the stream thread is replaced, and the record is processed again later.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler,
        ProductionExceptionHandler {

    /** Config key under which the application passes its {@link StageMetrics} instance. */
    public static final String METRICS_CONFIG = "wirestream.stage.metrics";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);
    private static final int MAX_ORIGINAL_BYTES = TopicSetup.MAX_MESSAGE_BYTES - 256 * 1024;

    private String deadLetterTopic;
    private AvroSerializer serializer;
    private StageMetrics metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetterTopic = TopicNames.from(configs).deadLetters();
        serializer = new AvroSerializer();
        serializer.configure(configs, false);
        Object m = configs.get(METRICS_CONFIG);
        metrics = m instanceof StageMetrics sm ? sm : StageMetrics.discarding();
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (isRegistryOutage(exception)) {
            LOG.warn("cannot read {}-{}@{} while the schema registry is unavailable; will retry: {}", context.topic(),
                    context.partition(), context.offset(), exception.getMessage());
            return DeserializationExceptionHandler.Response.fail();
        }
        List<ProducerRecord<byte[], byte[]>> dlq = deadLetter(context, record.key(), record.value(), "deserialize", exception);
        return dlq == null ? DeserializationExceptionHandler.Response.fail() : DeserializationExceptionHandler.Response.resume(dlq);
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
            Exception exception) {
        if (isRegistryOutage(exception)) {
            return ProcessingExceptionHandler.Response.fail();
        }
        String stage = exception instanceof PipelineFailure f ? f.stage() : context.processorNodeId();
        List<ProducerRecord<byte[], byte[]>> dlq = deadLetter(context, context.sourceRawKey(), context.sourceRawValue(),
                stage, exception);
        return dlq == null ? ProcessingExceptionHandler.Response.fail() : ProcessingExceptionHandler.Response.resume(dlq);
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
            ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException || record.topic().equals(deadLetterTopic)) {
            return ProductionExceptionHandler.Response.fail();
        }
        List<ProducerRecord<byte[], byte[]>> dlq = deadLetter(context, context.sourceRawKey(), context.sourceRawValue(),
                "produce", new IllegalStateException("cannot write to " + record.topic() + ": " + exception, exception));
        return dlq == null ? ProductionExceptionHandler.Response.fail() : ProductionExceptionHandler.Response.resume(dlq);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
            Exception exception, SerializationExceptionOrigin origin) {
        if (isRegistryOutage(exception)) {
            return ProductionExceptionHandler.Response.fail();
        }
        List<ProducerRecord<byte[], byte[]>> dlq = deadLetter(context, context.sourceRawKey(), context.sourceRawValue(),
                "produce", new IllegalStateException("cannot serialize the " + origin.name().toLowerCase() + " for "
                        + record.topic() + ": " + exception.getMessage(), exception));
        return dlq == null ? ProductionExceptionHandler.Response.fail() : ProductionExceptionHandler.Response.resume(dlq);
    }

    /** The dead-letter record, or null when it cannot be written now (registry down: retry later). */
    private List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, byte[] key, byte[] value,
            String stage, Exception exception) {
        Throwable root = rootCause(exception);
        String reason = reason(exception);
        String articleId = key == null ? null : new String(key, StandardCharsets.UTF_8);
        byte[] original = value;
        if (value != null && value.length > MAX_ORIGINAL_BYTES) {
            original = Arrays.copyOf(value, MAX_ORIGINAL_BYTES);
            reason += String.format(" (original value of %,d bytes truncated to %,d in this record)", value.length,
                    MAX_ORIGINAL_BYTES);
        }
        DeadLetter letter = DeadLetter.newBuilder()
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setValue(original == null ? null : ByteBuffer.wrap(original))
                .setTopic(context.topic() == null ? "" : context.topic())
                .setPartition(context.partition())
                .setOffset(context.offset())
                .setStage(stage)
                .setErrorClass(root.getClass().getName())
                .setReason(reason)
                .setArticleId(articleId)
                .setFailedAt(Instant.now())
                .build();
        byte[] bytes;
        try {
            bytes = serializer.serialize(deadLetterTopic, letter);
        } catch (RegistryUnavailableException e) {
            LOG.warn("cannot write a dead letter now (schema registry unavailable); the task will retry: {}", e.getMessage());
            return null;
        }
        metrics.deadLetter(stage, letter.getErrorClass());
        LOG.warn("dead letter: {}-{}@{} key={} stage={} reason={}", context.topic(), context.partition(), context.offset(),
                articleId, stage, reason);
        return List.of(new ProducerRecord<>(deadLetterTopic, null, key, bytes));
    }

    private static String reason(Throwable e) {
        if (e instanceof PipelineFailure) {
            return e.getMessage();
        }
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 2000; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !sb.toString().contains(m)) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(m);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.length() == 0 ? e.getClass().getName() : sb.toString();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static boolean isRegistryOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RegistryUnavailableException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
