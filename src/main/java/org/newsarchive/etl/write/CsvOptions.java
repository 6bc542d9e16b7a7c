package org.newsarchive.etl.write;

/**
 * How the CSV files are made safe for spreadsheets ({@code news.csv.*} settings).
 *
 * @param bom                start each file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8
 * @param neutralizeFormulas put an apostrophe before a text cell that a spreadsheet would take for a
 *                           formula (see {@link SpreadsheetCells#neutralize(String)})
 * @param maxCellLength      the longest cell, in UTF-16 characters as Excel counts them; longer text is
 *                           cut and the row's {@value OutputTables#TRUNCATED_COLUMNS} cell names the column
 * @param maxRowsPerFile     the most rows of one file, header included; more rows go on in numbered part
 *                           files ({@code paragraphs-part2.csv}, ...)
 * @param delimiter          the field delimiter: {@code ,} (the default), {@code ;} or tab (job parameter
 *                           {@code csvDelimiter}); fields that hold it are quoted as RFC 4180 says
 */
public record CsvOptions(boolean bom, boolean neutralizeFormulas, int maxCellLength, long maxRowsPerFile, char delimiter) {

    /** Excel's limit on the characters of one cell. */
    public static final int EXCEL_MAX_CELL_LENGTH = 32_767;
    /** Excel's limit on the rows of one sheet (and so of one CSV file), header included. */
    public static final long EXCEL_MAX_ROWS = 1_048_576;

    public CsvOptions {
        if (maxCellLength < 16) {
            throw new IllegalArgumentException("news.csv.max-cell-length must be at least 16, not " + maxCellLength);
        }
        if (maxRowsPerFile < 2) {
            throw new IllegalArgumentException("news.csv.max-rows-per-file must be at least 2 (header and one row), not "
                    + maxRowsPerFile);
        }
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new IllegalArgumentException("the CSV delimiter is , ; or tab, not '" + delimiter + "'");
        }
    }

    /** Comma-separated. */
    public CsvOptions(boolean bom, boolean neutralizeFormulas, int maxCellLength, long maxRowsPerFile) {
        this(bom, neutralizeFormulas, maxCellLength, maxRowsPerFile, ',');
    }

    /** The same options with another field delimiter. */
    public CsvOptions withDelimiter(char other) {
        return new CsvOptions(bom, neutralizeFormulas, maxCellLength, maxRowsPerFile, other);
    }

    /** The delimiter as the {@code csvDelimiter} parameter and {@code columns.csv} name it: {@code ,}, {@code ;} or {@code tab}. */
    public String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    /** BOM on, formulas neutralised, Excel's limits. */
    public static CsvOptions defaults() {
        return new CsvOptions(true, true, EXCEL_MAX_CELL_LENGTH, EXCEL_MAX_ROWS);
    }
}
