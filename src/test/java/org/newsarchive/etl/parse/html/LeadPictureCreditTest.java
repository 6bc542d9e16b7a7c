package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose lead picture, and its
 * credit line, stand above the headline outside the story's container (issue 19: figures lost
 * to boilerplate). A menu of capitalised words between bars next to it is no credit.
 */
class LeadPictureCreditTest {

    @Test
    void theLeadPicturesCreditBesideTheHeadlineIsKept() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("harbour-lead-credit.html");
        assertEquals(Role.PHOTO_CREDIT, PageContentExtractorTest.firstRole(roles, "Foto: Jan Brandt"));
        assertEquals(Role.HEADLINE, PageContentExtractorTest.firstRole(roles, "Fähren fahren wieder"));
    }

    @Test
    void barsBetweenCapitalisedWordsNearTheHeadlineStayFurniture() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("harbour-lead-credit.html");
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(roles, "Print Version | Back | Send To Friend"));
    }
}
