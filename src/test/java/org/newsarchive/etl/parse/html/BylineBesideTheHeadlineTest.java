package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional page whose author line sits in the
 * breadcrumb box above the headline, outside the story and headline container, labelled in
 * Russian (issue 19: header bylines the extractor left out, on several publishers and languages
 * of the tuning part).
 */
class BylineBesideTheHeadlineTest {

    private static Map<String, List<Role>> roles;

    @BeforeAll
    static void parse() throws Exception {
        roles = PageContentExtractorTest.rolesPerLine("steppe-herald-story.html");
    }

    private static Role role(String text) {
        return PageContentExtractorTest.firstRole(roles, text);
    }

    @Test
    void theAuthorLineAboveTheHeadlineIsTheStorysByline() {
        assertEquals(Role.HEADLINE, role("В области откроют новый мост через реку"));
        assertEquals(Role.BYLINE, role("Автор: Ольга Северова"));
    }

    @Test
    void anAuthorLineInTheSidebarStaysFurniture() {
        assertEquals(Role.BOILERPLATE, role("Автор: Иван Луговой"));
        assertEquals(Role.BOILERPLATE, role("Ярмарка пройдёт в субботу"));
    }
}
