package org.newsarchive.etl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.job.ArticleProcessor;
import org.newsarchive.etl.model.Article;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.source.ContainerFixtures;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleTagger;

/**
 * RTF and EPUB keep the structure their authors gave them: headings, captions and paragraphs
 * come out as HEADLINE, SUBHEADING, PHOTO_CAPTION and text roles. The fixtures are fictional
 * stories written the way Word (RTF) and an e-book tool (EPUB 3) write them.
 */
public class StyledFormatsTest {

    /** As Word writes it: a stylesheet naming the styles, each paragraph reset with pard/plain and given its sN. */
    public static final String RTF = String.join("\n",
            "{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
                    + "{\\f1\\fswiss\\fcharset0 Arial;}}",
            "{\\colortbl;\\red0\\green0\\blue0;}",
            "{\\stylesheet{\\ql \\li0\\ri0\\widctlpar\\f0\\fs24\\lang2057 \\snext0 Normal;}",
            "{\\s1\\ql \\li0\\ri0\\sb240\\sa60\\keepn\\widctlpar\\outlinelevel0\\b\\f1\\fs32\\kerning32 \\sbasedon0 \\snext0 heading 1;}",
            "{\\s2\\ql \\li0\\ri0\\sb240\\sa60\\keepn\\widctlpar\\outlinelevel1\\b\\i\\f1\\fs28 \\sbasedon0 \\snext0 heading 2;}",
            "{\\*\\cs10 \\additive \\ssemihidden Default Paragraph Font;}",
            "{\\s35\\ql \\li0\\ri0\\widctlpar\\b\\fs20 \\sbasedon0 \\snext0 caption;}}",
            "{\\info{\\title Weekly edition}{\\author Desk}}",
            "\\pard\\plain \\s1\\ql \\li0\\ri0\\sb240\\sa60\\keepn\\widctlpar\\outlinelevel0\\b\\f1\\fs32 Lighthouse keepers\\rquote  cottage becomes a museum\\par",
            "\\pard\\plain \\s35\\ql \\li0\\ri0\\widctlpar\\b\\fs20 The restored cottage at Ard Point stands above the harbour on a clear evening.\\par",
            "\\pard\\plain \\ql \\li0\\ri0\\widctlpar\\f0\\fs24 ARD POINT \\endash  The cottage where three generations of keepers lived opened to visitors on Saturday"
                    + " after a two-year restoration paid for by the caf\\'e9 trade and local donors.\\par",
            "\\pard\\plain \\ql \\li0\\ri0\\widctlpar\\f0\\fs24 The trust that runs it expects about 4,000 visitors in the first season, its chair said.\\par",
            "\\pard\\plain \\s2\\ql \\li0\\ri0\\sb240\\sa60\\keepn\\widctlpar\\outlinelevel1\\b\\i\\f1\\fs28 Opening hours\\par",
            "\\pard\\plain \\ql \\li0\\ri0\\widctlpar\\f0\\fs24 The museum opens daily from ten until four, and on Fridays until eight in July and August.\\par",
            "}");

