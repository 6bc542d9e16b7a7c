package org.newsarchive.etl.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The content of a workbook, sheet by sheet and cell by cell, each cell written with its type:
 * {@code s:} text, {@code n:} number, {@code d:} a date shown ISO (its format's text after the
 * date when it is not {@value WorkbookWriter#DATE_FORMAT}), {@code f:} a formula, empty for an
 * empty cell. Two workbooks with equal content show the same thing; what a run's CSV files say
 * the workbook must hold is {@link #expected(Path, CsvOptions)}.
 */
public final class WorkbookContent {

    private WorkbookContent() {
    }

    /** Sheet name → rows → typed cells, read with Apache POI. */
    public static Map<String, List<List<String>>> of(Path xlsx) throws IOException {
        Map<String, List<List<String>>> content = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                Row header = sheet.getRow(0);
                int width = header == null ? 0 : header.getLastCellNum();
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>(width);
                    for (int c = 0; c < width; c++) {
                        cells.add(typed(row == null ? null : row.getCell(c)));
                    }
                    rows.add(cells);
                }
                content.put(sheet.getSheetName(), rows);
            }
        }
        return content;
    }

    private static String typed(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isEmpty() ? "" : "s:" + cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    String format = cell.getCellStyle().getDataFormatString().replace("\\", "").toLowerCase(Locale.ROOT);
                    yield "d:" + cell.getLocalDateTimeCellValue().toLocalDate()
                            + (format.equals(WorkbookWriter.DATE_FORMAT) ? "" : " " + format);
                }
                double value = cell.getNumericCellValue();
                yield "n:" + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
            }
            case FORMULA -> "f:" + cell.getCellFormula();
            case BOOLEAN -> "b:" + cell.getBooleanCellValue();
            default -> "?:" + cell;
        };
    }

    /**
     * What the workbook of a run folder must hold, from its CSV files: the header, then each value
     * typed as {@code columns.csv} types its column ({@code integer} a number, {@code ISO date} a
     * date from 1900 on, else text without the CSV's formula apostrophe), sheets of Excel's size.
     */
    public static Map<String, List<List<String>>> expected(Path runFolder, CsvOptions options) throws IOException {
        List<CSVRecord> dictionary = records(List.of(runFolder.resolve(DataDictionary.FILE_NAME)), options);
        Map<String, Map<String, String>> types = new HashMap<>();
        for (CSVRecord r : dictionary.subList(1, dictionary.size())) {
            types.computeIfAbsent(r.get(0), f -> new HashMap<>()).put(r.get(1), r.get(2));
        }
        Map<String, List<List<String>>> content = new LinkedHashMap<>();
        for (String table : WorkbookWriter.TABLES) {
            put(content, table, records(WorkbookWriter.tableFiles(runFolder, table), options),
                    types.getOrDefault(table, Map.of()), options);
        }
        put(content, DataDictionary.FILE_NAME, dictionary, Map.of(), options);
        return content;
    }

    private static void put(Map<String, List<List<String>>> content, String file, List<CSVRecord> records,
                            Map<String, String> types, CsvOptions options) {
        List<String> header = records.get(0).toList();
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add(typed(record.get(c), WorkbookWriter.Kind.of(types.get(header.get(c))), options));
            }
            rows.add(cells);
        }
        String name = file.substring(0, file.length() - ".csv".length());
        int perSheet = (int) CsvOptions.EXCEL_MAX_ROWS - 1;
        int sheet = 0;
        do {
            List<List<String>> sheetRows = new ArrayList<>();
            sheetRows.add(header.stream().map(h -> "s:" + h).toList());
            sheetRows.addAll(rows.subList(sheet * perSheet, Math.min(rows.size(), (sheet + 1) * perSheet)));
            sheet++;
            content.put(sheet == 1 ? name : name + " (" + sheet + ")", sheetRows);
        } while (sheet * perSheet < rows.size());
    }

    private static String typed(String value, WorkbookWriter.Kind kind, CsvOptions options) {
        if (value.isEmpty()) {
            return "";
        }
        if (kind == WorkbookWriter.Kind.NUMBER && value.matches("[0-9]{1,15}")) {
            return "n:" + Long.parseLong(value);
        }
        if (kind == WorkbookWriter.Kind.DATE && value.matches("(19|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}")) {
            return "d:" + LocalDate.parse(value);
        }
        return "s:" + (options.neutralizeFormulas() ? SpreadsheetCells.unneutralize(value) : value);
    }

    private static List<CSVRecord> records(List<Path> files, CsvOptions options) throws IOException {
        List<CSVRecord> all = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reader.mark(1);
                if (reader.read() != '\uFEFF') {
                    reader.reset();
                }
                List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(options.delimiter()).get()
                        .parse(reader).getRecords();
                all.addAll(all.isEmpty() ? records : records.subList(1, records.size()));
            }
        }
        return all;
    }
}
