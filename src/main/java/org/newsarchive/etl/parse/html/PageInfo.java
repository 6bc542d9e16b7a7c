package org.newsarchive.etl.parse.html;

import java.util.List;

/**
 * What an HTML page says about its article outside the visible text: schema.org JSON-LD,
 * OpenGraph and other meta tags, the canonical link and the document language. Every field may
 * be null; {@code titles} lists the title candidates, most trusted first.
 *
 * @param headline       JSON-LD headline of the article object
 * @param articleBody    JSON-LD articleBody
 * @param datePublished  JSON-LD datePublished, as written
 * @param author         JSON-LD author name(s), joined with ", "; else the meta tag author
 * @param description    JSON-LD description or meta description
 * @param titles         headline candidates: JSON-LD headline, og:title, twitter:title, title
 * @param canonicalUrl   link rel=canonical or og:url
 * @param language       html lang
 */
public record PageInfo(String headline, String articleBody, String datePublished, String author,
                String description, List<String> titles, String canonicalUrl, String language) {

    static final PageInfo EMPTY = new PageInfo(null, null, null, null, null, List.of(), null, null);
}
