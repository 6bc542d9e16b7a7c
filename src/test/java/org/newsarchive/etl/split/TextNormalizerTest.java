package org.newsarchive.etl.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void theAsciiShortcutForSpacesAgreesWithTheUnicodeTables() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean tables = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
            assertThat(TextNormalizer.isSpace(c)).as("U+%04X", (int) c).isEqualTo(tables);
        }
    }


    @Test
    void collapsesWhitespaceAndRemovesInvisibleCharacters() {
        assertThat(TextNormalizer.normalize("  Hello\u00A0\u00A0world\u200B!\t\n next\u00ADline \uFEFF"))
                .isEqualTo("Hello world! nextline");
    }

    @Test
    void composesToNfcAndKeepsTypographicMarks() {
        String decomposed = "Cafe\u0301 \u201cquoted\u201d \u2014 it\u2019s";
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Caf\u00e9 \u201cquoted\u201d \u2014 it\u2019s");
    }

    @Test
    void aTextIsLeftAsItIsExactlyWhenCollapsingWouldNotChangeIt() {
        // normalize() returns a clean text without copying it: isCollapsed must agree with collapse
        String[] pieces = {"a", "Word", "é", "e\u0301", "\uD83D\uDE00", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2009", "\u3000",
            "\u0085", "\u001C", "\u200B", "\u00AD", "\uFEFF", "\u2060", "\u007F", "—", "“", ".", ""};
        java.util.Random random = new java.util.Random(31);
        int clean = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int p = random.nextInt(7); p > 0; p--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String nfc = java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC);
            String collapsed = TextNormalizer.collapse(nfc);
            assertThat(TextNormalizer.isCollapsed(nfc)).as("%s", b).isEqualTo(collapsed.equals(nfc));
            assertThat(TextNormalizer.normalize(b)).isEqualTo(collapsed);
            if (collapsed.equals(nfc)) {
                clean++;
            }
        }
        assertThat(clean).isGreaterThan(5_000);
    }

    @Test
    void blankTextBecomesEmpty() {
        assertThat(TextNormalizer.normalize(" \u00A0\u200B\n")).isEmpty();
    }
}
