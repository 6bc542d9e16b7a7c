package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose date line closes the story inside its article
 * element, after a "read more" link (issue 19: header lines lost to boilerplate). The dates of the list of other stories
 * below it stay furniture.
 */
class DateAfterTheStoryTest {

    @Test
    void theDateLineClosingTheStoryIsKept() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("harbour-courier-date-after.html");
        assertEquals(Role.DATELINE, PageContentExtractorTest.firstRole(roles, "13 August 2020, 09:08"));
    }

    @Test
    void theDatesOfOtherStoriesStayFurniture() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("harbour-courier-date-after.html");
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(roles, "12 August 2020"));
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(roles, "11 August 2020"));
    }
}
