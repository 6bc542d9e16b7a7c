package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.write.CsvOptions;
import org.newsarchive.etl.write.WorkbookWriter;

/**
 * A real run with more than 1,048,576 paragraph rows gives two paragraph sheets, the first full.
 * Slow (over a million rows through the whole job), so not in the default suite: run it with
 * {@code ./mvnw -B -P workbook-rollover test}.
 */
class WorkbookRolloverCheck {

    private static final int FILES = 110;
    private static final int PARAGRAPHS_PER_FILE = 10_000;

    @TempDir
    Path work;

    @Test
    void moreParagraphRowsThanASheetHoldsGoOnInASecondSheet() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        for (int f = 0; f < FILES; f++) {
            StringBuilder text = new StringBuilder("Harbour ledger volume ").append(f).append("\n\n");
            for (int p = 1; p < PARAGRAPHS_PER_FILE; p++) {
                text.append("Entry ").append(p).append(" of volume ").append(f)
                        .append(": the board recorded one more crate of salt cod on the quay.\n\n");
            }
            Files.writeString(input.resolve(String.format("ledger-%03d.txt", f)), text, StandardCharsets.UTF_8);
        }
        Path out = work.resolve("out");
        Process run = ChildRuns.start(ChildRuns.javaCommand(List.of("-Xmx512m"), TestHooks.class, List.of(
                "inputDir=" + input, "outputDir=" + out, "runDate=2026-05-01", "formats=csv,xlsx",
                // 5 files (50,000 paragraphs) a chunk: the default 200 would be the whole run in one
                // transaction, which the embedded database holds in memory
                "--news.chunk-size=5", "--news.progress-interval=60s")), work, work.resolve("run.log"));
        assertThat(run.waitFor(60, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).as(ChildRuns.read(work.resolve("run.log"))).isEqualTo(ImportCommandLine.EXIT_OK);

        Path folder = out.resolve("run-2026-05-01-0");
        long paragraphRows = 0;
        for (Path csv : WorkbookWriter.tableFiles(folder, "paragraphs.csv")) {
            paragraphRows += ChildRuns.lines(csv) - 1; // its header; one line per row (no line break in these texts)
        }
        assertThat(paragraphRows).isGreaterThan(CsvOptions.EXCEL_MAX_ROWS);

        Map<String, Long> rows = sheetRows(folder.resolve(WorkbookWriter.FILE_NAME));
        assertThat(rows.keySet()).containsExactly("articles", "paragraphs", "paragraphs (2)", "quotes", "rejects", "columns");
        assertThat(rows.get("paragraphs")).isEqualTo(CsvOptions.EXCEL_MAX_ROWS);
        assertThat(rows.get("paragraphs") - 1 + rows.get("paragraphs (2)") - 1).isEqualTo(paragraphRows);
    }

    /** The rows of each sheet, header included, counted in the sheet's XML as it streams by. */
    private static Map<String, Long> sheetRows(Path xlsx) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    rows.put(sheets.getSheetName(), count(in, "<row ".getBytes(StandardCharsets.US_ASCII)));
                }
            }
        }
        return rows;
    }

    private static long count(InputStream in, byte[] pattern) throws Exception {
        long n = 0;
        int matched = 0;
        byte[] buf = new byte[1 << 16];
        for (int len = in.read(buf); len > 0; len = in.read(buf)) {
            for (int i = 0; i < len; i++) {
                matched = buf[i] == pattern[matched] ? matched + 1 : buf[i] == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    n++;
                    matched = 0;
                }
            }
        }
        return n;
    }
}
