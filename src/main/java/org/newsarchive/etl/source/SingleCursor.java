package org.newsarchive.etl.source;

import java.io.IOException;
import java.io.InputStream;

import org.newsarchive.etl.model.SourceOrigin;

/** A compressed file of one document ({@code story.txt.gz}): its one entry is {@code story.txt.gz!/story.txt}. */
final class SingleCursor extends ContainerCursor {

    private final InputStream in;
    private boolean done;

    SingleCursor(String path, InputStream in) {
        super(path, "gzip");
        this.in = in;
    }

    @Override
    Entry next() {
        if (done) {
            return null;
        }
        done = true;
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        } else if (lower.endsWith(".gzip")) {
            name = name.substring(0, name.length() - 5);
        } else if (lower.endsWith(".tgz")) {
            name = name.substring(0, name.length() - 4) + ".tar";
        }
        return new Entry(path + "!/" + name, in, SourceOrigin.NONE, true);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
