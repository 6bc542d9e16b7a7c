package org.newsarchive.etl.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The records of one of the run's CSV files (RFC 4180 as {@code CsvRowFormatter} writes it:
 * UTF-8, optional byte-order mark, a header row, CRLF record ends, {@code ""} inside quoted
 * cells), scanned over the file's bytes: a record's cells are byte ranges, made into strings
 * only when asked. The page reads the text of a few hundred articles out of a run's paragraphs;
 * the rest it only counts, without building their strings.
 */
final class CsvBytes {

    /** Called for each record; the cells are valid during the call. */
    interface Sink {
        void record(CsvBytes cells) throws IOException;
    }

    private final byte[] b;
    private final Map<String, Integer> columns = new HashMap<>();
    private int[] start = new int[16];
    private int[] end = new int[16];
    private boolean[] quoted = new boolean[16];
    private int count;

    private CsvBytes(byte[] bytes) {
        this.b = bytes;
    }

    /** Scans the file: the header names the columns, {@code sink} gets every other record. */
    static void scan(Path file, Sink sink) throws IOException {
        CsvBytes c = new CsvBytes(Files.readAllBytes(file));
        int i = c.b.length >= 3 && (c.b[0] & 0xff) == 0xEF && (c.b[1] & 0xff) == 0xBB && (c.b[2] & 0xff) == 0xBF ? 3 : 0;
        i = c.next(i);
        for (int k = 0; k < c.count; k++) {
            c.columns.put(c.get(k), k);
        }
        while (i < c.b.length) {
            i = c.next(i);
            if (c.count > 1 || c.end[0] > c.start[0]) { // not a blank line
                sink.record(c);
            }
        }
    }

    /** Reads the record at {@code i}; returns where the next one starts. */
    private int next(int i) {
        byte[] b = this.b;
        int n = b.length;
        count = 0;
        while (true) {
            if (count == start.length) {
                start = java.util.Arrays.copyOf(start, count * 2);
                end = java.util.Arrays.copyOf(end, count * 2);
                quoted = java.util.Arrays.copyOf(quoted, count * 2);
            }
            int s;
            if (i < n && b[i] == '"') {
                s = ++i;
                while (i < n) {
                    if (b[i] == '"') {
                        if (i + 1 < n && b[i + 1] == '"') {
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
                while (i < n && b[i] != ',' && b[i] != '\r' && b[i] != '\n') {
                    i++;
                }
                start[count] = s;
                end[count] = i;
                quoted[count] = false;
            }
            count++;
            if (i < n && b[i] == ',') {
                i++;
                continue;
            }
            if (i < n && b[i] == '\r') {
                i++;
            }
            if (i < n && b[i] == '\n') {
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
        String s = new String(b, c.start(), c.end() - c.start(), StandardCharsets.UTF_8);
        return c.quoted() && s.indexOf('"') >= 0 ? s.replace("\"\"", "\"") : s;
    }

    /** A cell's byte range. */
    record Cell(int start, int end, boolean quoted) {
    }
}
