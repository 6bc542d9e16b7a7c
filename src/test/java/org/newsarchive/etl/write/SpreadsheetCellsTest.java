package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void everyFormulaStartOfOwaspGetsAnApostrophe() {
        for (String text : List.of("=HYPERLINK(\"http://example.test\",\"x\")", "+44 20 7946 0000", "-State Department spokesman",
                "@SUM(A1:A9)", "\tindented", "\rreturn", "\nline")) {
            assertThat(SpreadsheetCells.neutralize(text)).as(text).isEqualTo("'" + text);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        for (String text : List.of("", "Plain text", "'Tis the season", " =not first", "“Quoted” – dash", "100%", "中文 é ß")) {
            assertThat(SpreadsheetCells.neutralize(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void theEscapeIsReversibleForAnyText() {
        assertThat(SpreadsheetCells.neutralize("'=already escaped by hand")).isEqualTo("''=already escaped by hand");
        Random random = new Random(42);
        char[] alphabet = {'\'', '=', '+', '-', '@', '\t', '\n', 'a', ' '};
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(6)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String original = new String(text);
            String cell = SpreadsheetCells.neutralize(original);
            assertThat(SpreadsheetCells.unneutralize(cell)).as("round trip of %s", Arrays.toString(text)).isEqualTo(original);
            assertThat(!cell.isEmpty() && SpreadsheetCells.isFormulaStart(cell.charAt(0))).isFalse();
        }
    }

    @Test
    void cutsAtTheLimitButNotInsideASurrogatePair() {
        assertThat(SpreadsheetCells.cut("abcdef", 4)).isEqualTo("abcd");
        assertThat(SpreadsheetCells.cut("abc\uD83D\uDCF0", 4)).isEqualTo("abc"); // the newspaper emoji stays whole
        assertThat(SpreadsheetCells.cut("abc", 4)).isEqualTo("abc");
    }

    @Test
    void lineBreaksBecomeLineFeeds() {
        assertThat(SpreadsheetCells.unixLineBreaks("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void formatterNeutralisesTextButNotNumbersOrDates() {
        CsvRowFormatter on = new CsvRowFormatter();
        assertThat(on.format(Arrays.asList("-State Department", -3, LocalDate.of(2024, 2, 29), "=1+2", 1234567)))
                .isEqualTo("'-State Department,-3,2024-02-29,'=1+2,1234567");
        CsvRowFormatter off = new CsvRowFormatter(new CsvOptions(true, false, 32_767, 1_048_576));
        assertThat(off.format(List.of("-State Department", "=1+2"))).isEqualTo("-State Department,=1+2");
    }

    @Test
    void tableRowsAreCutAndMarked() {
        CsvRowFormatter formatter = new CsvRowFormatter(new CsvOptions(true, true, 20, 1_048_576));
        List<String> columns = List.of("id", "title", "text");
        assertThat(formatter.tableHeader(columns)).isEqualTo("id,title,text,truncated_columns");
        assertThat(formatter.formatTableRow(columns, List.of("a1", "short", "x".repeat(25))))
                .isEqualTo("a1,short," + "x".repeat(20) + ",text");
        // the apostrophe counts towards the limit
        assertThat(formatter.formatTableRow(columns, List.of("a1", "-" + "y".repeat(19), "z".repeat(21))))
                .isEqualTo("a1,'-" + "y".repeat(18) + "," + "z".repeat(20) + ",title;text");
        assertThat(formatter.formatTableRow(columns, Arrays.asList("a1", null, "ok"))).isEqualTo("a1,,ok,");
    }
}
