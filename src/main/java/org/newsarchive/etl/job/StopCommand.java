package org.newsarchive.etl.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code stop [<executionId>] [outputDir=...]}: asks the run in progress in an output folder
 * to stop after its current chunk. The run holds the database (an embedded file database is
 * open in one process at a time), so the request does not go through the database: the
 * holder of the {@link RunLock} gets SIGTERM, which its shutdown hook turns into Spring
 * Batch's {@code JobOperator.stop}. The run records STOPPED; launching the same command
 * again resumes it.
 */
public final class StopCommand {

    private StopCommand() {
    }

    public static int run(Path outputDir, Long executionId, Duration wait, PrintStream out, PrintStream err) {
        Optional<RunLock> free;
        try {
            free = RunLock.tryAcquire(outputDir, "stop");
        } catch (IOException e) {
            err.println("error: stop: cannot open the lock in '" + outputDir + "': " + e.getMessage());
            return ImportCommandLine.EXIT_INVALID_PARAMETERS;
        }
        if (free.isPresent()) {
            free.get().close();
            err.println("error: stop: no run is in progress in '" + outputDir + "'");
            return ImportCommandLine.EXIT_FAILED;
        }
        Map<String, String> holder = RunLock.readHolder(outputDir);
        String running = holder.get("executionId");
        if (executionId != null && !String.valueOf(executionId).equals(running)) {
            err.println("error: stop: execution " + executionId + " is not the run in progress in '" + outputDir + "' ("
                    + RunLock.describeHolder(holder) + ")");
            return ImportCommandLine.EXIT_FAILED;
        }
        Optional<ProcessHandle> process;
        try {
            process = ProcessHandle.of(Long.parseLong(holder.getOrDefault("pid", "")));
        } catch (NumberFormatException e) {
            process = Optional.empty();
        }
        if (process.isEmpty()) {
            err.println("error: stop: the run in progress (" + RunLock.describeHolder(holder)
                    + ") is not a process of this machine; stop it where it runs");
            return ImportCommandLine.EXIT_FAILED;
        }
        out.println("stop: asking " + RunLock.describeHolder(holder) + " to stop after its current chunk");
        process.get().destroy(); // SIGTERM
        try {
            process.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            out.println("stop: stopped; launch the same command again to resume it");
        } catch (java.util.concurrent.TimeoutException e) {
            out.println("stop: still finishing its chunk after " + wait.toSeconds() + " s; it stops when the chunk commits");
        } catch (Exception e) {
            out.println("stop: requested");
        }
        return ImportCommandLine.EXIT_OK;
    }
}
