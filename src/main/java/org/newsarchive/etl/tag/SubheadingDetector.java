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
    /** Captions show, they do not report speech: a line that says who said something is story text. */
    private static final Pattern REPORTED_SPEECH = Pattern.compile(
            "(?<![\\p{L}])(?:said|says|told|according\\s+to|sagte|sagt|erklärte|a\\s+déclaré|a\\s+dit|selon)(?![\\p{L}])");
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
        return STARTS.matcher(t).find() && hasLetter(t) && !INNER_SENTENCE_END.matcher(t).find() && !isTableRow(t);
    }

    /** A heading says something in words: a number alone ("2021", "4") is a table's cell or a list's count. */
    static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Shr 1.20 dlrs vs 1.10 dlrs": two or more numbers making up a large part of the line. */
    static boolean isTableRow(String t) {
        int tokens = 0;
        int numbers = 0;
        boolean in = false;
        boolean digit = false;
        for (int i = 0; i <= t.length(); i++) {
            boolean ws = i == t.length() || Character.isWhitespace(t.charAt(i));
            if (ws) {
                if (in) {
                    tokens++;
                    if (digit) {
                        numbers++;
                    }
                }
                in = false;
                digit = false;
            } else {
                in = true;
                digit |= Character.isDigit(t.charAt(i));
            }
        }
        return numbers >= 2 && numbers * 4 >= tokens;
    }

    /** A longer single line that does not end like a sentence: between body paragraphs it is an image caption. */
    public boolean looksLikeUnpunctuatedCaption(String text) {
        String t = text.strip();
        int words = Text.words(t);
        return words > MAX_WORDS && words <= MAX_CAPTION_WORDS_WITHOUT_STOP && !Text.endsWithStop(t)
                && !Text.endsLikeSentence(t) && Character.isUpperCase(t.charAt(0))
                && !INNER_SENTENCE_END.matcher(t).find() && !REPORTED_SPEECH.matcher(t).find() && !isTableRow(t);
    }
}
