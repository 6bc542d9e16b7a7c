package org.newsarchive.etl.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Role;

class ParagraphSplitterTest {

    private final ParagraphSplitter splitter = new ParagraphSplitter();

    private List<String> texts(Block... blocks) {
        return splitter.split(List.of(blocks)).stream().map(Paragraph::text).toList();
    }

    @Test
    void blankLinesSeparateParagraphsOfUnwrappedText() {
        assertThat(texts(Block.plain(" date 2024-01-05 \n\n\n\nFirst paragraph here.\n\nSecond one.\n")))
                .containsExactly("date 2024-01-05", "First paragraph here.", "Second one.");
    }

    @Test
    void hardWrappedLinesAreJoinedButShortLinesEndTheirParagraph() {
        String text = String.join("\n",
                "A ferry carrying 40 passengers ran aground off the north coast of the",
                "island on Sunday, coastguards said, and all on board were taken off",
                "safely by lifeboat crews.",
                "Photo: Coast Guard",
                "",
                "The vessel was refloated on the evening tide and towed into harbour for",
                "inspection.");
        assertThat(texts(Block.plain(text))).containsExactly(
                "A ferry carrying 40 passengers ran aground off the north coast of the island on Sunday, "
                        + "coastguards said, and all on board were taken off safely by lifeboat crews.",
                "Photo: Coast Guard",
                "The vessel was refloated on the evening tide and towed into harbour for inspection.");
    }

    @Test
    void unwrappedTextKeepsEveryLineBreakAsParagraphBreak() {
        String text = "A caption that describes the picture in a long sentence of its own, as captions do on news sites.\n"
                + "Jane Doe | Agency | Distributor\n";
        assertThat(texts(Block.plain(text))).containsExactly(
                "A caption that describes the picture in a long sentence of its own, as captions do on news sites.",
                "Jane Doe | Agency | Distributor");
    }

    @Test
    void indentedLineStartsANewParagraph() {
        String text = String.join("\n",
                "The company said sales rose eight pct in the quarter, helped by strong",
                "demand for its new lines of kitchen appliances in Europe and Asia.",
                "    Its shares closed up 30 cts at 14.20 dlrs after the announcement",
                "of the results and a higher dividend for the year.");
        assertThat(texts(Block.plain(text))).hasSize(2);
    }

    @Test
    void markupBreaksEndParagraphsAndHintsAreKept() {
        Block caption = new Block("The ferry leaves port.\n(Herald Photo/Iain Ross)", "figcaption", "body>figure>figcaption", 0,
                Role.PHOTO_CAPTION);
        List<Paragraph> paragraphs = splitter.split(List.of(caption));
        assertThat(paragraphs).extracting(Paragraph::text).containsExactly("The ferry leaves port.", "(Herald Photo/Iain Ross)");
        assertThat(paragraphs).extracting(Paragraph::index).containsExactly(1, 2);
        assertThat(paragraphs).allSatisfy(p -> {
            assertThat(p.tag()).isEqualTo("figcaption");
            assertThat(p.hint()).isEqualTo(Role.PHOTO_CAPTION);
        });
    }

    @Test
    void linkDensityIsTheShareOfLinkText() {
        Block nav = new Block("Home News", "li", "body>nav>ul>li", 9, null);
        assertThat(splitter.split(List.of(nav)).get(0).linkDensity()).isEqualTo(1.0);
    }
}
