package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The head links, the page language and the JSON-LD are read from the page source in any
 * charset: searched in a Latin-1 view of the bytes where the charset writes ASCII as ASCII,
 * decoded whole where it does not.
 */
class PageMetadataReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <HTML class="no-js" Lang="fr-CA">
            <head><meta charset="%s">
            <style>.a{color:red}</style>
            <link rel="stylesheet" href="/s.css">
            <LINK REL="canonical" HREF="https://example.org/nouvelles/église-rénovée">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "L’église rénovée rouvre",
              "author": {"name": "Élise Côté"}, "datePublished": "2025-03-02"}</script>
            </head>
            <body><p>Texte.</p>
            <script type="application/ld+json">{"@type": "BreadcrumbList"}</script>
            </body></html>
            """;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1252", "ISO-8859-15", "UTF-16LE", "UTF-16BE"})
    void readsTheSameInEveryCharset(String name) {
        Charset charset = Charset.forName(name);
        String apostrophe = name.startsWith("ISO") ? "'" : "’"; // ISO-8859-15 has no typographic one
        byte[] bytes = PAGE.formatted(name).replace("’", apostrophe).getBytes(charset);
        PageInfo info = PageMetadataReader.read(PageMetadataReader.Source.of(bytes, charset), new Metadata());
        assertEquals("L" + apostrophe + "église rénovée rouvre", info.headline());
        assertEquals("Élise Côté", info.author());
        assertEquals("2025-03-02", info.datePublished());
        assertEquals("https://example.org/nouvelles/église-rénovée", info.canonicalUrl());
        assertEquals("fr", info.language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1252", "ISO-8859-1", "Shift_JIS"})
    void asciiCompatibleCharsetsAreSearchedInTheirBytes(String name) {
        assertEquals(true, PageMetadataReader.Source.asciiCompatible(Charset.forName(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-32", "IBM037"})
    void otherCharsetsAreDecodedWhole(String name) {
        assertEquals(false, PageMetadataReader.Source.asciiCompatible(Charset.forName(name)));
    }

    @Test
    void aLinkThatIsNotCanonicalAndAnHtmlTagWithoutLangGiveNothing() {
        byte[] bytes = "<html><head><link rel=\"icon\" href=\"/i.png\"></head><body></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        PageInfo info = PageMetadataReader.read(PageMetadataReader.Source.of(bytes, StandardCharsets.UTF_8), new Metadata());
        assertEquals(null, info.canonicalUrl());
        assertEquals(null, info.language());
    }
}
