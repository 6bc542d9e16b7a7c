package org.newsarchive.etl.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@link SheetOutput} on Apache POI's SXSSF: a window of 100 rows in memory, the rows before it
 * in a temporary file per sheet; text as inline strings (no shared-string table in memory).
 */
final class PoiSheetOutput implements SheetOutput {

    private static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false);
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle dateStyle;
    private SXSSFSheet sheet;
    private int columns;
    private int rowNumber;

    PoiSheetOutput(OutputStream out) {
        this.out = out;
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        textStyle = workbook.createCellStyle();
        textStyle.setWrapText(true);
        textStyle.setVerticalAlignment(VerticalAlignment.TOP);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(WorkbookWriter.DATE_FORMAT));
        dateStyle.setVerticalAlignment(VerticalAlignment.TOP);
    }

    @Override
    public void beginSheet(String name, List<String> header, List<WorkbookWriter.Kind> kinds, int[] widths) {
        sheet = workbook.createSheet(name);
        sheet.createFreezePane(0, 1);
        columns = header.size();
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        rowNumber = 0;
        Row row = sheet.createRow(rowNumber++);
        for (int c = 0; c < columns; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(headerStyle);
        }
    }

    @Override
    public void row(Object[] cells) {
        Row row = sheet.createRow(rowNumber++);
        for (int c = 0; c < cells.length; c++) {
            Object value = cells[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String text) {
                cell.setCellValue(text);
                cell.setCellStyle(textStyle);
            } else if (value instanceof Double number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(dateStyle);
            }
        }
    }

    @Override
    public void endSheet(int rows) {
        sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns - 1));
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose(); // the temporary files
        workbook.close();
    }
}
