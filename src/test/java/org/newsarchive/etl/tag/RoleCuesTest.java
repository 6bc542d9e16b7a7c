package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.split.ParagraphSplitter;

/** The cues the tagger records for each paragraph's role, as it decides. */
class RoleCuesTest {

    private final RoleTagger tagger = new RoleTagger();

    private List<TaggedParagraph> tag(String text) {
        List<Paragraph> ps = new ParagraphSplitter().split(List.of(Block.plain(text)));
        return tagger.tag(ps, DocumentMetadata.EMPTY).paragraphs();
    }

    private static List<String> cues(List<TaggedParagraph> ps) {
        return ps.stream().map(TaggedParagraph::cues).toList();
    }

    @Test
    void everyParagraphNamesWhatDecidedItsRole() {
        List<TaggedParagraph> ps = tag("""
                 date 2024-03-05 \n
                Harbour master Ines Falk inspects the damaged pier in Port Ellen on March 4, 2024.

                Tom Ash | AFP | Getty Images

                Storm Hilda tore through the west coast on Monday, flooding dozens of homes and cutting power to thousands of customers across the region.

                “We have never seen the water come up this fast, not in forty years,” Falk said on Tuesday.

                Back to work

                Crews began clearing debris from the harbour road early on Tuesday morning, officials said in a statement.

                Radio Metro’s Ana Ruiz contributed to this report.
                """);
        assertThat(ps).extracting(TaggedParagraph::role).containsExactly(Role.DATELINE, Role.PHOTO_CAPTION,
                Role.PHOTO_CREDIT, Role.BODY, Role.QUOTE, Role.SUBHEADING, Role.BODY, Role.BYLINE);
        assertThat(cues(ps)).containsExactly("date line", "just before a credit line", "names with a photo agency",
                "story text", "quotation marks", "between paragraphs: short heading-shaped line", "story text",
                "contributor / agency line");
    }

    @Test
    void creditWordAndWireDateline() {
        List<TaggedParagraph> ps = tag("""
                Dock workers walk out over pay

                BEIJING (Reuters) - Dock workers at the port walked out on Monday over a pay offer they called an insult to the crews.

                Foto: dpa

                The union said the strike would last until the port authority returned to the table with a better offer.
                """);
        assertThat(ps).extracting(TaggedParagraph::role).containsExactly(Role.HEADLINE, Role.DATELINE,
                Role.PHOTO_CREDIT, Role.BODY);
        assertThat(cues(ps)).containsExactly("plain text: title-shaped first line", "dateline: place + agency + dash",
                "credit word \"Foto:\"", "story text");
    }

    @Test
    void structureHintsNameTheirElement() {
        List<Paragraph> ps = List.of(
                new Paragraph(1, "Menu Home News Sport", "nav", "body>nav", 1.0, Role.BOILERPLATE),
                new Paragraph(2, "Subscribe", "li", "body>nav>li", 1.0, Role.BOILERPLATE),
                new Paragraph(3, "Harbour reopens after the storm", "h1", "body>h1", 0.0, Role.HEADLINE),
                new Paragraph(4, "The pier on Tuesday morning, after the water went down.", "figcaption",
                        "body>figure>figcaption", 0.0, Role.PHOTO_CAPTION),
                new Paragraph(5, "The harbour reopened on Tuesday after crews cleared the debris that the storm had left on the road.",
                        "p", "body>p", 0.0, null));
        List<TaggedParagraph> out = tagger.tag(ps, DocumentMetadata.EMPTY).paragraphs();
        assertThat(cues(out)).containsExactly("page furniture (nav); run of 2 furniture blocks", "h1", "figcaption",
                "story text");
    }
}
