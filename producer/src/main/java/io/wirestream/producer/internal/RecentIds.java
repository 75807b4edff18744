package io.wirestream.producer.internal;

import io.wirestream.producer.Publication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ids a publisher has published recently and where they went: at most {@code capacity} of
 * them (the oldest are forgotten first), each for at most {@code window}. Bounded in memory by
 * construction; a capacity of 0 remembers nothing (every article counts as new).
 */
public final class RecentIds {

    private record Entry(Publication publication, Instant at) {
    }

    private final int capacity;
    private final Duration window;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    public RecentIds(int capacity, Duration window, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0");
        }
        this.capacity = capacity;
        this.window = window;
        this.clock = clock;
    }

    public boolean enabled() {
        return capacity > 0;
    }

    public synchronized Optional<Publication> get(String id) {
        expire();
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.publication());
    }

    public synchronized void remember(Publication p) {
        if (capacity == 0) {
            return;
        }
        entries.remove(p.id());
        entries.put(p.id(), new Entry(p, clock.instant()));
        if (entries.size() > capacity) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    public synchronized int size() {
        expire();
        return entries.size();
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(window);
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().at().isBefore(cutoff)) {
                it.remove();
            } else {
                return;
            }
        }
    }
}
