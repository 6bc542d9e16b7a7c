package org.newsarchive.etl.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The records of one of the run's CSV files (RFC 4180 as {@code CsvRowFormatter} writes it:
 * UTF-8, optional byte-order mark, a header row, CRLF record ends, {@code ""} inside quoted
 * cells, the delimiter {@code csvDelimiter} chose), scanned over the file's bytes: a record's
 * cells are byte ranges, made into strings only when asked. The page reads the text of a few
 * hundred articles out of a run's paragraphs; the rest it only counts, without building their
 * strings. The file is mapped, not read into the heap: a part of {@code paragraphs.csv} may hold
 * a million rows, and the job's heap stays flat whatever the run's size.
 */
final class CsvBytes {

    /** Called for each record; the cells are valid during the call. */
    interface Sink {
        void record(CsvBytes cells) throws IOException;
    }

    private final ByteBuffer b;
    private final int n;
    private final byte delimiter;
    private final Map<String, Integer> columns = new HashMap<>();
    private int[] start = new int[16];
    private int[] end = new int[16];
    private boolean[] quoted = new boolean[16];
    private int count;

    private CsvBytes(ByteBuffer bytes, int first) {
        this.b = bytes;
        this.n = bytes.limit();
        this.delimiter = delimiter(bytes, first);
    }

    /**
     * The field delimiter ({@code ,}, {@code ;} or tab): the first of them in the header row (no
     * column name holds one). The page of the {@code review} command has only the run folder to
     * go by, no job parameters.
     */
    static byte delimiter(ByteBuffer b, int first) {
        for (int i = first; i < b.limit(); i++) {
            byte c = b.get(i);
            if (c == ',' || c == ';' || c == '\t') {
                return c;
            }
            if (c == '\r' || c == '\n') {
                break;
            }
        }
        return ',';
    }

    /** Scans the file: the header names the columns, {@code sink} gets every other record. */
    static void scan(Path file, Sink sink) throws IOException {
        ByteBuffer mapped;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IOException(file + ": over 2 GB, more than one CSV part holds");
            }
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        int i = mapped.limit() >= 3 && (mapped.get(0) & 0xff) == 0xEF && (mapped.get(1) & 0xff) == 0xBB
                && (mapped.get(2) & 0xff) == 0xBF ? 3 : 0;
        CsvBytes c = new CsvBytes(mapped, i);
        i = c.next(i);
        for (int k = 0; k < c.count; k++) {
            c.columns.put(c.get(k), k);
        }
        while (i < c.n) {
            i = c.next(i);
            if (c.count > 1 || c.end[0] > c.start[0]) { // not a blank line
                sink.record(c);
            }
        }
    }

    /** Reads the record at {@code i}; returns where the next one starts. */
    private int next(int i) {
        ByteBuffer b = this.b;
        byte delimiter = this.delimiter;
        count = 0;
        while (true) {
            if (count == start.length) {
                start = java.util.Arrays.copyOf(start, count * 2);
                end = java.util.Arrays.copyOf(end, count * 2);
                quoted = java.util.Arrays.copyOf(quoted, count * 2);
            }
            int s;
            if (i < n && b.get(i) == '"') {
                s = ++i;
                while (i < n) {
                    if (b.get(i) == '"') {
                        if (i + 1 < n && b.get(i + 1) == '"') {
                            i += 2; // an escaped quote
                            continue;
                        }
                        break;
                    }
                    i++;
                }
                start[count] = s;
                end[count] = i;
                quoted[count] = true;
                i++; // the closing quote
            } else {
                s = i;
                while (i < n && b.get(i) != delimiter && b.get(i) != '\r' && b.get(i) != '\n') {
                    i++;
                }
                start[count] = s;
                end[count] = i;
                quoted[count] = false;
            }
            count++;
            if (i < n && b.get(i) == delimiter) {
                i++;
                continue;
            }
            if (i < n && b.get(i) == '\r') {
                i++;
            }
            if (i < n && b.get(i) == '\n') {
                i++;
            }
            return i;
        }
    }

    /** The column's index, or -1 when the file has no such column. */
    int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** Cell {@code k} as text ("" when the record has no such cell). */
    String get(int k) {
        return text(cell(k));
    }

    /** Cell of the named column as text ("" when absent). */
    String get(String column) {
        return get(column(column));
    }

    /** Cell {@code k} as a byte range of the file, made into text later by {@link #text}; null when absent. */
    Cell cell(int k) {
        return k < 0 || k >= count ? null : new Cell(start[k], end[k], quoted[k]);
    }

    /** The text of a cell of this file. */
    String text(Cell c) {
        if (c == null) {
            return "";
        }
        byte[] bytes = new byte[c.end() - c.start()];
        b.get(c.start(), bytes);
        String s = new String(bytes, StandardCharsets.UTF_8);
        return c.quoted() && s.indexOf('"') >= 0 ? s.replace("\"\"", "\"") : s;
    }

    /**
     * Whether cell {@code k} holds the same bytes as {@code other} (a cell of an earlier record of
     * this file): an article's rows are told apart without making their ids into text.
     */
    boolean sameBytes(int k, Cell other) {
        if (other == null || k < 0 || k >= count) {
            return false;
        }
        int len = end[k] - start[k];
        if (len != other.end() - other.start()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b.get(start[k] + i) != b.get(other.start() + i)) {
                return false;
            }
        }
        return true;
    }

    /** Cell {@code k} as a non-negative whole number written in ASCII digits; -1 when it is not one. */
    int digits(int k) {
        if (k < 0 || k >= count || end[k] == start[k] || end[k] - start[k] > 9) {
            return -1;
        }
        int v = 0;
        for (int i = start[k]; i < end[k]; i++) {
            int d = b.get(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The index in {@code names} of the name cell {@code k} holds (ASCII names), or -1. */
    int oneOf(int k, byte[][] names) {
        if (k < 0 || k >= count) {
            return -1;
        }
        int len = end[k] - start[k];
        for (int n = 0; n < names.length; n++) {
            byte[] name = names[n];
            if (name.length != len) {
                continue;
            }
            int i = 0;
            while (i < len && b.get(start[k] + i) == name[i]) {
                i++;
            }
            if (i == len) {
                return n;
            }
        }
        return -1;
    }

    /** A cell's byte range. */
    record Cell(int start, int end, boolean quoted) {
    }
}
