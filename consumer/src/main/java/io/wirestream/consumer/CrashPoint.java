package io.wirestream.consumer;

import java.util.List;

/**
 * A test hook at the one place where a crash matters most: after the store committed a batch and
 * before the offsets are committed. A hook that throws {@link Crash} stops the sink there as a
 * killed process would (no offset commit, consumer closed), so a test can prove that the restarted
 * sink re-delivers the batch and the upsert makes that harmless. Production code uses {@link #NONE}.
 */
@FunctionalInterface
public interface CrashPoint {

    CrashPoint NONE = written -> {
    };

    /** Called with the batch just committed to the store, before its offsets are committed. */
    void afterStoreCommit(List<SinkRecord> written);

    /** Thrown by a hook to kill the sink at this point. */
    final class Crash extends RuntimeException {

        public Crash(String message) {
            super(message);
        }
    }
}
