package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.parse.PageNode;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleTagger;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose story header, media
 * player, gallery and author line are set the ways news pages set them.
 */
class StoryHeaderAndMediaTest {

    private static final Map<String, List<Role>> roles = new LinkedHashMap<>();

    @BeforeAll
    static void parse() throws Exception {
        ParsedDocument doc = PageContentExtractorTest.parseFixture("lakeside-post-story.html");
        var tagged = new RoleTagger().tag(new ParagraphSplitter().split(doc.blocks()), doc.metadata());
        for (TaggedParagraph p : tagged.paragraphs()) {
            for (String line : p.text().split("\n")) { // a run of page furniture is one paragraph, a line per block
                roles.computeIfAbsent(line, k -> new ArrayList<>()).add(p.role());
            }
        }
    }

    /** The role of the first paragraph with this text. */
    private static Role role(String text) {
        List<Role> r = roles.get(text);
        assertNotNull(r, () -> "no paragraph '" + text + "' in " + roles);
        return r.get(0);
    }

    @Test
    void dateLineAndCaptionAboveTheHeadlineBelongToTheStory() {
        assertEquals(Role.HEADLINE, role("Ice fishing season opens early on Lake Marrow"));
        assertEquals(Role.DATELINE, role("January 11, 2025 report"));
        assertEquals(Role.PHOTO_CAPTION,
                role("Anglers drill holes on the frozen bay near Pike Point on Saturday (Lakeside Post/Oren Vale)"));
    }

    @Test
    void thePlayerShowsTheCreditButItsCounterIsNoDate() {
        assertEquals(Role.PHOTO_CREDIT, role("Photo: Reuters/Ilsa Brandvik"));
        assertEquals(Role.BOILERPLATE, role("0:00"));
        assertEquals(Role.BOILERPLATE, role("/"));
    }

    @Test
    void bylinePiecesInACreatorBoxAreOneByline() {
        assertEquals(Role.BYLINE, role("By Peter Holm"));
        assertEquals(Role.DATELINE, role("Jan. 11, 2025"));
    }

    @Test
    void aPopoverOfVersionDatesIsNotTheStoryHeader() {
        assertEquals(Role.BOILERPLATE, role("Online: Jan. 11, 2025"));
        assertEquals(Role.BOILERPLATE, role("Updated: Jan. 12, 2025"));
    }

    @Test
    void aHeadingWhoseIdIsAnAnchorIsASubheading() {
        assertEquals(Role.SUBHEADING, role("Safety first"));
    }

    @Test
    void aHeadingElementHoldingALongSentenceIsStoryText() {
        assertEquals(Role.BODY, role("Bait shops along the eastern shore reported their busiest weekend in years as "
                + "families came out to try the sport."));
    }

    @Test
    void galleryCaptionsInTheBodyStayButAnEmptyCreditGoes() {
        assertEquals(Role.PHOTO_CAPTION, role("Fishing huts line the bay at dawn on Sunday."));
        assertEquals(Role.BOILERPLATE, role("(Photo: )"));
    }

    @Test
    void anEmbeddedDataGraphicIsFurnitureWithItsCreditAndSourceLine() {
        // marked only by its data attributes, under generated class names
        assertEquals(Role.BOILERPLATE, role("Lakeside Post"));
        assertEquals(Role.BOILERPLATE, role("How thick is the ice?"));
        assertEquals(Role.BOILERPLATE, role("20cmin the northern bays"));
        assertEquals(Role.BOILERPLATE, role("Source: County parks office"));
        // marked by its class name
        assertEquals(Role.BOILERPLATE, role("Winter permits sold, by week (Photo: Lakeside Post)"));
        assertEquals(Role.BOILERPLATE, role("Permits sold: 1,240 in the first week, up from 310 last year"));
        // the attribute's word must be "graphic" or "infographic", not a word that ends in it
        assertEquals(true, PageNode.isGraphicAttribute("data-graphicuuid"));
        assertEquals(true, PageNode.isGraphicAttribute("data-chart-infographic"));
        assertEquals(false, PageNode.isGraphicAttribute("data-demographic"));
        assertEquals(false, PageNode.isGraphicAttribute("data-photographic-style"));
    }

    @Test
    void aTextboxInsideTheStoryIsAsideLikeAnInfobox() {
        assertEquals(Role.BOILERPLATE, role("Lakeside Post Winter Magazine"));
        assertEquals(Role.BOILERPLATE, role("This story comes from the winter issue of our magazine, on sale at "
                + "newsagents around the lake from Friday."));
    }

    @Test
    void donationAppealIsBoilerplate() {
        assertEquals(Role.BOILERPLATE,
                role("Make your gift to keep local news free for everyone in the valley this winter. Donate today"));
    }

    @Test
    void theAuthorLineClosingTheArticleIsAByline() {
        assertEquals(Role.BYLINE, role("By Peter Holm, Lakeside Post"));
        assertEquals(Role.BOILERPLATE, role("More outdoors"));
    }
}
