package org.newsarchive.etl.model;

/**
 * A direct quotation of four or more words.
 *
 * @param paragraphIndex the paragraph that holds it (1-based)
 * @param quoteIndex     its position among the quotations of that paragraph (1-based)
 * @param text           the words inside the quotation marks
 * @param speaker        who said it, where the paragraph (or its neighbour) attributes it; else null
 */
public record Quote(int paragraphIndex, int quoteIndex, String text, String speaker) {
}
