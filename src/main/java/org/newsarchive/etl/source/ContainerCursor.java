package org.newsarchive.etl.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.newsarchive.etl.model.SourceOrigin;

/**
 * One open container: hands out its entries one at a time, in the order the container holds
 * them, as streams that are valid until the next call. Nothing of the container is held in
 * memory beyond what its format's reader buffers.
 */
abstract class ContainerCursor implements Closeable {

    /** One entry: its source path, its bytes as a stream, and what the container says about it. */
    record Entry(String path, InputStream stream, SourceOrigin origin, boolean mayBeContainer) {

        static Entry failed(String path, String reason) {
            return new Entry(path, null, SourceOrigin.failed(reason), false);
        }

        Entry at(String otherPath) {
            return new Entry(otherPath, stream, origin, mayBeContainer);
        }
    }

    final String path;
    final String kind;
    int documents;
    int failures;
    final Map<String, Long> skipped = new TreeMap<>();
    ContainerStats stats;
    /** The stream of the entry last handed out: what is left of it is read (and counted) before the next. */
    InputStream current;

    ContainerCursor(String path, String kind) {
        this.path = path;
        this.kind = kind;
    }

    /** The next entry, or null at the end. */
    abstract Entry next() throws IOException;

    /**
     * 64-bit hashes of the source paths handed out so far, each with the last repeat number
     * given to it: a container may hold the same name twice (a page captured twice in one
     * WARC, a file appended again to a tar, a zip with a repeated entry name). Hashes, not the
     * paths, so that a container of 100,000 entries costs a few megabytes at most.
     */
    private final Map<Long, Integer> handedOut = new HashMap<>();

    /**
     * The entry with a source path no earlier entry of this container had: the first entry of a
     * name keeps it, a later one gets {@code #2}, {@code #3}, ... in container order
     * ({@code crawl.warc.gz!/https://example.com/news#2} is the second capture of that page).
     * The article id comes from the source path, so every capture is a row of its own, and the
     * same container gives the same paths on every run.
     */
    Entry distinct(Entry entry) {
        String name = entry.path();
        long key = hash(name);
        Integer last = handedOut.putIfAbsent(key, 1);
        if (last == null) {
            return entry;
        }
        int n = last;
        String candidate;
        long candidateKey;
        do {
            n++;
            candidate = name + "#" + n;
            candidateKey = hash(candidate);
        } while (handedOut.containsKey(candidateKey));
        handedOut.put(key, n);
        handedOut.put(candidateKey, 1);
        return entry.at(candidate);
    }

    /** FNV-1a, 64 bits, over the UTF-16 code units. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Reads what is left of the last entry, through the expansion budget. */
    void drainCurrent() throws IOException {
        InputStream in = current;
        current = null;
        if (in != null) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
        if (stats != null) {
            stats.skipped(reason);
        }
    }

    String summary() {
        return kind + " " + path + ": " + documents + " documents, " + failures + " unreadable"
                + (skipped.isEmpty() ? "" : ", skipped " + skipped);
    }
}
