package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;


/** Starts the command line ({@link TestHooks#main}, the application with the test hooks) in a child JVM. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                TestHooks.class.getName()));
        command.addAll(args);
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs to the end; returns the exit code (fails the test after the timeout). */
    static int run(Path log, long timeoutSeconds, List<String> args) throws Exception {
        Process p = start(log, args);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("not done in " + timeoutSeconds + " s: " + args + "\n" + Files.readString(log));
        }
        return p.exitValue();
    }
}
