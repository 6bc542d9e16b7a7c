package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Loads CSV files into a real spreadsheet program, LibreOffice Calc headless, as a user opens
 * them (UTF-8, comma, formulas evaluated, special numbers and dates detected), saves them as
 * xlsx, and compares each sheet, read with Apache POI, with the CSV file cell by cell.
 */
public final class LibreOffice {

    /**
     * The CSV import options: comma, double quote, UTF-8 (76), from line 1, standard cell
     * format, quoted fields not forced to text, special numbers detected, ..., formulas evaluated
     * (token 12) — the settings under which a would-be formula would run.
     */
    static final String CSV_FILTER = "CSV:44,34,76,1,,0,false,true,false,false,false,true";

    private LibreOffice() {
    }

    /** The soffice program, where LibreOffice is installed. */
    public static Optional<Path> soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts the CSV files to xlsx in one soffice run (it is slow to start), with a private
     * user profile. The files must have different names.
     *
     * @return the xlsx file of each CSV file
     */
    public static Map<Path, Path> toXlsx(List<Path> csvFiles, Path workDir) throws IOException, InterruptedException {
        return convert(csvFiles, List.of("--infilter=" + CSV_FILTER), ".csv", workDir);
    }

    /**
     * Opens workbooks in LibreOffice and saves them again as xlsx, in one soffice run: the saved
     * files hold what LibreOffice read. The files must have different names.
     *
     * @return the saved file of each workbook
     */
    public static Map<Path, Path> reopenXlsx(List<Path> workbooks, Path workDir) throws IOException, InterruptedException {
        return convert(workbooks, List.of(), ".xlsx", workDir);
    }

    private static Map<Path, Path> convert(List<Path> files, List<String> options, String extension, Path workDir)
            throws IOException, InterruptedException {
        Path soffice = soffice().orElseThrow(() -> new IllegalStateException("soffice is not installed"));
        Path out = Files.createDirectories(workDir.resolve("xlsx"));
        Path profile = Files.createDirectories(workDir.resolve("lo-profile"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore"));
        command.addAll(options);
        command.addAll(List.of("--convert-to", "xlsx", "--outdir", out.toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = workDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("soffice did not finish in 5 minutes: " + Files.readString(log));
        }
        assertThat(process.exitValue()).as("soffice exit code; log: %s", Files.readString(log)).isZero();
        Map<Path, Path> result = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path xlsx = out.resolve(name.substring(0, name.length() - extension.length()) + ".xlsx");
            assertThat(xlsx).as("converted %s; log: %s", file, Files.readString(log)).exists();
            result.put(file, xlsx);
        }
        return result;
    }

    /** The records of a CSV file of ours, header first, read past its byte-order mark. */
    public static List<CSVRecord> csvRecords(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    /**
     * Checks that the spreadsheet holds what the CSV file holds: as many rows and columns, the
     * header as written, every text cell as text with the very same characters (line breaks
     * included), numbers and ISO dates as numbers and dates of the same value, and no formula.
     *
     * @param types the type of each column, as the data dictionary says ({@code integer},
     *              {@code ISO date}, else text)
     * @return the number of data rows compared
     */
    public static int assertSameAsCsv(Path csv, Path xlsx, Map<String, String> types) throws IOException {
        List<CSVRecord> records = csvRecords(csv);
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() + 1).as("rows of %s", xlsx).isEqualTo(records.size());
            List<String> header = records.get(0).toList();
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.getRow(r);
                CSVRecord record = records.get(r);
                int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
                assertThat(width).as("columns of row %d of %s", r + 1, xlsx).isLessThanOrEqualTo(header.size());
                for (int c = 0; c < header.size(); c++) {
                    String expected = record.get(c);
                    Cell cell = row == null ? null : row.getCell(c);
                    String where = xlsx.getFileName() + " row " + (r + 1) + " column " + header.get(c);
                    String type = r == 0 ? "text" : types.getOrDefault(header.get(c), "text");
                    assertCell(where, cell, expected, type);
                }
            }
        }
        return records.size() - 1;
    }

    private static void assertCell(String where, Cell cell, String expected, String type) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            assertThat(expected).as(where + " is empty").isEmpty();
            return;
        }
        switch (cell.getCellType()) {
            case FORMULA -> fail(where + " became a formula: " + cell.getCellFormula() + " (CSV text: " + expected + ")");
            case STRING -> assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected);
            case BOOLEAN -> assertThat(expected).as(where).isEqualToIgnoringCase(String.valueOf(cell.getBooleanCellValue()));
            case NUMERIC -> {
                if (type.equals("ISO date") || expected.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    assertThat(DateUtil.isCellDateFormatted(cell)).as(where + " is a date").isTrue();
                    assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where).isEqualTo(LocalDate.parse(expected));
                } else if (!type.equals("integer") && !expected.matches("\\d+")) {
                    // short text that the spreadsheet's number and date recognition reads as a value
                    // ("1,200", "5%", "Aug. 16, 2020"): its own reading of the text, not a broken cell
                    assertThat(expected).as(where + " read as a number or date").containsPattern("[0-9]").hasSizeLessThanOrEqualTo(40);
                } else {
                    // a number, or digits of a text column: the same value, every digit kept
                    assertThat(expected).as(where + " read as a number").matches("\\d{1,15}");
                    assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).compareTo(new BigDecimal(expected)))
                            .as(where + ": " + cell.getNumericCellValue() + " for " + expected).isZero();
                }
            }
            default -> fail(where + " has an unexpected cell type " + cell.getCellType());
        }
    }

    /** The CSV files below a folder. */
    public static List<Path> csvFilesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
