package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.Fixtures;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.write.OutputTables;
import org.newsarchive.etl.write.SpreadsheetCells;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the real {@code importArticles} job on a folder of fixture files in every format the
 * import must read, and checks the CSV files, the database rows and the rejects.
 */
@SpringBatchTest
@SpringBootTest(classes = NewsArchiveEtlApplication.class, properties = {
        "news.command-line.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:importjobtest;shutdown=false"})
class ImportJobTest {

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @TempDir
    Path output;

    @BeforeEach
    void writeFixtures() throws IOException {
        jdbc.update("DELETE FROM quote");
        jdbc.update("DELETE FROM paragraph");
        jdbc.update("DELETE FROM article");
        jdbc.update("DELETE FROM reject");
        Fixtures.writeUtf8(input.resolve("wire/oberau-landslide.txt"), Fixtures.WIRE_STORY);
        Fixtures.writeText(input.resolve("wire/lyon-cafe.txt"), Fixtures.LEGACY_STORY, Charset.forName("windows-1252"));
        Fixtures.writeUtf8(input.resolve("web/skerry-ferry.html"), Fixtures.NEWS_PAGE);
        Fixtures.writePdf(input.resolve("print/harbour-dues.pdf"), List.of(
                "Harbour dues rise for the first time in a decade",
                "KIRKWALL, May 2 - The harbour board voted on Friday to raise landing dues by four percent, "
                        + "the first increase since 2015, citing the cost of dredging the north basin.",
                "Fishing crews said the rise would be hard to absorb after a poor winter season."));
        Fixtures.writeDocx(input.resolve("print/library-hours.docx"), "Library hours extended",
                List.of("DUNMORE, Jan 9 - The town library will open on Sunday afternoons from February, "
                        + "the council said on Thursday.",
                        "Reporting by Eilidh Grant"));
        Files.createDirectories(input.resolve("broken"));
        Files.write(input.resolve("broken/truncated.pdf"), Fixtures.truncatedPdf());
        Files.write(input.resolve("broken/empty.txt"), new byte[0]);
    }

    /**
     * Runs the job. (It returns an array, not the execution: Spring Batch Test takes any
     * method that returns a JobExecution for a factory of the test's job scope.)
     */
    private JobExecution[] run(String runDate) throws Exception {
        JobParameters params = ImportParameters.from(Map.of(
                ImportParameters.INPUT_DIR, input.toString(),
                ImportParameters.OUTPUT_DIR, output.toString(),
                ImportParameters.RUN_DATE, runDate), LocalDate.parse(runDate));
        return new JobExecution[] {jobOperatorTestUtils.startJob(params)};
    }

