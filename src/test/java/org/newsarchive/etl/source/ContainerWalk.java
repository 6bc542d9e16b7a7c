package org.newsarchive.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.newsarchive.etl.model.SourceDocument;

/**
 * Walks a folder the way the job's reader does and reads every document's bytes, printing
 * {@code documents=N bytes=M failed=F}. Run in a JVM with a small heap to show that containers
 * are streamed (see {@link StreamingContainerTest}).
 */
public final class ContainerWalk {

    private ContainerWalk() {
    }

    public static void main(String[] args) throws IOException {
        long documents = 0;
        long bytes = 0;
        long failed = 0;
        try (SourceTree tree = new SourceTree(Path.of(args[0]))) {
            while (tree.hasNext()) {
                SourceDocument d = tree.next();
                if (d.origin().failure() != null) {
                    failed++;
                    continue;
                }
                try (InputStream in = d.open()) {
                    bytes += in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                documents++;
            }
        }
        System.out.println("documents=" + documents + " bytes=" + bytes + " failed=" + failed
                + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
