package org.newsarchive.etl.model;

import java.time.LocalDate;

/**
 * What a dateline carries.
 *
 * @param text     the dateline itself as written, e.g. {@code BEIJING, June 19 (Reuters) -}
 * @param location the place part, e.g. {@code BEIJING}; null for a date-only dateline
 * @param date     the date, with the year filled in from the article where the dateline has none
 * @param agency   the agency in brackets, e.g. {@code Reuters}; may be null
 */
public record Dateline(String text, String location, LocalDate date, String agency) {
}
