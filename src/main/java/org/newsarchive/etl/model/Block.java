package org.newsarchive.etl.model;

/**
 * A block of text as the parser found it, before paragraph splitting.
 *
 * @param text      the raw text; for plain-text sources it keeps its line breaks, for markup
 *                  sources a line break stands for an explicit break ({@code <br>})
 * @param tag       the block element that held the text, lower case ({@code p}, {@code h2},
 *                  {@code figcaption}, {@code li}, ...); {@code text} for plain-text sources
 * @param ancestry  the element path from the document root, e.g.
 *                  {@code body>article.story>div#body>p}, with class and id names; empty
 *                  where the source has no structure
 * @param linkChars how many characters of {@code text} are inside links
 * @param hint      the role the source's own structure gives the block (an NITF
 *                  {@code hedline}, an HTML {@code figcaption}, a block the page-content
 *                  extractor judged {@link Role#BOILERPLATE}), or null where it gives none
 */
public record Block(String text, String tag, String ancestry, int linkChars, Role hint) {

    public static final String PLAIN_TEXT = "text";

    public static Block plain(String text) {
        return new Block(text, PLAIN_TEXT, "", 0, null);
    }

    public boolean isPlainText() {
        return PLAIN_TEXT.equals(tag);
    }

    public Block withHint(Role newHint) {
        return new Block(text, tag, ancestry, linkChars, newHint);
    }
}
