package org.newsarchive.etl.write;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes a run's workbook, {@value #FILE_NAME}, from the run's CSV files once they are complete:
 * one sheet per table ({@code articles}, {@code paragraphs}, {@code quotes}, {@code rejects}) and
 * the data dictionary ({@code columns}), each with a bold, frozen header row, an autofilter and
 * column widths from the header and the first rows.
 *
 * <p>The sheets follow the CSV files' headers and the types that {@code columns.csv} gives each
 * column, so a column added to the tables needs no change here: {@code integer} columns become
 * numbers, {@code ISO date} columns dates shown {@value #DATE_FORMAT}, every other column
 * (ids included) text, wrapped. A date Excel cannot hold (before 1900) stays text. Text is the
 * database's text: the apostrophe that the CSV puts before a would-be formula is taken off, since
 * a text cell of a workbook is never a formula. Cells are at most
 * {@value CsvOptions#EXCEL_MAX_CELL_LENGTH} characters; where the CSV's cell limit is higher, a
 * longer cell is cut here and named in the row's {@value OutputTables#TRUNCATED_COLUMNS} cell as
 * the CSV does. A table with more rows than a sheet holds goes on in {@code paragraphs (2)}, ...
 *
 * <p>Memory stays flat: the CSV files are read a record at a time and the sheets are streamed
 * ({@link FastexcelSheetOutput}: org.dhatim:fastexcel, chosen over Apache POI's SXSSF by measuring
 * both on the benchmark's 100,000 wire stories, see docs/spreadsheets.md).
 * The file is written as {@code news.xlsx.tmp} and moved into place, so a repeat after a crash
 * writes it anew whole (and overwrites a temporary file that the crash left).
 */
public final class WorkbookWriter {

    public static final String FILE_NAME = "news.xlsx";
    /** The number format of date cells: ISO 8601, whatever the reader's locale. */
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    /** The tables, in sheet order; the data dictionary's sheet comes after them. */
    public static final List<String> TABLES = List.of("articles.csv", "paragraphs.csv", "quotes.csv", "rejects.csv");
    /** The rows at the top of each sheet whose text sets the column widths. */
    static final int SAMPLE_ROWS = 100;
    static final int MIN_WIDTH = 8;
    static final int MAX_WIDTH = 60;

    /** What a column's cells are, from the type {@code columns.csv} gives it. */
    public enum Kind {
        TEXT, NUMBER, DATE;

        public static Kind of(String dictionaryType) {
            if (dictionaryType == null) {
                return TEXT;
            }
            return switch (dictionaryType) {
                case "integer" -> NUMBER;
                case "ISO date" -> DATE;
                default -> TEXT;
            };
        }
    }

    /** What was written: the sheets and the data rows of all sheets. */
    public record Result(Path file, int sheets, long rows) {
    }

    private final CsvOptions options;
    private final long rowsPerSheet;

    public WorkbookWriter(CsvOptions options) {
        this(options, CsvOptions.EXCEL_MAX_ROWS);
    }

    /** @param maxRowsPerSheet the most rows of a sheet, header included (Excel's limit; lower in tests) */
    public WorkbookWriter(CsvOptions options, long maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > CsvOptions.EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("rows per sheet: 2 to " + CsvOptions.EXCEL_MAX_ROWS + ", not " + maxRowsPerSheet);
        }
        this.options = options;
        this.rowsPerSheet = maxRowsPerSheet - 1;
    }

    /** The part files of a table in a folder, in order ({@code paragraphs.csv}, {@code paragraphs-part2.csv}, ...). */
    public static List<Path> tableFiles(Path folder, String table) {
        List<Path> files = new ArrayList<>();
        for (int part = 1; Files.exists(RollingCsvWriter.partFile(folder, table, part)); part++) {
            files.add(RollingCsvWriter.partFile(folder, table, part));
        }
        return files;
    }

    /** Writes {@value #FILE_NAME} into the run folder from its CSV files (which must be complete). */
    public Result write(Path runFolder) throws IOException {
        Path target = runFolder.resolve(FILE_NAME);
        // one name for the temporary file: a repeat after a kill overwrites the killed run's one
        Path tmp = runFolder.resolve(FILE_NAME + ".tmp");
        int sheets = 0;
        long rows = 0;
        try {
            Path dictionary = runFolder.resolve(DataDictionary.FILE_NAME);
            Map<String, Map<String, String>> types = types(dictionary);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 SheetOutput output = new FastexcelSheetOutput(out)) {
                for (String table : TABLES) {
                    List<Path> files = tableFiles(runFolder, table);
                    if (files.isEmpty()) {
                        throw new IOException("'" + runFolder.resolve(table) + "' is missing: the workbook is made from it");
                    }
                    long[] written = writeTable(output, stem(table), files, types.getOrDefault(table, Map.of()));
                    sheets += (int) written[0];
                    rows += written[1];
                }
                long[] written = writeTable(output, stem(DataDictionary.FILE_NAME), List.of(dictionary), Map.of());
                sheets += (int) written[0];
                output.finish();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Result(target, sheets, rows);
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.length() - ".csv".length());
    }

    /** The type of each column of each file, as {@code columns.csv} gives them. */
    private Map<String, Map<String, String>> types(Path dictionary) throws IOException {
        Map<String, Map<String, String>> types = new HashMap<>();
        try (Records records = new Records(List.of(dictionary))) {
            List<String> header = records.header();
            int file = header.indexOf("file");
            int column = header.indexOf("column");
            int type = header.indexOf("type");
            if (file < 0 || column < 0 || type < 0) {
                throw new IOException("'" + dictionary + "' has no file, column and type columns");
            }
            while (records.hasNext()) {
                CSVRecord r = records.next();
                types.computeIfAbsent(r.get(file), f -> new HashMap<>()).put(r.get(column), r.get(type));
            }
        }
        return types;
    }

    /** One table on one sheet or more; returns the sheets and the rows written. */
    private long[] writeTable(SheetOutput output, String name, List<Path> files, Map<String, String> types) throws IOException {
        try (Records records = new Records(files)) {
            List<String> header = records.header();
            List<Kind> kinds = header.stream().map(c -> Kind.of(types.get(c))).toList();
            int marker = header.indexOf(OutputTables.TRUNCATED_COLUMNS);
            int sheet = 0;
            long total = 0;
            do {
                sheet++;
                List<Object[]> sample = new ArrayList<>();
                while (sample.size() < Math.min(SAMPLE_ROWS, rowsPerSheet) && records.hasNext()) {
                    sample.add(cells(records.next(), header, kinds, marker));
                }
                output.beginSheet(sheet == 1 ? name : name + " (" + sheet + ")", header, kinds, widths(header, kinds, sample));
                for (Object[] row : sample) {
                    output.row(row);
                }
                long rows = sample.size();
                sample = null;
                for (; rows < rowsPerSheet && records.hasNext(); rows++) {
                    output.row(cells(records.next(), header, kinds, marker));
                }
                output.endSheet((int) rows);
                total += rows;
            } while (records.hasNext());
            return new long[] {sheet, total};
        }
    }

    /** A record's cells as the sheet holds them. */
    Object[] cells(CSVRecord record, List<String> header, List<Kind> kinds, int marker) throws IOException {
        if (record.size() != header.size()) {
            throw new IOException("record " + record.getRecordNumber() + " has " + record.size() + " fields, not "
                    + header.size());
        }
        Object[] cells = new Object[header.size()];
        StringBuilder cut = null;
        for (int c = 0; c < cells.length; c++) {
            String value = record.get(c);
            if (value.isEmpty()) {
                continue;
            }
            Object cell = switch (kinds.get(c)) {
                case NUMBER -> number(value);
                case DATE -> date(value);
                case TEXT -> null;
            };
            if (cell == null) {
                String text = options.neutralizeFormulas() ? SpreadsheetCells.unneutralize(value) : value;
                if (text.length() > CsvOptions.EXCEL_MAX_CELL_LENGTH) {
                    text = SpreadsheetCells.cut(text, CsvOptions.EXCEL_MAX_CELL_LENGTH);
                    cut = (cut == null ? new StringBuilder() : cut.append(';')).append(header.get(c));
                }
                cell = text;
            }
            cells[c] = cell;
        }
        if (cut != null && marker >= 0) {
            String before = (String) cells[marker];
            cells[marker] = before == null ? cut.toString() : before + ";" + cut;
        }
        return cells;
    }

    private static Double number(String value) {
        try {
            return (double) Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null; // not an integer after all: kept as text
        }
    }

    private static LocalDate date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return date.getYear() >= 1900 && date.getYear() <= 9999 ? date : null; // Excel's dates
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Column widths in characters: the header (and its filter button), else the longest line of the sample. */
    static int[] widths(List<String> header, List<Kind> kinds, List<Object[]> sample) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            int width = header.get(c).length() + 3;
            for (Object[] row : sample) {
                Object cell = row[c];
                int length = cell == null ? 0
                        : cell instanceof String text ? longestLine(text)
                        : cell instanceof LocalDate ? DATE_FORMAT.length()
                        : String.valueOf(((Double) cell).longValue()).length();
                width = Math.max(width, length + 1);
            }
            widths[c] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
        }
        return widths;
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length() && longest < MAX_WIDTH; i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    /** The records of a table's files in order, each file's header read and checked against the first's. */
    private final class Records implements Iterator<CSVRecord>, AutoCloseable {
        private final Iterator<Path> files;
        private List<String> header;
        private CSVParser parser;
        private Iterator<CSVRecord> records;

        Records(List<Path> files) throws IOException {
            this.files = files.iterator();
            open(this.files.next());
        }

        List<String> header() {
            return header;
        }

        private void open(Path file) throws IOException {
            if (parser != null) {
                parser.close();
            }
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            parser = CSVFormat.RFC4180.builder().setDelimiter(options.delimiter()).get().parse(reader);
            records = parser.iterator();
            if (!records.hasNext()) {
                throw new IOException("'" + file + "' has no header row");
            }
            List<String> fileHeader = records.next().toList();
            if (header == null) {
                header = fileHeader;
            } else if (!header.equals(fileHeader)) {
                throw new IOException("'" + file + "' has another header than the table's first file");
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (!records.hasNext() && files.hasNext()) {
                    open(files.next());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return records.hasNext();
        }

        @Override
        public CSVRecord next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return records.next();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