    static final String XHTML = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\">",
            "<head><title>Lighthouse keepers' cottage becomes a museum</title></head>",
            "<body><section epub:type=\"chapter\">",
            "<h1>Lighthouse keepers\u2019 cottage becomes a museum</h1>",
            "<figure><img src=\"images/cottage.jpg\" alt=\"\"/>",
            "<figcaption>The restored cottage at Ard Point stands above the harbour on a clear evening.</figcaption></figure>",
            "<p>ARD POINT \u2013 The cottage where three generations of keepers lived opened to visitors on Saturday after"
                    + " a two-year restoration paid for by the caf\u00e9 trade and local donors.</p>",
            "<p>The trust that runs it expects about 4,000 visitors in the first season, its chair said.</p>",
            "<h2>Opening hours</h2>",
            "<p>The museum opens daily from ten until four, and on Fridays until eight in July and August.</p>",
            "<p class=\"caption\">A keeper\u2019s logbook from 1911 lies open in the cottage kitchen.</p>",
            "</section></body></html>");

    public static byte[] epub() throws Exception {
        String container = "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
        String opf = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"uid\">urn:uuid:7d1c3f0e-0000-4000-8000-000000000001</dc:identifier>"
                + "<dc:title>Coast Weekly</dc:title><dc:language>en</dc:language>"
                + "<meta property=\"dcterms:modified\">2025-06-20T09:00:00Z</meta></metadata>"
                + "<manifest><item id=\"story\" href=\"story.xhtml\" media-type=\"application/xhtml+xml\"/>"
                + "<item id=\"img\" href=\"images/cottage.jpg\" media-type=\"image/jpeg\"/></manifest>"
                + "<spine><itemref idref=\"story\"/></spine></package>";
        return ContainerFixtures.zip(ContainerFixtures.entries("mimetype", "application/epub+zip",
                "META-INF/container.xml", container, "OEBPS/content.opf", opf, "OEBPS/story.xhtml", XHTML,
                "OEBPS/images/cottage.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9}));
    }

    @TempDir
    Path dir;

    private final ArticleProcessor processor = new ArticleProcessor(new DocumentParser(), new ParagraphSplitter(),
            new RoleTagger(), Duration.ofSeconds(60));

    private SourceDocument write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new SourceDocument(name, file, bytes.length);
    }

    private List<String> roles(SourceDocument source) {
        Outcome out = processor.process(source);
        assertThat(out).isInstanceOf(Article.class);
        return ((Article) out).paragraphs().stream().map(p -> p.role() + "|" + p.text()).toList();
    }

    /** The roles of the cottage story, as both the RTF and the EPUB edition set it. */
    private static final List<String> COTTAGE_STORY = List.of(
                "HEADLINE|Lighthouse keepers\u2019 cottage becomes a museum",
                "PHOTO_CAPTION|The restored cottage at Ard Point stands above the harbour on a clear evening.",
                "DATELINE|ARD POINT \u2013 The cottage where three generations of keepers lived opened to visitors on Saturday"
                        + " after a two-year restoration paid for by the caf\u00e9 trade and local donors.",
                "BODY|The trust that runs it expects about 4,000 visitors in the first season, its chair said.",
                "SUBHEADING|Opening hours",
                "BODY|The museum opens daily from ten until four, and on Fridays until eight in July and August.");

    @Test
    void rtfStylesGiveHeadlineCaptionAndSubheading() throws Exception {
        SourceDocument rtf = write("cottage.rtf", RTF.getBytes(StandardCharsets.US_ASCII));

        List<Block> blocks = new DocumentParser().parse(rtf).blocks();
        assertThat(blocks).extracting(Block::tag).containsExactly("h1", "p", "p", "p", "h2", "p");
        assertThat(roles(rtf)).containsExactlyElementsOf(COTTAGE_STORY);
    }

    @Test
    void rtfWithoutAStylesheetOrWithUnknownStylesKeepsTikasParagraphs() throws Exception {
        String bare = "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard\\s1 Not a heading without a stylesheet\\par"
                + "\\pard Second paragraph of the note.\\par}";
        List<Block> blocks = new DocumentParser().parse(write("bare.rtf", bare.getBytes(StandardCharsets.US_ASCII))).blocks();
        assertThat(blocks).extracting(Block::tag).containsExactly("p", "p");
        assertThat(blocks).extracting(Block::hint).containsOnlyNulls();
    }

    @Test
    void epubHeadingsFigureCaptionsAndCaptionStyleGiveTheirRoles() throws Exception {
        SourceDocument epub = write("coast-weekly.epub", epub());

        List<String> expected = new ArrayList<>(COTTAGE_STORY);
        expected.add("PHOTO_CAPTION|A keeper\u2019s logbook from 1911 lies open in the cottage kitchen.");
        assertThat(roles(epub)).containsExactlyElementsOf(expected);
    }
}
