package org.newsarchive.etl.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.newsarchive.etl.model.SourceDocument;

/**
 * Walks the input folder and yields every regular file below it, in a fixed order (names
 * sorted by their UTF-16 code units, depth first), so that a run is repeatable and a restart
 * can skip what an earlier execution already handled.
 *
 * <p>The walk is lazy: it holds one sorted listing per open folder level, never the whole
 * tree. Symbolic links to files are read; links to folders are not followed, so a link loop
 * cannot make the walk endless.
 */
public final class SourceTree implements Iterator<SourceDocument> {

    private final Path root;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private SourceDocument next;

    public SourceTree(Path root) {
        this.root = root;
        stack.push(sortedChildren(root).iterator());
    }

    /** Checks that the folder can be read; the message names it and says what is wrong. */
    public static void checkReadableFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new IOException("input folder '" + folder + "' does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("input folder '" + folder + "' is not a folder");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new IOException("input folder '" + folder + "' is not readable");
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Path> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            Path path = level.next();
            BasicFileAttributes attrs = attributes(path);
            if (attrs == null) {
                continue;
            }
            if (attrs.isDirectory() && !attrs.isSymbolicLink()) {
                try {
                    stack.push(sortedChildren(path).iterator());
                } catch (UncheckedIOException e) {
                    // an unreadable sub-folder is handed on, so that it is rejected with its reason
                    next = new SourceDocument(relative(path) + "/", path, -1);
                }
            } else if (attrs.isSymbolicLink()) {
                if (Files.isRegularFile(path)) {
                    next = document(path);
                }
            } else if (attrs.isRegularFile()) {
                next = new SourceDocument(relative(path), path, attrs.size());
            }
        }
        return next != null;
    }

    @Override
    public SourceDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceDocument result = next;
        next = null;
        return result;
    }

    private SourceDocument document(Path path) {
        try {
            return new SourceDocument(relative(path), path, Files.size(path));
        } catch (IOException e) {
            return new SourceDocument(relative(path), path, -1);
        }
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // vanished between listing and reading
        }
    }

    private static List<Path> sortedChildren(Path folder) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path child : stream) {
                children.add(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder '" + folder + "': " + e.getMessage(), e);
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return children;
    }
}
