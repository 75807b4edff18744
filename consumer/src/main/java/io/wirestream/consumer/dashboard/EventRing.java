package io.wirestream.consumer.dashboard;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The dashboard's recent events, each with an id one higher than the last, in a bounded ring. A
 * browser that reconnects sends the last id it saw ({@code Last-Event-ID}) and gets exactly the
 * events after it: no gap, no repeat. Ids start at the server's start time in microseconds, so the
 * ids of a restarted server are higher than any an old page holds, and an id the ring no longer
 * has (too old, or from another server's run) is recognised as a gap instead of being misread.
 */
public final class EventRing {

    /** One server-sent event: id, type ({@code article}, {@code trends}) and JSON data. */
    public record Event(long id, String type, String data) {
    }

    /** The events after an id, and whether some between were lost (the client must reload). */
    public record Replay(List<Event> events, boolean gap) {
    }

    private final int capacity;
    private final Deque<Event> events = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private final long firstId;
    private long lastId;

    /** @param firstId the id of the first event (later ones count up from it) */
    public EventRing(int capacity, long firstId) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.firstId = firstId;
        this.lastId = firstId - 1;
    }

    /** A ring whose ids start at the current time in microseconds. */
    public static EventRing startingNow(int capacity) {
        return new EventRing(capacity, System.currentTimeMillis() * 1000);
    }

    public Event append(String type, String data) {
        lock.lock();
        try {
            Event e = new Event(++lastId, type, data);
            events.addLast(e);
            if (events.size() > capacity) {
                events.removeFirst();
            }
            appended.signalAll();
            return e;
        } finally {
            lock.unlock();
        }
    }

    /** The id of the newest event; {@code firstId - 1} before the first. */
    public long lastId() {
        lock.lock();
        try {
            return lastId;
        } finally {
            lock.unlock();
        }
    }

    /** The events after {@code id}. */
    public Replay after(long id) {
        lock.lock();
        try {
            long oldest = events.isEmpty() ? lastId + 1 : events.peekFirst().id();
            boolean unknown = id > lastId || id < firstId - 1;
            boolean evicted = id < oldest - 1;
            List<Event> out = new ArrayList<>();
            if (unknown) {
                return new Replay(List.of(), true);
            }
            for (Event e : events) {
                if (e.id() > id) {
                    out.add(e);
                }
            }
            return new Replay(out, evicted);
        } finally {
            lock.unlock();
        }
    }

    /** The newest {@code n} events, oldest first (what a new page starts with). */
    public List<Event> newest(int n) {
        lock.lock();
        try {
            List<Event> all = new ArrayList<>(events);
            return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code timeout} for an event after {@code id}; true when there is one. */
    public boolean awaitAfter(long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (lastId <= id) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                appended.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting stream (on shutdown). */
    public void wakeAll() {
        lock.lock();
        try {
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
