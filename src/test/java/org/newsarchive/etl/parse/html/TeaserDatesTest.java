package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose "Most read" list, set
 * inside the article element, gives each linked teaser its date (issue 19: teaser dates tagged
 * DATELINE on several publishers of the tuning part). The story's own date, closing its text
 * above the list, stays a date line.
 */
class TeaserDatesTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("valley-post-teaser-dates.html");
    }

    private static Role role(String text) {
        return PageContentExtractorTest.firstRole(roles, text);
    }

    @Test
    void theDatesOfALinkedTeaserListAreFurniture() {
        assertEquals(Role.BOILERPLATE, role("03.05.2024"));
        assertEquals(Role.BOILERPLATE, role("07.05.2024"));
        assertEquals(Role.BOILERPLATE, role("09.05.2024"));
    }

    @Test
    void theStorysOwnDateAboveTheListStaysADateLine() {
        assertEquals(Role.DATELINE, role("12/05/2024"));
        assertEquals(Role.BODY, role("The garden will be open during the library's hours from May to October, and readings for"
                + " children will be held there every Wednesday."));
    }
}
