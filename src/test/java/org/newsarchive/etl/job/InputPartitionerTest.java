package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.source.SourceTree;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The partitions are contiguous ranges of the walk that hold every file exactly once. */
class InputPartitionerTest {

    @TempDir
    Path input;

    @Test
    void partitionsJoinedInOrderAreTheWalk() throws Exception {
        for (int i = 0; i < 37; i++) { // names that sort differently as paths and as strings: a/b vs a.txt
            write(String.format("d%d/%s-%02d.txt", i % 3, i % 2 == 0 ? "a" : "a.b", i), 100 + 1000 * (i % 5));
        }
        write("a.txt", 10);
        write("a/z.txt", 10);
        for (int grid : new int[] {1, 2, 5, 8, 40, 60}) {
            assertThat(joined(grid)).as("grid " + grid).isEqualTo(walk());
        }
        // about equal weight: with 5 partitions none holds much more than a fifth of the bytes
        long total = walk().stream().mapToLong(p -> weight(p)).sum();
        Map<String, ExecutionContext> five = new InputPartitioner(input).partition(5);
        for (ExecutionContext c : five.values()) {
            assertThat(read(c).stream().mapToLong(this::weight).sum()).isLessThan(total / 5 + 8_300); // at most one file (the largest weighs 8,196) over a fifth
        }
    }

    @Test
    void emptyInputGivesOneOpenPartitionAndEmptyOnes() {
        Map<String, ExecutionContext> partitions = new InputPartitioner(input).partition(3);
        assertThat(partitions.keySet()).containsExactly("partition0001", "partition0002", "partition0003");
        assertThat(partitions.get("partition0001").containsKey(InputPartitioner.FROM)).isFalse();
        assertThat(partitions.get("partition0001").containsKey(InputPartitioner.TO)).isFalse();
        assertThat(new InputPartitioner(input).getPartitionNames(3)).containsExactlyElementsOf(partitions.keySet());
    }

    private void write(String path, int bytes) throws IOException {
        Path file = input.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
    }

    private long weight(String path) {
        try {
            return Files.size(input.resolve(path)) + InputPartitioner.PER_FILE_BYTES;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> walk() {
        List<String> paths = new ArrayList<>();
        new SourceTree(input).forEachRemaining(d -> paths.add(d.sourcePath()));
        return paths;
    }

    private List<String> joined(int grid) throws Exception {
        List<String> paths = new ArrayList<>();
        for (ExecutionContext c : new InputPartitioner(input).partition(grid).values()) {
            paths.addAll(read(c));
        }
        return paths;
    }

    private List<String> read(ExecutionContext c) throws Exception {
        SourceDocumentReader reader = new SourceDocumentReader(input, d -> true, org.newsarchive.etl.source.ContainerLimits.DEFAULTS,
                c.containsKey(InputPartitioner.FROM) ? c.getString(InputPartitioner.FROM) : null,
                c.containsKey(InputPartitioner.TO) ? c.getString(InputPartitioner.TO) : null);
        reader.open(new ExecutionContext());
        List<String> paths = new ArrayList<>();
        for (SourceDocument d = reader.read(); d != null; d = reader.read()) {
            paths.add(d.sourcePath());
        }
        reader.close();
        return paths;
    }
}
