package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.NewsArchiveEtlApplication;

/**
 * Faults around the job, with the real command line in child JVMs: the output disk full
 * mid-run, the database server unreachable at start, the database held by another process,
 * the database server gone mid-run. Each launch fails with one {@code error:} line saying
 * what is wrong and a non-zero exit code; once the fault is cleared, the same command
 * completes with the same CSV files and database rows as a run that was never disturbed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobFaultsTest {

    private static final int STORIES = 60;
    private static final String RUN_DATE = "2026-06-01";

    @TempDir
    static Path work;

    private Map<String, String> expectedFiles;
    private Map<String, List<List<Object>>> expectedRows;

    @BeforeAll
    void uninterruptedRun() throws Exception {
        NightlyFixtures.writeStories(work.resolve("input"), STORIES);
        Process clean = ChildRuns.start(command(work.resolve("clean")), work, work.resolve("clean.log"));
        assertExit(clean, "clean.log", ImportCommandLine.EXIT_OK);
        expectedFiles = NightlyFixtures.runFolderFiles(work.resolve("clean"));
        assertThat(expectedFiles.get("articles.csv").lines()).hasSize(STORIES + 1);
        expectedRows = NightlyFixtures.tables(work.resolve("clean"));
        assertThat(expectedRows.get(NightlyFixtures.TABLE_QUERIES.get(0))).hasSize(STORIES);
    }

    /**
     * A file-size limit of 64 KiB ({@code ulimit -f}): the database's data file cannot grow past
     * it after a few chunks. The JVM ignores SIGXFSZ, so the write fails with EFBIG ("File too
     * large", which HSQLDB reports as "Data File size limit is reached") and the job fails.
     */
    @Test
    void outputDiskFullMidRunThenRelaunchWithoutTheLimit() throws Exception {
        Path out = work.resolve("disk-full");
        // only the job's JVM has the limit: cat writes its log
        String shell = "set -o pipefail; (ulimit -f 64; trap '' XFSZ; exec " + ChildRuns.shellQuoted(command(out))
                + ") 2>&1 | cat";
        Process full = ChildRuns.start(List.of("bash", "-c", shell), work, work.resolve("disk-full.log"));
        assertExit(full, "disk-full.log", ImportCommandLine.EXIT_FAILED);
        assertThat(errorLine("disk-full.log")).contains("cannot write the output", "size limit is reached",
                "disk is full or a file-size limit", "launch the same command again to resume");
        assertThat(ChildRuns.committedArticles(out.resolve("run-" + RUN_DATE + "-0.parts")))
                .as("the run stopped midway").isBetween(1L, (long) STORIES - 1);

        Process relaunch = ChildRuns.start(command(out), work, work.resolve("disk-full-relaunch.log"));
        assertExit(relaunch, "disk-full-relaunch.log", ImportCommandLine.EXIT_OK);
        assertThat(log("disk-full-relaunch.log")).contains("resuming the run for " + RUN_DATE);
        assertSameAsUninterrupted(out);
    }

    @Test
    void databaseServerUnreachableAtStartThenRelaunchWithTheNormalDatabase() throws Exception {
        Path out = work.resolve("no-server");
        int port = freePort();
        List<String> command = command(out, "--spring.datasource.url=jdbc:hsqldb:hsql://127.0.0.1:" + port + "/news",
                "--spring.datasource.username=etl", "--spring.datasource.password=secret");
        Process refused = ChildRuns.start(command, work, work.resolve("no-server.log"));
        assertExit(refused, "no-server.log", ImportCommandLine.EXIT_FAILED);
        assertThat(errorLine("no-server.log")).contains("cannot connect to the database jdbc:hsqldb:hsql://127.0.0.1:"
                + port + "/news", "Connection refused", "nothing was run").doesNotContain("secret");

        Process relaunch = ChildRuns.start(command(out), work, work.resolve("no-server-relaunch.log"));
        assertExit(relaunch, "no-server-relaunch.log", ImportCommandLine.EXIT_OK);
        assertSameAsUninterrupted(out);
    }

    /** This test's JVM opens the output folder's file database (as the job does) and holds its HSQLDB lock. */
    @Test
    void databaseHeldByAnotherProcessThenRelaunchAfterItEnded() throws Exception {
        Path out = work.resolve("locked");
        Files.createDirectories(out.resolve("db"));
        String url = NewsArchiveEtlApplication.defaultDatabaseUrl(new String[] {"outputDir=" + out});
        try (Connection holder = DriverManager.getConnection(url, "SA", "")) {
            Process refused = ChildRuns.start(command(out), work, work.resolve("locked.log"));
            assertExit(refused, "locked.log", ImportCommandLine.EXIT_ALREADY_RUNNING);
            assertThat(errorLine("locked.log")).contains("the database is in use by another process",
                    "lock file '" + out.resolve("db/news.lck").toAbsolutePath() + "'", "close that process");
        } // shutdown=true: closing the last connection closes the database and frees its lock
        Process relaunch = ChildRuns.start(command(out), work, work.resolve("locked-relaunch.log"));
        assertExit(relaunch, "locked-relaunch.log", ImportCommandLine.EXIT_OK);
        assertSameAsUninterrupted(out);
    }

    /**
     * The job on an HSQLDB server (a child JVM serving {@code <outputDir>/db/news}); the server
     * is killed with {@code kill -9} after 3 chunks. The job fails once the pool gives up
     * (1 s here); the server is started again and the same command resumes.
     */
    @Test
    void databaseServerKilledMidRunThenRelaunchResumes() throws Exception {
        Path out = work.resolve("server");
        String fileUrl = "jdbc:hsqldb:file:" + out.resolve("db/news") + ";hsqldb.default_table_type=cached;hsqldb.write_delay=false";
        Files.createDirectories(out.resolve("db"));
        try (Connection c = DriverManager.getConnection(fileUrl, "SA", ""); Statement st = c.createStatement()) {
            st.execute("CREATE USER \"etl\" PASSWORD 'secret' ADMIN");
            st.execute("SHUTDOWN");
        }
        int port = freePort();
        List<String> serverCommand = ChildRuns.javaCommand(List.of(), org.hsqldb.server.Server.class, List.of(
                "--database.0", "file:" + out.resolve("db/news"), "--dbname.0", "news", "--address", "127.0.0.1",
                "--port", String.valueOf(port), "--silent", "true"));
        String url = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/news";
        List<String> options = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=etl",
                "--spring.datasource.password=secret", "--spring.datasource.hikari.connection-timeout=1000");

        Process server = ChildRuns.start(serverCommand, work, work.resolve("server-1.log"));
        awaitText("server-1.log", "online", server);
        List<String> slow = new ArrayList<>(options);
        slow.add("--news.test.item-delay-ms=30");
        Process run = ChildRuns.start(command(out, slow.toArray(String[]::new)), work, work.resolve("server-run.log"));
        try {
            ChildRuns.awaitCommittedArticles(out.resolve("run-" + RUN_DATE + "-0.parts"), 20, run);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + log("server-run.log"), e);
        }
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: the database is gone mid-run
        assertExit(run, "server-run.log", ImportCommandLine.EXIT_FAILED);
        assertThat(errorLine("server-run.log")).contains("cannot connect to the database " + url, "Connection refused",
                "launch the same command again to resume");

        server = ChildRuns.start(serverCommand, work, work.resolve("server-2.log"));
        try {
            awaitText("server-2.log", "online", server);
            Process relaunch = ChildRuns.start(command(out, options.toArray(String[]::new)), work,
                    work.resolve("server-relaunch.log"));
            assertExit(relaunch, "server-relaunch.log", ImportCommandLine.EXIT_OK);
            assertThat(log("server-relaunch.log")).contains("resuming the run for " + RUN_DATE);
            try (Connection c = DriverManager.getConnection(url, "etl", "secret"); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
        }
        assertSameAsUninterrupted(out);
    }

    private List<String> command(Path outputDir, String... options) {
        List<String> args = new ArrayList<>(List.of("inputDir=" + work.resolve("input"), "outputDir=" + outputDir,
                "runDate=" + RUN_DATE, "--news.chunk-size=10", "--news.progress-interval=0"));
        args.addAll(List.of(options));
        return ChildRuns.javaCommand(List.of("-XX:-UsePerfData"), TestHooks.class, args);
    }

    private void assertSameAsUninterrupted(Path outputDir) throws Exception {
        assertThat(NightlyFixtures.runFolderFiles(outputDir)).isEqualTo(expectedFiles);
        assertThat(NightlyFixtures.tables(outputDir)).isEqualTo(expectedRows);
    }

    private void assertExit(Process process, String logName, int expected) throws Exception {
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(logName).isTrue();
        assertThat(process.exitValue()).as(log(logName)).isEqualTo(expected);
    }

    /** The one line that explains the failure: it starts with "error: " (the log may hold stack traces too). */
    private String errorLine(String logName) throws IOException {
        List<String> errors = log(logName).lines().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).as(log(logName)).hasSize(1);
        return errors.get(0);
    }

    private void awaitText(String logName, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!log(logName).contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in " + logName + ": " + log(logName));
            }
            Thread.sleep(50);
        }
    }

    private String log(String name) throws IOException {
        return ChildRuns.read(work.resolve(name));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
