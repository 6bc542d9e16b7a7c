package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.write.WorkbookContent;
import org.newsarchive.etl.write.WorkbookWriter;

/**
 * The real command line with {@code formats=csv,xlsx} in child JVMs: a run killed with
 * {@code kill -9} mid-import, relaunched, killed again while it writes the workbook and
 * launched once more ends with the same workbook content (and CSV files) as a run that was
 * never interrupted, and no temporary file left behind.
 */
class WorkbookKillTest {

    private static final int STORIES = 120;
    private static final String RUN_DATE = "2026-04-01";

    @TempDir
    Path work;

    @Test
    void killedMidImportAndMidWorkbookThenRelaunchedEqualsAnUninterruptedRun() throws Exception {
        Path input = work.resolve("input");
        NightlyFixtures.writeStories(input, STORIES);
        Path clean = work.resolve("clean");
        Path interrupted = work.resolve("interrupted");
        Path parts = interrupted.resolve("run-" + RUN_DATE + "-0.parts");
        Path partial = interrupted.resolve("run-" + RUN_DATE + "-0.partial");

        Process reference = launch(clean, "clean.log");
        assertThat(reference.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(reference.exitValue()).as(log("clean.log")).isEqualTo(ImportCommandLine.EXIT_OK);

        // 1. kill -9 mid-import
        Process first = launch(interrupted, "first.log", "--news.test.item-delay-ms=30");
        ChildRuns.awaitCommittedArticles(parts, 30, first);
        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // 2. relaunched; kill -9 the moment the workbook is being written (its temporary file exists)
        Process second = launch(interrupted, "second.log");
        boolean writing = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!writing && second.isAlive() && System.nanoTime() < deadline) {
            writing = workbookTemporaryFiles(partial) > 0;
            if (!writing) {
                Thread.sleep(5);
            }
        }
        second.destroyForcibly();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writing).as("killed while writing the workbook; log: %s", log("second.log")).isTrue();
        assertThat(partial.resolve(WorkbookWriter.FILE_NAME)).doesNotExist();

        // 3. the same command again completes the run
        Process last = launch(interrupted, "last.log");
        assertThat(last.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(log("last.log")).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(log("last.log")).contains("workbook: news.xlsx, 5 sheets");

        Path cleanRun = clean.resolve("run-" + RUN_DATE + "-0");
        Path run = interrupted.resolve("run-" + RUN_DATE + "-0");
        var expected = WorkbookContent.of(cleanRun.resolve(WorkbookWriter.FILE_NAME));
        assertThat(expected.get("articles")).hasSize(STORIES + 1);
        assertThat(WorkbookContent.of(run.resolve(WorkbookWriter.FILE_NAME))).isEqualTo(expected);
        for (String table : WorkbookWriter.TABLES) {
            assertThat(run.resolve(table)).hasSameTextualContentAs(cleanRun.resolve(table));
        }
        assertThat(workbookTemporaryFiles(run)).isZero();
    }

    private static long workbookTemporaryFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(WorkbookWriter.FILE_NAME)
                    && f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private Process launch(Path outputDir, String logName, String... options) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("inputDir=" + work.resolve("input"), "outputDir=" + outputDir,
                "runDate=" + RUN_DATE, "formats=csv,xlsx", "--news.chunk-size=10", "--news.progress-interval=0"));
        args.addAll(List.of(options));
        return ChildRuns.start(ChildRuns.javaCommand(List.of(), TestHooks.class, args), work, work.resolve(logName));
    }

    private String log(String name) throws IOException {
        return ChildRuns.read(work.resolve(name));
    }
}
