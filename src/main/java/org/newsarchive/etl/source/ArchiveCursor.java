package org.newsarchive.etl.source;

import java.io.IOException;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.newsarchive.etl.model.SourceOrigin;

/** The file entries of a zip or tar archive, streamed in archive order. */
final class ArchiveCursor extends ContainerCursor {

    private final ArchiveInputStream<? extends ArchiveEntry> archive;

    ArchiveCursor(String path, String kind, ArchiveInputStream<? extends ArchiveEntry> archive) {
        super(path, kind);
        this.archive = archive;
    }

    @Override
    Entry next() throws IOException {
        ArchiveEntry entry;
        while ((entry = archive.getNextEntry()) != null) {
            if (entry.isDirectory()) {
                continue;
            }
            if (entry instanceof TarArchiveEntry tar && !tar.isFile()) {
                skip("link-or-special-file");
                continue;
            }
            String name = entry.getName().replace('\\', '/');
            while (name.startsWith("./") || name.startsWith("/")) {
                name = name.substring(name.startsWith("/") ? 1 : 2);
            }
            if (name.isEmpty()) {
                continue;
            }
            if (name.startsWith("__MACOSX/") || name.contains("/._") || name.startsWith("._")) {
                skip("macos-metadata");
                continue;
            }
            String entryPath = path + "!/" + name;
            if (!archive.canReadEntryData(entry)) {
                return Entry.failed(entryPath, kind + " entry uses an unsupported compression method or encryption");
            }
            return new Entry(entryPath, CloseShieldInputStream.wrap(archive), SourceOrigin.NONE, true);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }
}
