package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path on a fictional page whose byline box holds the author line and, in an element of
 * its own with no date class, the story's date (issue 19: the extractor joined the pieces of a
 * byline box into one line, and a byline run together with its date is neither a byline nor a
 * date line to a reader).
 */
class DateInTheBylineBoxTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("quay-ledger-byline-box-date.html");
    }

    @Test
    void theDateInTheBylineBoxIsALineOfItsOwn() {
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(roles, "Marta Quillen | Harbor Writer"));
        assertEquals(Role.DATELINE, PageContentExtractorTest.firstRole(roles, "June 2, 2024"));
        assertFalse(roles.containsKey("Marta Quillen | Harbor Writer June 2, 2024"));
    }
}
