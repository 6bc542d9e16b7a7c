package org.newsarchive.etl.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Writers of container files (zip, tar, tar.gz, gzip, WARC, ARC, mbox) from in-memory entries, for tests. */
public final class ContainerFixtures {

    private ContainerFixtures() {
    }

    /** Entries in the order given: name → bytes. */
    public static Map<String, byte[]> entries(Object... nameThenBytes) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            Object value = nameThenBytes[i + 1];
            map.put((String) nameThenBytes[i], value instanceof byte[] b ? b
                    : value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return map;
    }

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                zip.putArchiveEntry(entry);
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static byte[] tar(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeTar(bytes, entries);
        return bytes.toByteArray();
    }

    public static byte[] tarGz(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            writeTar(gz, entries);
        }
        return bytes.toByteArray();
    }

    public static void writeTar(OutputStream out, Map<String, byte[]> entries) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
            entry.setSize(e.getValue().length);
            entry.setModTime(0);
            tar.putArchiveEntry(entry);
            tar.write(e.getValue());
            tar.closeArchiveEntry();
        }
        tar.finish();
    }

    public static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }

    /** A WARC capture: what the server sent for a URL. */
    public record Capture(String url, int status, String contentType, byte[] body) {
    }

    /**
     * A WARC (gzip-compressed per record when {@code gzip}) with, for each capture, a request
     * record and a response record, and a revisit record for the first URL at the end.
     */
    public static byte[] warc(boolean gzip, Instant date, Capture... captures) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        for (Capture c : captures) {
            URI uri = URI.create(c.url());
            HttpRequest request = new HttpRequest.Builder("GET", uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    .setHeader("Host", uri.getHost()).build();
            writer.write(new WarcRequest.Builder(uri).date(date).body(request).build());
            HttpResponse response = new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Other")
                    .body(MediaType.parse(c.contentType()), c.body()).build();
            writer.write(new WarcResponse.Builder(uri).date(date).body(response).build());
        }
        if (captures.length > 0) {
            HttpResponse notModified = new HttpResponse.Builder(304, "Not Modified").build();
            writer.write(new WarcRevisit.Builder(URI.create(captures[0].url())).date(date.plusSeconds(86400))
                    .body(notModified).build());
        }
        writer.close();
        return bytes.toByteArray();
    }

    /**
     * An ARC (version 1, the Internet Archive's format before WARC) holding the captures as
     * response records after its {@code filedesc://} version block, and a {@code dns:} record.
     * Compressed, every record is a gzip member of its own, as crawlers write {@code .arc.gz}.
     * The HTTP headers of the payload use bare LF line ends for every other capture: both
     * occur in old crawls.
     */
    public static byte[] arc(boolean gzip, String fileName, Instant date, Capture... captures) throws IOException {
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(date);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] version = ("1 0 News Archive Tests\nURL IP-address Archive-date Content-type Archive-length\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        arcRecord(out, gzip, "filedesc://" + fileName + " 0.0.0.0 " + stamp + " text/plain", version);
        arcRecord(out, gzip, "dns:coast.example 192.0.2.1 " + stamp + " text/dns",
                ("20250701060000\ncoast.example. 300 IN A 192.0.2.10\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int i = 0;
        for (Capture c : captures) {
            String eol = i++ % 2 == 0 ? "\r\n" : "\n";
            String head = "HTTP/1.0 " + c.status() + (c.status() == 200 ? " OK" : " Other") + eol
                    + "Content-Type: " + c.contentType() + eol + "Content-Length: " + c.body().length + eol + eol;
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            payload.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            payload.write(c.body());
            String mime = c.contentType().replaceAll(";.*", "").strip();
            arcRecord(out, gzip, c.url() + " 192.0.2.10 " + stamp + " " + mime, payload.toByteArray());
        }
        return out.toByteArray();
    }

    /** One ARC record: the header line with the payload's length, the payload, a newline. */
    private static void arcRecord(ByteArrayOutputStream out, boolean gzip, String header, byte[] payload) throws IOException {
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write((header + " " + payload.length + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        record.write(payload);
        record.write('\n');
        out.write(gzip ? gzip(record.toByteArray()) : record.toByteArray());
    }

    /** An mbox of the given RFC 822 messages. */
    public static byte[] mbox(String... messages) {
        StringBuilder sb = new StringBuilder();
        for (String m : messages) {
            sb.append("From newsdesk@example.org Mon Jan  6 10:00:00 2025\n");
            for (String line : m.replace("\r\n", "\n").split("\n", -1)) {
                sb.append(line.startsWith("From ") ? ">" + line : line).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}
