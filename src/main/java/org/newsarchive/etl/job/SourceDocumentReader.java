package org.newsarchive.etl.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.source.ContainerLimits;
import org.newsarchive.etl.source.ContainerStats;
import org.newsarchive.etl.source.SourceTree;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the documents below the input folder, one item each; container files (zip, tar,
 * gzip, WARC, mbox) give one item per article inside, taken out lazily as the step reads on.
 * Restartable: the number of documents already handed out is saved in the step's execution
 * context at every commit, and a restart re-walks and skips that many in the walk's fixed
 * order (container expansion is deterministic, so the position is the same).
 *
 * <p>Only the documents the selection accepts are items (see {@link SourceSelection}); the
 * selection is the same on a restart, so the count still points at the same document.
 *
 * <p>The container counts ({@link ContainerStats}) are saved in the step's execution context
 * at every commit under {@code sourceDocuments.containers.*}; a restart recomputes them while
 * it skips, so they stay exact. {@link #containerSummary(ExecutionContext)} reads them back
 * for the run summary.
 *
 * <p>A partition reads only its range of the walk's files on disk ({@link org.newsarchive.etl.source.WalkOrder}): from the
 * {@code from} file (inclusive) to the {@code to} file (exclusive), either open-ended when null;
 * a container's entries are all in its file's range. Folders and files before the range are
 * passed over without a look at their content, the walk ends at the range's end, and the
 * container counts are those of the range.
 */
public class SourceDocumentReader extends AbstractItemCountingItemStreamItemReader<SourceDocument> {

    static final String NAME = "sourceDocuments";
    static final String CONTAINER_PREFIX = NAME + ".containers.";

    private final Path root;
    private final ContainerLimits limits;
    private final Predicate<SourceDocument> selection;
    private final String from;
    private final String to;
    private SourceTree tree;

    public SourceDocumentReader(Path root) {
        this(root, doc -> true);
    }

    public SourceDocumentReader(Path root, Predicate<SourceDocument> selection) {
        this(root, selection, ContainerLimits.DEFAULTS, null, null);
    }

    public SourceDocumentReader(Path root, Predicate<SourceDocument> selection, long maxEntryBytes) {
        this(root, selection, ContainerLimits.DEFAULTS.withMaxEntryBytes(maxEntryBytes), null, null);
    }

    public SourceDocumentReader(Path root, Predicate<SourceDocument> selection, ContainerLimits limits) {
        this(root, selection, limits, null, null);
    }

    /** A reader of one partition's range of the walk: {@code from} inclusive, {@code to} exclusive, null for open. */
    public SourceDocumentReader(Path root, Predicate<SourceDocument> selection, ContainerLimits limits, String from, String to) {
        this.root = root;
        this.selection = selection;
        this.limits = limits;
        this.from = from;
        this.to = to;
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        tree = new SourceTree(root, limits, from, to);
    }

    @Override
    protected SourceDocument doRead() {
        while (tree.hasNext()) {
            SourceDocument doc = tree.next();
            if (selection.test(doc)) {
                return doc;
            }
            doc.release();
        }
        return null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex; i++) {
            SourceDocument skipped = doRead();
            if (skipped == null) {
                break;
            }
            skipped.release(); // handed out and committed by an earlier execution
        }
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        super.update(executionContext);
        if (tree != null) {
            for (Map.Entry<String, Long> e : tree.stats().asMap().entrySet()) {
                executionContext.putLong(CONTAINER_PREFIX + e.getKey(), e.getValue());
            }
        }
    }

    @Override
    protected void doClose() {
        if (tree != null) {
            tree.close();
        }
        tree = null;
    }

    /** The container counts so far (null before the reader is opened). */
    public ContainerStats containerStats() {
        return tree == null ? null : tree.stats();
    }

    /**
     * The counts a step's execution context holds, as name → value ({@code containers},
     * {@code documents}, {@code failed}, {@code skipped.<reason>}); empty when no container
     * was read.
     */
    public static Map<String, Long> containerCounts(ExecutionContext context) {
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, Object> e : context.entrySet()) {
            if (e.getKey().startsWith(CONTAINER_PREFIX) && e.getValue() instanceof Number n) {
                counts.put(e.getKey().substring(CONTAINER_PREFIX.length()), n.longValue());
            }
        }
        return counts;
    }

    /**
     * One line for the run summary, e.g. {@code containers: 2 (131 documents, 0 unreadable;
     * skipped warc-request=77 warc-not-html=60)}, or null when no container was read.
     */
    public static String containerSummary(ExecutionContext context) {
        Map<String, Long> counts = containerCounts(context);
        long containers = counts.getOrDefault("containers", 0L);
        if (containers == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder("containers: ").append(containers).append(" (")
                .append(counts.getOrDefault("documents", 0L)).append(" documents, ")
                .append(counts.getOrDefault("failed", 0L)).append(" unreadable");
        String skipped = counts.entrySet().stream().filter(e -> e.getKey().startsWith("skipped."))
                .map(e -> e.getKey().substring("skipped.".length()) + "=" + e.getValue())
                .reduce((a, b) -> a + " " + b).orElse(null);
        if (skipped != null) {
            sb.append("; skipped ").append(skipped);
        }
        return sb.append(')').toString();
    }
}
