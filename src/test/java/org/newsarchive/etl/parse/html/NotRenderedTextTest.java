package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.parse.PageNode;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.split.ParagraphSplitter;

/**
 * Text a browser does not render is not text of the page: a fictional page with copies of its
 * headline and date in a screen-reader-only label, a closed modal, a closed dialog, a template,
 * an inline display:none print box, and a caption marked aria-hidden (which stays: it is shown).
 */
class NotRenderedTextTest {

    private static final String HEADLINE = "Orchard growers count frost damage";
    private static List<Paragraph> paragraphs;

    @BeforeAll
    static void parse() throws Exception {
        paragraphs = new ArrayList<>(new ParagraphSplitter().split(
                PageContentExtractorTest.parseFixture("valley-courier-hidden.html").blocks()));
    }

    private static long count(String text) {
        return paragraphs.stream().filter(p -> p.text().equals(text)).count();
    }

    private static boolean anyContains(String part) {
        return paragraphs.stream().anyMatch(p -> p.text().contains(part));
    }

    @Test
    void hiddenCopiesOfTheHeadlineAreNotEmitted() {
        assertEquals(1, count(HEADLINE), () -> paragraphs.toString());
        assertEquals(Role.HEADLINE, paragraphs.stream().filter(p -> p.text().equals(HEADLINE)).findFirst()
                .orElseThrow().hint());
        assertFalse(anyContains("Send this story to a friend"), "closed modal");
        assertFalse(anyContains("Share this story with your followers"), "closed dialog");
        assertFalse(anyContains("Loading the comments"), "visibility:hidden");
    }

    @Test
    void printOnlyAndDisplayNoneTextIsNotEmitted() {
        assertFalse(anyContains("Cite this article"), "d-none d-print-block");
        assertEquals(1, count("April 12, 2025"), "display:none copy of the date");
    }

    @Test
    void screenReaderOnlyWordsInsideAParagraphAreLeftOut() {
        assertTrue(anyContains("to assess losses for the regional relief fund."), () -> paragraphs.toString());
        assertFalse(anyContains("opens in a new window"));
    }

    @Test
    void ariaHiddenTextIsStillShownSoItStays() {
        assertEquals(1, paragraphs.stream().filter(p -> p.text().startsWith("Frost-bitten blossom")
                && p.hint() == Role.PHOTO_CAPTION).count(), () -> paragraphs.toString());
    }

    @Test
    void responsiveClassesThatShowTextAgainKeepIt() {
        assertTrue(anyContains("Growers who lost more than a third of their blossom"));
        assertTrue(PageNode.notRenderedByClass("d-none d-print-block"));
        assertFalse(PageNode.notRenderedByClass("d-none d-md-block"));
        assertFalse(PageNode.notRenderedByClass("modal fade show"));
        assertTrue(PageNode.notRenderedByClass("modal fade"));
        assertFalse(PageNode.notRenderedByClass("modal-body"));
    }
}
