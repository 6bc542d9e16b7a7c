package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose lead picture, above the
 * story's text container, carries the same credit as a picture inside the text (issue 19: lead
 * credits dropped as repeated copies on several publishers of the tuning part). Each picture's
 * credit is a paragraph of its own.
 */
class RepeatedCreditTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("river-times-repeated-credit.html");
    }

    @Test
    void theLeadPicturesCreditIsKeptBesideTheSameCreditLater() {
        assertEquals(List.of(Role.PHOTO_CREDIT, Role.PHOTO_CREDIT), roles.get("Photo: Lena Ortiz/River Times"));
        assertEquals(Role.PHOTO_CAPTION, PageContentExtractorTest.firstRole(roles,
                "The north pier, where the evening boats leave for the island."));
    }
}
