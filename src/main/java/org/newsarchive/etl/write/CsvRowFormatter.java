package org.newsarchive.etl.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Formats one row as an RFC 4180 CSV record (without its line end): fields that hold the
 * delimiter, a quotation mark or a line break are quoted, quotation marks doubled.
 */
public final class CsvRowFormatter {

    private final CSVFormat format;

    public CsvRowFormatter() {
        this.format = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
    }

    public String format(List<?> row) {
        StringBuilder out = new StringBuilder(64);
        try {
            for (int i = 0; i < row.size(); i++) {
                format.print(OutputTables.cell(row.get(i)), out, i == 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    public String header(List<String> columns) {
        return format(columns);
    }
}
