package org.newsarchive.etl.write;

import java.io.IOException;
import java.util.List;

/**
 * The streaming spreadsheet library under {@link WorkbookWriter} ({@link FastexcelSheetOutput}):
 * sheets one after the other, rows one after the other, nothing kept but the current rows.
 */
interface SheetOutput extends AutoCloseable {

    /**
     * Begins a sheet: its header row (bold, frozen), each column's kind and width in characters.
     * Rows then follow with {@link #row(Object[])}.
     */
    void beginSheet(String name, List<String> header, List<WorkbookWriter.Kind> kinds, int[] widths) throws IOException;

    /** The next row: each cell a {@link String} (text), {@link Double} (number), {@link java.time.LocalDate} or null (empty). */
    void row(Object[] cells) throws IOException;

    /** Ends the sheet: the autofilter over the header and the {@code rows} rows below it. */
    void endSheet(int rows) throws IOException;

    /** Completes the workbook file. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
