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
    void blankTextBecomesEmpty() {
        assertThat(TextNormalizer.normalize(" \u00A0\u200B\n")).isEmpty();
    }
}
