package io.wirestream.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU and heap of this process over one measurement: the CPU time of every thread (the embedded
 * broker's included, when it runs here), split by who spent it, and the largest heap in use,
 * sampled every 100 ms.
 *
 * @param cpu       process CPU time spent during the measurement
 * @param wall      wall-clock time of the measurement
 * @param heapPeak  largest heap in use seen (bytes)
 * @param cpuByPart process CPU time by part: {@code engine} (the enrichment workers), {@code stream threads}
 *                  (Kafka Streams' own, serdes and state stores included), {@code other Java threads}
 *                  (broker, clients, sink, publisher, benchmark), {@code JIT, GC, native} (the rest:
 *                  compilers, garbage collector, RocksDB's native threads)
 */
public record ResourceUsage(Duration cpu, Duration wall, long heapPeak, Map<String, Duration> cpuByPart) {

    public static final String ENGINE = "engine";
    public static final String STREAM_THREADS = "stream threads";
    public static final String OTHER_JAVA = "other Java threads";
    public static final String NATIVE = "JIT, GC, native";

    /** CPU time as a share of the whole machine (1.0 = every core busy all the time). */
    public double machineShare() {
        return cpu.toNanos() / (double) Math.max(1, wall.toNanos()) / Runtime.getRuntime().availableProcessors();
    }

    /** CPU milliseconds per record. */
    public double cpuMillisPer(long records) {
        return cpu.toNanos() / 1e6 / Math.max(1, records);
    }

    /** CPU milliseconds per record spent by one part. */
    public double cpuMillisPer(String part, long records) {
        return cpuByPart.getOrDefault(part, Duration.ZERO).toNanos() / 1e6 / Math.max(1, records);
    }

    /** CPU-ms per record of each part (engine, stream threads, other Java, native), as columns of 8 characters. */
    public String partsPer(long records) {
        return String.format(java.util.Locale.ROOT, "%8.2f %8.2f %8.2f %8.2f", cpuMillisPer(ENGINE, records),
                cpuMillisPer(STREAM_THREADS, records), cpuMillisPer(OTHER_JAVA, records), cpuMillisPer(NATIVE, records));
    }

    public long heapPeakMegabytes() {
        return heapPeak / (1024 * 1024);
    }

    /** Starts measuring; {@link Sampler#stop()} ends it. */
    public static Sampler start() {
        return new Sampler();
    }

    /** A running measurement. */
    public static final class Sampler {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final Map<Long, Long> threadCpu0 = threadCpu();
        private final long cpu0 = os.getProcessCpuTime();
        private final long wall0 = System.nanoTime();
        private volatile long heapPeak = memory.getHeapMemoryUsage().getUsed();
        private volatile boolean running = true;
        private final Thread thread;

        private Sampler() {
            thread = new Thread(() -> {
                while (running) {
                    heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public ResourceUsage stop() {
            running = false;
            thread.interrupt();
            long cpu = os.getProcessCpuTime() - cpu0;
            Duration wall = Duration.ofNanos(System.nanoTime() - wall0);
            Map<String, Long> parts = new LinkedHashMap<>();
            parts.put(ENGINE, 0L);
            parts.put(STREAM_THREADS, 0L);
            parts.put(OTHER_JAVA, 0L);
            long java = 0;
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long now = threads.getThreadCpuTime(info.getThreadId());
                if (now < 0) {
                    continue;
                }
                long spent = now - threadCpu0.getOrDefault(info.getThreadId(), 0L);
                java += spent;
                parts.merge(part(info.getThreadName()), spent, Long::sum);
            }
            parts.put(NATIVE, Math.max(0, cpu - java));
            Map<String, Duration> byPart = new LinkedHashMap<>();
            parts.forEach((k, v) -> byPart.put(k, Duration.ofNanos(v)));
            return new ResourceUsage(Duration.ofNanos(cpu), wall, Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed()), byPart);
        }

        private static String part(String threadName) {
            if (threadName.startsWith("enrich-worker")) {
                return ENGINE;
            }
            if (threadName.contains("StreamThread")) {
                return STREAM_THREADS;
            }
            return OTHER_JAVA;
        }

        private Map<Long, Long> threadCpu() {
            Map<Long, Long> out = new HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                long t = threads.getThreadCpuTime(id);
                if (t >= 0) {
                    out.put(id, t);
                }
            }
            return out;
        }
    }
}
