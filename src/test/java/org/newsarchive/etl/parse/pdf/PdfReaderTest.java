package org.newsarchive.etl.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParser;

class PdfReaderTest {

    @TempDir
    Path dir;

    /** Each page: a list of paragraphs, each a list of lines as set on the page. */
    static void writePdf(Path file, List<List<List<String>>> pages) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<List<String>> paragraphs : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(60, 740);
                    for (List<String> paragraph : paragraphs) {
                        for (String line : paragraph) {
                            content.showText(line);
                            content.newLineAtOffset(0, -14);
                        }
                        content.newLineAtOffset(0, -20);
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    @Test
    void paragraphsAreRebuiltHyphenationUndoneAndPageFurnitureMarked() throws Exception {
        Path file = dir.resolve("gazette.pdf");
        writePdf(file, List.of(
                List.of(List.of("Island Gazette, March 2025"),
                        List.of("Harbour dues rise"),
                        List.of("KIRKWALL, May 2 - The board said the inter-",
                                "national shipping lines had agreed to the high-",
                                "stakes plan, which covers pre-",
                                "and post-war piers."),
                        List.of("It was a high-stakes vote for the board, and the",
                                "fishing crews said the rise would be hard to"),
                        List.of("Page 1")),
                List.of(List.of("Island Gazette, March 2025"),
                        List.of("absorb after a poor winter season."),
                        List.of("The co-",
                                "operative will meet on Friday."),
                        List.of("Page 2"))));

        ParsedDocument d = new DocumentParser().parse(new SourceDocument("gazette.pdf", file, Files.size(file)));

        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(d.blocks()).extracting(Block::hint, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Role.BOILERPLATE, "Island Gazette, March 2025"),
                org.assertj.core.groups.Tuple.tuple(null, "Harbour dues rise"),
                org.assertj.core.groups.Tuple.tuple(null, "KIRKWALL, May 2 - The board said the international shipping "
                        + "lines had agreed to the high-stakes plan, which covers pre- and post-war piers."),
                org.assertj.core.groups.Tuple.tuple(null, "It was a high-stakes vote for the board, and the fishing crews "
                        + "said the rise would be hard to absorb after a poor winter season."),
                org.assertj.core.groups.Tuple.tuple(Role.BOILERPLATE, "Page 1"),
                org.assertj.core.groups.Tuple.tuple(Role.BOILERPLATE, "Island Gazette, March 2025"),
                org.assertj.core.groups.Tuple.tuple(null, "The cooperative will meet on Friday."),
                org.assertj.core.groups.Tuple.tuple(Role.BOILERPLATE, "Page 2"));
    }

    @Test
    void theDocumentsOwnWordsDecideTheHyphen() {
        PdfReader.Vocabulary words = PdfReader.Vocabulary.of("a well-known story\nthe email arrived\nfirst inter-\nnational");
        assertThat(PdfReader.joinPair("a well-", "known fact", words)).isEqualTo("a well-known fact");
        assertThat(PdfReader.joinPair("by e-", "mail", words)).isEqualTo("by email");
        assertThat(PdfReader.joinPair("the inter-", "national", words)).isEqualTo("the international");
        assertThat(PdfReader.joinPair("pre-", "and post-war", words)).isEqualTo("pre- and post-war");
        assertThat(PdfReader.joinPair("end of", "line", words)).isEqualTo("end of line");
    }
}
