package io.wirestream.consumer;

import java.util.List;

/**
 * Where a {@link SinkRunner} puts decoded records: a database, files, a live view. The runner
 * commits a batch's offsets only after {@link #write} returned, so a store must have made the
 * batch durable (committed, flushed) by then, and must make a repeated batch harmless (upsert),
 * because a crash between the two re-delivers it.
 *
 * <p>A store signals trouble in two ways. Throwing means "not now" (database unreachable, disk
 * full): the runner pauses, retries the same batch with backoff and never commits past it.
 * Returning a {@link Rejected} means "never" (a value the schema cannot hold): the runner sends
 * that record to the dead-letter topic and moves on, so one bad record cannot wedge a partition.
 */
public interface RecordStore extends AutoCloseable {

    /** Short name for logs, metrics and health checks, e.g. {@code jdbc}. */
    String name();

    /** Gets ready to write (e.g. runs migrations); called, and retried with backoff, before consuming. */
    default void prepare() throws Exception {
    }

    /**
     * Writes a batch durably. Records of the same article may repeat within and across batches;
     * the last one wins.
     *
     * @return the records that can never be written, with why (empty when all were written)
     * @throws Exception when the batch could not be written now; nothing of it may be taken as written
     */
    List<Rejected> write(List<SinkRecord> records) throws Exception;

    @Override
    default void close() throws Exception {
    }

    /** A record the store will never accept, and why. */
    record Rejected(SinkRecord record, String errorClass, String reason) {
    }
}
