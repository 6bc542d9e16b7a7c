package org.newsarchive.etl.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
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
    }

    final String path;
    final String kind;
    int documents;
    int failures;
    final Map<String, Long> skipped = new TreeMap<>();
    ContainerStats stats;

    ContainerCursor(String path, String kind) {
        this.path = path;
        this.kind = kind;
    }

    /** The next entry, or null at the end. */
    abstract Entry next() throws IOException;

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
