package org.newsarchive.etl.source;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
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

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.newsarchive.etl.model.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the input folder and yields every regular file below it, in a fixed order (names
 * sorted by their UTF-16 code units, depth first), so that a run is repeatable and a restart
 * can skip what an earlier execution already handled.
 *
 * <p>The walk is lazy: it holds one sorted listing per open folder level, never the whole
 * tree. Symbolic links to files are read; links to folders are not followed, so a link loop
 * cannot make the walk endless.
 *
 * <p>Container files (zip, tar, tar.gz, gzip, WARC/ARC, mbox; see {@link ContainerFormat}) are
 * not yielded themselves: their entries are, one document each, in the order the container
 * holds them, with source paths {@code archive.zip!/inner/path.html}. Containers inside
 * containers are expanded the same way ({@code outer.zip!/inner.tar.gz!/a.txt}). Expansion is
 * streamed: one cursor per open container level, and only the current entry's bytes (at most
 * {@link #DEFAULT_MAX_ENTRY_BYTES}) in memory; a larger entry is yielded as a failed document
 * and rejected. (Gzip is read with the JDK's inflater, which accepts the extra header fields
 * WARC writers put in; Commons Compress 1.28 rejects some of them.) The order is a pure function of the files' bytes, so a restart that skips N
 * items lands on the same item. An unreadable or broken container yields a failed document
 * for the container (after the entries read before the damage) and the walk goes on.
 * {@link #stats()} counts containers, documents and skipped entries; a log line per container
 * says what it held.
 */
public final class SourceTree implements Iterator<SourceDocument>, Closeable {

    /** Largest container entry taken into memory; a larger one is rejected. */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SourceTree.class);

    private final Path root;
    /** The range of the walk order this walk yields and counts: from (inclusive) to (exclusive), null for open. */
    private final String from;
    private final String to;
    /** False: containers are not opened ({@link #filesOnDisk}). */
    private final boolean expand;
    private final long maxEntryBytes;
    private final ContainerLimits limits;
    /** Bytes the current file on disk may still expand to (all container levels counted). */
    private ExpansionBudget budget;
    /** Where entries larger than {@link ContainerLimits#inMemoryEntryBytes()} are written; made on first use. */
    private Path spillFolder;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private final Deque<ContainerCursor> containers = new ArrayDeque<>();
    private final ContainerStats stats = new ContainerStats();
    private Path containerFile;
    /** An e-mail message just yielded: its attachments that are articles come next. */
    private SourceDocument pendingMail;
    private SourceDocument next;

    public SourceTree(Path root) {
        this(root, DEFAULT_MAX_ENTRY_BYTES);
    }

    public SourceTree(Path root, long maxEntryBytes) {
        this(root, ContainerLimits.DEFAULTS.withMaxEntryBytes(maxEntryBytes));
    }

    public SourceTree(Path root, ContainerLimits limits) {
        this(root, limits, null, null);
    }

    /**
     * A walk of one range of the order ({@link WalkOrder}) of the files on disk (a container
     * and all its entries are in one range): folders and files before {@code from} are passed
     * over without being listed or opened, the walk ends at {@code to}, and {@link #stats()}
     * counts only the containers in the range. Null bounds are open.
     */
    public SourceTree(Path root, ContainerLimits limits, String from, String to) {
        this(root, limits, from, to, true);
    }

    /**
     * The files on disk in walk order, containers not opened (each is one document): what a
     * partitioner lists to split the walk into ranges, reading no file.
     */
    public static SourceTree filesOnDisk(Path root) {
        return new SourceTree(root, ContainerLimits.DEFAULTS, null, null, false);
    }

    private SourceTree(Path root, ContainerLimits limits, String from, String to, boolean expand) {
        this.expand = expand;
        this.root = root;
        this.from = from;
        this.to = to;
        this.limits = limits;
        this.maxEntryBytes = limits.maxEntryBytes();
        stack.push(sortedChildren(root).iterator());
    }

    /** What container expansion has met so far. */
    public ContainerStats stats() {
        return stats;
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
        while (next == null && (pendingMail != null || !containers.isEmpty() || !stack.isEmpty())) {
            if (pendingMail != null) {
                attachments(pendingMail);
                continue;
            }
            if (!containers.isEmpty()) {
                nextEntry();
                continue;
            }
            Iterator<Path> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            Path path = level.next();
            String relativePath = relative(path);
            if (from != null && whollyBefore(relativePath)) {
                continue;
            }
            if (to != null && WalkOrder.compare(relativePath, to) >= 0) {
                stack.clear(); // the range ends here: what follows in the walk order is another range's
                continue;
            }
            // not in the range: a folder that holds the range's start, walked for what is below it
            boolean inRange = from == null || WalkOrder.compare(relativePath, from) >= 0;
            stats.counting = inRange;
            BasicFileAttributes attrs = attributes(path);
            if (attrs == null) {
                continue;
            }
            if (attrs.isDirectory() && !attrs.isSymbolicLink()) {
                try {
                    stack.push(sortedChildren(path).iterator());
                } catch (UncheckedIOException e) {
                    // an unreadable sub-folder is handed on, so that it is rejected with its reason
                    // (by the range it belongs to)
                    if (inRange) {
                        next = new SourceDocument(relativePath + "/", path, -1);
                    }
                }
            } else if (attrs.isSymbolicLink()) {
                if (Files.isRegularFile(path)) {
                    file(path, document(path));
                } else if (!Files.exists(path)) {
                    // a dangling link or a link loop: nothing to read, and said so
                    next = SourceDocument.failed(relative(path), path,
                            "symbolic link that leads nowhere (dangling, or a loop of links)");
                }
            } else if (attrs.isRegularFile()) {
                file(path, new SourceDocument(relative(path), path, attrs.size()));
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

    /** A file of the walk: yielded as it is, or opened as a container. */
    private void file(Path path, SourceDocument document) {
        if (!expand || document.size() <= 0 || !ContainerFormat.mayBeContainer(document.sourcePath())) {
            hand(document);
            return;
        }
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            ContainerFormat format = ContainerFormat.detect((BufferedInputStream) in, document.sourcePath());
            if (format == null) {
                in.close();
                hand(document);
            } else {
                containerFile = path;
                budget = new ExpansionBudget(limits.expansionBudget(document.size()));
                push(open(format, (BufferedInputStream) in, document.sourcePath()));
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            stats.failure();
            next = SourceDocument.failed(document.sourcePath(), path, "cannot open container: " + message(e));
        }
    }

    /** Takes the next entry out of the innermost open container. */
    private void nextEntry() {
        ContainerCursor cursor = containers.peek();
        ContainerCursor.Entry entry;
        if (cursor.documents + cursor.failures >= limits.maxEntries()) {
            stats.failure();
            next = SourceDocument.failed(cursor.path, containerFile, cursor.kind + " has more than "
                    + limits.maxEntries() + " entries; the rest of it is not read");
            pop();
            return;
        }
        try {
            cursor.drainCurrent(); // what was not read of the last entry still counts against the budget
            entry = cursor.next();
        } catch (IOException | RuntimeException e) {
            cursor.failures++;
            stats.failure();
            next = SourceDocument.failed(cursor.path, containerFile,
                    cursor.kind + " broken after " + cursor.documents + " documents: " + message(e));
            pop();
            return;
        }
        if (entry == null) {
            pop();
            return;
        }
        entry = cursor.distinct(entry);
        if (entry.stream() == null) {
            cursor.failures++;
            stats.failure();
            next = SourceDocument.failed(entry.path(), containerFile, entry.origin().failure());
            return;
        }
        try {
            InputStream counted = budget == null ? entry.stream() : budget.wrap(entry.stream());
            cursor.current = counted;
            BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
            ContainerFormat format = entry.mayBeContainer() ? ContainerFormat.detect(in, entry.path()) : null;
            if (format != null) {
                if (containers.size() >= limits.maxDepth()) {
                    cursor.failures++;
                    stats.failure();
                    next = SourceDocument.failed(entry.path(), containerFile, "containers nested more than "
                            + limits.maxDepth() + " deep; this one is not opened");
                    return;
                }
                push(open(format, in, entry.path()));
                return;
            }
            long inMemory = Math.min(limits.inMemoryEntryBytes(), maxEntryBytes);
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, inMemory + 1));
            if (bytes.length <= inMemory) {
                cursor.documents++;
                stats.document();
                hand(SourceDocument.entry(entry.path(), containerFile, bytes, entry.origin()));
                return;
            }
            Path spill = spill(bytes, in);
            if (spill == null) {
                cursor.failures++;
                stats.failure();
                next = SourceDocument.failed(entry.path(), containerFile,
                        "entry larger than " + maxEntryBytes + " bytes");
                return;
            }
            cursor.documents++;
            stats.document();
            hand(SourceDocument.spilled(entry.path(), containerFile, spill, Files.size(spill), entry.origin()));
        } catch (IOException | RuntimeException e) {
            cursor.failures++;
            stats.failure();
            next = SourceDocument.failed(entry.path(), containerFile, "cannot read entry: " + message(e));
        }
    }

    /**
     * Writes a large entry (its first bytes and the rest of the stream) to a temporary file;
     * null, and nothing kept, if it is larger than the entry limit.
     */
    private Path spill(byte[] head, InputStream rest) throws IOException {
        if (spillFolder == null || !Files.isDirectory(spillFolder)) {
            spillFolder = Files.createTempDirectory("news-archive-etl-entries-"); // owner-only on POSIX
        }
        Path file = Files.createTempFile(spillFolder, "entry-", ".bin");
        boolean kept = false;
        try (var out = Files.newOutputStream(file)) {
            out.write(head);
            long written = head.length;
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = rest.read(buffer)) >= 0) {
                written += n;
                if (written > maxEntryBytes) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            kept = true;
            return file;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Yields a document; an e-mail message's article attachments follow it. */
    private void hand(SourceDocument document) {
        next = document;
        if (expand && document.origin().failure() == null && document.extension().equals("eml")) {
            pendingMail = document;
        }
    }

    private void attachments(SourceDocument mail) {
        pendingMail = null;
        try (InputStream in = mail.open()) {
            MailAttachmentCursor cursor = MailAttachmentCursor.open(mail.sourcePath(), in, stats);
            if (cursor != null) {
                if (containers.isEmpty()) {
                    containerFile = mail.file();
                }
                push(cursor);
            }
        } catch (IOException | RuntimeException e) {
            // the message itself is rejected by the parser with the reason
        }
    }

    /** The cursor over the container in {@code in}. */
    private ContainerCursor open(ContainerFormat format, BufferedInputStream in, String path) throws IOException {
        return switch (format) {
            case ZIP -> new ArchiveCursor(path, "zip", new ZipArchiveInputStream(in, "UTF-8", true, true));
            case TAR -> new ArchiveCursor(path, "tar", new TarArchiveInputStream(in));
            case TAR_GZ -> new ArchiveCursor(path, "tar.gz",
                    new TarArchiveInputStream(new GZIPInputStream(in, 8192)));
            case GZIP -> new SingleCursor(path, new GZIPInputStream(in, 8192));
            case WARC -> new WarcCursor(path, "warc", in);
            case ARC -> new WarcCursor(path, "arc", in);
            case MBOX -> new MboxCursor(path, in, maxEntryBytes);
        };
    }

    private void push(ContainerCursor cursor) {
        cursor.stats = stats;
        stats.container();
        containers.push(cursor);
    }

    private void pop() {
        ContainerCursor cursor = containers.pop();
        LOG.info("{}", cursor.summary());
        closeQuietly(cursor);
        if (containers.isEmpty()) {
            containerFile = null;
            budget = null;
        }
    }

    /** True if the folder or file, and all below it, come before the range's start. */
    private boolean whollyBefore(String path) {
        return WalkOrder.compare(path, from) < 0 && !from.startsWith(path + "/");
    }

    /** Closes the open containers. */
    @Override
    public void close() {
        pendingMail = null;
        while (!containers.isEmpty()) {
            closeQuietly(containers.pop());
        }
        containerFile = null;
        budget = null;
        if (spillFolder != null) {
            try (var files = Files.list(spillFolder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(spillFolder);
            } catch (IOException e) {
                LOG.warn("cannot remove the temporary folder {}: {}", spillFolder, e.getMessage());
            }
            spillFolder = null;
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // nothing left to read from it
            }
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
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
