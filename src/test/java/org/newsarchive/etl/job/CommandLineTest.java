package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.job.ImportCommandLine.Command;
import org.springframework.batch.core.job.parameters.JobParameters;

/** The command line's shape, its checks and the run lock, without starting the job. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void commandsInTheShapeOfCommandLineJobOperator() {
        assertThat(Command.parse(List.of())).isEqualTo(new Command("start", null, Map.of()));
        assertThat(Command.parse(List.of("runDate=2026-01-02")).name()).isEqualTo("start");
        assertThat(Command.parse(List.of("start", "inputDir=x")).params()).containsEntry("inputDir", "x");
        assertThat(Command.parse(List.of("restart", "12"))).isEqualTo(new Command("restart", 12L, Map.of()));
        assertThat(Command.parse(List.of("restart", "runDate=2026-01-02")).executionId()).isNull();
        assertThat(Command.parse(List.of("stop")).executionId()).isNull();
        assertThat(Command.parse(List.of("stop", "7", "outputDir=/o")).outputDir()).isEqualTo(Path.of("/o"));
        assertThat(Command.parse(List.of("abandon", "7")).executionId()).isEqualTo(7L);
        assertThat(Command.parse(List.of("list", "count=5")).params()).containsEntry("count", "5");

        assertThatThrownBy(() -> Command.parse(List.of("launch"))).hasMessageStartingWith("unknown command 'launch'");
        assertThatThrownBy(() -> Command.parse(List.of("restart", "abc"))).hasMessageContaining("'abc' is not an execution id");
        assertThatThrownBy(() -> Command.parse(List.of("abandon"))).hasMessageContaining("which execution?");
        assertThatThrownBy(() -> Command.parse(List.of("list", "runDate=2026-01-01"))).hasMessageContaining("unknown parameter 'runDate'");
        assertThatThrownBy(() -> Command.parse(List.of("list", "count=0"))).hasMessageStartingWith("count:");
    }

    @Test
    void selectionParametersAreCheckedAndBelongToTheRunsIdentity() {
        JobParameters p = ImportParameters.from(Map.of("inputDir", dir.toString(), "outputDir", dir.resolve("o").toString(),
                "include", "*.txt", "since", "2026-01-02", "full", "true"), LocalDate.of(2026, 1, 3));
        assertThat(p.getString("include")).isEqualTo("*.txt");
        assertThat(p.getLocalDateTime("since")).isEqualTo(LocalDateTime.of(2026, 1, 2, 0, 0));
        assertThat(p.getParameter("full").identifying()).isTrue();
        JobParameters plain = ImportParameters.from(Map.of("inputDir", dir.toString(), "full", "false"), LocalDate.of(2026, 1, 3));
        assertThat(plain.getString("full")).isNull();

        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.toString(), "since", "yesterday"), LocalDate.now()))
                .hasMessageStartingWith("since: 'yesterday' is not an ISO date");
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.toString(), "full", "yes"), LocalDate.now()))
                .hasMessage("full: 'yes' is neither true nor false");
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.toString(), "exclude", "{a"), LocalDate.now()))
                .hasMessageStartingWith("exclude: '{a' is not a valid glob");
    }

    @Test
    void helpListsEveryParameterWithItsDefaultAndTheExitCodes() {
        String usage = ImportCommandLine.usage();
        for (String[] p : ImportParameters.HELP) {
            assertThat(usage).containsPattern(p[0] + "\\s+default " + java.util.regex.Pattern.quote(p[1]));
        }
        assertThat(usage).contains("restart <executionId>").contains("stop [<executionId>]").contains("abandon <executionId>")
                .contains("list [count=20]").contains("4 already running");
    }

    @Test
    void badParametersEndBeforeAnythingStartsWithOneLineAndExitCode2() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NewsArchiveEtlApplication.run(new String[] {"inputDir=" + dir.resolve("missing"), "outputDir=" + dir},
                new PrintStream(out), new PrintStream(err));
        assertThat(code).isEqualTo(ImportCommandLine.EXIT_INVALID_PARAMETERS);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "error: inputDir: input folder '" + dir.resolve("missing") + "' does not exist" + System.lineSeparator());
    }

    @Test
    void theRunLockIsHeldOncePerOutputFolderAndNamesItsHolder() throws Exception {
        try (RunLock lock = RunLock.tryAcquire(dir, "start").orElseThrow()) {
            lock.setExecutionId(42);
            assertThat(RunLock.tryAcquire(dir, "start")).isEmpty();
            assertThat(RunLock.describeHolder(RunLock.readHolder(dir)))
                    .startsWith("pid " + ProcessHandle.current().pid() + ", execution 42, since ");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(StopCommand.run(dir, 41L, Duration.ZERO, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)))
                    .isEqualTo(ImportCommandLine.EXIT_FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("execution 41 is not the run in progress");
        }
        assertThat(RunLock.tryAcquire(dir, "start")).isPresent().get().satisfies(RunLock::close);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(StopCommand.run(dir, null, Duration.ZERO, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)))
                .isEqualTo(ImportCommandLine.EXIT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no run is in progress");
    }
}
