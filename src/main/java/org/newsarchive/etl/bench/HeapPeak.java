package org.newsarchive.etl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Peak heap of this JVM, as the benchmark reports it: the most heap that was in use at once
 * (sampled every 50 ms from the start of the first call), and the most that was still in use
 * after a garbage collection (the live data, which is what grows if something is held on to).
 */
public final class HeapPeak {

    /** Looked up on the sampler's thread, not on the caller's of {@link #start()}. */
    private static final class Beans {
        static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
        /**
         * The old generation's pools, looked up once: asking the platform for its pools makes
         * their management names anew each time, which every 50 ms kept the JIT compiling JMX code.
         */
        static final List<MemoryPoolMXBean> OLD_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().matches("(?i).*(old|tenured).*"))
                .toList();
    }

    private static volatile long peakUsed;
    private static volatile long peakLive;
    private static Thread sampler;

    private HeapPeak() {
    }

    /** Starts sampling (once per JVM). */
    public static synchronized void start() {
        if (sampler != null) {
            return;
        }
        sampler = new Thread(() -> {
            while (true) {
                long used = Beans.MEMORY.getHeapMemoryUsage().getUsed();
                if (used > peakUsed) {
                    peakUsed = used;
                }
                long live = oldGenAfterGc();
                if (live > peakLive) {
                    peakLive = live;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The most heap in use at once since {@link #start()}, in MB. */
    public static double usedMb() {
        long now = Beans.MEMORY.getHeapMemoryUsage().getUsed();
        return Math.max(peakUsed, now) / (1024.0 * 1024.0);
    }

    /** The most heap still in use after a collection of the old generation since {@link #start()}, in MB. */
    public static double liveAfterGcMb() {
        return Math.max(peakLive, oldGenAfterGc()) / (1024.0 * 1024.0);
    }

    private static long oldGenAfterGc() {
        long live = 0;
        for (MemoryPoolMXBean pool : Beans.OLD_POOLS) {
            MemoryUsage after = pool.getCollectionUsage();
            if (after != null) {
                live = Math.max(live, after.getUsed());
            }
        }
        return live;
    }
}
