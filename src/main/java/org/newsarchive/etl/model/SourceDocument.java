package org.newsarchive.etl.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One document to read: a file below the input folder.
 *
 * @param sourcePath the path relative to the input folder, with {@code /} separators
 * @param file       the file on disk
 * @param size       its size in bytes
 */
public record SourceDocument(String sourcePath, Path file, long size) {

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    /** The lower-case file name extension without the dot, or "" if there is none. */
    public String extension() {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
