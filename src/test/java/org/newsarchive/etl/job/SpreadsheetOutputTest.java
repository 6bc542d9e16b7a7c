package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.Fixtures;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.write.CsvOptions;
import org.newsarchive.etl.write.DataDictionary;
import org.newsarchive.etl.write.LibreOffice;
import org.newsarchive.etl.write.OutputTables;
import org.newsarchive.etl.write.SpreadsheetCells;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job's CSV output as spreadsheet users get it (default {@code news.csv.*} settings): on
 * fictional articles with every hard case and on the shared corpus, the files are loaded into
 * LibreOffice Calc, and every cell of every file is checked for would-be formulas and Excel's
 * cell limit. The corpus parts are skipped where {@code ../shared} is absent, the LibreOffice
 * parts where soffice is not installed.
 */
@SpringBatchTest
@SpringBootTest(classes = NewsArchiveEtlApplication.class, properties = {
        "news.command-line.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:spreadsheetoutputtest;shutdown=false"})
class SpreadsheetOutputTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
    static final String LONG_PARAGRAPH = "The tribunal heard that the Skerry quay ledger was kept by hand for forty years. "
            .repeat(450).trim(); // about 36,000 characters

    /** A fictional wire story whose paragraphs start like formulas, with non-ASCII text and a paragraph over Excel's limit. */
    static final String HARD_STORY = String.join("\n",
            "Quay ledger row reaches tribunal",
            "",
            "PORTWELL, March 3 (Coast Wire) - The harbour tribunal on Monday opened its hearing into the disputed",
            "quay ledger, a record the board says was altered after the storm of 2019.",
            "",
            "-State Department spokesman Ned Farrow said on Monday the consulate was following the case.",
            "",
            "=HYPERLINK(\"http://example.test/ledger\",\"Read the full ledger\")",
            "",
            "+44 20 7946 0958 is the number the tribunal gave for witnesses.",
            "",
            "@portwell_harbour wrote that the hearing would be streamed.",
            "",
            "\u201cThe ledger is our memory,\u201d said café owner Zoë Straße, whose family came from 中文 Hong Kong.",
            "",
            LONG_PARAGRAPH,
            "");

    static final String HARD_PAGE = """
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><title>=cmd|' /C calc'!A0</title></head><body>
            <article>
            <h1>Fähre nach Skerry: „Wir warten“ – Straße gesperrt</h1>
            <p>PORTWELL — Die Fähre fährt wieder, sagte Bürgermeisterin Jördis Weiß am Dienstag.</p>
            <p>- Anzeige -</p>
            <p>@Redaktion: Hinweise an die Lokalredaktion.</p>
            </article></body></html>
            """;

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    private Path runJob(Path input, Path output) throws Exception {
        JobExecution[] execution = {jobOperatorTestUtils.startJob(ImportParameters.from(Map.of(
                ImportParameters.INPUT_DIR, input.toString(),
                ImportParameters.OUTPUT_DIR, output.toString(),
                ImportParameters.RUN_DATE, "2025-03-04"), LocalDate.of(2025, 3, 4)))};
        assertThat(execution[0].getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return ImportParameters.runFolder(output, LocalDate.of(2025, 3, 4), execution[0].getJobInstance().getInstanceId());
    }

    @Test
    void fixtureAndDevCorpusLoadIntoLibreOfficeIntact() throws Exception {
        Path input = work.resolve("in");
        Fixtures.writeUtf8(input.resolve("wire/quay-ledger.txt"), HARD_STORY);
        Fixtures.writeUtf8(input.resolve("web/faehre.html"), HARD_PAGE);
        Path fixture = runJob(input, work.resolve("out-fixture"));

        // the CSV holds the database's rows: escaped, cut and marked where needed
        List<CSVRecord> paragraphs = records(fixture.resolve("paragraphs.csv"));
        Map<String, String> dbTexts = new HashMap<>();
        jdbc.query("SELECT article_id, paragraph_index, text FROM paragraph", rs -> {
            dbTexts.put(rs.getString(1) + "/" + rs.getInt(2), rs.getString(3));
        });
        int escaped = 0;
        int cut = 0;
        for (CSVRecord p : paragraphs) {
            String db = dbTexts.get(p.get("article_id") + "/" + p.get("paragraph_index"));
            assertThat(db).as("database row of %s", p).isNotNull();
            String cell = p.get("text");
            if (db.length() >= CsvOptions.EXCEL_MAX_CELL_LENGTH) {
                cut++;
                assertThat(cell).hasSize(CsvOptions.EXCEL_MAX_CELL_LENGTH).isEqualTo(db.substring(0, cell.length()));
                assertThat(p.get(OutputTables.TRUNCATED_COLUMNS)).isEqualTo("text");
                continue;
            }
            assertThat(p.get(OutputTables.TRUNCATED_COLUMNS)).isEmpty();
            assertThat(SpreadsheetCells.unneutralize(cell)).isEqualTo(db);
            if (!cell.equals(db)) {
                escaped++;
                assertThat(cell).isEqualTo("'" + db);
            }
        }
        assertThat(dbTexts.values()).anySatisfy(t -> assertThat(t).startsWith("-State Department spokesman"));
        assertThat(escaped).as("paragraphs escaped").isGreaterThanOrEqualTo(5);
        assertThat(cut).as("paragraphs cut").isEqualTo(1);
        assertThat(records(fixture.resolve(DataDictionary.FILE_NAME))).hasSize(DataDictionary.ENTRIES.size() + 1); // and the delimiter row
        assertSafe(fixture);

        // the same in LibreOffice, together with the real dev corpus output (one soffice run)
        Map<Path, String> files = new LinkedHashMap<>();
        stage(fixture, "fixture", files);
        for (String corpus : List.of("dev/html", "dev/txt")) {
            if (Files.isDirectory(CORPUS.resolve(corpus))) {
                Path out = runJob(CORPUS.resolve(corpus), work.resolve("out-" + corpus.replace('/', '-')));
                assertSafe(out);
                stage(out, corpus.replace('/', '-'), files);
            }
        }
        assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) is not installed");
        Map<Path, Path> xlsx = LibreOffice.toXlsx(new ArrayList<>(files.keySet()), work);
        int rows = 0;
        for (Map.Entry<Path, String> f : files.entrySet()) {
            Map<String, String> types = new HashMap<>();
            DataDictionary.ENTRIES.stream().filter(e -> e.file().equals(f.getValue()))
                    .forEach(e -> types.put(e.column(), e.type()));
            rows += LibreOffice.assertSameAsCsv(f.getKey(), xlsx.get(f.getKey()), types);
        }
        System.out.println("LibreOffice round trip: " + files.size() + " files, " + rows + " rows intact");
    }

    @Test
    void noCellWrittenOnTheSharedCorpusStartsAFormulaOrPassesTheCellLimit() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present: " + CORPUS);
        Path out = runJob(CORPUS, work.resolve("out-corpus"));
        int cells = assertSafe(out);
        System.out.println("shared corpus: " + cells + " CSV cells checked");
    }

    /** Every cell of every CSV file of the run: no formula start unless escaped, none over the limit; returns the count. */
    static int assertSafe(Path runFolder) throws Exception {
        int cells = 0;
        for (Path csv : LibreOffice.csvFilesIn(runFolder)) {
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(bytes).as("%s starts with a byte-order mark", csv).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).doesNotContain("\uFEFF");
            for (CSVRecord r : LibreOffice.csvRecords(csv)) {
                for (String cell : r) {
                    cells++;
                    assertThat(cell.length()).as("length of a cell of %s", csv).isLessThanOrEqualTo(CsvOptions.EXCEL_MAX_CELL_LENGTH);
                    assertThat(!cell.isEmpty() && SpreadsheetCells.isFormulaStart(cell.charAt(0)))
                            .as("%s: cell starts like a formula: %s", csv.getFileName(), cell).isFalse();
                }
            }
        }
        return cells;
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        List<CSVRecord> all = LibreOffice.csvRecords(csv);
        List<String> header = all.get(0).toList();
        if (!csv.getFileName().toString().equals(DataDictionary.FILE_NAME)) {
            assertThat(header).isEqualTo(DataDictionary.columnsOf(csv.getFileName().toString()));
        }
        return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(Files.readString(csv).substring(1))).getRecords();
    }

    private static void stage(Path runFolder, String prefix, Map<Path, String> files) throws Exception {
        Path staged = Files.createDirectories(runFolder.getParent().resolve("staged"));
        for (Path csv : LibreOffice.csvFilesIn(runFolder)) {
            Path copy = staged.resolve(prefix + "-" + csv.getFileName());
            Files.copy(csv, copy);
            files.put(copy, csv.getFileName().toString());
        }
    }
}
