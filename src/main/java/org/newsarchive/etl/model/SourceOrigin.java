package org.newsarchive.etl.model;

import java.time.LocalDate;

/**
 * What the container a document came out of says about it: the HTTP content type of a WARC
 * record (with its charset), the record's target URI and capture date, or why the entry could
 * not be taken out of its container. Every field may be null.
 *
 * @param contentType the declared media type with parameters, e.g. {@code text/html; charset=windows-1252}
 * @param url         the URL the document was captured from
 * @param captureDate the day it was captured (WARC-Date), the fallback for the published date
 * @param failure     why the entry could not be read from its container (too large, a corrupt
 *                    archive); a document with a failure is rejected with this reason
 */
public record SourceOrigin(String contentType, String url, LocalDate captureDate, String failure) {

    public static final SourceOrigin NONE = new SourceOrigin(null, null, null, null);

    public static SourceOrigin failed(String reason) {
        return new SourceOrigin(null, null, null, reason);
    }
}
