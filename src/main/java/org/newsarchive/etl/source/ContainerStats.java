package org.newsarchive.etl.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running counts of a walk's container expansion: containers opened, documents taken out of
 * them, entries that could not be read, and entries skipped by reason (WARC {@code request},
 * {@code metadata}, {@code revisit} records, responses that are not HTML or text or not
 * status 200, ...). The walk is deterministic, so a restarted walk that skips the items an
 * earlier execution handled arrives at the same counts. A walk of one range of the order counts
 * only what lies in its range, so the ranges' counts add up to those of the whole walk.
 */
public final class ContainerStats {

    private long containers;
    private long documents;
    private long failed;
    private final Map<String, Long> skipped = new TreeMap<>();
    /** False while the walk is outside the range it counts (a partition's range, see {@link SourceTree}). */
    boolean counting = true;

    void container() {
        if (counting) {
            containers++;
        }
    }

    void document() {
        if (counting) {
            documents++;
        }
    }

    void failure() {
        if (counting) {
            failed++;
        }
    }

    void skipped(String reason) {
        if (counting) {
            skipped.merge(reason, 1L, Long::sum);
        }
    }

    public long containers() {
        return containers;
    }

    public long documents() {
        return documents;
    }

    public long failed() {
        return failed;
    }

    /** Skipped entries by reason, in name order. */
    public Map<String, Long> skipped() {
        return Collections.unmodifiableMap(skipped);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The counts as flat name → value pairs: {@code containers}, {@code documents},
     * {@code failed}, {@code skipped.<reason>}.
     */
    public Map<String, Long> asMap() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("containers", containers);
        map.put("documents", documents);
        map.put("failed", failed);
        skipped.forEach((reason, n) -> map.put("skipped." + reason, n));
        return map;
    }

    @Override
    public String toString() {
        return describe(containers, documents, failed, skipped);
    }

    static String describe(long containers, long documents, long failed, Map<String, Long> skipped) {
        StringBuilder sb = new StringBuilder();
        sb.append(containers).append(containers == 1 ? " container, " : " containers, ")
                .append(documents).append(" documents taken out, ").append(failed).append(" unreadable entries");
        if (!skipped.isEmpty()) {
            sb.append(", skipped:");
            skipped.forEach((reason, n) -> sb.append(' ').append(reason).append('=').append(n));
        }
        return sb.toString();
    }
}
