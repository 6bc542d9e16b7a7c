package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose author line signs the
 * story after its tags and related links, with no byline beside the headline (issue 19: such
 * signatures, "Penulis: …", "Автор: …", "Ein Beitrag von: …", were dropped as furniture after the
 * article). The author line of a card teasing another story, under its link, stays furniture.
 */
class SignatureAfterTheStoryTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("island-herald-signature.html");
    }

    private static Role role(String text) {
        return PageContentExtractorTest.firstRole(roles, text);
    }

    @Test
    void theAuthorLineSigningTheStoryAndTheLineUnderItAreBylines() {
        assertEquals(Role.BYLINE, role("Penulis: Sari Wulandari"));
        assertEquals(Role.BYLINE, role("Editor: Budi Santoso"));
    }

    @Test
    void theTagsTheRelatedLinksAndATeasersAuthorStayFurniture() {
        assertEquals(Role.BOILERPLATE, role("Oleh Dewi Lestari"));
        assertEquals(Role.BOILERPLATE, role("Baca Juga"));
        assertEquals(Role.BOILERPLATE, role("nelayan"));
    }
}
