package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.Fixtures;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.write.CsvOptions;
import org.newsarchive.etl.write.DataDictionary;
import org.newsarchive.etl.write.LibreOffice;
import org.newsarchive.etl.write.WorkbookContent;
import org.newsarchive.etl.write.WorkbookWriter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The workbook {@code news.xlsx} of real runs ({@code formats=csv,xlsx}): on the project's
 * {@code input/} articles with the hard cases of {@link SpreadsheetOutputTest} (a {@code ;}
 * delimiter) and on the dev corpus (skipped where {@code ../shared} is absent), the workbook is
 * opened in LibreOffice Calc headless and saved again, and every sheet read back equals the run's
 * CSV files cell for cell: ids and text as text, counts as numbers, dates as dates shown ISO.
 */
@SpringBatchTest
@SpringBootTest(classes = NewsArchiveEtlApplication.class, properties = {
        "news.command-line.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:workbookoutputtest;shutdown=false"})
class WorkbookOutputTest {

    static final LocalDate RUN_DATE = LocalDate.of(2025, 3, 4);

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path work;

    private Path runJob(Path input, Path output, Map<String, String> more) throws Exception {
        Map<String, String> params = new HashMap<>(more);
        params.put(ImportParameters.INPUT_DIR, input.toString());
        params.put(ImportParameters.OUTPUT_DIR, output.toString());
        params.put(ImportParameters.RUN_DATE, RUN_DATE.toString());
        JobExecution execution = jobOperatorTestUtils.startJob(ImportParameters.from(params, RUN_DATE));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return ImportParameters.runFolder(output, RUN_DATE, execution.getJobInstance().getInstanceId());
    }

    @Test
    void workbooksOfTheFixturesAndTheDevCorpusReadBackInLibreOfficeAsTheirCsv() throws Exception {
        Path input = work.resolve("in");
        try (Stream<Path> files = Files.walk(Path.of("input"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = input.resolve(Path.of("input").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Fixtures.writeUtf8(input.resolve("wire/quay-ledger.txt"), SpreadsheetOutputTest.HARD_STORY);
        Fixtures.writeUtf8(input.resolve("web/faehre.html"), SpreadsheetOutputTest.HARD_PAGE);
        Map<Path, CsvOptions> runs = new LinkedHashMap<>();
        runs.put(runJob(input, work.resolve("out-fixture"), Map.of("formats", "csv,xlsx", "csvDelimiter", ";")),
                CsvOptions.defaults().withDelimiter(';'));
        Path dev = SpreadsheetOutputTest.CORPUS.resolve("dev/html");
        if (Files.isDirectory(dev)) {
            runs.put(runJob(dev, work.resolve("out-dev-html"), Map.of("formats", "csv,xlsx")), CsvOptions.defaults());
        }

        Map<Path, Path> staged = new LinkedHashMap<>();
        int n = 0;
        for (Path run : runs.keySet()) {
            Path copy = Files.createDirectories(work.resolve("staged")).resolve("run" + (++n) + "-news.xlsx");
            Files.copy(run.resolve(WorkbookWriter.FILE_NAME), copy);
            staged.put(run, copy);
        }
        // as written: what the CSV files say, the text of would-be formulas without the apostrophe
        for (var run : runs.entrySet()) {
            var expected = WorkbookContent.expected(run.getKey(), run.getValue());
            assertThat(WorkbookContent.of(staged.get(run.getKey()))).isEqualTo(expected);
        }
        Path fixture = runs.keySet().iterator().next();
        var fixtureContent = WorkbookContent.of(fixture.resolve(WorkbookWriter.FILE_NAME));
        assertThat(fixtureContent.keySet()).containsExactly("articles", "paragraphs", "quotes", "rejects", "columns");
        assertThat(fixtureContent.get("paragraphs")).anySatisfy(row -> assertThat(row).anySatisfy(
                cell -> assertThat(cell).startsWith("s:=HYPERLINK(")));
        assertThat(fixtureContent.get("articles").get(1).get(0)).matches("s:a[0-9a-f]{16}"); // the id: text
        assertThat(fixtureContent.get("articles")).anySatisfy(row -> assertThat(row.get(3)).matches("d:\\d{4}-\\d{2}-\\d{2}"));
        assertThat(Files.readString(fixture.resolve(DataDictionary.FILE_NAME))).contains("*.csv;(delimiter);\";\";");

        // opened in LibreOffice and saved again: the same content
        assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) is not installed");
        Map<Path, Path> reopened = LibreOffice.reopenXlsx(new ArrayList<>(staged.values()), work);
        int rows = 0;
        for (var run : runs.entrySet()) {
            var expected = WorkbookContent.expected(run.getKey(), run.getValue());
            var read = WorkbookContent.of(reopened.get(staged.get(run.getKey())));
            assertThat(read.keySet()).containsExactlyElementsOf(expected.keySet());
            for (String sheet : expected.keySet()) {
                assertThat(read.get(sheet)).as("sheet %s of %s read by LibreOffice", sheet, run.getKey())
                        .isEqualTo(expected.get(sheet));
                rows += expected.get(sheet).size() - 1;
            }
        }
        System.out.println("LibreOffice read back " + runs.size() + " workbooks, " + rows + " rows intact");
    }

    @Test
    void xlsxAloneLeavesTheWorkbookWithoutTheTablesCsvFiles() throws Exception {
        Path run = runJob(Path.of("input"), work.resolve("out-xlsx"), Map.of("formats", "xlsx"));
        assertThat(run.resolve(WorkbookWriter.FILE_NAME)).exists();
        for (String table : WorkbookWriter.TABLES) {
            assertThat(run.resolve(table)).doesNotExist();
        }
        assertThat(run.resolve(DataDictionary.FILE_NAME)).doesNotExist();
        assertThat(WorkbookContent.of(run.resolve(WorkbookWriter.FILE_NAME)).get("articles")).hasSizeGreaterThan(1);
    }
}
