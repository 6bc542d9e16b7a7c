package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * Pages saved without their head, or whose title gives only the site's name, so without a title
 * to find the headline by (issue 19: old
 * archived pages of the tuning part lost their headline, byline and first paragraphs, the article
 * starting at the body's first paragraph). The element the page names as the headline is taken:
 * the block's own ({@code td class="contentheading"}) or an inline one ({@code span class="articleHeadline"}).
 */
class PageWithoutTitleTest {

    @Test
    void anInlineElementNamedAsTheHeadlineStartsTheArticle() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("valley-ledger-no-head-span.html");
        assertEquals(Role.HEADLINE, PageContentExtractorTest.firstRole(roles, "Mill Town Wins Appeal Over River Water Rights"));
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(roles, "by Nora Feld, Friday, Dec 28, 2007 9:00 AM ET"));
        assertEquals(Role.BODY, PageContentExtractorTest.firstRole(roles, "THE WATER FIGHT BETWEEN the mill town and the county took"
                + " another turn on Thursday, when the appeals court agreed to hear the town's case against the new river quotas."));
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(roles, "Today's Most Read"));
    }

    /** A title giving only the site's name finds nothing either; no h1: the element named as the headline, above the body. */
    @Test
    void aTitleWithOnlyTheSitesNameLeavesTheNamedHeadline() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("valley-ledger-site-title.html");
        assertEquals(Role.HEADLINE, PageContentExtractorTest.firstRole(roles, "Valley striker is not for sale, says coach"));
        assertEquals(Role.DATELINE, PageContentExtractorTest.firstRole(roles, "29 December 2007 (16:00)"));
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(roles, "Text Size"));
    }

    @Test
    void aCellNamedAsTheHeadlineStartsTheArticle() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("valley-ledger-no-head-cell.html");
        assertEquals(Role.HEADLINE, PageContentExtractorTest.firstRole(roles, "'Heavy rains' flood the valley towns"));
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(roles, "By Agencies"));
    }
}
