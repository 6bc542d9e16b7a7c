package org.newsarchive.etl.tag;

import java.util.regex.Pattern;

/**
 * Recognises the shape of a section heading inside an article: short (at most
 * {@value #MAX_WORDS} words), one line of text without a final full stop, comma, colon or
 * semicolon (a question mark is fine: "Daten von externem Dienstleister?"), starting with a
 * capital, a digit or a quotation mark. Whether a paragraph of that shape <em>is</em> a subheading
 * depends on where it stands (between body paragraphs), which {@link RoleTagger} decides.
 */
public final class SubheadingDetector {

    public static final int MAX_WORDS = 10;
    /** Longer lines without a full stop, between body paragraphs, are captions of images rather than headings. */
    public static final int MAX_CAPTION_WORDS_WITHOUT_STOP = 45;

    private static final Pattern STARTS = Pattern.compile("^[\\p{Lu}\\d“\"„«»‘'¿¡]");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?]\\s+\\p{Lu}");

    /** Heading-shaped: short, no final stop, starts like a heading, a single sentence. */
    public boolean looksLikeHeading(String text) {
        String t = text.strip();
        int words = Text.words(t);
        if (words == 0 || words > MAX_WORDS || t.length() > 110) {
            return false;
        }
        if (Text.endsWithStop(t) || t.endsWith("!") || t.endsWith("…")) {
            return false;
        }
        return STARTS.matcher(t).find() && !INNER_SENTENCE_END.matcher(t).find();
    }

    /** A longer single line that does not end like a sentence: between body paragraphs it is an image caption. */
    public boolean looksLikeUnpunctuatedCaption(String text) {
        String t = text.strip();
        int words = Text.words(t);
        return words > MAX_WORDS && words <= MAX_CAPTION_WORDS_WITHOUT_STOP && !Text.endsWithStop(t)
                && !Text.endsLikeSentence(t) && Text.startsUpper(t) && !INNER_SENTENCE_END.matcher(t).find();
    }
}
