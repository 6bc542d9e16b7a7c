package org.newsarchive.etl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.Fixtures;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.SourceDocument;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    @TempDir
    Path dir;

    private ParsedDocument parse(String name) throws Exception {
        Path file = dir.resolve(name);
        return parser.parse(new SourceDocument(name, file, Files.size(file)));
    }

    @Test
    void aMetadataDateIsTheDateOfItsFirstTenCharactersAsJavaTimeReadsIt() {
        // date() reads dddd-dd-dd itself; it must answer as java.time's full parse with its fallback
        String[] heads = {"2026-01-05", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01",
            "9999-12-31", "2026-1-05", "20260-01-05", "+2026-01-05", "2026/01/05", "２０２６-01-05", "2026-01-0x", "abcdefghij"};
        String[] tails = {"", "T08:00:00Z", "T08:00Z", "T08:00:00+01:00", "T08:00:00.123-05:00", "T24:00:00Z", "T23:59:60Z",
            "T08:00:00", " 08:00", "T08:00:00+25:00", "Z", "x", "T08:00:00+01:00[Europe/Paris]", "T8:00Z"};
        for (String head : heads) {
            for (String tail : tails) {
                String value = head + tail;
                LocalDate expected;
                try {
                    expected = java.time.OffsetDateTime.parse(value).toLocalDate();
                } catch (java.time.format.DateTimeParseException e) {
                    try {
                        expected = value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
                    } catch (java.time.format.DateTimeParseException e2) {
                        expected = null;
                    }
                }
                assertThat(DocumentParser.date(value)).as(value).isEqualTo(expected);
            }
        }
        assertThat(DocumentParser.date("2026-01-05T08:00:00+01:00")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(DocumentParser.date("2026-02-30")).isNull();
    }

    @Test
    void plainTextKeepsLineBreaksForTheSplitter() throws Exception {
        Fixtures.writeUtf8(dir.resolve("story.txt"), Fixtures.WIRE_STORY);
        ParsedDocument doc = parse("story.txt");
        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.blocks()).hasSize(1);
        assertThat(doc.blocks().get(0).isPlainText()).isTrue();
        assertThat(doc.blocks().get(0).text()).contains("\n\nLena Vogt | Alpine Press");
    }

    @Test
    void aWebPageGoesStraightToTikasHtmlParser() {
        // a composite parser would rebuild its map of every parser's types for each page
        Parser html = DocumentParser.leafParser(new AutoDetectParser(), MediaType.TEXT_HTML);
        assertThat(html).isNotInstanceOf(CompositeParser.class);
        assertThat(html.getSupportedTypes(new ParseContext())).contains(MediaType.TEXT_HTML);
    }

    @Test
    void legacyEncodedTextIsDecoded() throws Exception {
        Fixtures.writeText(dir.resolve("legacy.txt"), Fixtures.LEGACY_STORY, Charset.forName("windows-1252"));
        assertThat(parse("legacy.txt").blocks().get(0).text()).contains("Rhône", "café", "\u00ab Nous avons gardé");
    }

    @Test
    void aShortUtf8TextWithAFewAccentedLettersIsReadAsUtf8() throws Exception {
        // the statistical sniffer took a text like this one for GB18030 ("país" came out as "pa铆s")
        String spanish = " date 2024-03-05 \n"
                + "\n"
                + "El representante de la FAO en el país también ve oportunidades en el actual escenario económico\n"
                + "\n"
                + "Graciela Cuevas\n"
                + "\n"
                + "Santo Domingo - mar. 5, 2024 | 12:01 a. m.\n"
                + "\n"
                + "La Organización de las Naciones Unidas para la Alimentación ve oportunidades para el país en medio de la crisis de precios.\n"
                + "\n"
                + "El funcionario explicó que los productores locales pueden aprovechar la demanda de alimentos en la región.\n"
                + "\n"
                + "Según los datos presentados, la producción agrícola creció un cuatro por ciento el año pasado.\n";
        Files.write(dir.resolve("es.txt"), spanish.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(parse("es.txt").blocks().get(0).text())
                .contains("El representante de la FAO en el país también ve oportunidades en el actual escenario económico",
                        "El funcionario explicó que los productores locales pueden aprovechar la demanda de alimentos en la región.",
                        "la producción agrícola creció");
    }

    @Test
    void htmlBlocksCarryTheirElementPathAndBreaks() throws Exception {
        Fixtures.writeUtf8(dir.resolve("page.html"), Fixtures.NEWS_PAGE);
        ParsedDocument doc = parse("page.html");
        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.metadata().publishedDate()).isEqualTo(LocalDate.of(2025, 6, 18));
        assertThat(doc.metadata().language()).isEqualTo("en");
        Block caption = doc.blocks().stream().filter(b -> b.tag().equals("figcaption")).findFirst().orElseThrow();
        assertThat(caption.text()).isEqualTo("The MV Gannet leaves Port Mhor for Skerry Island on June 17, 2025.\n(Herald Photo/Iain Ross)");
        assertThat(caption.ancestry()).contains("article").endsWith("figure>figcaption");
        Block nav = doc.blocks().get(0);
        assertThat(nav.ancestry()).contains("nav");
        assertThat(nav.linkChars()).isEqualTo("HomeLocal".length()); // the space between the links is not link text
        assertThat(doc.blocks()).extracting(Block::tag).contains("h1", "p");
    }

    @Test
    void aBreakInsideATimeElementIsOnlyASpace() throws Exception {
        // one date and time, set on two lines; a break elsewhere in the block still breaks it
        Fixtures.writeUtf8(dir.resolve("dated.html"), "<html><body><article><h1>Neue Fähre für die Hallig</h1>"
                + "<section class=\"meta\"><time datetime=\"2025-03-04T08:15:00+01:00\">4. März 2025 <br> 08:15 Uhr</time>"
                + "<br>Aktualisiert</section><p>Die Fähre fährt ab Montag zweimal am Tag zur Hallig.</p></article></body></html>");
        assertThat(parse("dated.html").blocks()).extracting(Block::text).contains("4. März 2025 08:15 Uhr\nAktualisiert");
    }

    @Test
    void pdfAndDocxGiveTheirParagraphs() throws Exception {
        Fixtures.writePdf(dir.resolve("a.pdf"), List.of("First paragraph of the printed story.", "Second paragraph."));
        assertThat(parse("a.pdf").blocks()).extracting(Block::text).anySatisfy(t -> assertThat(t).contains("First paragraph"));
        Fixtures.writeDocx(dir.resolve("b.docx"), "Heading", List.of("Body text of the story."));
        assertThat(parse("b.docx").blocks()).extracting(Block::text).containsSubsequence("Heading", "Body text of the story.");
    }

    @Test
    void unreadableDocumentsGiveAReason() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> parse("empty.txt")).isInstanceOf(DocumentParseException.class).hasMessage("empty file");
        Files.write(dir.resolve("bad.pdf"), Fixtures.truncatedPdf());
        assertThatThrownBy(() -> parse("bad.pdf")).isInstanceOf(DocumentParseException.class)
                .hasMessageContaining("application/pdf");
    }

    @Test
    void tooMuchTextIsRejectedNotTruncated() throws IOException {
        Fixtures.writeUtf8(dir.resolve("long.txt"), "word ".repeat(1000));
        DocumentParser small = new DocumentParser(100);
        assertThatThrownBy(() -> small.parse(new SourceDocument("long.txt", dir.resolve("long.txt"), 5000)))
                .hasMessageContaining("more than 100 characters");
    }

    @Test
    void htmlExtensionTakesTheFastPathOnlyWhenTheBytesOpenAnHtmlDocument() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (String start : List.of("<!DOCTYPE html><html>", "  <!-- cached -->\n<HTML lang=en>", "<html>")) {
            assertThat(DocumentParser.startsLikeHtml(org.apache.tika.io.TikaInputStream.get(
                    (start + "<body><p>x</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8)))).as(start).isTrue();
        }
        byte[] withBom = new byte[bom.length + 6];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy("<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, withBom, 3, 6);
        assertThat(DocumentParser.startsLikeHtml(org.apache.tika.io.TikaInputStream.get(withBom))).isTrue();
        // a PDF or plain text saved as .html is left to content detection
        assertThat(DocumentParser.startsLikeHtml(org.apache.tika.io.TikaInputStream.get(Fixtures.truncatedPdf()))).isFalse();
        Files.write(dir.resolve("really-a.pdf.html"), Fixtures.truncatedPdf());
        assertThatThrownBy(() -> parse("really-a.pdf.html")).hasMessageContaining("application/pdf");
    }

    @Test
    void aPageSavedAgainAsUtf8IsReadAsUtf8WhateverItsMetaSays() throws Exception {
        // a page saved again as UTF-8 keeps the charset of its first life in its meta element
        String korean = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body>"
                + "<h1>항구 다리 공사 시작</h1><p>시의회는 월요일에 새 다리 공사를 승인했다. 공사는 내년 봄에 끝난다.</p></body></html>";
        Files.write(dir.resolve("resaved.html"), korean.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(parse("resaved.html").blocks()).extracting(Block::text).contains("항구 다리 공사 시작");
        String cyrillic = "<html><head><meta charset=\"windows-1251\"></head><body>"
                + "<h1>Паром снова ходит</h1><p>Паром вернулся на линию во вторник после шести недель ремонта.</p></body></html>";
        Files.write(dir.resolve("resaved-1251.html"), cyrillic.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(parse("resaved-1251.html").blocks()).extracting(Block::text).contains("Паром снова ходит");
        // a page really written in its legacy charset is still read in it
        Files.write(dir.resolve("legacy-1251.html"), cyrillic.getBytes(Charset.forName("windows-1251")));
        assertThat(parse("legacy-1251.html").blocks()).extracting(Block::text).contains("Паром снова ходит");
        String latin = "<html><head><meta charset=\"iso-8859-1\"></head><body><h1>Le café du port rouvre</h1>"
                + "<p>Le café a rouvert mardi après six semaines de travaux.</p></body></html>";
        Files.write(dir.resolve("legacy-latin1.html"), latin.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(parse("legacy-latin1.html").blocks()).extracting(Block::text).contains("Le café du port rouvre");
    }

    @Test
    void utf8IsWellFormedMultiByteTextAndNothingElse() {
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        assertThat(SourceFormats.isUtf8BeyondAscii("café".getBytes(utf8), false)).isTrue();
        assertThat(SourceFormats.isUtf8BeyondAscii("plain ascii".getBytes(utf8), false)).isFalse(); // nothing to tell
        assertThat(SourceFormats.isUtf8BeyondAscii("café".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false))
                .isFalse();
        assertThat(SourceFormats.isUtf8BeyondAscii("항구".getBytes(Charset.forName("EUC-KR")), false)).isFalse();
        byte[] cut = java.util.Arrays.copyOf("é항".getBytes(utf8), 4); // the last character cut after its second byte
        assertThat(SourceFormats.isUtf8BeyondAscii(cut, true)).isTrue();
        assertThat(SourceFormats.isUtf8BeyondAscii(cut, false)).isFalse();
    }

    @Test
    void wordProcessorStylesGiveHeadlineSubheadingAndCaption() throws Exception {
        Fixtures.writeStyledDocx(dir.resolve("styled.docx"), List.of(
                new String[] {"Heading1", "Ferry returns to Skerry Island"},
                new String[] {"Caption", "The MV Gannet docks at Port Mhor on June 17, 2025."},
                new String[] {null, "PORT MHOR - The ferry resumed service on Tuesday after six weeks."},
                new String[] {"Heading2", "Timetable"},
                new String[] {null, "Sailings run twice a day until the end of September."}));
        List<Block> blocks = parse("styled.docx").blocks();
        assertThat(blocks).extracting(Block::text).containsExactly("Ferry returns to Skerry Island",
                "The MV Gannet docks at Port Mhor on June 17, 2025.",
                "PORT MHOR - The ferry resumed service on Tuesday after six weeks.", "Timetable",
                "Sailings run twice a day until the end of September.");
        assertThat(blocks).extracting(Block::hint).containsExactly(org.newsarchive.etl.model.Role.HEADLINE,
                org.newsarchive.etl.model.Role.PHOTO_CAPTION, null, null, null);
        assertThat(blocks.get(3).tag()).isEqualTo("h2"); // the tagger makes a heading inside the text a subheading
    }

    @Test
    void anEmbeddedImagesFileNameIsNotText() throws Exception {
        Path file = dir.resolve("with-photo.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Harbour wall repaired before winter storms");
            byte[] png = java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
            doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "harbour-wall.png", 9525, 9525);
            doc.createParagraph().createRun().setText("Crews finished the work on Friday.");
            doc.write(out);
        }
        assertThat(parse("with-photo.docx").blocks()).extracting(Block::text)
                .containsExactly("Harbour wall repaired before winter storms", "Crews finished the work on Friday.");
    }
}
