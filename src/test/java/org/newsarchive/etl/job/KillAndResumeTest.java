package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line in child JVMs: a run stopped with SIGTERM, resumed, killed with
 * {@code kill -9} mid-run and launched again with the same command ends with the same CSV
 * files and database rows as a run that was never interrupted. A second launch while a run
 * holds the output folder is refused with exit code 4.
 *
 * <p>The children run {@link TestHooks#main} (the application plus a test-only slow-down of
 * each document, so the signals land mid-run) on a few hundred generated stories.
 */
class KillAndResumeTest {

    private static final int STORIES = 240;
    private static final String RUN_DATE = "2026-04-01";

    @TempDir
    Path work;

    @Test
    void sigtermThenKillNineThenRelaunchEqualsAnUninterruptedRun() throws Exception {
        Path input = work.resolve("input");
        NightlyFixtures.writeStories(input, STORIES);
        Path interrupted = work.resolve("interrupted");
        Path clean = work.resolve("clean");
        Path parts = interrupted.resolve("run-" + RUN_DATE + "-0.parts"); // the partitions' files until the merge

        // the uninterrupted run, alongside
        Process reference = launch(clean, "clean.log");

        // 1. SIGTERM mid-run: the job finishes its chunk, records STOPPED, exits 1
        Process first = launch(interrupted, "first.log");
        ChildRuns.awaitCommittedArticles(parts, 30, first);
        Process second = launch(interrupted, "second.log");
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(log("second.log")).isEqualTo(ImportCommandLine.EXIT_ALREADY_RUNNING);
        assertThat(log("second.log")).contains("a run is already in progress in '" + interrupted + "' (pid " + first.pid());
        first.destroy(); // SIGTERM
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(log("first.log")).isEqualTo(ImportCommandLine.EXIT_FAILED);
        assertThat(log("first.log")).contains("importArticles STOPPED").contains("launch the same command again to resume")
                .containsPattern("  output: " + java.util.regex.Pattern.quote(interrupted.resolve("run-" + RUN_DATE + "-0").toString())
                        + "\\.(parts|partial) \\(unfinished");
        assertThat(log("first.log").lines().filter(l -> l.startsWith("  failure: "))).as("the stop, said once").hasSize(1);
        long afterStop = ChildRuns.committedArticles(parts);
        assertThat(afterStop).isBetween(30L, (long) STORIES - 1);

        // 2. the same command resumes; kill -9 it mid-run
        Process resumed = launch(interrupted, "resumed.log");
        ChildRuns.awaitCommittedArticles(parts, afterStop + 40, resumed);
        resumed.destroyForcibly(); // SIGKILL: no hook, no status written
        assertThat(resumed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).isEqualTo(137);
        assertThat(parts).exists(); // the kill landed before the partitions were merged

        // 3. the same command again: the killed execution is recovered and the run completes
        Process last = launch(interrupted, "last.log");
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(log("last.log")).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(log("last.log")).contains("by a process that is gone (crash or kill); marked FAILED")
                .contains("resuming the run for " + RUN_DATE).contains("importArticles COMPLETED: " + STORIES + " files read");

        assertThat(reference.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(reference.exitValue()).as(log("clean.log")).isEqualTo(ImportCommandLine.EXIT_OK);

        var expectedFiles = NightlyFixtures.runFolderFiles(clean);
        assertThat(expectedFiles.get("articles.csv").lines()).hasSize(STORIES + 1);
        assertThat(NightlyFixtures.runFolderFiles(interrupted)).isEqualTo(expectedFiles);
        var expectedRows = NightlyFixtures.tables(clean);
        assertThat(expectedRows.get(NightlyFixtures.TABLE_QUERIES.get(0))).hasSize(STORIES);
        assertThat(NightlyFixtures.tables(interrupted)).isEqualTo(expectedRows);
    }

    private Process launch(Path outputDir, String logName) throws IOException {
        return ChildRuns.start(ChildRuns.javaCommand(List.of(), TestHooks.class, List.of(
                "inputDir=" + work.resolve("input"), "outputDir=" + outputDir, "runDate=" + RUN_DATE,
                "--news.chunk-size=10", "--news.progress-interval=1s", "--news.test.item-delay-ms=30")),
                work, work.resolve(logName));
    }

    private String log(String name) throws IOException {
        return ChildRuns.read(work.resolve(name));
    }
}
