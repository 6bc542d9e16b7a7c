package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WorkbookWriter} on a run folder of CSV files written here as the job writes them: sheet
 * rollover at a lowered limit, typed cells, formula-like text without the CSV's apostrophe, the
 * cell limit, a column the dictionary does not know, the {@code ;} delimiter.
 */
class WorkbookWriterTest {

    @TempDir
    Path run;

    /** The CSV files of a run: 2 articles, {@code paragraphs} rows of which one has an extra column. */
    private void writeRun(CsvOptions options, int paragraphs, String longText) throws Exception {
        writeTable(run, "articles.csv", OutputTables.ARTICLE_COLUMNS, options, List.of(
                Arrays.asList("a0000000000000001", "wire/one.txt", "=HYPERLINK(\"x\")", LocalDate.of(2026, 3, 4), "en",
                        "OSLO, March 4 (Reuters) -", "OSLO", LocalDate.of(2026, 3, 4), "Ana Ferreira", paragraphs, null,
                        "Reuters", 0),
                Arrays.asList("a0000000000000002", "old/1888.txt", "Old; news", LocalDate.of(1888, 5, 1), "en",
                        null, null, null, null, 0, null, null, 0)));
        List<String> paragraphColumns = new ArrayList<>(OutputTables.PARAGRAPH_COLUMNS);
        paragraphColumns.add("reviewer_note"); // a column a later change may add: not in this dictionary
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            rows.add(Arrays.asList("a0000000000000001", i, "BODY", i == 2 ? longText : i == 3 ? "-5 degrees; \"cold\"\nnext line" : "Paragraph " + i, "cue " + i, "note " + i));
        }
        writeTable(run, "paragraphs.csv", paragraphColumns, options, rows);
        writeTable(run, "quotes.csv", OutputTables.QUOTE_COLUMNS, options, List.of());
        writeTable(run, "rejects.csv", OutputTables.REJECT_COLUMNS, options, List.of());
        DataDictionary.write(run, options);
    }

    /** A table's CSV file as the job writes it: byte-order mark, header, rows cut and marked. */
    static void writeTable(Path folder, String name, List<String> columns, CsvOptions options, List<List<Object>> rows)
            throws Exception {
        CsvRowFormatter formatter = new CsvRowFormatter(options);
        StringBuilder out = new StringBuilder("\uFEFF").append(formatter.tableHeader(columns)).append("\r\n");
        for (List<Object> row : rows) {
            out.append(formatter.formatTableRow(columns, row)).append("\r\n");
        }
        Files.writeString(folder.resolve(name), out);
    }

    @Test
    void sheetsRollOverTypedCellsAndTextAsTheDatabaseHoldsIt() throws Exception {
        CsvOptions options = new CsvOptions(true, true, 40_000, CsvOptions.EXCEL_MAX_ROWS, ';');
        String longText = "x".repeat(33_000);
        writeRun(options, 25, longText);

        WorkbookWriter.Result result = new WorkbookWriter(options, 11).write(run);

        assertThat(result.rows()).isEqualTo(2 + 25);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(run.resolve(WorkbookWriter.FILE_NAME)))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("articles", "paragraphs", "paragraphs (2)", "paragraphs (3)",
                    "quotes", "rejects", "columns"));
            int dictionaryRows = DataDictionary.ENTRIES.size() + 1;
            for (int n = 2; n <= (dictionaryRows + 9) / 10; n++) {
                expected.add("columns (" + n + ")"); // the dictionary rolls over at the lowered limit too
            }
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(result.sheets()).isEqualTo(names.size());
            Sheet articles = book.getSheet("articles");
            assertThat(articles.getRow(0).getCell(0).getStringCellValue()).isEqualTo("article_id");
            assertThat(articles.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) articles).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N3");
            Row first = articles.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING); // id: text
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")"); // no apostrophe
            assertDate(first.getCell(3), LocalDate.of(2026, 3, 4));
            assertDate(first.getCell(7), LocalDate.of(2026, 3, 4));
            assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(25);
            assertThat(first.getCell(10)).isNull(); // empty url
            Row old = articles.getRow(2);
            assertThat(old.getCell(2).getStringCellValue()).isEqualTo("Old; news");
            assertThat(old.getCell(3).getStringCellValue()).isEqualTo("1888-05-01"); // before Excel's dates: text
            assertThat(articles.getColumnWidth(0)).isEqualTo(18 * 256); // 17 characters of the id, and one
            assertThat(book.getSheet("paragraphs").getColumnWidth(3)).isEqualTo(WorkbookWriter.MAX_WIDTH * 256);
            assertThat(first.getCell(2).getCellStyle().getWrapText()).isTrue();

            Sheet p1 = book.getSheet("paragraphs");
            assertThat(p1.getLastRowNum()).isEqualTo(10); // header and 10 rows
            assertThat(book.getSheet("paragraphs (2)").getLastRowNum()).isEqualTo(10);
            Sheet p3 = book.getSheet("paragraphs (3)");
            assertThat(p3.getLastRowNum()).isEqualTo(5);
            assertThat(p3.getRow(0).getCell(4).getStringCellValue()).isEqualTo("role_cues");
            assertThat(p3.getRow(0).getCell(5).getStringCellValue()).isEqualTo("reviewer_note");
            assertThat(p3.getRow(0).getCell(6).getStringCellValue()).isEqualTo(OutputTables.TRUNCATED_COLUMNS);
            assertThat(p3.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(25);
            assertThat(p3.getRow(5).getCell(4).getStringCellValue()).isEqualTo("cue 25");
            assertThat(p3.getRow(5).getCell(5).getStringCellValue()).isEqualTo("note 25");
            Row cut = p1.getRow(2);
            assertThat(cut.getCell(3).getStringCellValue()).hasSize(CsvOptions.EXCEL_MAX_CELL_LENGTH)
                    .isEqualTo(longText.substring(0, CsvOptions.EXCEL_MAX_CELL_LENGTH));
            assertThat(cut.getCell(6).getStringCellValue()).isEqualTo("text");
            assertThat(p1.getRow(3).getCell(3).getStringCellValue()).isEqualTo("-5 degrees; \"cold\"\nnext line");
            assertThat(p1.getRow(3).getCell(6)).isNull();

            assertThat(book.getSheet("quotes").getLastRowNum()).isZero();
            Sheet columns = book.getSheet(expected.get(expected.size() - 1));
            assertThat(columns.getLastRowNum()).isEqualTo((dictionaryRows - 1) % 10 + 1);
            Row delimiter = columns.getRow(columns.getLastRowNum());
            assertThat(delimiter.getCell(1).getStringCellValue()).isEqualTo(DataDictionary.DELIMITER_COLUMN);
            assertThat(delimiter.getCell(2).getStringCellValue()).isEqualTo(";");
        }
        try (var files = Files.list(run)) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aWorkbookWrittenAgainReplacesTheFirst() throws Exception {
        CsvOptions options = CsvOptions.defaults();
        writeRun(options, 3, "short");
        new WorkbookWriter(options).write(run);
        writeRun(options, 4, "short");
        new WorkbookWriter(options).write(run);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(run.resolve(WorkbookWriter.FILE_NAME)))) {
            assertThat(book.getSheet("paragraphs").getLastRowNum()).isEqualTo(4);
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
        }
    }

    private static void assertDate(Cell cell, LocalDate date) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(WorkbookWriter.DATE_FORMAT);
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(date);
    }
}
