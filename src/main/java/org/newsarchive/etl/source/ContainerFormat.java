package org.newsarchive.etl.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * The container formats whose entries are articles of their own, recognised by their first
 * bytes (with the file name as the tie-breaker only where the bytes cannot tell).
 *
 * <p>Fast path: a file whose extension names a document type ({@code .txt}, {@code .html},
 * {@code .pdf}, ...) is never opened for sniffing, so a folder of plain-text files costs no
 * extra reads. Zip files that are documents (DOCX, ODT, EPUB: their first entry is
 * {@code [Content_Types].xml} or {@code mimetype}) are not containers.
 */
public enum ContainerFormat {
    ZIP, TAR, TAR_GZ, GZIP, WARC, ARC, MBOX;

    /** Bytes kept for sniffing (and for looking inside a gzip stream). */
    static final int MARK_LIMIT = 1 << 16;

    /** Extensions of single documents: such a file is not opened to sniff for a container. */
    static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "text", "htm", "html", "xhtml", "xml", "nitf",
            "pdf", "doc", "docx", "odt", "rtf", "epub", "eml", "md", "csv", "json", "jpg", "jpeg", "png", "gif");

    /** Extensions of documents that are zip files inside. */
    static final Set<String> ZIP_DOCUMENTS = Set.of("docx", "docm", "dotx", "xlsx", "pptx", "odt", "ods", "odp",
            "epub", "jar", "apk", "xps", "kmz");

    static boolean mayBeContainer(String name) {
        return !DOCUMENT_EXTENSIONS.contains(extension(name));
    }

    /**
     * Sniffs the stream (which must support mark/reset; it is left at its start) and returns the
     * container format, or null if it is a single document.
     */
    static ContainerFormat detect(BufferedInputStream in, String name) throws IOException {
        byte[] head = peek(in, 1024);
        String ext = extension(name);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return ZIP_DOCUMENTS.contains(ext) || isDocumentZip(head) ? null : ZIP;
        }
        if (startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP_DOCUMENTS.contains(ext) ? null : ZIP; // empty zip
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            byte[] inner = peekGzip(in);
            if (isWarc(inner)) {
                return WARC;
            }
            if (isArc(inner)) {
                return ARC;
            }
            return isTar(inner) ? TAR_GZ : GZIP;
        }
        if (isWarc(head)) {
            return WARC;
        }
        if (isArc(head)) {
            return ARC;
        }
        if (isTar(head)) {
            return TAR;
        }
        if (ascii(head, 0, 5).equals("From ") && (ext.equals("mbox") || ext.equals("mbx") || ext.isEmpty())) {
            return MBOX;
        }
        return null;
    }

    static String extension(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot <= 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isWarc(byte[] head) {
        return ascii(head, 0, 5).equals("WARC/");
    }

    /** An ARC file (the Internet Archive's format before WARC) opens with its version block. */
    private static boolean isArc(byte[] head) {
        return ascii(head, 0, 11).equals("filedesc://");
    }

    /** A POSIX (ustar) or GNU tar header: the magic at offset 257. */
    private static boolean isTar(byte[] head) {
        return head.length >= 262 && ascii(head, 257, 5).equals("ustar");
    }

    /** An OOXML, ODF or EPUB package: the name of its first entry gives it away. */
    private static boolean isDocumentZip(byte[] head) {
        if (head.length < 30) {
            return false;
        }
        int nameLength = (head[26] & 0xff) | (head[27] & 0xff) << 8;
        String first = ascii(head, 30, Math.min(nameLength, head.length - 30));
        return first.equals("mimetype") || first.equals("[Content_Types].xml") || first.startsWith("_rels/")
                || first.startsWith("docProps/") || first.startsWith("word/") || first.startsWith("META-INF/");
    }

    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(MARK_LIMIT);
        try {
            return in.readNBytes(n);
        } finally {
            in.reset();
        }
    }

    private static byte[] peekGzip(BufferedInputStream in) throws IOException {
        in.mark(MARK_LIMIT);
        try (InputStream gz = new GZIPInputStream(CloseShieldInputStream.wrap(in))) {
            return gz.readNBytes(600);
        } catch (IOException e) {
            return new byte[0]; // corrupt: read as a single gzip file, which is rejected with the reason
        } finally {
            in.reset();
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from, int length) {
        if (from >= bytes.length) {
            return "";
        }
        return new String(bytes, from, Math.min(length, bytes.length - from), StandardCharsets.ISO_8859_1);
    }
}
