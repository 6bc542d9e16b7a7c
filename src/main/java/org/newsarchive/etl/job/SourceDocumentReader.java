package org.newsarchive.etl.job;

import java.nio.file.Path;

import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.source.SourceTree;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the documents below the input folder, one item each. Restartable: the number of
 * documents already handed out is saved in the step's execution context at every commit, and
 * a restart skips that many in the walk's fixed order.
 */
public class SourceDocumentReader extends AbstractItemCountingItemStreamItemReader<SourceDocument> {

    private final Path root;
    private SourceTree tree;

    public SourceDocumentReader(Path root) {
        this.root = root;
        setName("sourceDocuments");
    }

    @Override
    protected void doOpen() {
        tree = new SourceTree(root);
    }

    @Override
    protected SourceDocument doRead() {
        return tree.hasNext() ? tree.next() : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && tree.hasNext(); i++) {
            tree.next();
        }
    }

    @Override
    protected void doClose() {
        tree = null;
    }
}
