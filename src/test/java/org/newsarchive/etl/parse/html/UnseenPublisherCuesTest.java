package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page set the ways the tuning part of
 * {@code eval/corpus} showed that several publishers set them (issue 19): an author line linked
 * in a list of the header's items, a figure whose class names it a callout, an author box with
 * two names.
 */
class UnseenPublisherCuesTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("fjord-herald-story.html");
    }

    private static Role role(String text) {
        List<Role> r = roles.get(text);
        assertNotNull(r, () -> "no paragraph '" + text + "' in " + roles.keySet());
        return r.get(0);
    }

    @Test
    void anAuthorLineLinkedInAListItemIsNoLinkList() {
        assertEquals(Role.BYLINE, role("By Lena Dahl"));
        assertEquals(Role.BOILERPLATE, role("Region"));
    }

    @Test
    void theNameThePageDeclaresAsItsAuthorBesideTheHeadlineIsTheByline() throws Exception {
        // JSON-LD names Lena Okafor as the author; the line with her name sits above the date and
        // the headline in elements without a name, where a menu item would sit
        Map<String, List<Role>> declared = PageContentExtractorTest.rolesPerLine("river-times-declared-author.html");
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(declared, "Lena Okafor"));
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(declared, "Sport"));
    }

    @Test
    void anAuthorLineWithTheDeclaredNameIsTheBylineInAnAsideBelowTheLeadPicture() throws Exception {
        // <meta name="author"> names Mira Lindqvist; her author line sits in an aside, below the lead
        // picture, the date and the share buttons: farther from the headline than an unnamed author line may be
        Map<String, List<Role>> page = PageContentExtractorTest.rolesPerLine("harbour-post-author-aside.html");
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(page, "By Mira Lindqvist"));
        assertEquals(Role.PHOTO_CREDIT, PageContentExtractorTest.firstRole(page, "Photo: Tove Ek"));
    }

    @Test
    void theDeclaredAuthorSigningAfterTheStoryIsTheBylineNotTheAuthorsOfOtherStories() throws Exception {
        // the signature stands beside the article's element, between share links and a list of other
        // stories under their authors; the page's metadata names Jonas Beck as the author
        Map<String, List<Role>> page = PageContentExtractorTest.rolesPerLine("valley-courier-signature.html");
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(page, "Kommentar von Jonas Beck"));
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(page, "Von Anna Roth"));
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(page, "Facebook"));
    }

    @Test
    void twoNamesOfAnAuthorBoxAreTwoBylinesNotOneJoinedLine() {
        assertEquals(Role.BYLINE, role("Kari Berg"));
        assertEquals(Role.BYLINE, role("Per Olsen"));
    }

    @Test
    void aFigureInABoxNamedAsACalloutKeepsItsCaptionAndCredit() {
        assertEquals(Role.PHOTO_CAPTION, role("The ferry Nordlys leaves the harbour of Skarvik on Monday morning."));
        assertEquals(Role.PHOTO_CREDIT, role("Oda Strand")); // a name alone, in a credit element
    }
}
