package io.wirestream.consumer.dashboard;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code GET /events}: one thread per connected page pumps the {@link EventRing} into its
 * Server-Sent Events stream. A new page gets the newest {@code backlog} events and the current
 * trends; a page that reconnects with {@code Last-Event-ID} gets exactly the events after that id.
 * When that id is gone from the ring (the page was away too long, or the server restarted) it gets
 * a {@code reset} event, meaning "drop what you show, a fresh start follows", never a silent gap.
 */
final class EventStreams implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final EventRing ring;
    private final int backlog;
    private final Supplier<String> trendsSnapshot;
    private final AtomicInteger connected = new AtomicInteger();
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dashboard-sse");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean open = true;

    EventStreams(EventRing ring, int backlog, Supplier<String> trendsSnapshot) {
        this.ring = ring;
        this.backlog = backlog;
        this.trendsSnapshot = trendsSnapshot;
    }

    int connected() {
        return connected.get();
    }

    /** The SSE handler: hands the client to a pump thread and returns. */
    void accept(SseClient client) {
        client.keepAlive();
        Optional<Long> lastId = lastEventId(client);
        connected.incrementAndGet();
        client.onClose(connected::decrementAndGet);
        pumps.submit(() -> pump(client, lastId));
    }

    private static Optional<Long> lastEventId(SseClient client) {
        String h = Optional.ofNullable(client.ctx().header("Last-Event-ID")).orElse(client.ctx().queryParam("lastEventId"));
        try {
            return Optional.ofNullable(h).map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }

    private void pump(SseClient client, Optional<Long> lastId) {
        try {
            long cursor;
            if (lastId.isEmpty()) {
                cursor = freshStart(client);
            } else {
                cursor = lastId.get();
            }
            while (open && !client.terminated()) {
                EventRing.Replay replay = ring.after(cursor);
                if (replay.gap()) {
                    client.sendEvent("reset", "{}", null);
                    cursor = freshStart(client);
                    continue;
                }
                for (EventRing.Event e : replay.events()) {
                    client.sendEvent(e.type(), e.data(), Long.toString(e.id()));
                    cursor = e.id();
                }
                if (replay.events().isEmpty() && !ring.awaitAfter(cursor, KEEP_ALIVE)) {
                    client.sendComment("keep-alive");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("event stream ended", e);
        } finally {
            client.close();
        }
    }

    /** Sends the newest events and the current trends; returns the id to continue after. */
    private long freshStart(SseClient client) {
        long before = ring.lastId();
        List<EventRing.Event> newest = ring.newest(backlog);
        for (EventRing.Event e : newest) {
            client.sendEvent(e.type(), e.data(), Long.toString(e.id()));
        }
        client.sendEvent("trends", trendsSnapshot.get(), null);
        return newest.isEmpty() ? before : newest.get(newest.size() - 1).id();
    }

    @Override
    public void close() {
        open = false;
        ring.wakeAll();
        pumps.shutdownNow();
    }
}
