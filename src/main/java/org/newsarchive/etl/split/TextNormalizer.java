package org.newsarchive.etl.split;

import java.text.Normalizer;

/**
 * Normalises paragraph text: Unicode NFC, no-break and other exotic spaces made plain spaces,
 * zero-width characters and soft hyphens removed, whitespace collapsed and trimmed.
 * Typographic quotation marks and dashes are kept as written.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(CharSequence raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        // most paragraphs come clean from the parser: copying them a char at a time was 2% of a page
        return isCollapsed(nfc) ? nfc : collapse(nfc);
    }

    /** True if {@link #collapse} would return the text unchanged. */
    static boolean isCollapsed(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7F) { // every other character is kept as it is
                if (isInvisible(c)) {
                    return false;
                }
                if (isSpace(c) && (c != ' ' || i == 0 || i == last || text.charAt(i + 1) == ' ')) {
                    return false; // not a single plain space between two kept characters
                }
            }
        }
        return true;
    }

    /** Drops invisible characters, turns each run of spaces into one plain space, strips both ends. */
    static String collapse(String nfc) {
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Zero-width characters, the byte-order mark and soft hyphens: they carry no text. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD';
    }

    static boolean isSpace(char c) {
        if (c < 128) {
            // the same answer without the Unicode tables (a few percent of a web page's time)
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
