package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly behaviour of the real job: incremental runs (only new or changed files, removed
 * files reported, the same night twice does nothing) and a restart after a failure in the
 * middle of the import step that ends with the same CSV files and database rows as a run that
 * was never interrupted.
 */
@SpringBatchTest
@SpringBootTest(classes = {NewsArchiveEtlApplication.class, TestHooks.class}, properties = {
        "news.command-line.enabled=false",
        "news.chunk-size=3",
        "news.threads=1", // one partition: the commits below are those of one walk (ScaleOutLocalTest restarts several)
        "news.progress-interval=0",
        "spring.datasource.url=jdbc:hsqldb:mem:nightlyruntest;shutdown=false"})
class NightlyRunJobTest {

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job job;

    @TempDir
    Path input;

    @TempDir
    Path output;

    @BeforeEach
    @AfterEach
    void emptyTables() {
        TestHooks.failOnce.set(null);
        for (String table : List.of("quote", "paragraph", "article", "reject", "source_file", "source_file_pending", "removed_source")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private JobParameters params(Path out, String runDate, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(more);
        values.put(ImportParameters.INPUT_DIR, input.toString());
        values.put(ImportParameters.OUTPUT_DIR, out.toString());
        values.put(ImportParameters.RUN_DATE, runDate);
        return ImportParameters.from(values, LocalDate.parse(runDate));
    }

    private JobExecution[] run(Path out, String runDate, Map<String, String> more) throws Exception {
        return new JobExecution[] {jobOperatorTestUtils.startJob(params(out, runDate, more))};
    }

    private static List<String> paths(List<CSVRecord> records) {
        return records.stream().map(r -> r.get("source_path")).toList();
    }

    private void writeZip(Path zip, Map<String, String> entries) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    @Test
    void entriesOfAnArchiveAreFingerprintedOneByOne() throws Exception {
        Path zip = input.resolve("wire.zip");
        writeZip(zip, Map.of("a.txt", NightlyFixtures.story(0, ""), "b.txt", NightlyFixtures.story(1, ""),
                "c.txt", NightlyFixtures.story(2, "")));
        JobExecution first = run(output, "2026-04-01", Map.of())[0];
        assertThat(paths(NightlyFixtures.readCsv(ImportParameters.runFolder(first).resolve("articles.csv"))))
                .containsExactly("wire.zip!/a.txt", "wire.zip!/b.txt", "wire.zip!/c.txt");

        // the archive unchanged: nothing read, nothing reported removed
        JobExecution quiet = run(output, "2026-04-02", Map.of())[0];
        assertThat(NightlyFixtures.readCsv(ImportParameters.runFolder(quiet).resolve("articles.csv"))).isEmpty();
        assertThat(NightlyFixtures.readCsv(ImportParameters.runFolder(quiet).resolve("removed.csv"))).isEmpty();

        // the archive rewritten with one entry changed: only that entry is read again
        writeZip(zip, Map.of("a.txt", NightlyFixtures.story(0, ""), "b.txt", NightlyFixtures.story(1, " after a recount"),
                "c.txt", NightlyFixtures.story(2, "")));
        Files.setLastModifiedTime(zip, FileTime.fromMillis(Files.getLastModifiedTime(zip).toMillis() + 60_000));
        JobExecution changed = run(output, "2026-04-03", Map.of())[0];
        assertThat(paths(NightlyFixtures.readCsv(ImportParameters.runFolder(changed).resolve("articles.csv"))))
                .containsExactly("wire.zip!/b.txt");

        // the archive deleted: its entries are reported removed
        Files.delete(zip);
        JobExecution gone = run(output, "2026-04-04", Map.of())[0];
        assertThat(paths(NightlyFixtures.readCsv(ImportParameters.runFolder(gone).resolve("removed.csv"))))
                .containsExactly("wire.zip!/a.txt", "wire.zip!/b.txt", "wire.zip!/c.txt");
    }

    @Test
    void eachNightReadsOnlyNewOrChangedFilesAndReportsRemovedOnes() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.createDirectories(input.resolve("desk"));
            Files.writeString(input.resolve("desk/story-" + i + ".txt"), NightlyFixtures.story(i, ""));
        }
        Files.writeString(input.resolve("desk/notes.md"), NightlyFixtures.story(9, ""));

        JobExecution first = run(output, "2026-03-01", Map.of(ImportParameters.EXCLUDE, "*.md"))[0];
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(paths(NightlyFixtures.readCsv(ImportParameters.runFolder(first).resolve("articles.csv"))))
                .containsExactly("desk/story-0.txt", "desk/story-1.txt", "desk/story-2.txt", "desk/story-3.txt", "desk/story-4.txt");
        assertThat(ImportParameters.partialRunFolder(output, LocalDate.parse("2026-03-01"), first.getJobInstance().getInstanceId()))
                .doesNotExist();
        // the same night launched again does nothing
        assertThatThrownBy(() -> run(output, "2026-03-01", Map.of(ImportParameters.EXCLUDE, "*.md")))
                .isInstanceOf(JobInstanceAlreadyCompleteException.class);

        // the next night: one story rewritten, one touched with the same bytes, one new, one removed
        Path changed = input.resolve("desk/story-1.txt");
        Files.writeString(changed, NightlyFixtures.story(1, " after a second vote"));
        Path touched = input.resolve("desk/story-2.txt");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
        Files.writeString(input.resolve("desk/story-5.txt"), NightlyFixtures.story(5, ""));
        Files.delete(input.resolve("desk/story-3.txt"));

        JobExecution second = run(output, "2026-03-02", Map.of(ImportParameters.EXCLUDE, "*.md"))[0];
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path folder = ImportParameters.runFolder(second);
        assertThat(paths(NightlyFixtures.readCsv(folder.resolve("articles.csv"))))
                .containsExactly("desk/story-1.txt", "desk/story-5.txt");
        assertThat(NightlyFixtures.readCsv(folder.resolve("removed.csv")))
                .extracting(r -> r.get("source_path") + " " + r.get("article_id"))
                .containsExactly("desk/story-3.txt " + ArticleProcessor.articleId("desk/story-3.txt"));
        var counts = RunSummaryListener.counts(jobRepository, second);
        assertThat(counts.getLong(SourceSelection.UNCHANGED)).isEqualTo(3L); // 0, 2 (touched), 4
        assertThat(counts.getLong(SourceSelection.NOT_SELECTED)).isEqualTo(1L); // notes.md
        assertThat(counts.getLong(RecordSourcesTasklet.REMOVED)).isEqualTo(1L);
        assertThat(RunSummaryListener.summary(second, counts))
                .contains("2 files read").contains("3 unchanged").contains("1 removed from the archive");

        // the changed article's rows were replaced, the removed file's article is kept
        assertThat(jdbc.queryForObject("SELECT title FROM article WHERE source_path = 'desk/story-1.txt'", String.class))
                .endsWith("after a second vote");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(6L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM removed_source WHERE source_path = 'desk/story-3.txt'", Long.class))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file_pending", Long.class)).isZero();

