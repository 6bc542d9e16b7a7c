package org.newsarchive.etl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Test fixtures: short fictional news stories written for these tests, in the styles the
 * pipeline must read (wire datelines, captions with credits, quotes), and writers that put
 * them into the file formats under test.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A wire story in the plain-text archive format: date line, caption + credit, dateline, quotes. */
    public static final String WIRE_STORY = String.join("\n",
            " date 2025-09-03 ",
            "",
            "Rescue crews search the flooded Marten Valley railway cutting near Oberau on September 2, 2025.",
            "",
            "Lena Vogt | Alpine Press | Northlight Images",
            "",
            "OBERAU, Sept 3 (Alpine Press) - Rail services through the Marten Valley will stay suspended until",
            "at least next week after a landslide buried 300 metres of track, the regional operator said on",
            "Wednesday.",
            "",
            "\u201cWe will not reopen the line until every slope above it has been checked by our geologists,\u201d",
            "operations chief Karin Hollweg told reporters at the station.",
            "",
            "Repairs",
            "",
            "Engineers expect to clear the debris within four days, but the signalling cables must be replaced.",
            "",
            "Reporting by Jonas Pfeil; Editing by Mara Lind",
            "");

    /** A short story with non-ASCII letters, to be written in windows-1252. */
    public static final String LEGACY_STORY = String.join("\n",
            "LYON, 12 mars (Agence Rhône) - Le café de la place Bellecour rouvre après deux ans de travaux.",
            "",
            "\u00ab Nous avons gardé le comptoir d'origine, c'est toute l'âme du lieu \u00bb, a déclaré la gérante Agnès Morel.",
            "");

    public static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Ferry service to Skerry Island resumes | Coast Herald</title>
            <meta property="article:published_time" content="2025-06-18T08:15:00+01:00">
            </head><body>
            <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
            <article>
            <h1>Ferry service to Skerry Island resumes</h1>
            <p>By Ailsa Munro</p>
            <figure><img src="ferry.jpg" alt="">
            <figcaption>The MV Gannet leaves Port Mhor for Skerry Island on June 17, 2025.<br>(Herald Photo/Iain Ross)</figcaption>
            </figure>
            <p>PORT MHOR — The ferry link to Skerry Island resumed on Tuesday after a six-week suspension caused by engine failure.</p>
            <p>\u201cThe island has been cut off for far too long this summer,\u201d said council leader Morag Bain.</p>
            </article>
            <footer><p>Subscribe to our newsletter</p></footer>
            </body></html>
            """;

    public static void writeText(Path file, String text, Charset charset) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(charset));
    }

    public static void writeUtf8(Path file, String text) throws IOException {
        writeText(file, text, StandardCharsets.UTF_8);
    }

    /** A one-page PDF with each paragraph as its own block of lines. */
    public static void writePdf(Path file, List<String> paragraphs) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(60, 720);
                for (String paragraph : paragraphs) {
                    for (String line : wrap(paragraph, 85)) {
                        content.showText(line);
                        content.newLineAtOffset(0, -14);
                    }
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            doc.save(file.toFile());
        }
    }

    /** A DOCX with a heading and paragraphs. */
    public static void writeDocx(Path file, String heading, List<String> paragraphs) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            var h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText(heading);
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
        }
    }

    /**
     * A DOCX whose paragraphs carry Word's built-in styles: {@code Heading1}, {@code Heading2},
     * {@code Caption} or none ({@code null}), given as style/text pairs.
     */
    public static void writeStyledDocx(Path file, List<String[]> styledParagraphs) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            var styles = doc.createStyles();
            for (String id : List.of("Heading1", "Heading2", "Caption")) {
                var ct = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
                ct.setStyleId(id);
                ct.addNewName().setVal(id.equals("Caption") ? "caption" : id.replace("Heading", "heading "));
                ct.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
                styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(ct, styles));
            }
            for (String[] p : styledParagraphs) {
                var paragraph = doc.createParagraph();
                if (p[0] != null) {
                    paragraph.setStyle(p[0]);
                }
                paragraph.createRun().setText(p[1]);
            }
            doc.write(out);
        }
    }

    /** Bytes that start like a PDF and then break off. */
    public static byte[] truncatedPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
