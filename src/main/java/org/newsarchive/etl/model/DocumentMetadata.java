package org.newsarchive.etl.model;

import java.time.LocalDate;

/**
 * What a source says about itself outside its paragraphs (HTML meta tags, JSON-LD, e-mail
 * headers, WARC records, XML envelopes). Every field may be null.
 *
 * @param dateline    the dateline the source's structure states (an NITF {@code <dateline>}
 *                    with its {@code <location>} and {@code story.date}); used where the tagger
 *                    finds none in the text
 * @param captureDate the day a web archive captured the page: the published date's last fallback
 */
public record DocumentMetadata(String title, LocalDate publishedDate, String author,
                               String language, String url, Dateline dateline, LocalDate captureDate) {

    public static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null, null);

    public DocumentMetadata(String title, LocalDate publishedDate, String author, String language, String url) {
        this(title, publishedDate, author, language, url, null, null);
    }

    public DocumentMetadata withUrl(String newUrl) {
        return new DocumentMetadata(title, publishedDate, author, language, newUrl, dateline, captureDate);
    }

    public DocumentMetadata withPublishedDate(LocalDate date) {
        return new DocumentMetadata(title, date, author, language, url, dateline, captureDate);
    }

    public DocumentMetadata withDateline(Dateline newDateline) {
        return new DocumentMetadata(title, publishedDate, author, language, url, newDateline, captureDate);
    }

    public DocumentMetadata withCaptureDate(LocalDate date) {
        return new DocumentMetadata(title, publishedDate, author, language, url, dateline, date);
    }
}
