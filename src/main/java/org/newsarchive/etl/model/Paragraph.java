package org.newsarchive.etl.model;

/**
 * One paragraph of an article, normalised (whitespace collapsed, NFC), in reading order.
 *
 * @param index       1-based position in the article
 * @param text        the normalised text, never empty
 * @param tag         the block element it came from ({@code text} for plain text)
 * @param ancestry    the element path of that block (see {@link Block#ancestry()})
 * @param linkDensity share of the text that is link text, 0..1
 * @param hint        the role the source structure gives it (see {@link Block#hint()}), or null
 */
public record Paragraph(int index, String text, String tag, String ancestry, double linkDensity,
                        Role hint) {

    public static Paragraph plain(int index, String text) {
        return new Paragraph(index, text, Block.PLAIN_TEXT, "", 0.0, null);
    }
}
