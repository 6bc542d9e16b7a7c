package org.newsarchive.etl.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One document to read: a file below the input folder, or one entry of a container file
 * (a zip, tar or gzip archive, a WARC record, an mbox message) below it.
 *
 * @param sourcePath the path relative to the input folder, with {@code /} separators; an entry
 *                   of a container is {@code archive.zip!/inner/path.html}, nested containers
 *                   chain the {@code !/} ({@code outer.zip!/inner.tar.gz!/a.txt}), a WARC record
 *                   is {@code crawl.warc.gz!/<target URI>}
 * @param file       the file on disk (for an entry: the outermost container file)
 * @param size       its size in bytes (for an entry: the entry's size)
 * @param content    an entry's bytes, taken out of its container; null for a file on disk
 * @param origin     what the container says about the entry; {@link SourceOrigin#NONE} for a file
 */
public record SourceDocument(String sourcePath, Path file, long size, byte[] content, SourceOrigin origin) {

    public SourceDocument {
        origin = origin == null ? SourceOrigin.NONE : origin;
    }

    /** A file on disk. */
    public SourceDocument(String sourcePath, Path file, long size) {
        this(sourcePath, file, size, null, SourceOrigin.NONE);
    }

    /** An entry of a container, its bytes in memory. */
    public static SourceDocument entry(String sourcePath, Path container, byte[] content, SourceOrigin origin) {
        return new SourceDocument(sourcePath, container, content.length, content, origin);
    }

    /** An entry that could not be taken out of its container; it is rejected with the reason. */
    public static SourceDocument failed(String sourcePath, Path container, String reason) {
        return new SourceDocument(sourcePath, container, -1, null, SourceOrigin.failed(reason));
    }

    public InputStream open() throws IOException {
        return content != null ? new ByteArrayInputStream(content) : Files.newInputStream(file);
    }

    /** True for an entry of a container file. */
    public boolean isEntry() {
        return sourcePath.contains("!/");
    }

    /** The lower-case file name extension without the dot, or "" if there is none. */
    public String extension() {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "SourceDocument[" + sourcePath + ", " + size + " bytes]";
    }
}
