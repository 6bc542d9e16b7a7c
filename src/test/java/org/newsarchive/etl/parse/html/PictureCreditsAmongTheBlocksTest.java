package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose picture credits look like
 * furniture: one is a copyright sign and a name in a box named "copy", one a credit line that is
 * all link (issue 19: credits the extractor dropped as boilerplate text or links, on several
 * publishers of the tuning part). The site's own copyright line, with its year, stays furniture.
 */
class PictureCreditsAmongTheBlocksTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("lantern-gazette-story.html");
    }

    private static Role role(String text) {
        return PageContentExtractorTest.firstRole(roles, text);
    }

    @Test
    void aCopyrightSignAndANameUnderThePictureIsItsCredit() {
        assertEquals(Role.PHOTO_CREDIT, role("© Lena Sommer"));
    }

    @Test
    void aLinkedCreditLineIsACredit() {
        assertEquals(Role.PHOTO_CREDIT, role("Bild: kartenhaus.example"));
    }

    @Test
    void theSitesCopyrightLineStaysFurniture() {
        assertEquals(Role.BOILERPLATE, role("© 2026 Lantern Gazette"));
    }
}
