package org.newsarchive.etl.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.job.ArticleProcessor;
import org.newsarchive.etl.model.Article;
import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.Reject;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.source.ContainerFixtures;
import org.newsarchive.etl.source.ContainerLimits;
import org.newsarchive.etl.source.SourceTree;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleTagger;

/** The {@code news.limits.*} limits, each exceeded by an input made for it. */
class LimitsTest {

    @TempDir
    Path dir;

    private static ArticleProcessor processor(Duration timeout) {
        return new ArticleProcessor(new DocumentParser(), new ParagraphSplitter(), new RoleTagger(), timeout);
    }

    @Test
    void aParserThatHangsIsAbandonedAndTheNextDocumentIsRead() throws Exception {
        // a named pipe nobody writes to: opening it blocks for ever, as a hung parser would
        Path fifo = dir.resolve("hangs.html");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path good = dir.resolve("good.txt");
        Files.writeString(good, HostileFixtures.story(1), StandardCharsets.UTF_8);
        ArticleProcessor processor = processor(Duration.ofMillis(500));

        long start = System.nanoTime();
        Outcome hung = processor.process(new SourceDocument("hangs.html", fifo, 100));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(hung).isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reason()).isEqualTo("parsing took longer than 500 ms (news.limits.parse-timeout); abandoned");
            assertThat(r.exceptionClass()).isEqualTo("java.util.concurrent.TimeoutException");
        });
        assertThat(processor.process(new SourceDocument("good.txt", good, Files.size(good)))).isInstanceOf(Article.class);
    }

    @Test
    void aNamedPipeCalledTxtIsStillAbandonedAfterTheTimeLimit() throws Exception {
        // small .txt files are read without a worker thread: not one that is not a regular file
        Path fifo = dir.resolve("hangs.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Outcome hung = processor(Duration.ofMillis(500)).process(new SourceDocument("hangs.txt", fifo, 100));
        assertThat(hung).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.exceptionClass()).isEqualTo("java.util.concurrent.TimeoutException"));
    }

    @Test
    void aFileThatVanishesBeforeItIsReadIsRejected() throws Exception {
        Path file = dir.resolve("gone.txt");
        Files.writeString(file, HostileFixtures.story(2), StandardCharsets.UTF_8);
        SourceDocument doc = new SourceDocument("gone.txt", file, Files.size(file));
        Files.delete(file);
        assertThat(processor(Duration.ofSeconds(30)).process(doc)).isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reason()).startsWith("cannot read file: ");
            assertThat(r.exceptionClass()).isEqualTo("java.nio.file.NoSuchFileException");
        });
    }

    @Test
    void containerLimitsEntriesDepthAndExpansion() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            many.put("s" + i + ".txt", HostileFixtures.story(i).getBytes(StandardCharsets.UTF_8));
        }
        ContainerFixtures.write(dir.resolve("in/many.zip"), ContainerFixtures.zip(many));
        byte[] nested = ContainerFixtures.zip(ContainerFixtures.entries("deep.txt", HostileFixtures.story(1)));
        for (int i = 0; i < 3; i++) {
            nested = ContainerFixtures.zip(ContainerFixtures.entries("n.zip", nested));
        }
        ContainerFixtures.write(dir.resolve("in/nested.zip"), nested);
        // 3 MB of text compresses to a few KB: far past 2x its size
        ContainerFixtures.write(dir.resolve("in/ratio.zip"), ContainerFixtures.zip(ContainerFixtures.entries(
                "a.txt", "a".repeat(1_500_000), "b.txt", "b".repeat(1_500_000), "c.txt", "c")));
        ContainerFixtures.write(dir.resolve("in/spilled.zip"), ContainerFixtures.zip(ContainerFixtures.entries(
                "big.txt", HostileFixtures.story(3) + "x".repeat(5_000))));

        ContainerLimits limits = new ContainerLimits(1_000_000, 10, 3, 2, 2_000_000, 4_096);
        List<String> seen = new ArrayList<>();
        try (SourceTree tree = new SourceTree(dir.resolve("in"), limits)) {
            while (tree.hasNext()) {
                SourceDocument d = tree.next();
                String failure = d.origin().failure();
                seen.add(d.sourcePath() + (failure != null ? " -> " + failure : d.spill() != null ? " (spilled)" : ""));
                if (d.spill() != null) {
                    assertThat(new String(d.open().readAllBytes(), StandardCharsets.UTF_8)).endsWith("xxxxx");
                    d.release();
                    assertThat(d.spill()).doesNotExist();
                }
            }
        }
        assertThat(seen).containsExactly(
                "many.zip!/s0.txt", "many.zip!/s1.txt", "many.zip!/s2.txt", "many.zip!/s3.txt", "many.zip!/s4.txt",
                "many.zip!/s5.txt", "many.zip!/s6.txt", "many.zip!/s7.txt", "many.zip!/s8.txt", "many.zip!/s9.txt",
                "many.zip -> zip has more than 10 entries; the rest of it is not read",
                "nested.zip!/n.zip!/n.zip!/n.zip -> containers nested more than 3 deep; this one is not opened",
                "ratio.zip!/a.txt -> entry larger than 1000000 bytes",
                "ratio.zip!/b.txt -> cannot read entry: expands to more than 2000000 bytes (suspected zip bomb); the rest is not read",
                "ratio.zip -> zip broken after 0 documents: expands to more than 2000000 bytes (suspected zip bomb); the rest is not read",
                "spilled.zip!/big.txt (spilled)");
    }
}
