package io.wirestream.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Liveness and readiness of a process, from named checks. Live: the process works and should not be
 * restarted. Ready: it can take traffic now (a streams instance is not ready while it rebalances or
 * restores state; a sink is not ready while its database is unreachable). Each check returns a
 * {@link Status}; the process is ready when every readiness check is up.
 */
public final class Health {

    /** One check's answer, with a short reason when down. */
    public record Status(boolean up, String detail) {

        public static Status up(String detail) {
            return new Status(true, detail);
        }

        public static Status down(String detail) {
            return new Status(false, detail);
        }
    }

    private final Map<String, Supplier<Status>> liveness = new ConcurrentHashMap<>();
    private final Map<String, Supplier<Status>> readiness = new ConcurrentHashMap<>();

    public Health liveness(String name, Supplier<Status> check) {
        liveness.put(name, check);
        return this;
    }

    public Health readiness(String name, Supplier<Status> check) {
        readiness.put(name, check);
        return this;
    }

    public Map<String, Status> live() {
        return evaluate(liveness);
    }

    public Map<String, Status> ready() {
        return evaluate(readiness);
    }

    public boolean isLive() {
        return live().values().stream().allMatch(Status::up);
    }

    public boolean isReady() {
        return ready().values().stream().allMatch(Status::up);
    }

    private static Map<String, Status> evaluate(Map<String, Supplier<Status>> checks) {
        Map<String, Status> out = new LinkedHashMap<>();
        checks.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Status s;
            try {
                s = e.getValue().get();
            } catch (RuntimeException ex) {
                s = Status.down("check failed: " + ex);
            }
            out.put(e.getKey(), s);
        });
        return out;
    }
}
