package org.newsarchive.etl.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@link SheetOutput} on org.dhatim:fastexcel: the sheet's XML goes straight into the zip stream,
 * the rows flushed to it every 100; text as inline strings, so no shared-string table grows in
 * memory; one style per cell kind (bold header, wrapped text, ISO date), which fastexcel keeps once.
 */
final class FastexcelSheetOutput implements SheetOutput {

    private final Workbook workbook;
    private Worksheet sheet;
    private int columns;
    private int rowNumber;

    FastexcelSheetOutput(OutputStream out) {
        workbook = new Workbook(out, "news-archive-etl", "1.0");
    }

    @Override
    public void beginSheet(String name, List<String> header, List<WorkbookWriter.Kind> kinds, int[] widths) throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheet = workbook.newWorksheet(name);
        sheet.freezePane(0, 1);
        columns = header.size();
        for (int c = 0; c < columns; c++) {
            sheet.width(c, widths[c]);
            sheet.inlineString(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, columns - 1).style().bold().set();
        rowNumber = 1;
    }

    @Override
    public void row(Object[] cells) throws IOException {
        int r = rowNumber++;
        for (int c = 0; c < cells.length; c++) {
            Object value = cells[c];
            if (value == null) {
                continue;
            }
            if (value instanceof String text) {
                sheet.inlineString(r, c, text);
                sheet.style(r, c).wrapText(true).verticalAlignment("top").set();
            } else if (value instanceof Double number) {
                sheet.value(r, c, number);
            } else {
                sheet.value(r, c, (LocalDate) value);
                sheet.style(r, c).format(WorkbookWriter.DATE_FORMAT).verticalAlignment("top").set();
            }
        }
        if (rowNumber % 100 == 0) {
            sheet.flush();
        }
    }

    @Override
    public void endSheet(int rows) throws IOException {
        sheet.setAutoFilter(0, 0, rows, columns - 1);
    }

    @Override
    public void finish() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        workbook.finish();
    }

    @Override
    public void close() {
    }
}
