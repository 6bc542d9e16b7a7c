package org.newsarchive.etl.write;

/**
 * What a cell's text must look like for a spreadsheet program to show it as the same text.
 *
 * <p><b>Formulas.</b> Excel, LibreOffice Calc and Google Sheets take a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} for a formula, and OWASP adds tab, carriage
 * return and line feed to the list ("CSV injection"). Such a cell gets one apostrophe in front
 * (OWASP's recommendation), so that it is text. The apostrophe is part of the cell's text:
 * LibreOffice shows it (checked with LibreOffice 7.4, quoted and unquoted fields alike).
 * The escape is reversible: {@link #unneutralize(String)} gives back the original text. So that
 * this holds for every text, a text that already starts with an apostrophe followed by a cell
 * that would need the escape is escaped once more.
 *
 * <p><b>Length.</b> A cell longer than the limit is cut at the limit, never between the two
 * halves of a surrogate pair.
 */
public final class SpreadsheetCells {

    /** The character put in front of a would-be formula. */
    public static final char ESCAPE = '\'';

    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet would read the text as a formula (or it starts like an escaped one). */
    public static boolean needsNeutralizing(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ESCAPE) {
            i++;
        }
        return i < text.length() && isFormulaStart(text.charAt(i));
    }

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP's list). */
    public static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** The text with an apostrophe in front where a spreadsheet would otherwise take it for a formula. */
    public static String neutralize(String text) {
        return needsNeutralizing(text) ? ESCAPE + text : text;
    }

    /** The inverse of {@link #neutralize(String)}: the text as the database holds it. */
    public static String unneutralize(String cell) {
        if (!cell.isEmpty() && cell.charAt(0) == ESCAPE && needsNeutralizing(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Every line break (CR LF, CR, LF) as LF, the in-cell line break of spreadsheets. */
    public static String unixLineBreaks(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The text cut to at most {@code max} UTF-16 characters, without splitting a surrogate pair. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }
}
