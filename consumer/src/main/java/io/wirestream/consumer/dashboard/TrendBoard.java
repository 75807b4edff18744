package io.wirestream.consumer.dashboard;

import io.wirestream.schemas.TrendCount;
import io.wirestream.schemas.TrendKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Trending entities and topics over the last hour, from the topology's windowed counts. The
 * topology emits several window sizes (a minute, an hour) and re-emits a window each time its
 * count grows; the board keeps the latest count of every window and sums the smallest size that
 * lies within the last hour, so nothing is counted twice.
 */
public final class TrendBoard {

    /** What is counted: an entity (with its type and link id when known) or a topic (with its code). */
    public record Subject(TrendKind kind, String name, String entityType, String key) {
    }

    /** A subject and how often it occurred in the period. */
    public record Trend(String kind, String name, String entityType, String key, long count) {
    }

    private record Window(Subject subject, Instant start, Instant end) {
    }

    private final Duration period;
    private final Map<Window, Long> counts = new HashMap<>();

    public TrendBoard(Duration period) {
        this.period = period;
    }

    public synchronized void add(TrendCount t) {
        Subject s = new Subject(t.getKind(), t.getName(), Objects.requireNonNullElse(t.getEntityType(), ""),
                Objects.requireNonNullElse(t.getKey(), ""));
        counts.put(new Window(s, t.getWindowStart(), t.getWindowEnd()), t.getCount());
    }

    /** The {@code n} subjects of a kind that occurred most in the period before {@code now}. */
    public synchronized List<Trend> top(TrendKind kind, int n, Instant now) {
        Instant from = now.minus(period);
        counts.keySet().removeIf(w -> w.end().isBefore(from.minus(period)));
        Duration smallest = null;
        for (Window w : counts.keySet()) {
            if (w.subject().kind() == kind && inPeriod(w, from, now)) {
                Duration size = Duration.between(w.start(), w.end());
                smallest = smallest == null || size.compareTo(smallest) < 0 ? size : smallest;
            }
        }
        if (smallest == null) {
            return List.of();
        }
        Map<Subject, Long> sums = new HashMap<>();
        for (Map.Entry<Window, Long> e : counts.entrySet()) {
            Window w = e.getKey();
            if (w.subject().kind() == kind && inPeriod(w, from, now) && Duration.between(w.start(), w.end()).equals(smallest)) {
                sums.merge(w.subject(), e.getValue(), Long::sum);
            }
        }
        List<Trend> out = new ArrayList<>();
        sums.forEach((s, c) -> out.add(new Trend(s.kind().name(), s.name(), s.entityType(), s.key(), c)));
        out.sort(Comparator.comparingLong(Trend::count).reversed().thenComparing(Trend::name));
        return List.copyOf(out.subList(0, Math.min(n, out.size())));
    }

    /** A window counts when it started within the period (a window still open counts so far). */
    private static boolean inPeriod(Window w, Instant from, Instant now) {
        return !w.start().isBefore(from) && !w.start().isAfter(now);
    }
}
