package org.newsarchive.etl.job;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.source.SourceTree;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the documents below the input folder, one item each. Restartable: the number of
 * documents already handed out is saved in the step's execution context at every commit, and
 * a restart skips that many in the walk's fixed order.
 *
 * <p>Only the documents the selection accepts are items (see {@link SourceSelection}); the
 * selection is the same on a restart, so the count still points at the same document.
 *
 * <p>A partition of a scaled-out run reads only its range of the walk ({@link WalkOrder}): from
 * the {@code from} path (inclusive) to the {@code to} path (exclusive), either open-ended when
 * null. Files before the range are passed over without a look at their content, and the walk
 * ends at the range's end.
 */
public class SourceDocumentReader extends AbstractItemCountingItemStreamItemReader<SourceDocument> {

    private final Path root;
    private final Predicate<SourceDocument> selection;
    private final String from;
    private final String to;
    private SourceTree tree;
    private boolean ended;

    public SourceDocumentReader(Path root) {
        this(root, doc -> true);
    }

    public SourceDocumentReader(Path root, Predicate<SourceDocument> selection) {
        this(root, selection, null, null);
    }

    public SourceDocumentReader(Path root, Predicate<SourceDocument> selection, String from, String to) {
        this.root = root;
        this.selection = selection;
        this.from = from;
        this.to = to;
        setName("sourceDocuments");
    }

    @Override
    protected void doOpen() {
        tree = new SourceTree(root);
        ended = false;
    }

    @Override
    protected SourceDocument doRead() {
        while (!ended && tree.hasNext()) {
            SourceDocument doc = tree.next();
            if (from != null && WalkOrder.compare(doc.sourcePath(), from) < 0) {
                continue;
            }
            if (to != null && WalkOrder.compare(doc.sourcePath(), to) >= 0) {
                ended = true;
                break;
            }
            if (selection.test(doc)) {
                return doc;
            }
        }
        return null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && doRead() != null; i++) {
            // skipped: handed out and committed by an earlier execution
        }
    }

    @Override
    protected void doClose() {
        tree = null;
    }
}
