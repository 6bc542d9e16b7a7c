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
 */
public class SourceDocumentReader extends AbstractItemCountingItemStreamItemReader<SourceDocument> {

    private final Path root;
    private final Predicate<SourceDocument> selection;
    private SourceTree tree;

    public SourceDocumentReader(Path root) {
        this(root, doc -> true);
    }

    public SourceDocumentReader(Path root, Predicate<SourceDocument> selection) {
        this.root = root;
        this.selection = selection;
        setName("sourceDocuments");
    }

    @Override
    protected void doOpen() {
        tree = new SourceTree(root);
    }

    @Override
    protected SourceDocument doRead() {
        while (tree.hasNext()) {
            SourceDocument doc = tree.next();
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