        // a night without changes reads nothing; full=true reads everything selected again
        JobExecution quiet = run(output, "2026-03-03", Map.of(ImportParameters.EXCLUDE, "*.md"))[0];
        assertThat(NightlyFixtures.readCsv(ImportParameters.runFolder(quiet).resolve("articles.csv"))).isEmpty();
        assertThat(NightlyFixtures.readCsv(ImportParameters.runFolder(quiet).resolve("removed.csv"))).isEmpty();
        JobExecution full = run(output, "2026-03-03", Map.of(ImportParameters.FULL, "true", ImportParameters.INCLUDE, "desk/*.txt"))[0];
        assertThat(paths(NightlyFixtures.readCsv(ImportParameters.runFolder(full).resolve("articles.csv"))))
                .containsExactly("desk/story-0.txt", "desk/story-1.txt", "desk/story-2.txt", "desk/story-4.txt", "desk/story-5.txt");
    }

    @Test
    void restartAfterAFailureMidStepGivesTheSameFilesAndRowsAsAnUninterruptedRun() throws Exception {
        NightlyFixtures.writeStories(input, 14);
        Files.writeString(input.resolve("desk-0/empty.txt"), ""); // a reject, so rejects.csv has a row too

        Path clean = output.resolve("clean");
        JobExecution uninterrupted = run(clean, "2026-03-05", Map.of())[0];
        assertThat(uninterrupted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> expectedFiles = NightlyFixtures.runFolderFiles(clean);
        var expectedRows = NightlyFixtures.tables(jdbc);
        assertThat(expectedFiles.get("articles.csv").lines()).hasSize(15);
        emptyTables();

        // the 7th file of the walk fails: chunks 1 and 2 (files 1-6: a reject and five articles) are committed, chunk 3 rolls back
        Path interrupted = output.resolve("interrupted");
        TestHooks.failOnce.set("desk-1/story-0005.txt");
        JobExecution failed = run(interrupted, "2026-03-05", Map.of())[0];
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(TestHooks.failOnce.get()).isNull();
        Path partition = MergePartsTasklet.partitionFolder(ImportParameters.partsFolder(interrupted,
                LocalDate.parse("2026-03-05"), failed.getJobInstance().getInstanceId()), 1);
        assertThat(partition).isDirectory();
        assertThat(ImportParameters.runFolder(failed)).doesNotExist();
        assertThat(Files.readAllLines(partition.resolve("articles.csv"), StandardCharsets.UTF_8)).hasSize(1 + 5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(5L); // 6 files, one reject
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file", Long.class)).isZero();

        // launching the same parameters again resumes the same instance from its last commit
        JobExecution resumed = run(interrupted, "2026-03-05", Map.of())[0];
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(resumed.getId()).isNotEqualTo(failed.getId());
        assertThat(NightlyFixtures.runFolderFiles(interrupted)).isEqualTo(expectedFiles);
        assertThat(NightlyFixtures.tables(jdbc)).isEqualTo(expectedRows);
        assertThat(ImportCommandLine.exitCode(resumed, jobRepository)).isEqualTo(ImportCommandLine.EXIT_COMPLETED_WITH_REJECTS);
    }

    /**
     * A step that failed and whose end could not be recorded (the database's disk full) is left
     * UNKNOWN, which Spring Batch will not restart; the command line's relaunch resumes it from
     * its last commit all the same, to the same files and rows as an uninterrupted run.
     */
    @Test
    void aRelaunchResumesAStepLeftInAnUnknownState() throws Exception {
        NightlyFixtures.writeStories(input, 14);
        Path clean = output.resolve("clean");
        assertThat(run(clean, "2026-03-06", Map.of())[0].getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> expectedFiles = NightlyFixtures.runFolderFiles(clean);
        var expectedRows = NightlyFixtures.tables(jdbc);
        emptyTables();

        Path interrupted = output.resolve("interrupted");
        TestHooks.failOnce.set("desk-1/story-0005.txt");
        JobExecution failed = run(interrupted, "2026-03-06", Map.of())[0];
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        List<StepExecution> partitions = jobRepository.getJobExecution(failed.getId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(ImportJobConfiguration.PARTITION_STEP_NAME)).toList();
        assertThat(partitions).hasSize(1);
        StepExecution unknown = partitions.get(0);
        unknown.setStatus(BatchStatus.UNKNOWN);
        jobRepository.update(unknown);

        ByteArrayOutputStream said = new ByteArrayOutputStream();
        ImportCommandLine commandLine = new ImportCommandLine(jobOperator, jobRepository, job, new LaunchControl(),
                new PrintStream(said, true, StandardCharsets.UTF_8), new PrintStream(said, true, StandardCharsets.UTF_8));
        commandLine.run(new DefaultApplicationArguments("inputDir=" + input, "outputDir=" + interrupted, "runDate=2026-03-06"));
        assertThat(commandLine.getExitCode()).as(said.toString(StandardCharsets.UTF_8)).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("step " + unknown.getStepName() + " of execution "
                + failed.getId() + " ended in an unknown state");
        assertThat(NightlyFixtures.runFolderFiles(interrupted)).isEqualTo(expectedFiles);
        assertThat(NightlyFixtures.tables(jdbc)).isEqualTo(expectedRows);
    }

    @Test
    void globsSelectByNameOrByPath() throws IOException {
        var byName = SourceSelection.globs("*.txt, *.html");
        var byPath = SourceSelection.globs("wire/**");
        assertThat(byName.get(0).matches(Path.of("a/b/story.txt"))).isTrue();
        assertThat(byName.get(1).matches(Path.of("story.html"))).isTrue();
        assertThat(byPath.get(0).matches(Path.of("wire/2026/a.txt"))).isTrue();
        assertThat(byPath.get(0).matches(Path.of("web/a.txt"))).isFalse();
        assertThatThrownBy(() -> SourceSelection.globs("[a-")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'[a-' is not a valid glob");
    }
}
