package org.newsarchive.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsarchive.etl.model.SourceOrigin;

/**
 * The articles of a WARC or ARC web archive, gzip-compressed or not: one per HTTP
 * {@code response} record with status 200 and an HTML or plain-text payload. Every other
 * record is skipped and counted by kind: {@code warc-warcinfo}, {@code warc-request},
 * {@code warc-metadata}, {@code warc-revisit}, {@code warc-resource}, {@code warc-not-http}
 * (a DNS or other non-HTTP response), {@code warc-status-not-200}, {@code warc-not-html}
 * (CSS, scripts, images), {@code warc-bad-http} (an HTTP header that cannot be parsed).
 *
 * <p>ARC (version 1, the Internet Archive's format before WARC, {@code .arc} and
 * {@code .arc.gz}) is read by the same jwarc reader, which turns each ARC header line
 * ({@code URL IP-address Archive-date Content-type Archive-length}) into a response record
 * with the URL as target and the archive date as record date, and the {@code filedesc://}
 * version block into a warcinfo record. Its counts are named {@code arc-...}: the version
 * block is {@code arc-filedesc}, the rest as for WARC. (ARC's own content-type field is not
 * used: the HTTP header inside the record says the same, with the charset.)
 *
 * <p>The entry's origin carries the HTTP {@code Content-Type} (so its charset is honoured),
 * the record's target URI and its capture date. The payload is de-chunked and decompressed
 * ({@code Content-Encoding}) as it is read.
 */
final class WarcCursor extends ContainerCursor {

    static final Set<String> ARTICLE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    private final WarcReader reader;

    /** @param kind {@code warc} or {@code arc}: the name in the log line and the prefix of the skip counts */
    WarcCursor(String path, String kind, InputStream in) throws IOException {
        super(path, kind);
        this.reader = new WarcReader(in);
        reader.setLenient(true);
    }

    @Override
    Entry next() throws IOException {
        while (true) {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                return null;
            }
            WarcRecord record = next.get();
            if (!(record instanceof WarcResponse response)) {
                boolean versionBlock = kind.equals("arc") && record.type().equals("warcinfo");
                skip(kind + "-" + (versionBlock ? "filedesc" : record.type().toLowerCase(Locale.ROOT)));
                continue;
            }
            String target = response.target();
            String scheme = target == null ? "" : target.toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
                skip(kind + "-not-http");
                continue;
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                skip(kind + "-bad-http");
                continue;
            }
            if (http.status() != 200) {
                skip(kind + "-status-not-200");
                continue;
            }
            String contentType = http.headers().first("Content-Type").orElse(null);
            String base = contentType == null ? "" : baseType(contentType);
            if (!ARTICLE_TYPES.contains(base)) {
                skip(kind + "-not-html");
                continue;
            }
            LocalDate captured = record.date() == null ? null : LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
            InputStream body = http.bodyDecoded().stream();
            return new Entry(path + "!/" + target, body, new SourceOrigin(contentType, target, captured, null), false);
        }
    }

    static String baseType(String contentType) {
        try {
            return MediaType.parseLeniently(contentType).base().toString().toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
            int semi = contentType.indexOf(';');
            return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
