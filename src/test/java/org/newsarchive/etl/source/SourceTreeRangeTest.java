package org.newsarchive.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A walk of a range of the files on disk (a partition's) yields exactly the documents of the
 * whole walk that come from files in the range, and counts only the containers, documents and
 * skipped records there: split at any file, the two ranges add up to the whole walk, even where
 * a container's entries are not in name order.
 */
class SourceTreeRangeTest {

    @TempDir
    Path root;

    @Test
    void twoRangesSplitAtAnyDocumentAddUpToTheWholeWalk() throws IOException {
        byte[] page = "<html><body><p>The ferry ran again on Monday.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/first.txt"), "LISBON, May 2 - The first story.");
        ContainerFixtures.write(root.resolve("a/bundle.zip"), ContainerFixtures.zip(ContainerFixtures.entries(
                "zeta.txt", "ROME, May 3 - Zeta.", "inner.tar.gz", ContainerFixtures.tarGz(ContainerFixtures.entries(
                        "deep-1.txt", "OSLO, May 4 - Deep one.", "deep-2.txt", "OSLO, May 4 - Deep two.")),
                "alpha.txt", "ROME, May 3 - Alpha.")));
        ContainerFixtures.write(root.resolve("b/crawl.warc"), ContainerFixtures.warc(false, Instant.parse("2026-05-05T00:00:00Z"),
                new ContainerFixtures.Capture("https://port.example/ferry", 200, "text/html", page),
                new ContainerFixtures.Capture("https://port.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}),
                new ContainerFixtures.Capture("https://port.example/harbour", 200, "text/html", page)));
        // an e-mail whose attachment is an article: the attachment follows the message in the walk
        Files.writeString(root.resolve("b/note.eml"), "From: desk@example.org\r\nSubject: Ferry note\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n"
                + "--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe story is attached.\r\n"
                + "--m\r\nContent-Type: text/html; charset=utf-8\r\nContent-Disposition: attachment; filename=\"ferry.html\"\r\n\r\n"
                + "<html><body><p>The ferry ran again on Monday.</p></body></html>\r\n--m--\r\n");
        Files.createDirectories(root.resolve("c"));
        Files.writeString(root.resolve("c/last.txt"), "VIGO, May 6 - The last story.");

        List<String> whole = new ArrayList<>();
        ContainerStats wholeStats;
        try (SourceTree tree = new SourceTree(root)) {
            tree.forEachRemaining(d -> whole.add(d.sourcePath()));
            wholeStats = tree.stats();
        }
        assertThat(whole).hasSize(10).contains("b/note.eml");
        assertThat(wholeStats.skippedTotal()).isPositive();

        List<String> files = new ArrayList<>();
        try (SourceTree tree = SourceTree.filesOnDisk(root)) {
            tree.forEachRemaining(d -> files.add(d.sourcePath()));
        }
        // files on disk only: no archive opened, no attachment taken out
        assertThat(files).containsExactly("a/bundle.zip", "a/first.txt", "b/crawl.warc", "b/note.eml", "c/last.txt");

        for (String boundary : files.subList(1, files.size())) {
            List<String> before = walk(null, boundary);
            List<String> after = walk(boundary, null);
            List<String> joined = new ArrayList<>(before);
            joined.addAll(after);
            assertThat(joined).as("split at " + boundary).isEqualTo(whole);
            Map<String, Long> sum = new HashMap<>(counts.get(0));
            counts.get(1).forEach((k, v) -> sum.merge(k, v, Long::sum));
            sum.values().removeIf(v -> v == 0);
            Map<String, Long> expected = new HashMap<>(wholeStats.asMap());
            expected.values().removeIf(v -> v == 0);
            assertThat(sum).as("counts split at " + boundary + ": " + counts).isEqualTo(expected);
            counts.clear();
        }
    }

    private final List<Map<String, Long>> counts = new ArrayList<>();

    /** The documents of the walk of [from, to); notes the range's counts. */
    private List<String> walk(String from, String to) {
        List<String> out = new ArrayList<>();
        try (SourceTree tree = new SourceTree(root, ContainerLimits.DEFAULTS, from, to)) {
            tree.forEachRemaining(doc -> out.add(doc.sourcePath()));
            counts.add(tree.stats().asMap());
        }
        return out;
    }
}
