package org.newsarchive.etl.parse.rtf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.parse.StyledFormatsTest;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.parse.rtf.RtfStyles.StyledParagraph;

class RtfStylesTest {

    @Test
    void readsStyleNamesAliasesUnicodeAndSkipsBinaryAndDestinations() {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\uc1{\\fonttbl{\\f0 Arial;}}"
                + "{\\stylesheet{\\s0 Normal;}{\\s1\\b heading 1,\\'dcberschrift 1;}{\\*\\cs10 Default Paragraph Font;}"
                + "{\\s21\\i Figure Caption;}}"
                + "{\\*\\generator Writer;}"
                + "\\pard\\s1 Gr\\'fc\\u223?e aus Kiel\\par"
                + "{\\pard\\s21 {\\pict\\pngblip\\bin6 {}}\\'00} Hafen im Nebel\\par}"
                + "{\\footnote \\pard\\s0 Not body text\\par}"
                + "\\pard Back to \\u8220\"normal\\u8221\" text\\par}";

        List<StyledParagraph> paragraphs = RtfStyles.read(rtf.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(paragraphs).containsExactly(new StyledParagraph("heading 1", "grüßeauskiel"),
                new StyledParagraph("Figure Caption", "hafenimnebel"),
                new StyledParagraph("Normal", "backtonormaltext"));
    }

    @Test
    void headingStylesBecomeHeadingBlocksAndOtherStylesAClass() {
        Block p = new Block("Kiel", "p", "html>body>p", 0, null);
        assertThat(RtfStyles.styled(p, "heading 2")).extracting(Block::tag, Block::ancestry).containsExactly("h2", "html>body>h2");
        assertThat(RtfStyles.styled(p, "Title")).extracting(Block::tag).isEqualTo("h1");
        assertThat(RtfStyles.styled(p, "Subtitle")).extracting(Block::tag).isEqualTo("h2");
        assertThat(RtfStyles.styled(p, "Figure Caption").ancestry()).isEqualTo("html>body>p.figure_caption");
        assertThat(RtfStyles.styled(p, "Normal")).isSameAs(p);
    }

    @Test
    void blocksArePairedInOrderAndAnUnpairedBlockIsLeftAlone() {
        String rtf = "{\\rtf1{\\stylesheet{\\s0 Normal;}{\\s1 heading 1;}{\\s2 heading 2;}}"
                + "\\pard\\s1 Storm closes the pier\\par\\pard Body one.\\par\\pard\\s2 Repairs\\par\\pard Body two.\\par}";
        List<Block> tika = List.of(new Block("Storm closes the pier", "p", "html>body>p", 0, null),
                new Block("1.", "li", "html>body>ul>li", 0, null),
                new Block("A line Tika found and the scanner did not", "p", "html>body>p", 0, null),
                new Block("Body one.", "p", "html>body>p", 0, null),
                new Block("Repairs", "p", "html>body>p", 0, null),
                new Block("Body two.", "p", "html>body>p", 0, null));

        assertThat(RtfStyles.restore(rtf.getBytes(StandardCharsets.US_ASCII), tika)).extracting(Block::tag)
                .containsExactly("h1", "li", "p", "p", "h2", "p");
    }

    @Test
    void damagedRtfNeverThrows() {
        byte[] seed = StyledFormatsTest.RTF.getBytes(StandardCharsets.US_ASCII);
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = seed.clone();
            for (int m = random.nextInt(8); m >= 0; m--) { // RTF's own syntax bytes and random ones, anywhere
                byte b = random.nextBoolean() ? "{}\\'*0123456789u ".getBytes(StandardCharsets.US_ASCII)[random.nextInt(16)]
                        : (byte) random.nextInt(256);
                bytes[random.nextInt(bytes.length)] = b;
            }
            if (random.nextInt(4) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            List<StyledParagraph> paragraphs = RtfStyles.read(bytes);
            assertThat(paragraphs.size()).isLessThanOrEqualTo(bytes.length);
        }
        assertThat(RtfStyles.read("{\\rtf1\\bin999999999 }}}{{{\\u-70000\\'".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }
}
