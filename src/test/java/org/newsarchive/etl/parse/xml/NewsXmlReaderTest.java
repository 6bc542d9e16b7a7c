package org.newsarchive.etl.parse.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.Dateline;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.parse.DocumentParseException;

class NewsXmlReaderTest {

    static final Path SAMPLES = Path.of("..", "shared", "corpus", "formats");

    @TempDir
    Path dir;

    final DocumentParser parser = new DocumentParser();

    ParsedDocument parse(String name, String xml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return parser.parse(new SourceDocument(name, file, Files.size(file)));
    }

    ParsedDocument sample(String relative) throws Exception {
        Path file = SAMPLES.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "sample " + file + " not present");
        return parser.parse(new SourceDocument(relative, file, Files.size(file)));
    }

    static List<String> hinted(ParsedDocument d, Role role) {
        return d.blocks().stream().filter(b -> b.hint() == role).map(Block::text).toList();
    }

    static final String NITF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE nitf SYSTEM "../dtd/nitf-3-2.dtd" [
              <!ENTITY secret SYSTEM "file:///etc/hostname">
            ]>
            <nitf baselang="en-GB">
              <head><title>Harbour wall</title>
                <docdata><date.issue norm="20250304T101500Z"/></docdata></head>
              <body>
                <body.head>
                  <hedline><hl1>Storm&nbsp;breaches harbour wall</hl1></hedline>
                  <byline>By Ines Rourke<byttl>Coast Correspondent</byttl></byline>
                  <dateline><location>PORT ELLEN</location>, <story.date norm="20250303T000000Z">March 3</story.date></dateline>
                </body.head>
                <body.content>
                  <media media-type="image">
                    <media-reference source="wall.jpg"/>
                    <media-caption>Waves break over the old harbour wall on Monday.</media-caption>
                    <media-producer>Photo: Coast Pictures</media-producer>
                  </media>
                  <p>Heavy seas opened a gap of ten metres in the wall &secret; overnight.</p>
                  <hl2>Repairs</hl2>
                  <bq><p>We will rebuild it stone by stone before the summer.</p></bq>
                  <p>The harbour master said <q>nobody was hurt in the night</q> and boats were moved.</p>
                </body.content>
                <body.end><tagline>Additional reporting by Tom Barr</tagline></body.end>
              </body>
            </nitf>
            """;

    @Test
    void nitfStructureGivesRolesAndMetadataWithoutFetchingTheDtdOrEntities() throws Exception {
        ParsedDocument d = parse("wall.xml", NITF);

        assertThat(d.mediaType()).isEqualTo("application/nitf+xml");
        assertThat(d.blocks()).extracting(Block::hint, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Role.HEADLINE, "Storm breaches harbour wall"),
                org.assertj.core.groups.Tuple.tuple(Role.BYLINE, "By Ines Rourke, Coast Correspondent"),
                org.assertj.core.groups.Tuple.tuple(Role.DATELINE, "PORT ELLEN, March 3"),
                org.assertj.core.groups.Tuple.tuple(Role.PHOTO_CAPTION, "Waves break over the old harbour wall on Monday."),
                org.assertj.core.groups.Tuple.tuple(Role.PHOTO_CREDIT, "Photo: Coast Pictures"),
                org.assertj.core.groups.Tuple.tuple(null, "Heavy seas opened a gap of ten metres in the wall overnight."),
                org.assertj.core.groups.Tuple.tuple(Role.SUBHEADING, "Repairs"),
                org.assertj.core.groups.Tuple.tuple(Role.QUOTE, "We will rebuild it stone by stone before the summer."),
                org.assertj.core.groups.Tuple.tuple(Role.QUOTE,
                        "The harbour master said \u201cnobody was hurt in the night\u201d and boats were moved."),
                org.assertj.core.groups.Tuple.tuple(Role.BYLINE, "Additional reporting by Tom Barr"));
        assertThat(d.metadata().title()).isEqualTo("Storm breaches harbour wall");
        assertThat(d.metadata().publishedDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(d.metadata().author()).isEqualTo("Ines Rourke");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.metadata().dateline()).isEqualTo(
                new Dateline("PORT ELLEN, March 3", "PORT ELLEN", LocalDate.of(2025, 3, 3), null));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        ParsedDocument d = parse("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE nitf [<!ENTITY x SYSTEM "%s">]>
                <nitf><body><body.content><p>before &x; after</p></body.content></body></nitf>
                """.formatted(secret.toUri()));

        assertThat(d.blocks()).extracting(Block::text).containsExactly("before after");
    }

    @Test
    void malformedXmlIsRejectedWithAReason() {
        assertThatThrownBy(() -> parse("bad.xml", "<nitf><body><p>open</body></nitf>"))
                .isInstanceOf(DocumentParseException.class).hasMessageContaining("malformed XML");
    }

    @Test
    void newsMlG2WithXhtmlBodyUsesTheEnvelopeWhereTheBodyIsSilent() throws Exception {
        ParsedDocument d = parse("item.xml", """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" xml:lang="fr">
                  <itemMeta><versionCreated>2024-11-02T09:00:00Z</versionCreated>
                    <edNote>Not for publication.</edNote></itemMeta>
                  <contentMeta>
                    <contentCreated>2024-11-01T18:00:00+01:00</contentCreated>
                    <headline>Le pont de Rivelle rouvre</headline>
                    <dateline>RIVELLE (Agence Test) -</dateline>
                    <by>Par Claire Duval</by>
                    <description role="drol:caption">Le pont vu depuis la rive gauche.</description>
                  </contentMeta>
                  <contentSet><inlineXML contenttype="application/xhtml+xml">
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
                      <p>RIVELLE (Agence Test) - Le pont a rouvert samedi apr\u00e8s six mois de travaux.</p>
                      <h2>Circulation</h2>
                      <p>Les camions restent interdits.</p>
                      <p class="closingline">agt xyz</p>
                    </body></html>
                  </inlineXML></contentSet>
                </newsItem>
                """);

        assertThat(d.blocks()).extracting(Block::hint, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Role.HEADLINE, "Le pont de Rivelle rouvre"),
                org.assertj.core.groups.Tuple.tuple(Role.BYLINE, "Par Claire Duval"),
                org.assertj.core.groups.Tuple.tuple(Role.PHOTO_CAPTION, "Le pont vu depuis la rive gauche."),
                org.assertj.core.groups.Tuple.tuple(Role.DATELINE,
                        "RIVELLE (Agence Test) - Le pont a rouvert samedi apr\u00e8s six mois de travaux."),
                org.assertj.core.groups.Tuple.tuple(Role.SUBHEADING, "Circulation"),
                org.assertj.core.groups.Tuple.tuple(null, "Les camions restent interdits."),
                org.assertj.core.groups.Tuple.tuple(Role.BOILERPLATE, "agt xyz"));
        assertThat(d.metadata().language()).isEqualTo("fr");
        assertThat(d.metadata().publishedDate()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(d.metadata().author()).isEqualTo("Claire Duval");
        assertThat(d.metadata().dateline().location()).isEqualTo("RIVELLE");
        assertThat(d.metadata().dateline().agency()).isEqualTo("Agence Test");
    }

    @Test
    void rootElementSkipsTheProlog() {
        assertThat(NewsXmlReader.rootElement("\uFEFF<?xml version='1.0'?><!-- c --><!DOCTYPE nitf SYSTEM 'x.dtd'><nitf a='1'>"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("nitf");
        assertThat(NewsXmlReader.rootElement("<g2:newsMessage xmlns:g2='x'>".getBytes())).isEqualTo("newsMessage");
        assertThat(NewsXmlReader.rootElement("<html><body>".getBytes())).isEqualTo("html");
    }

    // ---- the real samples (SOURCES.md says what each holds) ----

    @Test
    void apNitf() throws Exception {
        ParsedDocument d = sample("nitf/ap-nitf.xml");
        assertThat(hinted(d, Role.HEADLINE)).containsExactly("Can trading pollution like stocks help fight climate change?");
        assertThat(hinted(d, Role.BYLINE)).contains("By BERNARD CONDON, AP Business Writer");
        assertThat(hinted(d, Role.DATELINE)).singleElement().asString().startsWith("NEW YORK (AP) \u2014 The gas produced");
        assertThat(d.metadata().dateline().location()).isEqualTo("NEW YORK");
        assertThat(d.metadata().dateline().agency()).isEqualTo("AP");
        assertThat(d.metadata().author()).isEqualTo("BERNARD CONDON");
        assertThat(d.blocks().stream().filter(b -> b.tag().equals("p")).count()).isEqualTo(28);
    }

    @Test
    void fishingNitfWithMissingDtd() throws Exception {
        ParsedDocument d = sample("nitf/nitf-fishing.xml");
        assertThat(hinted(d, Role.HEADLINE)).hasSize(1);
        assertThat(hinted(d, Role.PHOTO_CAPTION)).containsExactly("The tides, captured on film late yesterday.");
        assertThat(hinted(d, Role.PHOTO_CREDIT)).containsExactly("Karben");
        assertThat(hinted(d, Role.DATELINE)).isNotEmpty();
        assertThat(d.metadata().dateline().location()).isNotBlank();
        assertThat(hinted(d, Role.BYLINE).get(0)).startsWith("By Alan Karben");
        assertThat(d.metadata().publishedDate()).isNotNull();
    }

    @Test
    void ntbNitf() throws Exception {
        ParsedDocument d = sample("nitf/nitf-ntb.xml");
        assertThat(hinted(d, Role.DATELINE)).containsExactly("Oslo");
        assertThat(hinted(d, Role.BYLINE)).contains("Geir Molnes / Faktisk.no");
        assertThat(hinted(d, Role.SUBHEADING)).contains("P\u00e5stand", "Konklusjon: Faktisk helt feil");
        assertThat(hinted(d, Role.PHOTO_CAPTION)).containsExactly("Foto: NTB / Scanpix, montasje av Faktisk.no");
        assertThat(d.metadata().language()).isEqualTo("nb");
    }

    @Test
    void efeNitfDatelineWithOnlyADate() throws Exception {
        ParsedDocument d = sample("nitf/efe_nitf.xml");
        assertThat(d.metadata().dateline()).isEqualTo(new Dateline("2017-01-02", null, LocalDate.of(2017, 1, 2), null));
        assertThat(hinted(d, Role.BYLINE)).contains("gr/bp");
        assertThat(d.blocks()).extracting(Block::text).noneMatch(t -> t.contains("ATENCION") || t.contains("incluy"));
    }

    @Test
    void newsMlWithNitfInside() throws Exception {
        ParsedDocument d = sample("newsml/LISTING_22_Sports_story_in_NewsML-G2NITF.xml");
        assertThat(hinted(d, Role.HEADLINE)).singleElement().asString().startsWith("Arizona Diamondbacks (29-23)");
        assertThat(hinted(d, Role.BYLINE)).containsExactly("Sports Network");
        assertThat(hinted(d, Role.DATELINE)).singleElement().asString().startsWith("(Sports Network) - A pair of teams");
        assertThat(d.blocks().stream().filter(b -> b.tag().equals("p")).count()).isEqualTo(7); // abstract + 6
    }

    @Test
    void reutersNewsMl() throws Exception {
        ParsedDocument d = sample("newsml/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5.xml");
        assertThat(hinted(d, Role.HEADLINE)).containsExactly("Confident Assad launches new term in stronger position");
        assertThat(hinted(d, Role.BYLINE)).containsExactly("By Marwan Makdisi");
        assertThat(hinted(d, Role.DATELINE)).singleElement().asString().startsWith("DAMASCUS (Reuters) - Bashar al-Assad");
        assertThat(d.metadata().dateline()).isEqualTo(
                new Dateline("DAMASCUS (Reuters) -", "DAMASCUS", LocalDate.of(2014, 7, 16), "Reuters"));
        assertThat(d.metadata().publishedDate()).isEqualTo(LocalDate.of(2014, 7, 16));
        assertThat(d.blocks()).extracting(Block::text).noneMatch(t -> t.contains("This is editorial note"));
        assertThat(d.blocks()).filteredOn(b -> b.hint() == null).extracting(Block::text)
                .anyMatch(t -> t.startsWith("\"Soon we will see the Arab"));
    }

    @Test
    void dpaNewsMl() throws Exception {
        ParsedDocument d = sample("newsml/dpa.xml");
        assertThat(hinted(d, Role.HEADLINE)).containsExactly("Eintracht in London: Hintereggers Tr\u00e4nen und Attacke auf Reporter");
        assertThat(hinted(d, Role.DATELINE)).anyMatch(t -> t.startsWith("London (dpa) - 2019 gab es"));
        assertThat(d.metadata().dateline().location()).isEqualTo("London");
        assertThat(d.metadata().dateline().agency()).isEqualTo("dpa");
        assertThat(d.metadata().language()).isEqualTo("de");
        assertThat(d.blocks()).extracting(Block::text).noneMatch(t -> t.contains("Patrick Reichardt"));
    }
}
