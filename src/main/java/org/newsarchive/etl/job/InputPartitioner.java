package org.newsarchive.etl.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.source.SourceTree;
import org.newsarchive.etl.source.WalkOrder;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the input folder into {@code gridSize} partitions that are contiguous ranges of the
 * walk's fixed order ({@link WalkOrder}) of the files on disk: partition {@code n} holds the
 * files from its {@value #FROM} path (inclusive, none for the first) to its {@value #TO} path
 * (exclusive, none for the last); a container (zip, tar, WARC, ...) is one file, all its entries
 * in one partition, so a boundary never falls inside it (its entries are in archive order, not
 * in name order). The tree is walked twice, streaming (a listing, no file is read): once
 * to sum the files' weights (size plus a fixed cost per file), once to note the boundary paths,
 * so the partitions hold about as much work each. Joined in partition order, the partitions' outputs are in the one-machine order.
 *
 * <p>A file added after the split still falls in exactly one range. There are always
 * {@code gridSize} partitions (some empty when there are fewer files), named
 * {@code partition0001}, ...: a restart finds them by name ({@link PartitionNameProvider}) and
 * re-runs only those that did not complete, each with its own saved range and position.
 */
public class InputPartitioner implements Partitioner, PartitionNameProvider {

    static final String NUMBER = "partition.number";
    static final String FROM = "partition.from";
    static final String TO = "partition.to";
    static final int MAX_PARTITIONS = 9999;
    static final long PER_FILE_BYTES = 4096;

    private final Path inputDir;

    public InputPartitioner(Path inputDir) {
        this.inputDir = inputDir;
    }

    /** A file's share of the work: its size plus {@value #PER_FILE_BYTES} bytes for what every file costs. */
    static long weight(SourceDocument doc) {
        return Math.max(0, doc.size()) + PER_FILE_BYTES;
    }

    static String name(int number) {
        return String.format("partition%04d", number);
    }

    @Override
    public Collection<String> getPartitionNames(int gridSize) {
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= gridSize; n++) {
            names.add(name(n));
        }
        return names;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        if (gridSize < 1 || gridSize > MAX_PARTITIONS) {
            throw new IllegalArgumentException("news.partitions must be between 1 and " + MAX_PARTITIONS + ", not " + gridSize);
        }
        // weigh each file by its size plus a fixed cost per file: parsing time grows with the bytes
        long total = 0;
        if (gridSize > 1) { // one partition has no boundary to find: the walk would be for nothing
            for (SourceTree tree = SourceTree.filesOnDisk(inputDir); tree.hasNext(); ) {
                total += weight(tree.next());
            }
        }
        // boundary n (1..gridSize-1) is the path of the first file at which the weight walked so far
        // reaches n * total / gridSize
        String[] bounds = new String[gridSize];
        if (total > 0) {
            int n = 1;
            long walked = 0;
            for (SourceTree tree = SourceTree.filesOnDisk(inputDir); tree.hasNext() && n < gridSize; ) {
                SourceDocument doc = tree.next();
                while (n < gridSize && walked >= n * (total / gridSize) + n * (total % gridSize) / gridSize) {
                    bounds[n++] = doc.sourcePath();
                }
                walked += weight(doc);
            }
        }
        // without a boundary (fewer files, or the listing shrank between the two walks) the last
        // partition that has one runs to the end, and the later ones are empty
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int n = 1; n <= gridSize; n++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(NUMBER, n);
            if (n > 1 && bounds[n - 1] == null) {
                context.putString(FROM, "");
                context.putString(TO, "");
            } else {
                if (n > 1) {
                    context.putString(FROM, bounds[n - 1]);
                }
                if (n < gridSize && bounds[n] != null) {
                    context.putString(TO, bounds[n]);
                }
            }
            partitions.put(name(n), context);
        }
        return partitions;
    }
}