    @Test
    void importsEveryFormatAndRecordsRejects() throws Exception {
        JobExecution execution = run("2025-10-01")[0];

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path runFolder = ImportParameters.runFolder(output, LocalDate.of(2025, 10, 1),
                execution.getJobInstance().getInstanceId());
        List<CSVRecord> articles = readCsv(runFolder.resolve("articles.csv"));
        List<CSVRecord> paragraphs = readCsv(runFolder.resolve("paragraphs.csv"));
        List<CSVRecord> quotes = readCsv(runFolder.resolve("quotes.csv"));
        List<CSVRecord> rejects = readCsv(runFolder.resolve("rejects.csv"));

        // five good documents in walk order, two rejects with their reasons
        assertThat(articles).extracting(r -> r.get("source_path")).containsExactly(
                "print/harbour-dues.pdf", "print/library-hours.docx", "web/skerry-ferry.html",
                "wire/lyon-cafe.txt", "wire/oberau-landslide.txt");
        assertThat(rejects).extracting(r -> r.get("source_path"))
                .containsExactly("broken/empty.txt", "broken/truncated.pdf");
        assertThat(rejects.get(0).get("reason")).isEqualTo("empty file");
        assertThat(rejects.get(1).get("reason")).contains("pdf");

        // the article id is the stable hash of the source path
        for (CSVRecord a : articles) {
            assertThat(a.get("article_id")).isEqualTo(ArticleProcessor.articleId(a.get("source_path")));
        }

        // legacy 8-bit text decoded, typographic marks kept, hard-wrapped lines joined
        assertThat(texts(paragraphs, articles, "wire/lyon-cafe.txt")).contains(
                "LYON, 12 mars (Agence Rhône) - Le café de la place Bellecour rouvre après deux ans de travaux.");
        assertThat(texts(paragraphs, articles, "wire/oberau-landslide.txt")).containsExactly(
                "date 2025-09-03",
                "Rescue crews search the flooded Marten Valley railway cutting near Oberau on September 2, 2025.",
                "Lena Vogt | Alpine Press | Northlight Images",
                "OBERAU, Sept 3 (Alpine Press) - Rail services through the Marten Valley will stay suspended until "
                        + "at least next week after a landslide buried 300 metres of track, the regional operator said on Wednesday.",
                "\u201cWe will not reopen the line until every slope above it has been checked by our geologists,\u201d "
                        + "operations chief Karin Hollweg told reporters at the station.",
                "Repairs",
                "Engineers expect to clear the debris within four days, but the signalling cables must be replaced.",
                "Reporting by Jonas Pfeil; Editing by Mara Lind");
        // a <br> inside a figcaption ends a paragraph
        assertThat(texts(paragraphs, articles, "web/skerry-ferry.html")).contains(
                "The MV Gannet leaves Port Mhor for Skerry Island on June 17, 2025.", "(Herald Photo/Iain Ross)");
        assertThat(texts(paragraphs, articles, "print/harbour-dues.pdf")).anySatisfy(
                t -> assertThat(t).startsWith("KIRKWALL, May 2 - The harbour board voted"));
        assertThat(texts(paragraphs, articles, "print/library-hours.docx")).startsWith("Library hours extended");

        // paragraph_count matches the paragraph rows; indexes are 1-based and dense
        for (CSVRecord a : articles) {
            List<CSVRecord> own = paragraphs.stream().filter(p -> p.get("article_id").equals(a.get("article_id"))).toList();
            assertThat(own).hasSize(Integer.parseInt(a.get("paragraph_count")));
            for (int i = 0; i < own.size(); i++) {
                assertThat(own.get(i).get("paragraph_index")).isEqualTo(String.valueOf(i + 1));
            }
        }

        // the database holds exactly the rows of the CSV files
        assertThat(dbRows("article", OutputTables.ARTICLE_COLUMNS)).isEqualTo(csvRows(articles));
        assertThat(dbRows("paragraph", OutputTables.PARAGRAPH_COLUMNS)).isEqualTo(csvRows(paragraphs));
        assertThat(dbRows("quote", OutputTables.QUOTE_COLUMNS)).isEqualTo(csvRows(quotes));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reject WHERE job_execution_id = ?", Long.class,
                execution.getId())).isEqualTo(2L);
        assertThat(ImportCommandLine.exitCode(execution)).isEqualTo(ImportCommandLine.EXIT_COMPLETED_WITH_REJECTS);
    }

    @Test
    void runningAgainReplacesRowsInsteadOfDuplicatingThem() throws Exception {
        assertThat(run("2025-10-01")[0].getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long paragraphsAfterFirst = jdbc.queryForObject("SELECT COUNT(*) FROM paragraph", Long.class);
        assertThat(run("2025-10-02")[0].getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(5L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM paragraph", Long.class)).isEqualTo(paragraphsAfterFirst);
    }

    private static List<String> texts(List<CSVRecord> paragraphs, List<CSVRecord> articles, String sourcePath) {
        String id = articles.stream().filter(a -> a.get("source_path").equals(sourcePath)).findFirst()
                .orElseThrow().get("article_id");
        return paragraphs.stream().filter(p -> p.get("article_id").equals(id)).map(p -> p.get("text")).toList();
    }

    private List<List<String>> dbRows(String table, List<String> columns) {
        List<List<String>> rows = jdbc.query("SELECT " + String.join(", ", columns) + " FROM " + table, (rs, n) -> {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                Object value = rs.getObject(i);
                row.add(value == null ? "" : value instanceof java.sql.Date d ? d.toLocalDate().toString() : value.toString());
            }
            return row;
        });
        rows.sort(ROW_ORDER);
        return rows;
    }

    private static final java.util.Comparator<List<String>> ROW_ORDER =
            java.util.Comparator.comparing(row -> String.join("\u0001", row));

    private static List<List<String>> csvRows(List<CSVRecord> records) {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            // the database has the cells without the CSV-only truncated_columns and formula escapes
            assertThat(r.get(OutputTables.TRUNCATED_COLUMNS)).isEmpty();
            rows.add(r.toList().subList(0, r.size() - 1).stream().map(SpreadsheetCells::unneutralize).toList());
        }
        rows.sort(ROW_ORDER);
        return rows;
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("byte-order mark of " + file).isEqualTo('\uFEFF');
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
