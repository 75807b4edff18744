package io.wirestream.cli;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on stderr: a live bar (with rate) when enabled, nothing otherwise, so
 * piped output and CI logs stay clean.
 */
final class ProgressReporter implements AutoCloseable {

    private ProgressBar bar;

    private ProgressReporter(ProgressBar bar) {
        this.bar = bar;
    }

    /** @param total expected steps, or -1 when unknown */
    static ProgressReporter create(String task, long total, String unit, boolean enabled) {
        if (!enabled) {
            return new ProgressReporter(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .continuousUpdate()
                .setMaxRenderedLength(100)
                .setEtaFunction(state -> java.util.Optional.of(Duration.ZERO))
                .build();
        return new ProgressReporter(bar);
    }

    void step(long done, String extra) {
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(extra);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
