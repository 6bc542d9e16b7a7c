package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.model.SourceOrigin;

/** Which documents {@link ArticleProcessor} reads without a worker thread and its time limit. */
class ArticleProcessorTest {

    @TempDir
    Path dir;

    @Test
    void smallPlainTextFilesAndEntriesAreReadOnTheCallingThread() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "HARBOURTON, May 2 - The ferry ran late.\n");
        assertThat(ArticleProcessor.readsOnCallingThread(new SourceDocument("story.txt", story, Files.size(story)))).isTrue();
        byte[] bytes = "The ferry ran late.".getBytes(StandardCharsets.UTF_8);
        assertThat(ArticleProcessor.readsOnCallingThread(
                SourceDocument.entry("wire.zip!/story.TXT", dir.resolve("wire.zip"), bytes, SourceOrigin.NONE))).isTrue();
    }

    @Test
    void everythingElseGetsAWorkerAndTheTimeLimit() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), "<p>The ferry ran late.</p>");
        assertThat(ArticleProcessor.readsOnCallingThread(new SourceDocument("page.html", page, Files.size(page)))).isFalse();
        Path large = dir.resolve("large.txt");
        Files.write(large, new byte[(int) ArticleProcessor.CALLING_THREAD_MAX_BYTES + 1]);
        assertThat(ArticleProcessor.readsOnCallingThread(new SourceDocument("large.txt", large, Files.size(large)))).isFalse();
        // a named pipe can block its reader for ever, whatever it is called
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(ArticleProcessor.readsOnCallingThread(new SourceDocument("pipe.txt", fifo, 100))).isFalse();
        assertThat(ArticleProcessor.readsOnCallingThread(
                SourceDocument.failed("wire.zip!/story.txt", dir.resolve("wire.zip"), "truncated entry"))).isFalse();
    }
}
