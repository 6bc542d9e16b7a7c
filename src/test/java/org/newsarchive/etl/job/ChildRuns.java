package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVMs that run the real command line (or a test helper) on the test class path, for
 * the tests that launch, signal, kill and starve it: {@link KillAndResumeTest},
 * {@link HostileRunTest}, {@link JobFaultsTest}.
 */
final class ChildRuns {

    private ChildRuns() {
    }

    /** {@code java <jvmOptions> -cp <the test class path> <mainClass> <args>}, C1 only and with CDS, to start fast. */
    static List<String> javaCommand(List<String> jvmOptions, Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        return command;
    }

    /** Starts the command in {@code workDir}, its output and errors into {@code log}. */
    static Process start(List<String> command, Path workDir, Path log) throws IOException {
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    static long lines(Path file) throws IOException {
        try (var s = Files.lines(file, StandardCharsets.UTF_8)) {
            return s.count();
        }
    }

    /**
     * The article rows the partitions of a run have committed so far: the data lines of
     * {@code partition-*}/articles.csv in the run's {@code .parts} folder (0 before there is one).
     */
    static long committedArticles(Path partsFolder) throws IOException {
        if (!Files.isDirectory(partsFolder)) {
            return 0;
        }
        long rows = 0;
        try (var partitions = Files.list(partsFolder)) {
            for (Path partition : partitions.toList()) {
                Path articles = partition.resolve("articles.csv");
                if (Files.exists(articles)) {
                    rows += Math.max(0, lines(articles) - 1); // its header
                }
            }
        }
        return rows;
    }

    /** Waits until the run's partitions have committed at least so many article rows. */
    static void awaitCommittedArticles(Path partsFolder, long atLeast, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (committedArticles(partsFolder) >= atLeast) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the run ended before its partitions in " + partsFolder + " had " + atLeast + " articles");
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for " + atLeast + " articles in " + partsFolder);
    }

    /** The command for {@code bash -c}, every word single-quoted. */
    static String shellQuoted(List<String> command) {
        StringBuilder sb = new StringBuilder();
        for (String word : command) {
            sb.append(sb.isEmpty() ? "" : " ").append('\'').append(word.replace("'", "'\\''")).append('\'');
        }
        return sb.toString();
    }
}
