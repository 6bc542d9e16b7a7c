package org.newsarchive.etl.model;

import java.time.LocalDate;

/**
 * What a source says about itself outside its paragraphs (HTML meta tags, JSON-LD, e-mail
 * headers, WARC records, XML envelopes). Every field may be null.
 */
public record DocumentMetadata(String title, LocalDate publishedDate, String author,
                               String language, String url) {

    public static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null, null);

    public DocumentMetadata withUrl(String newUrl) {
        return new DocumentMetadata(title, publishedDate, author, language, newUrl);
    }

    public DocumentMetadata withPublishedDate(LocalDate date) {
        return new DocumentMetadata(title, date, author, language, url);
    }
}
