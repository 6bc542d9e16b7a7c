package org.newsarchive.etl.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BareTikaTest {

    @Test
    void severalThreadsExtractEveryFileOnceAndTheSameTextAsOne(@TempDir Path root) throws Exception {
        long expectedChars = 0;
        for (int i = 0; i < 40; i++) {
            String story = "HARBOUR CITY, May " + (i % 28 + 1) + " (Agency) - Story number " + i + " about the ferry.";
            Path dir = Files.createDirectories(root.resolve("day" + i % 3));
            if (i % 2 == 0) {
                Files.writeString(dir.resolve("story" + i + ".txt"), story, StandardCharsets.UTF_8);
            } else {
                Files.writeString(dir.resolve("story" + i + ".html"),
                        "<html><body><p>" + story + "</p></body></html>", StandardCharsets.UTF_8);
            }
            expectedChars += story.length();
        }
        BareTika.Totals one = BareTika.extract(root, 1);
        BareTika.Totals three = BareTika.extract(root, 3);

        assertThat(one.files()).isEqualTo(40);
        assertThat(one.failed()).isZero();
        assertThat(one.characters()).as("each story's text, give or take line ends").isBetween(expectedChars, expectedChars + 40 * 4);
        assertThat(three).isEqualTo(one);
    }

    @Test
    void aThreadCountBelowOneIsRefused(@TempDir Path root) {
        assertThatThrownBy(() -> BareTika.extract(root, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
