package org.newsarchive.etl.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Formats one row as an RFC 4180 CSV record (without its line end): fields that hold the
 * delimiter, a quotation mark or a line break are quoted, quotation marks doubled.
 *
 * <p>Text cells are made safe for spreadsheets as the {@link CsvOptions} say: line breaks as LF
 * (a quoted field keeps them inside its cell), would-be formulas neutralised with an apostrophe
 * ({@link SpreadsheetCells#neutralize(String)}). Numbers and dates are written plainly (no
 * thousands separators, ISO dates) and never neutralised. {@link #formatTableRow(List, List)}
 * also cuts cells to the cell limit and adds the {@value OutputTables#TRUNCATED_COLUMNS} cell.
 */
public final class CsvRowFormatter {

    private final CSVFormat format;
    private final CsvOptions options;

    public CsvRowFormatter() {
        this(CsvOptions.defaults());
    }

    public CsvRowFormatter(CsvOptions options) {
        this.options = options;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(options.delimiter()).setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
    }

    public CsvOptions options() {
        return options;
    }

    /** The cell's text as it goes into the file (not cut). */
    public String cellText(Object value) {
        String text = OutputTables.cell(value);
        if (value instanceof CharSequence) {
            text = SpreadsheetCells.unixLineBreaks(text);
            if (options.neutralizeFormulas()) {
                text = SpreadsheetCells.neutralize(text);
            }
        }
        return text;
    }

    /** The row's cells as they are, made safe for spreadsheets but neither cut nor marked. */
    public String format(List<?> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object value : row) {
            cells.add(cellText(value));
        }
        return print(cells);
    }

    /**
     * A row of an output table: each cell made safe, cut to the cell limit where longer, and the
     * names of the cut columns in one more cell at the end.
     */
    public String formatTableRow(List<String> columns, List<?> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row of " + row.size() + " cells for " + columns.size() + " columns");
        }
        List<String> cells = new ArrayList<>(row.size() + 1);
        StringBuilder truncated = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String text = cellText(row.get(i));
            if (text.length() > options.maxCellLength()) {
                text = SpreadsheetCells.cut(text, options.maxCellLength());
                if (!truncated.isEmpty()) {
                    truncated.append(';');
                }
                truncated.append(columns.get(i));
            }
            cells.add(text);
        }
        cells.add(truncated.toString());
        return print(cells);
    }

    /** The header row of an output table: its columns and {@value OutputTables#TRUNCATED_COLUMNS}. */
    public String tableHeader(List<String> columns) {
        List<String> cells = new ArrayList<>(columns);
        cells.add(OutputTables.TRUNCATED_COLUMNS);
        return print(cells);
    }

    public String header(List<String> columns) {
        return format(columns);
    }

    private String print(List<String> cells) {
        StringBuilder out = new StringBuilder(64);
        try {
            for (int i = 0; i < cells.size(); i++) {
                format.print(cells.get(i), out, i == 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }
}
