package org.newsarchive.etl.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

import org.newsarchive.etl.model.SourceOrigin;

/**
 * The messages of an mbox mailbox, one at a time: {@code inbox.mbox!/1.eml},
 * {@code inbox.mbox!/2.eml}, ... A message starts at a {@code From } line at the start of the
 * file or after a blank line; {@code >From } quoting (mboxrd) is undone. One message's bytes
 * are held at a time, up to the entry size cap.
 */
final class MboxCursor extends ContainerCursor {

    private final PushbackInputStream in;
    private final long maxBytes;
    private int index;
    private boolean started;

    MboxCursor(String path, InputStream in, long maxBytes) {
        super(path, "mbox");
        this.in = new PushbackInputStream(in, 8192);
        this.maxBytes = maxBytes;
    }

    @Override
    Entry next() throws IOException {
        if (!started) {
            started = true;
            byte[] first = readLine();
            if (first == null) {
                return null;
            }
            // the first line is the From_ line of message 1
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        boolean tooLarge = false;
        boolean previousBlank = false;
        boolean any = false;
        byte[] line;
        while ((line = readLine()) != null) {
            if (previousBlank && startsWith(line, "From ")) {
                break;
            }
            any = true;
            previousBlank = isBlank(line);
            if (tooLarge) {
                continue;
            }
            int from = 0;
            if (line.length > 1 && line[0] == '>' && unquotes(line)) {
                from = 1;
            }
            message.write(line, from, line.length - from);
            if (message.size() > maxBytes) {
                tooLarge = true;
                message = new ByteArrayOutputStream();
            }
        }
        if (!any) {
            return null;
        }
        index++;
        String entryPath = path + "!/" + index + ".eml";
        if (tooLarge) {
            return Entry.failed(entryPath, "message larger than " + maxBytes + " bytes");
        }
        return new Entry(entryPath, new ByteArrayInputStream(message.toByteArray()), SourceOrigin.NONE, false);
    }

    /** {@code >From }, {@code >>From }, ...: one level of quoting is removed. */
    private static boolean unquotes(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return startsWith(java.util.Arrays.copyOfRange(line, i, line.length), "From ");
    }

    /** One line with its line end, or null at the end of the stream. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] line, String prefix) {
        if (line.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
