package org.newsarchive.etl.model;

/**
 * A direct quotation of four or more words.
 *
 * @param paragraphIndex   the paragraph that holds it (1-based)
 * @param quoteIndex       its position among the quotations of that paragraph (1-based)
 * @param text             the words inside the quotation marks
 * @param speaker          the named person or body that said it, resolved to the full name the
 *                         article first gives it; null where the article names no source
 * @param speakerAsWritten the words at the attribution ("she", "the senator", "Lonechild"); null if none
 * @param speakerTitle     a role the article gives the speaker ("chief executive of Time Warner"); null if none
 */
public record Quote(int paragraphIndex, int quoteIndex, String text, String speaker, String speakerAsWritten,
                    String speakerTitle) {

    public Quote(int paragraphIndex, int quoteIndex, String text, String speaker) {
        this(paragraphIndex, quoteIndex, text, speaker, null, null);
    }
}
