package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page that closes with a box about
 * the author below the related links and the comment form (issue 19: author boxes the extractor
 * left out, on several publishers of the tuning part). The box repeats the name the byline beside
 * the headline gave; a box about somebody else, and the list of the author's other stories, stay
 * furniture.
 */
class AuthorBoxAfterTheStoryTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("harbour-courier-author-box.html");
    }

    private static Role role(String text) {
        return PageContentExtractorTest.firstRole(roles, text);
    }

    @Test
    void theBoxAboutTheBylinesAuthorIsKeptAsByline() {
        assertEquals(Role.BYLINE, role("Marta Lindqvist"));
        assertEquals(Role.BYLINE, role("Marta Lindqvist ist Redakteurin im Lokalressort und schreibt seit 2015 über Schifffahrt"
                + " und Verkehr an der Küste."));
        assertEquals(2, roles.get("Marta Lindqvist").stream().filter(r -> r == Role.BYLINE).count(),
                () -> "the byline and the box's name: " + roles.get("Marta Lindqvist"));
    }

    @Test
    void theBoxIsFoundWhenTheBylineRunsOnToItsDateAndHoldsTheAuthorsTitleAndAddress() throws Exception {
        // "Von Henrike Solberg 3. Mai 2023 10:04 Uhr": the name ends where the date begins;
        // the box's title follows the site's name, and its last line is the author's e-mail address
        Map<String, List<Role>> dated = PageContentExtractorTest.rolesPerLine("harbour-courier-box-dated-byline.html");
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(dated, "Artikel von Henrike Solberg"));
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(dated, "Hafenkurier.de Redakteurin"));
        assertEquals(Role.BYLINE, PageContentExtractorTest.firstRole(dated, "h.solberg@hafenkurier.example"));
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(dated, "Schleuse wird erneuert"));
    }

    @Test
    void aBoxAboutSomebodyElseAndTheAuthorsOtherStoriesStayFurniture() {
        assertEquals(Role.BOILERPLATE, role("Jonas Brandt ist Redakteur im Sportressort und berichtet über den Segelverein und die"
                + " Regatten im Hafen."));
        assertEquals(Role.BOILERPLATE, role("Leuchtturm wird saniert"));
        assertEquals(Role.BOILERPLATE, role("Schreibe einen Kommentar"));
    }
}
