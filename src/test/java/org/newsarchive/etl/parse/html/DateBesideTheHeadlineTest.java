package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose date line sits in the
 * headline's container, outside the story text, as a link to the day's archive (issue 19: header
 * date lines the extractor left out, on several publishers of the tuning part).
 */
class DateBesideTheHeadlineTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("quay-courier-story.html");
    }

    private static Role role(String text) {
        return PageContentExtractorTest.firstRole(roles, text);
    }

    @Test
    void theDateLinkUnderTheHeadlineIsTheStorysDateLine() {
        assertEquals(Role.HEADLINE, role("Neue Fähre für die Hallig"));
        assertEquals(Role.DATELINE, role("04.03.2025 · 08:15"));
    }

    @Test
    void theSitesDateFarAboveTheHeadlineStaysFurniture() {
        assertEquals(Role.BOILERPLATE, role("Samstag, 5. Dezember 2026"));
        assertEquals(Role.BOILERPLATE, role("Hafenfest fällt aus"));
    }
}
