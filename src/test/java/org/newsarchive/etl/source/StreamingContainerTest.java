package org.newsarchive.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves at test scale that containers are streamed: a tar.gz and a zip of 15,000 small
 * articles each (about 45 MB of article text each, nested containers included) are walked
 * and read in a forked JVM whose heap is 24 MB. Holding either container's entries would
 * not fit. The 1 GB run through the real job is {@link LargeContainerCheck} (not part of the
 * suite).
 */
class StreamingContainerTest {

    static final int ENTRIES = 15_000;

    @TempDir
    Path root;

    @Test
    void containersMuchLargerThanTheHeapGoThrough() throws Exception {
        byte[] article = article();
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
                Files.newOutputStream(root.resolve("many.tar.gz"))), 1 << 16);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (int i = 0; i < ENTRIES; i++) {
                TarArchiveEntry e = new TarArchiveEntry(String.format("day-%03d/story-%05d.txt", i / 100, i));
                e.setSize(article.length);
                tar.putArchiveEntry(e);
                tar.write(article);
                tar.closeArchiveEntry();
            }
        }
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(root.resolve("many.zip")))) {
            for (int i = 0; i < ENTRIES; i++) {
                zip.putArchiveEntry(new ZipArchiveEntry("s/" + i + ".html"));
                zip.write(article);
                zip.closeArchiveEntry();
            }
            zip.putArchiveEntry(new ZipArchiveEntry("nested.zip"));
            zip.write(ContainerFixtures.zip(ContainerFixtures.entries("inner.txt", "inner")));
            zip.closeArchiveEntry();
        }

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-cp", System.getProperty("java.class.path"), ContainerWalk.class.getName(), root.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        long expectedBytes = 2L * ENTRIES * article.length + "inner".length();
        assertThat(output).contains("documents=" + (2 * ENTRIES + 1) + " bytes=" + expectedBytes + " failed=0");
        assertThat((long) ENTRIES * article.length).isGreaterThan(24L * 1024 * 1024 * 3 / 2); // each container > 1.5 x heap
    }

    static byte[] article() {
        StringBuilder sb = new StringBuilder("Harbour board votes on dues\n\nKIRKWALL, May 2 - ");
        while (sb.length() < 3000) {
            sb.append("The harbour board voted on Friday to raise landing dues by four percent. ");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
