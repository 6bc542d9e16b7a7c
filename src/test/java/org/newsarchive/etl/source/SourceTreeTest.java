package org.newsarchive.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.model.SourceDocument;

class SourceTreeTest {

    @TempDir
    Path root;

    private List<String> walk() {
        List<String> paths = new ArrayList<>();
        new SourceTree(root).forEachRemaining(d -> paths.add(d.sourcePath()));
        return paths;
    }

    @Test
    void walksEveryRegularFileDepthFirstInSortedOrder() throws IOException {
        for (String p : List.of("b.txt", "a/z.html", "a/b/c.txt", "c/d.pdf", "A.txt")) {
            Files.createDirectories(root.resolve(p).getParent());
            Files.writeString(root.resolve(p), "x");
        }
        Files.createDirectories(root.resolve("empty-folder"));
        assertThat(walk()).containsExactly("A.txt", "a/b/c.txt", "a/z.html", "b.txt", "c/d.pdf");
    }

    @Test
    void doesNotFollowFolderLinksSoLoopsEnd() throws IOException {
        Files.createDirectories(root.resolve("news"));
        Files.writeString(root.resolve("news/story.txt"), "x");
        Files.createSymbolicLink(root.resolve("news/loop"), root);
        Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("news/story.txt"));
        assertThat(walk()).containsExactly("link.txt", "news/story.txt");
    }

    @Test
    void reportsSizes() throws IOException {
        Files.writeString(root.resolve("s.txt"), "12345");
        SourceDocument doc = new SourceTree(root).next();
        assertThat(doc.size()).isEqualTo(5);
        assertThat(doc.extension()).isEqualTo("txt");
    }

    @Test
    void checksTheInputFolder() throws IOException {
        assertThatThrownBy(() -> SourceTree.checkReadableFolder(root.resolve("missing")))
                .hasMessage("input folder '" + root.resolve("missing") + "' does not exist");
        Files.writeString(root.resolve("file.txt"), "x");
        assertThatThrownBy(() -> SourceTree.checkReadableFolder(root.resolve("file.txt"))).hasMessageContaining("is not a folder");
    }
}
