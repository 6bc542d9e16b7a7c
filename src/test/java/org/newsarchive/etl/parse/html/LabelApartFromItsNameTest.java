package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page that puts the author-line word and the name in two
 * elements of their own ({@code <li>Von</li><li>Jana Vogt</li>}): one author line, as a reader sees it (issue 19:
 * bylines in the world's forms; three publishers of one CMS in the tuning part). A credit label with its colon alone
 * ({@code <p>Foto:</p><p>Jan Brandt</p>}) is one credit line likewise.
 */
class LabelApartFromItsNameTest {

    @Test
    void theWordAndTheNameAreOneAuthorLine() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("alpine-post-label-apart.html");
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(roles, "Von Jana Vogt"));
        assertEquals(Role.HEADLINE, PageContentExtractorTest.firstRole(roles, "Die Seilbahn fährt wieder"));
    }

    @Test
    void theCreditLabelAndTheNameAreOneCreditLine() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("alpine-post-label-apart.html");
        assertEquals(Role.PHOTO_CREDIT, PageContentExtractorTest.firstRole(roles, "Foto: Jan Brandt"));
        assertEquals(Role.PHOTO_CAPTION, PageContentExtractorTest.firstRole(roles, "Die neue Kabine an der Talstation."));
    }
}
