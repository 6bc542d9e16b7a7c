package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Dateline;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleTagger;

/**
 * The whole path (parse, extract, split, tag) on fictional pages that name the story's place in
 * an element of its own beside the headline ({@code post-location}, {@code byline-location}),
 * outside the story text (issue 19: header place lines the extractor left out, on several
 * publishers of the tuning part).
 */
class PlaceBesideTheHeadlineTest {

    @Test
    void thePlaceElementBesideTheHeadlineIsTheDateline() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("alpine-post-story.html");
        assertEquals(Role.DATELINE, PageContentExtractorTest.firstRole(roles, "Bad Lindenau"));
        assertEquals(Role.DATELINE, PageContentExtractorTest.firstRole(roles, "04.03.2025, 08:15 Uhr"));
        assertEquals(Role.HEADLINE, PageContentExtractorTest.firstRole(roles, "Neue Seilbahn für das Lindental"));
    }

    @Test
    void aKickerAndATaxonomyClassNamingAPlaceMakeNoDateline() throws Exception {
        // the article element's class says "location-tirol": a tag of the site's taxonomy, not a place line
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("alpine-post-story.html");
        assertEquals(Role.BOILERPLATE, PageContentExtractorTest.firstRole(roles, "Region"));
    }

    @Test
    void theArticlesDatelineTakesThePlaceAndTheHeadersDate() throws Exception {
        Dateline d = dateline("alpine-post-story.html");
        assertEquals("Bad Lindenau", d.location());
        assertEquals("2025-03-04", String.valueOf(d.date()));
    }

    @Test
    void aPageReadInTheWrongCharsetIsRepairedBeforeItsPlaceIsJudged() throws Exception {
        // written in UTF-8, declared windows-1252: read as declared, the place would be "ZÃ¼rich", no place word
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("lake-messenger-miscoded.html");
        assertEquals(Role.DATELINE, PageContentExtractorTest.firstRole(roles, "Zürich"));
        assertEquals("Zürich", dateline("lake-messenger-miscoded.html").location());
    }

    private static Dateline dateline(String fixture) throws Exception {
        ParsedDocument doc = PageContentExtractorTest.parseFixture(fixture);
        Dateline d = new RoleTagger().tag(new ParagraphSplitter().split(doc.blocks()), doc.metadata()).dateline();
        assertNotNull(d, "no dateline");
        return d;
    }
}
