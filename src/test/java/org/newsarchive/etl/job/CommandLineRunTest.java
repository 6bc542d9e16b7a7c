package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.NewsArchiveEtlApplication;

/**
 * The command line as a user meets it: each test launches the application's real main entry
 * ({@link NewsArchiveEtlApplication#main}) in a child JVM, in a working folder of its own, and
 * looks at its exit code, its output and the files it left.
 */
class CommandLineRunTest {

    private static final String RUN_DATE = "2026-06-01";

    @TempDir
    Path work;

    @Test
    void versionPrintsTheVersionsAndStartsNothing() throws Exception {
        Result r = launch("version.log", "--version");
        assertThat(r.exit).as(r.log).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(r.log).containsPattern("(?m)^news-archive-etl \\d+\\.\\d+\\.\\d+")
                .containsPattern("(?m)^Apache Tika \\d+\\.\\d+").containsPattern("(?m)^Spring Batch \\d+\\.\\d+");
        assertThat(r.log).doesNotContain("importArticles", "error");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("version.log"); // no output/, no database
        }
    }

    @Test
    void parametersAreTakenWithOrWithoutDashesAndAnUnknownNewsOptionIsRefused() throws Exception {
        Path input = work.resolve("in");
        NightlyFixtures.writeStories(input, 3);
        Path out = work.resolve("out");

        Result typo = launch("typo.log", "--inputDir=" + input, "--outputDir=" + out, "--news.thread=1");
        assertThat(typo.exit).as(typo.log).isEqualTo(ImportCommandLine.EXIT_INVALID_PARAMETERS);
        assertThat(typo.log.lines().toList()).as(typo.log).hasSize(1).first().asString()
                .startsWith("error: unknown option '--news.thread'");
        assertThat(out).doesNotExist();

        Result dashed = launch("dashed.log", "--inputDir=" + input, "--outputDir=" + out, "--runDate=" + RUN_DATE,
                "--news.chunkSize=2", "--news.progress-interval=0");
        assertThat(dashed.exit).as(dashed.log).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(dashed.log).contains("importArticles COMPLETED: 3 files read");
        assertThat(NightlyFixtures.readCsv(out.resolve("run-" + RUN_DATE + "-0/articles.csv"))).hasSize(3);
        assertThat(work.resolve("output")).as("not the default output folder").doesNotExist();

        Result list = launch("list.log", "list", "--outputDir=" + out);
        assertThat(list.exit).as(list.log).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(list.log).contains("run-" + RUN_DATE + "-0");
    }

    @Test
    void restartAndAbandonOfAnUnknownExecutionSayItInOneLineWithExitCode2() throws Exception {
        Path out = work.resolve("out");
        for (String command : List.of("restart", "abandon")) {
            Result r = launch(command + ".log", command, "999", "outputDir=" + out);
            assertThat(r.exit).as(r.log).isEqualTo(ImportCommandLine.EXIT_INVALID_PARAMETERS);
            assertThat(r.log.lines().toList()).as(r.log).containsExactly("error: " + command + ": no execution 999 (see 'list')");
        }
    }

    /**
     * Spring Batch's run-id convention: the parameters of a completed run start the next run of
     * that day, in its own folder, which reads only the files new or changed since; the summary
     * names the folder and the database.
     */
    @Test
    void theParametersOfACompletedRunStartTheNextRunWhichReadsWhatIsNewOrChanged() throws Exception {
        Path input = work.resolve("in");
        NightlyFixtures.writeStories(input, 4);
        Path out = work.resolve("out");
        String[] command = {"inputDir=" + input, "outputDir=" + out, "runDate=" + RUN_DATE, "--news.progress-interval=0"};

        Result first = launch("first.log", command);
        assertThat(first.exit).as(first.log).isEqualTo(ImportCommandLine.EXIT_OK);
        Path firstFolder = out.resolve("run-" + RUN_DATE + "-0");
        assertThat(first.log).contains("  output: " + firstFolder + System.lineSeparator())
                .contains("  database: jdbc:hsqldb:file:" + out.resolve("db/news"))
                .doesNotContain("live after GC 0.0 MB");

        Files.createDirectories(input.resolve("late"));
        Files.writeString(input.resolve("late/story-late.txt"), NightlyFixtures.story(100, ""), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("desk-0/story-0000.txt"), NightlyFixtures.story(0, " again"), StandardCharsets.UTF_8);

        Result second = launch("second.log", command);
        assertThat(second.exit).as(second.log).isEqualTo(ImportCommandLine.EXIT_OK);
        Path secondFolder = out.resolve("run-" + RUN_DATE + "-1-2");
        assertThat(second.log).contains("starting run 2 of that day")
                .contains("importArticles COMPLETED: 2 files read").contains("3 unchanged since the last successful run")
                .contains("  output: " + secondFolder + System.lineSeparator());
        assertThat(NightlyFixtures.readCsv(secondFolder.resolve("articles.csv"))).extracting(row -> row.get("source_path"))
                .containsExactlyInAnyOrder("desk-0/story-0000.txt", "late/story-late.txt");
        assertThat(NightlyFixtures.readCsv(firstFolder.resolve("articles.csv"))).hasSize(4);

        Result third = launch("third.log", command);
        assertThat(third.exit).as(third.log).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(third.log).contains("starting run 3 of that day").contains("importArticles COMPLETED: 0 files read");
        assertThat(out.resolve("run-" + RUN_DATE + "-2-3")).isDirectory();

        Result list = launch("list.log", "list", "outputDir=" + out);
        assertThat(list.log).containsPattern(" 1  " + RUN_DATE + "  COMPLETED .* run-" + RUN_DATE + "-1-2\\R")
                .containsPattern(" 0  " + RUN_DATE + "  COMPLETED .* run-" + RUN_DATE + "-0\\R");
    }

    @Test
    void csvFilesFollowTheUmaskAndTheDatabaseFilesAreOwnerOnly() throws Exception {
        Path input = work.resolve("in");
        NightlyFixtures.writeStories(input, 2);
        Path out = work.resolve("out");
        List<String> java = ChildRuns.javaCommand(List.of(), NewsArchiveEtlApplication.class,
                List.of("inputDir=" + input, "outputDir=" + out, "runDate=" + RUN_DATE, "--news.progress-interval=0"));
        Result r = run("umask.log", List.of("bash", "-c", "umask 002; exec " + ChildRuns.shellQuoted(java)));
        assertThat(r.exit).as(r.log).isEqualTo(ImportCommandLine.EXIT_OK);

        try (Stream<Path> csv = Files.list(out.resolve("run-" + RUN_DATE + "-0"))) {
            List<Path> files = csv.toList();
            assertThat(files).extracting(p -> p.getFileName().toString()).contains("articles.csv", "columns.csv", "removed.csv");
            for (Path f : files) {
                assertThat(mode(f)).as(f.toString()).isEqualTo("rw-rw-r--");
            }
        }
        Path db = out.resolve("db");
        assertThat(mode(db)).isEqualTo("rwx------");
        try (Stream<Path> files = Files.walk(db)) {
            List<Path> all = files.filter(p -> !p.equals(db)).toList();
            assertThat(all).extracting(p -> p.getFileName().toString()).contains("news.script", "news.properties");
            for (Path f : all) {
                assertThat(mode(f)).as(f.toString()).isEqualTo(Files.isDirectory(f) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void theDatabaseUrlIsPrintedWithItsPasswordMasked() {
        assertThat(RunSummaryListener.maskPassword("jdbc:hsqldb:hsql://db:9001/news;user=etl;password=s3cret;x=1"))
                .isEqualTo("jdbc:hsqldb:hsql://db:9001/news;user=etl;password=****;x=1");
        assertThat(RunSummaryListener.maskPassword("jdbc:postgresql://etl:s3cret@db/news?ssl=true&password=s3cret"))
                .isEqualTo("jdbc:postgresql://etl:****@db/news?ssl=true&password=****");
        assertThat(RunSummaryListener.maskPassword("jdbc:hsqldb:file:/o/db/news;shutdown=true"))
                .isEqualTo("jdbc:hsqldb:file:/o/db/news;shutdown=true");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private record Result(int exit, String log) {
    }

    /** The application's main entry with these arguments, in the test's working folder. */
    private Result launch(String logName, String... args) throws Exception {
        return run(logName, ChildRuns.javaCommand(List.of("-XX:-UsePerfData"), NewsArchiveEtlApplication.class, List.of(args)));
    }

    private Result run(String logName, List<String> command) throws Exception {
        Path log = work.resolve(logName);
        Process p = ChildRuns.start(new ArrayList<>(command), work, log);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("not done in 120 s: " + command + "\n" + ChildRuns.read(log));
        }
        return new Result(p.exitValue(), ChildRuns.read(log));
    }
}
