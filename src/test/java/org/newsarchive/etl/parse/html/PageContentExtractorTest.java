package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.tag.RoleTagger;

/** The extractor on a fictional news page written for this test (nav, share bar, paywall-free). */
class PageContentExtractorTest {

    @Test
    void theAsciiShortcutForBlanksAgreesWithTheUnicodeTables() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), PageContentExtractor.isBlank(c), "U+" + Integer.toHexString(c));
        }
    }


    private static ParsedDocument parsed;
    private static Map<String, Role> hints;

    @BeforeAll
    static void parse() throws Exception {
        parsed = parseFixture("harbour-gazette-story.html");
        hints = new LinkedHashMap<>();
        for (Paragraph p : new ParagraphSplitter().split(parsed.blocks())) {
            hints.put(p.text(), p.hint() == null ? Role.BODY : p.hint());
        }
    }

    static ParsedDocument parseFixture(String name) throws Exception {
        Path file = fixture(name);
        return new DocumentParser().parse(new SourceDocument(name, file, Files.size(file)));
    }

    /**
     * The whole path (parse, extract, split, tag) on a fixture: the roles of each line, in order
     * (a run of page furniture is one paragraph, a line per block).
     */
    static Map<String, List<Role>> rolesPerLine(String name) throws Exception {
        ParsedDocument doc = parseFixture(name);
        var tagged = new RoleTagger().tag(new ParagraphSplitter().split(doc.blocks()), doc.metadata());
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        for (TaggedParagraph p : tagged.paragraphs()) {
            for (String line : p.text().split("\n")) {
                roles.computeIfAbsent(line, k -> new ArrayList<>()).add(p.role());
            }
        }
        return roles;
    }

    /** The role of the first line with this text in {@link #rolesPerLine}'s map; fails if there is none. */
    static Role firstRole(Map<String, List<Role>> roles, String text) {
        List<Role> r = roles.get(text);
        assertNotNull(r, () -> "no paragraph '" + text + "' in " + roles.keySet());
        return r.get(0);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(PageContentExtractorTest.class.getResource("/parse/" + name).toURI());
    }

    private static Role hint(String text) {
        Role r = hints.get(text);
        assertNotNull(r, () -> "no paragraph '" + text + "' in " + hints.keySet());
        return r;
    }

    @Test
    void headlineFromTheArticleHeading() {
        assertEquals(Role.HEADLINE, hint("Ferry service to Gull Island resumes after storm"));
        assertEquals(1, hints.values().stream().filter(r -> r == Role.HEADLINE).count());
    }

    @Test
    void articleTextKeepsNoHint() {
        assertEquals(Role.BODY, hint("Islanders can travel to the mainland again after four days cut off by high seas."));
        assertEquals(Role.BODY, hint("The ferry between Port Averly and Gull Island resumed its timetable on Monday, four days "
                + "after a storm damaged the pier and stranded about 300 residents."));
        assertEquals(Role.BODY, hint("Repairs will take weeks"));
        assertEquals(Role.BODY, hint("The operator said tickets bought for cancelled crossings would be refunded in full, and "
                + "that an extra evening sailing would run all week."));
    }

    @Test
    void structureGivesBylineDateCaptionAndCredit() {
        assertEquals(Role.BYLINE, hint("By Mara Quill and Tobias Fenn"));
        assertEquals(Role.DATELINE, hint("March 4, 2024"));
        assertEquals(Role.PHOTO_CAPTION,
                hint("The Gull Island ferry leaves the harbour on Monday morning. Photo: Ines Marlow / Harbour Gazette"));
        assertEquals(Role.PHOTO_CAPTION, hint("Workers inspect the damaged pier on Sunday."));
        assertEquals(Role.PHOTO_CREDIT, hint("Tom Arles / County Council"));
    }

    @Test
    void pageFurnitureIsBoilerplateButStillThere() {
        for (String text : List.of(
                "We use cookies to improve your experience on our site. By continuing you accept our cookie policy.",
                "Home", "News", "Lighthouse keeper retires after forty years of service on the coast",
                "FacebookTwitterEmail", "Read more: Storm damages piers along the coast", "Advertisement",
                "Get the morning briefing",
                "Sign up for our free daily newsletter with the most important local stories.",
                "Related stories", "Council approves new pier budget after long debate in the chamber",
                "Finally! My family has been waiting to visit since last week, good news for everyone here.",
                "Harbour festival dates announced for the summer season this year",
                "© 2024 The Harbour Gazette. All rights reserved.")) {
            assertEquals(Role.BOILERPLATE, hint(text), text);
        }
    }

    @Test
    void metadataFromJsonLdCanonicalAndLang() {
        var meta = parsed.metadata();
        assertEquals("Ferry service to Gull Island resumes after storm", meta.title());
        // the local date the page shows, not the UTC date of the meta tag
        assertEquals(LocalDate.of(2024, 3, 4), meta.publishedDate());
        assertEquals("Mara Quill, Tobias Fenn", meta.author());
        assertEquals("en", meta.language());
        assertEquals("https://harbour-gazette.example/news/2024/03/04/ferry-resumes", meta.url());
    }

    @Test
    void titleSimilarityToleratesSiteSuffix() {
        String h = PageContentExtractor.key("Ferry service resumes");
        assertEquals(1.0, PageContentExtractor.titleSimilarity(h, h));
        assertTrue(PageContentExtractor.titleSimilarity(h,
                PageContentExtractor.key("Ferry service resumes | The Harbour Gazette")) >= 0.5);
        assertTrue(PageContentExtractor.titleSimilarity(h, PageContentExtractor.key("Weather warning")) < 0.3);
    }
}
