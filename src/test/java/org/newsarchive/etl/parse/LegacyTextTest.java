package org.newsarchive.etl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.split.ParagraphSplitter;

class LegacyTextTest {

    @TempDir
    Path dir;

    static final String STORY = "LYON, 12 mars (Agence Rh\u00f4ne) - Le caf\u00e9 de la place Bellecour rouvre apr\u00e8s deux ans de travaux.\n\n"
            + "\u00ab Nous avons gard\u00e9 le comptoir d'origine \u00bb, a d\u00e9clar\u00e9 la g\u00e9rante Agn\u00e8s Morel.\n";

    List<String> paragraphs(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        var parsed = new DocumentParser().parse(new SourceDocument(name, file, bytes.length));
        return new ParagraphSplitter().split(parsed.blocks()).stream().map(Paragraph::text).toList();
    }

    @Test
    void eightBitAndUtf16TextIsDecoded() throws Exception {
        List<String> expected = List.of(STORY.split("\n\n")[0], STORY.split("\n\n")[1].strip());
        assertThat(paragraphs("a.txt", STORY.getBytes(Charset.forName("windows-1252")))).isEqualTo(expected);
        assertThat(paragraphs("b.txt", STORY.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(expected);
        assertThat(paragraphs("c.txt", STORY.replace("caf\u00e9", "caf\u00e9 (5 \u20ac)").getBytes(Charset.forName("ISO-8859-15"))))
                .first().asString().contains("(5 \u20ac)");
        assertThat(paragraphs("d.txt", STORY.getBytes(StandardCharsets.UTF_16))).isEqualTo(expected); // with BOM
        byte[] le = STORY.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(paragraphs("e.txt", withBom)).isEqualTo(expected);
    }

    @Test
    void doubleEncodedUtf8IsRepairedAndCounted() throws Exception {
        String text = "\u201cWe are back,\u201d said the caf\u00e9 owner \u2014 na\u00efvely.";
        String mojibake = asWindows1252(text.getBytes(StandardCharsets.UTF_8));
        assertThat(mojibake).startsWith("\u00e2\u20ac\u0153We"); // â€œWe

        long before = MojibakeRepair.total();
        assertThat(paragraphs("m.txt", mojibake.getBytes(StandardCharsets.UTF_8))).containsExactly(text);
        assertThat(MojibakeRepair.total() - before).isEqualTo(5);
    }

    /** What Windows does: windows-1252 where it defines the byte, the C1 control where it does not (9D of ”). */
    static String asWindows1252(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            String s = new String(new byte[] {b}, Charset.forName("windows-1252"));
            sb.append(s.equals("\uFFFD") ? (char) (b & 0xff) : s.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void aClosingQuoteWhoseLastByteWasLostIsRepaired() {
        assertThat(MojibakeRepair.repair("back,\u00e2\u20ac\uFFFD said").text()).isEqualTo("back,\u201d said");
    }

    @Test
    void doubleEncodedUtf8ThatWasDecomposedLaterIsRepaired() {
        // "François" as mojibake ("FranÃ§ois"), its "Ã" then decomposed into "A" and a combining tilde
        assertThat(MojibakeRepair.repair("Fran\u0041\u0303\u00a7ois Hollande said").text()).isEqualTo("Fran\u00e7ois Hollande said");
        // a decomposed accent that is no mojibake stays as it was
        assertThat(MojibakeRepair.repair("Cafe\u0301 Ma\u0303o").repairs()).isZero();
        assertThat(MojibakeRepair.repair("Cafe\u0301 Ma\u0303o").text()).isEqualTo("Cafe\u0301 Ma\u0303o");
    }

    @Test
    void ordinaryAccentedTextIsLeftAlone() {
        for (String s : List.of("\u00c9l\u00e8ve \u00e0 l'\u00e9cole", "Stra\u00dfe \u00e4\u00f6\u00fc", "\u00c2ge d'or", "\u00c3o Paulo")) {
            assertThat(MojibakeRepair.repair(s).repairs()).as(s).isZero();
        }
        assertThat(MojibakeRepair.repair("caf\u00c3\u00a9").text()).isEqualTo("caf\u00e9");
    }
}
