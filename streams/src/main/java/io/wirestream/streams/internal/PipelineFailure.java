package io.wirestream.streams.internal;

/**
 * An article that cannot go on, with the stage that stopped it and a reason a person can act on.
 * Thrown by processors; the processing exception handler turns it into a dead letter.
 */
public final class PipelineFailure extends RuntimeException {

    private final String stage;

    public PipelineFailure(String stage, String reason) {
        super(reason);
        this.stage = stage;
    }

    public PipelineFailure(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
