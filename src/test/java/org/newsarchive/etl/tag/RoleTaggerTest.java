package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.split.ParagraphSplitter;

/** Whole fictional articles in several house styles. */
class RoleTaggerTest {

    private final RoleTagger tagger = new RoleTagger();

    private TaggingResult tag(String text, DocumentMetadata meta) {
        List<Paragraph> ps = new ParagraphSplitter().split(List.of(Block.plain(text)));
        return tagger.tag(ps, meta);
    }

    /** The role of the paragraph holding {@code line} (a furniture run holds several). */
    private static Role roleOf(TaggingResult r, String line) {
        return r.paragraphs().stream().filter(p -> List.of(p.text().split("\n")).contains(line)).findFirst()
                .orElseThrow().role();
    }

    private static List<Role> roles(TaggingResult r) {
        return r.paragraphs().stream().map(TaggedParagraph::role).toList();
    }

    /** A standfirst set in an h2 right under the headline is story text; a later h2 is a section heading. */
    @Test
    void aHeadingElementRightUnderTheHeadlineIsTheStandfirst() {
        String story = "Storm Hilda tore through the west coast on Monday, flooding dozens of homes and cutting power "
                + "to thousands of customers across the region.";
        List<Paragraph> web = List.of(
                new Paragraph(1, "Harbour reopens after storm", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, "By Lena Dahl", "div", "body>article>div.byline", 0, Role.BYLINE),
                new Paragraph(3, "Three days of repairs for the pier, the ramps and the harbour road, and the ferries "
                        + "of the west coast are back on their winter timetable", "h2", "body>article>h2", 0, null),
                new Paragraph(4, story, "p", "body>article>p", 0, null),
                new Paragraph(5, "Back to work", "h2", "body>article>h2", 0, null),
                new Paragraph(6, story.replace("Monday", "Tuesday"), "p", "body>article>p", 0, null));
        assertThat(roles(tagger.tag(web, DocumentMetadata.EMPTY))).containsExactly(Role.HEADLINE, Role.BYLINE,
                Role.BODY, Role.BODY, Role.SUBHEADING, Role.BODY);
    }

    /**
     * A box after the story with share links holds the signature, a link in a heading: the role model reads it as
     * furniture (its links, its class), but the document's metadata names that author, so it is the byline; a
     * site's name as the declared author names nobody.
     */
    @Test
    void theAuthorTheMetadataDeclaresIsTheBylineWhateverTheBoxAroundIt() {
        String story = "Der Stadtrat hat am Dienstag beschlossen, im kommenden Jahr vier neue Radwege zu bauen, und "
                + "feiert sich dafür, als sei die Verkehrswende damit geschafft.";
        List<Paragraph> web = List.of(
                new Paragraph(1, "Die Stadt braucht mehr als neue Radwege", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, story, "p", "body>article>p", 0, null),
                new Paragraph(3, story.replace("Dienstag", "Mittwoch"), "p", "body>article>p", 0, null),
                new Paragraph(4, story.replace("Dienstag", "Donnerstag"), "p", "body>article>p", 0, null),
                new Paragraph(5, "Facebook", "li", "body>span.wing>div.social>ul>li", 1.0, Role.BOILERPLATE),
                new Paragraph(6, "E-Mail", "li", "body>span.wing>div.social>ul>li", 1.0, Role.BOILERPLATE),
                new Paragraph(7, "Kommentar von Jonas Beck", "h2", "body>span.wing>div.social>div.profile>h2", 1.0,
                        Role.BYLINE),
                new Paragraph(8, "Mehr aus der Stadt", "h3", "body>span.wing>div.more>h3", 0, Role.BOILERPLATE));
        RoleTagger withModel = new RoleTagger(RoleModel.bundled());
        DocumentMetadata declared = new DocumentMetadata(null, null, "Jonas Beck", "de", null);
        TaggingResult r = withModel.tag(web, declared);
        assertThat(roleOf(r, "Kommentar von Jonas Beck")).isEqualTo(Role.BYLINE);
        assertThat(r.byline()).isEqualTo("Jonas Beck");
        DocumentMetadata site = new DocumentMetadata(null, null, "Talkurier", "de", null);
        assertThat(roleOf(withModel.tag(web, site), "Kommentar von Jonas Beck")).isEqualTo(Role.BOILERPLATE);
    }

    /**
     * A box on the author set among the story's first paragraphs (as a paper's page puts it beside them) repeats a
     * name of the author line, alone on its line, above a note on her: a byline, where the box is too far from the
     * story's end for the closing author box.
     */
    @Test
    void aNameOfTheAuthorLineAloneIsAByline() {
        String story = "Die Stadtwerke erhöhen zum ersten Juli die Preise für Strom und Gas, weil der Einkauf im Winter "
                + "teurer geworden ist als erwartet, teilte das Unternehmen am Montag mit.";
        String rest = ("\n\n" + story).repeat(7);
        String box = "\n\nLena Berg\n\nRedakteurin in der Wirtschaft.";
        TaggingResult r = tag("Strom wird teurer\n\nVon Lena Berg und Tom Ash\n\n" + story + box + rest,
                DocumentMetadata.EMPTY);
        assertThat(roleOf(r, "Lena Berg")).isEqualTo(Role.BYLINE);
        assertThat(roleOf(r, "Von Lena Berg und Tom Ash")).isEqualTo(Role.BYLINE);
        // without the author line the name is not one the article gave as its author's
        TaggingResult none = tag("Strom wird teurer\n\n" + story + box + rest, DocumentMetadata.EMPTY);
        assertThat(roleOf(none, "Lena Berg")).isNotEqualTo(Role.BYLINE);
    }

    /**
     * Some papers set the dateline as a paragraph of its own, the place before a dash ("Düsseldorf -"),
     * the story in the next paragraph; a word before a dash with no story after it is no dateline.
     */
    @Test
    void aPlaceAloneBeforeADashOpensTheStoryInTheNextParagraph() {
        String story = "Tierschützer fordern seit Monaten, dass die Netze unter dem Dach der Halle abgebaut werden, "
                + "weil sich dort immer wieder Tauben verfangen und qualvoll verenden.";
        TaggingResult r = tag("Tauben-Drama am Hallendach\n\nBad Lindenau -\n\n" + story, DocumentMetadata.EMPTY);
        assertThat(roles(r)).containsExactly(Role.HEADLINE, Role.DATELINE, Role.BODY);
        assertThat(r.dateline().location()).isEqualTo("Bad Lindenau");

        TaggingResult kicker = tag("Tauben-Drama am Hallendach\n\nBad Lindenau -\n\nMehr dazu morgen.", DocumentMetadata.EMPTY);
        assertThat(kicker.dateline()).isNull();
    }

    /**
     * Date lines after the story has begun, three or more of them, are a list's rows (a table of
     * donations): story text, and the name above each date is a cell of its row, not an author.
     * One date line under the story stays the article's own.
     */
    @Test
    void datesInAListAreRowsNotTheArticlesDate() {
        String story = "The county clerk published the campaign's September filings on Friday, listing every gift of "
                + "more than two hundred dollars and the day it arrived.";
        String rows = "Vera Holm\n\n2024-09-01\n\n$2,800\n\nTomas Reid\n\n2024-09-03\n\n$250\n\n"
                + "Ines Marlow\n\n2024-09-08\n\n$500";
        TaggingResult list = tag("Donations to the Holm campaign\n\nBy Lena Dahl\n\n" + story + "\n\n" + rows,
                DocumentMetadata.EMPTY);
        assertThat(roles(list)).containsExactly(Role.HEADLINE, Role.BYLINE, Role.BODY, Role.BODY, Role.BODY, Role.BODY,
                Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.BODY);
        assertThat(list.paragraphs().get(3).cues()).isEqualTo("beside a date of a list of dates");
        assertThat(list.paragraphs().get(4).cues()).isEqualTo("a date among a list of dates (a table, a schedule, teasers)");

        TaggingResult one = tag("Donations to the Holm campaign\n\n" + story + "\n\nVera Holm\n\n2024-09-01",
                DocumentMetadata.EMPTY);
        assertThat(roles(one)).containsExactly(Role.HEADLINE, Role.BODY, Role.BYLINE, Role.DATELINE);
    }

    /**
     * A person's name beside a date line, with only names between, is the author, above or below
     * it; a place or a building with a name's shape is not (no known first name).
     */
    @Test
    void aPersonsNameBesideADateLineIsTheAuthor() {
        String dek = "Ferry crews worked through the night to clear the damaged pier and the harbour road before the "
                + "first boats of the morning came in.";
        String story = "Islanders can travel to the mainland again after four days cut off by high seas, the ferry "
                + "operator said on Monday.";
        TaggingResult below = tag("Harbour reopens after storm\n\n" + dek + "\n\n2024-03-05\n\nGustavo Lindqvist\n\n"
                + story, DocumentMetadata.EMPTY);
        assertThat(roles(below)).containsExactly(Role.HEADLINE, Role.BODY, Role.DATELINE, Role.BYLINE, Role.BODY);
        assertThat(below.paragraphs().get(3).cues()).isEqualTo("a person's name beside a date line");

        TaggingResult two = tag("Harbour reopens after storm\n\n" + dek + "\n\nOliver Brandt\n\nAna Ruiz\n\n"
                + "2024-03-05\n\n" + story, DocumentMetadata.EMPTY);
        assertThat(roles(two)).containsExactly(Role.HEADLINE, Role.BODY, Role.BYLINE, Role.BYLINE, Role.DATELINE, Role.BODY);

        TaggingResult place = tag("Harbour reopens after storm\n\n" + dek + "\n\n2024-03-05\n\nPort Averly Harbour\n\n"
                + story, DocumentMetadata.EMPTY);
        assertThat(roles(place).get(3)).isNotEqualTo(Role.BYLINE);
    }

    /** A table's cells are data, whatever their shape, and a number alone is no heading. */
    @Test
    void tableCellsAndNumbersAreNotHeadings() {
        String story = "The team's drivers closed the season level on points, the first time in a decade that the two "
                + "cars finished so close together in the championship.";
        List<Paragraph> web = List.of(
                new Paragraph(1, "A season of two halves", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, story, "p", "body>article>p", 0, null),
                new Paragraph(3, "Best result", "td", "body>article>table>tbody>tr>td", 0, null),
                new Paragraph(4, story, "p", "body>article>p", 0, null),
                new Paragraph(5, "Best result", "p", "body>article>p", 0, null),
                new Paragraph(6, story, "p", "body>article>p", 0, null),
                new Paragraph(7, "2021", "p", "body>article>p", 0, null),
                new Paragraph(8, story, "p", "body>article>p", 0, null));
        assertThat(roles(tagger.tag(web, DocumentMetadata.EMPTY))).containsExactly(Role.HEADLINE, Role.BODY,
                Role.BODY, Role.BODY, Role.SUBHEADING, Role.BODY, Role.BODY, Role.BODY);
    }

    /**
     * A table flattened to plain text puts each cell on a line of its own: a rank ("1.") beside a team's line, and
     * the team's line is a cell, not a heading. A heading between story paragraphs stays one.
     */
    @Test
    void aLineBesideARankOrANumberIsATableCellInPlainText() {
        String story = "The league's table after ten rounds looks different once the referees' worst decisions are "
                + "taken back, the fans' site that counts them says.";
        String text = "Ten rounds without the referees\n\n" + story + "\n\nWho gained most\n\n" + story
                + "\n\n1.\n\nHarbour Rovers (28 pts)\n\n2.\n\nMill Lane (26 pts)\n\n" + story;
        TaggingResult r = tag(text, DocumentMetadata.EMPTY);
        assertThat(roleOf(r, "Who gained most")).isEqualTo(Role.SUBHEADING);
        assertThat(roleOf(r, "Harbour Rovers (28 pts)")).isEqualTo(Role.BODY);
        assertThat(roleOf(r, "Mill Lane (26 pts)")).isEqualTo(Role.BODY);
    }

    /**
     * Between story paragraphs, a long line without a full stop is a caption guess in plain text,
     * for the role model to read; in a web page the figure markup names the captions, and such a
     * line is a teaser or a dek.
     */
    @Test
    void aLongUnpunctuatedLineIsACaptionOnlyWithoutMarkup() {
        String story = "Storm Hilda tore through the west coast on Monday, flooding dozens of homes and cutting power "
                + "to thousands of customers across the region.";
        String line = "Fishermen haul their boats up the slipway at Port Averly before the second wave of the storm";
        String plain = "Harbour reopens after storm\n\n" + story + "\n\n" + line + "\n\n" + story;
        // in plain text the rules' guess is a cue for the role model; alone, the line stays story text
        List<Paragraph> ps = new ParagraphSplitter().split(List.of(Block.plain(plain)));
        assertThat(tagger.modelInputs(ps, DocumentMetadata.EMPTY).get(2).rule()).isEqualTo(Role.PHOTO_CAPTION);
        TaggingResult text = tag(plain, DocumentMetadata.EMPTY);
        assertThat(roles(text)).containsExactly(Role.HEADLINE, Role.BODY, Role.BODY, Role.BODY);
        assertThat(text.paragraphs().get(2).cues()).contains("a cue for the model only");
        List<Paragraph> web = List.of(
                new Paragraph(1, "Harbour reopens after storm", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, story, "p", "body>article>p", 0, null),
                new Paragraph(3, line, "p", "body>article>p", 0, null),
                new Paragraph(4, story, "p", "body>article>p", 0, null));
        assertThat(roles(tagger.tag(web, DocumentMetadata.EMPTY)))
                .containsExactly(Role.HEADLINE, Role.BODY, Role.BODY, Role.BODY);
    }

    /**
     * In plain text, once a byline or date has been seen, the line just before the opening
     * dateline is the lead picture's caption; in a web page the figure markup names the
     * captions, and that line is a standfirst.
     */
    @Test
    void theLineBeforeTheOpeningDatelineIsACaptionOnlyWithoutMarkup() {
        String dek = "Ferry crews worked through the night to clear the damaged pier and the harbour road";
        String opening = "PORT AVERLY (AP) — Islanders can travel to the mainland again after four days cut off by "
                + "high seas, the ferry operator said on Monday.";
        TaggingResult text = tag("Harbour reopens after storm\n\nBy Lena Dahl\n\n" + dek + "\n\n" + opening,
                DocumentMetadata.EMPTY);
        assertThat(roles(text)).containsExactly(Role.HEADLINE, Role.BYLINE, Role.PHOTO_CAPTION, Role.DATELINE);
        List<Paragraph> web = List.of(
                new Paragraph(1, "Harbour reopens after storm", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, "By Lena Dahl", "div", "body>article>div.byline", 0, Role.BYLINE),
                new Paragraph(3, dek, "p", "body>article>p", 0, null),
                new Paragraph(4, opening, "p", "body>article>p", 0, null));
        assertThat(roles(tagger.tag(web, DocumentMetadata.EMPTY)))
                .containsExactly(Role.HEADLINE, Role.BYLINE, Role.BODY, Role.DATELINE);
    }

    /** A name alone in a credit element (credit class, creditText) credits the picture; a caption hint stays a caption. */
    @Test
    void aShortLineInACreditElementIsACredit() {
        List<Paragraph> web = List.of(
                new Paragraph(1, "Harbour reopens after storm", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, "The pier at dawn on Tuesday.", "div", "body>article>figure>div.caption", 0, Role.PHOTO_CAPTION),
                new Paragraph(3, "Oda Strand", "span", "body>article>figure>span.caption__credit", 0, Role.PHOTO_CREDIT),
                new Paragraph(4, "Storm Hilda tore through the west coast on Monday, flooding dozens of homes and cutting "
                        + "power to thousands of customers across the region.", "p", "body>article>p", 0, null));
        assertThat(roles(tagger.tag(web, DocumentMetadata.EMPTY)))
                .containsExactly(Role.HEADLINE, Role.PHOTO_CAPTION, Role.PHOTO_CREDIT, Role.BODY);
    }

    /** The header of a web page: a short line without a full stop is a kicker or a menu word, not a caption. */
    @Test
    void shortHeaderLinesOfAWebPageAreNotCaptions() {
        String story = "Storm Hilda tore through the west coast on Monday, flooding dozens of homes and cutting power "
                + "to thousands of customers across the region.";
        List<Paragraph> web = List.of(
                new Paragraph(1, "Harbour reopens after storm", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, "Weather desk", "div", "body>article>div.kicker", 0, null),
                new Paragraph(3, "Ferry timetables", "div", "body>article>div.links", 0, null),
                new Paragraph(4, story, "p", "body>article>p", 0, null));
        assertThat(roles(tagger.tag(web, DocumentMetadata.EMPTY)))
                .containsExactly(Role.HEADLINE, Role.BODY, Role.BODY, Role.BODY);
        // the same lines in plain text, where nothing marks a picture: the header rule's caption is a
        // cue for the role model (more often a byline, a kicker or a place); alone, story text
        List<Paragraph> text = List.of(Paragraph.plain(1, "Harbour reopens after storm"),
                Paragraph.plain(2, "The pier at dawn"), Paragraph.plain(3, story));
        assertThat(tagger.modelInputs(text, DocumentMetadata.EMPTY).get(1).rule()).isEqualTo(Role.PHOTO_CAPTION);
        assertThat(roles(tagger.tag(text, DocumentMetadata.EMPTY)).get(1)).isEqualTo(Role.BODY);
    }

    @Test
    void archiveStyleArticle() {
        String text = """
                 date 2024-03-05 \n
                Harbour master Ines Falk (left) inspects the damaged pier in Port Ellen on March 4, 2024.

                Tom Ash | AFP | Getty Images

                Storm Hilda tore through the west coast on Monday, flooding dozens of homes and cutting power to thousands of customers across the region.

                “We have never seen the water come up this fast, not in forty years,” Falk said on Tuesday.

                Back to work

                Crews began clearing debris from the harbour road early on Tuesday morning, officials said in a statement.

                “It is not about the money, it is about the town,” she added.

                Radio Metro’s Ana Ruiz contributed to this report.
                """;
        TaggingResult r = tag(text, DocumentMetadata.EMPTY);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.PHOTO_CAPTION, Role.PHOTO_CREDIT, Role.BODY,
                Role.QUOTE, Role.SUBHEADING, Role.BODY, Role.QUOTE, Role.BYLINE);
        assertThat(r.dateline().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(r.quotes()).hasSize(2);
        assertThat(r.quotes().get(0).speaker()).isEqualTo("Ines Falk"); // as the caption introduces her
        assertThat(r.quotes().get(1).speaker()).isEqualTo("Ines Falk");
        assertThat(r.quotes().get(0).speakerTitle()).isEqualTo("Harbour master");
    }

    @Test
    void wireStoryWithTitleLine() {
        String text = """
                FERRY OPERATOR CUTS WINTER SAILINGS

                OSLO, Feb 26 - Nordlys Ferries said on Thursday it would cut winter sailings by a third because of falling demand.

                The company said it expected to return to the full timetable in April.
                """;
        TaggingResult r = tag(text, DocumentMetadata.EMPTY.withPublishedDate(LocalDate.of(2024, 2, 27)));
        assertThat(roles(r)).containsExactly(Role.HEADLINE, Role.DATELINE, Role.BODY);
        assertThat(r.headline()).isEqualTo("FERRY OPERATOR CUTS WINTER SAILINGS");
        assertThat(r.dateline().location()).isEqualTo("OSLO");
        assertThat(r.dateline().date()).isEqualTo(LocalDate.of(2024, 2, 26));
    }

    @Test
    void webStoryHeader() {
        String text = """
                 date 2023-05-02 

                ByK.T. Moss

                Tuesday, May 2, 2023 6:10PM

                A video still shows the flooded underpass on Route 9 after the storm passed through the valley.

                RIVERTON, Ore. (KRVT) -- A storm dumped three inches of rain on Riverton on Tuesday, flooding roads.

                "We had water up to the door handles of the cars in the lot," said Dana Whit, who manages the store.
                """;
        TaggingResult r = tag(text, DocumentMetadata.EMPTY);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.BYLINE, Role.DATELINE, Role.PHOTO_CAPTION,
                Role.DATELINE, Role.QUOTE);
        assertThat(r.byline()).isEqualTo("K.T. Moss");
        assertThat(r.dateline().location()).isEqualTo("RIVERTON, Ore.");
        assertThat(r.dateline().agency()).isEqualTo("KRVT");
        assertThat(r.quotes().get(0).speaker()).isEqualTo("Dana Whit");
    }

    @Test
    void germanStoryWithMultiParagraphQuote() {
        String text = """
                 date 2022-09-14 

                (Bild: Hersteller)

                Stand: 14.09.2022 10:00 Uhr

                Von Jana Vogt

                Die Stadtwerke wollen bis 2030 alle Busse auf Strom umstellen. Das kündigte der Geschäftsführer am Mittwoch an.

                Geschäftsführer Uwe Brand sagte: „Wir haben die Fahrzeuge bestellt und die Ladestationen geplant.

                „Die ersten zwanzig Busse kommen schon im Frühjahr.“

                Woher kommt das Geld?

                Der Bund fördert das Vorhaben mit zwölf Millionen Euro, wie das Ministerium mitteilte.
                """;
        TaggingResult r = tag(text, DocumentMetadata.EMPTY);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.PHOTO_CREDIT, Role.DATELINE, Role.BYLINE,
                Role.BODY, Role.QUOTE, Role.QUOTE, Role.SUBHEADING, Role.BODY);
        assertThat(r.byline()).isEqualTo("Jana Vogt");
        assertThat(r.quotes()).extracting(q -> q.speaker()).containsExactly("Geschäftsführer Uwe Brand", "Geschäftsführer Uwe Brand");
    }

    @Test
    void hintsAreRespected() {
        List<Paragraph> ps = List.of(
                new Paragraph(1, "Harbour reopens after storm", "h1", "body>h1", 0, Role.HEADLINE),
                new Paragraph(2, "Subscribe to our newsletter", "p", "body>div.promo>p", 0, Role.BOILERPLATE),
                new Paragraph(3, "The pier on Tuesday morning.", "figcaption", "body>figure>figcaption", 0, Role.PHOTO_CAPTION),
                new Paragraph(4, "The harbour reopened on Tuesday after three days of repairs, the port authority said.", "p", "body>p", 0, null));
        TaggingResult r = tagger.tag(ps, null);
        assertThat(roles(r)).containsExactly(Role.HEADLINE, Role.BOILERPLATE, Role.PHOTO_CAPTION, Role.BODY);
        assertThat(r.headline()).isEqualTo("Harbour reopens after storm");
    }

    @Test
    void aRunOfPageFurnitureIsOneParagraphAndQuotesKeepTheirParagraph() {
        String title = "Harbour reopens after storm";
        List<Paragraph> ps = List.of(
                new Paragraph(1, "Home", "li", "body>nav>ul>li", 1, Role.BOILERPLATE),
                new Paragraph(2, "Sport", "li", "body>nav>ul>li", 1, Role.BOILERPLATE),
                new Paragraph(3, title, "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(4, "The harbour reopened on Tuesday after three days of repairs, the port authority said.",
                        "p", "body>article>p", 0, null),
                new Paragraph(5, "Advertisement", "p", "body>article>div.ad>p", 0, Role.BOILERPLATE),
                new Paragraph(6, "“We worked through the night to get the boats out,” Ines Falk said.",
                        "p", "body>article>p", 0, null),
                new Paragraph(7, "Most read", "h2", "body>aside>h2", 0, Role.BOILERPLATE),
                new Paragraph(8, title, "li", "body>aside>ol>li", 1, Role.BOILERPLATE),
                new Paragraph(9, "Ferry fares to rise in spring", "li", "body>aside>ol>li", 1, Role.BOILERPLATE));
        TaggingResult r = tagger.tag(ps, null);

        assertThat(roles(r)).containsExactly(Role.BOILERPLATE, Role.HEADLINE, Role.BODY, Role.BOILERPLATE,
                Role.QUOTE, Role.BOILERPLATE);
        assertThat(r.paragraphs()).extracting(TaggedParagraph::index).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.paragraphs().get(0).text()).isEqualTo("Home\nSport");
        assertThat(r.paragraphs().get(5).text()).isEqualTo("Most read\n" + title + "\nFerry fares to rise in spring");
        assertThat(r.quotes()).singleElement().satisfies(q -> {
            assertThat(q.paragraphIndex()).isEqualTo(5);
            assertThat(q.speaker()).isEqualTo("Ines Falk");
        });
    }

    @Test
    void aLongRunOfFurnitureIsCutIntoParagraphsOfBoundedLength() {
        String link = "A related story with a long enough headline to fill the list of links";
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            ps.add(new Paragraph(i, link + " " + i, "li", "body>aside>ul>li", 1, Role.BOILERPLATE));
        }
        TaggingResult r = tagger.tag(ps, null);

        assertThat(r.paragraphs()).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(RoleTagger.MAX_FURNITURE_CHARS));
        String all = String.join("\n", r.paragraphs().stream().map(TaggedParagraph::text).toList());
        assertThat(all.split("\n")).hasSize(200).endsWith(link + " 200");
    }

    @Test
    void anItemOfAListIsNotASubheading() {
        List<Paragraph> ps = List.of(
                new Paragraph(1, "The council published the weekly figures on Monday morning, and they show how unevenly the virus has spread across the districts of the city.", "p", "body>article>p", 0, null),
                new Paragraph(2, "12% of the city's people live in the river districts", "p", "body>article>ul>li.figure>p", 0, null),
                new Paragraph(3, "41% of the cases were in the river districts", "p", "body>article>ul>li.figure>p", 0, null),
                new Paragraph(4, "Source: city health office", "span", "body>article>span.source", 0, Role.PHOTO_CAPTION),
                new Paragraph(5, "Clinics in the districts will open on Sundays from next week, the council said in a statement.", "p", "body>article>p", 0, null));
        TaggingResult r = tagger.tag(ps, null);

        assertThat(roles(r).subList(1, 3)).containsExactly(Role.BODY, Role.BODY);
    }

    /**
     * The box about the author closing a story: the name on its own line and the note under it
     * are bylines; the same kind of sentence inside the story is story text. A name just above
     * an e-mail address alone is the author too.
     */
    @Test
    void theAuthorBoxClosingAStoryIsAByline() {
        String body = "The council voted on Tuesday to close the old ferry terminal at the end of the year, after "
                + "two winters of repairs that cost more than the town had planned.";
        String text = "Ferry terminal to close\n\nEli Marsh\n\neli.marsh@example.org\n\n" + body
                + "\n\nTove Ek is a reporter for the Harbour Post who covered the vote, and she said little had changed."
                + "\n\n" + body.replace("Tuesday", "Wednesday") + "\n\n" + body.replace("Tuesday", "Thursday")
                + "\n\n" + body.replace("Tuesday", "Friday") + "\n\n" + body.replace("Tuesday", "Saturday")
                + "\n\n" + body.replace("Tuesday", "Sunday")
                + "\n\nEli Marsh\n\nEli Marsh is a staff writer for the Harbour Post covering the coast.";
        List<Role> roles = roles(tag(text, DocumentMetadata.EMPTY));
        assertThat(roles.subList(1, 3)).containsExactly(Role.BYLINE, Role.BYLINE);
        assertThat(roles.get(4)).isEqualTo(Role.BODY);
        assertThat(roles.subList(roles.size() - 2, roles.size())).containsExactly(Role.BYLINE, Role.BYLINE);
    }

    /** A name, names joined by "/", or an agency, then a date line, in one line: the byline; a place, a comma and a date is none. */
    @Test
    void aNameThenItsDateIsAByline() {
        String body = "The council voted on Tuesday to close the old ferry terminal at the end of the year, after "
                + "two winters of repairs that cost more than the town had planned.";
        for (String line : List.of("Lena Dahl 19.10.2024, 05:00 Uhr", "Lena Dahl/Per Olsen | 5. März 2024",
                "AFP 30 avril 2024 à 07:19")) {
            List<Role> roles = roles(tag("Ferry terminal to close\n\n" + line + "\n\n" + body, DocumentMetadata.EMPTY));
            assertThat(roles.get(1)).as(line).isEqualTo(Role.BYLINE);
        }
        List<Role> roles = roles(tag("Ferry terminal to close\n\nNew York, 12 March 2024\n\n" + body,
                DocumentMetadata.EMPTY));
        assertThat(roles.get(1)).isNotEqualTo(Role.BYLINE);
    }

    /**
     * An author label and a name, then how long ago the story was published or its date, in one line: the byline,
     * with the name alone as the author; the same label before a year in a sentence is story text.
     */
    @Test
    void aLabelledNameThenTheTimeSinceIsAByline() {
        String body = "The council voted on Tuesday to close the old ferry terminal at the end of the year, after "
                + "two winters of repairs that cost more than the town had planned.";
        for (String line : List.of("Piše: M. Horvat prije 26 minuta", "By Lena Dahl 2 hours ago", "Von Per Olsen vor 3 Stunden")) {
            TaggingResult r = tag("Ferry terminal to close\n\n" + line + "\n\n" + body, DocumentMetadata.EMPTY);
            assertThat(r.paragraphs().get(1).role()).as(line).isEqualTo(Role.BYLINE);
        }
        TaggingResult horvat = tag("Ferry terminal to close\n\nPiše: M. Horvat prije 26 minuta\n\n" + body, DocumentMetadata.EMPTY);
        assertThat(horvat.byline()).isEqualTo("M. Horvat");
        List<Role> roles = roles(tag("Ferry terminal to close\n\nBy 2030 the harbour will need a new pier.\n\n" + body,
                DocumentMetadata.EMPTY));
        assertThat(roles.get(1)).isNotEqualTo(Role.BYLINE);
    }

    /**
     * The name before its date may be written in lower case, carry the author's title (in a
     * script without capitals, the title is what marks it), stand before a date label, and the
     * date may close with its section; a place before a date, a date label alone and a section
     * before a date stay no byline.
     */
    @Test
    void aNameInTheWorldsFormsThenItsDateIsAByline() {
        String body = "The council voted on Tuesday to close the old ferry terminal at the end of the year, after "
                + "two winters of repairs that cost more than the town had planned.";
        for (String line : List.of("lena dahl 05.07.2024 | 09:03", "김하늘 기자 | 2024-03-04 16:52:59",
                "Lena Dahl | 29. Dezember 2023 | Wirtschaft", "Per Olsen | Harbour Reporter January 14, 2024",
                "Harbour Post Updated Thu, 16 Apr 2024 01:00 AM")) {
            List<Role> roles = roles(tag("Ferry terminal to close\n\n" + line + "\n\n" + body, DocumentMetadata.EMPTY));
            assertThat(roles.get(1)).as(line).isEqualTo(Role.BYLINE);
        }
        // the title after the bar makes it an author line, not a photographer and the photo's source
        List<Role> titled = roles(tag("Ferry terminal to close\n\nPer Olsen | TV and Radio Writer\n\n" + body,
                DocumentMetadata.EMPTY));
        assertThat(titled.get(1)).isEqualTo(Role.BYLINE);
        for (String line : List.of("Madrid 12.03.2024", "New York, Thu 12 March 2024", "Updated 12 March 2024",
                "Sport | 12.03.2024 | Hafen", "nueva york 12.03.2024")) {
            List<Role> roles = roles(tag("Ferry terminal to close\n\n" + line + "\n\n" + body, DocumentMetadata.EMPTY));
            assertThat(roles.get(1)).as(line).isNotEqualTo(Role.BYLINE);
        }
    }

    /** In a web page as in plain text, a place alone just above the header's date line is the story's place. */
    @Test
    void aPlaceAloneAboveTheDateLineOfAWebPageIsTheDateline() {
        String story = "The harbour reopened on Tuesday after three days of repairs, the port authority said, and the "
                + "first ferry left at noon.";
        List<Paragraph> web = List.of(
                new Paragraph(0, "Harbour reopens after storm", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(1, "Por Lena Dahl", "div", "body>article>div.author", 0, null),
                new Paragraph(2, "Valparaíso", "span", "body>article>div.meta>span", 0, null),
                new Paragraph(3, "03/05/2024 21:44", "span", "body>article>div.meta>span", 0, null),
                new Paragraph(4, story, "p", "body>article>p", 0, null),
                new Paragraph(5, story.replace("Tuesday", "Wednesday"), "p", "body>article>p", 0, null));
        List<TaggedParagraph> r = tagger.tag(web, null).paragraphs();
        assertThat(r.get(2).role()).isEqualTo(Role.DATELINE);
        assertThat(r.get(3).role()).isEqualTo(Role.DATELINE);
    }

    /**
     * A sentence opening with the name the author line gave, in the later half of the story, is
     * the note on the author whatever its verb, even with a box of facts after it; a person of
     * the story opening a sentence there stays story text, and so does the author's name after
     * a source line that is no author line.
     */
    @Test
    void aNoteOpeningWithTheAuthorsNameIsAByline() {
        String body = "The council voted on Tuesday to close the old ferry terminal at the end of the year, after "
                + "two winters of repairs that cost more than the town had planned.";
        String facts = "\n\nTerminal at a glance\n\nBuilt: 1962.\n\nFerries a day: 14.\n\nStaff: 23 people."
                + "\n\nCost of repairs: 2.1 million.\n\nClosing date: 31 December.\n\nNext vote: March.";
        String story = body + "\n\n" + body.replace("Tuesday", "Wednesday") + "\n\n"
                + "Tove Ek joined the protest outside the town hall and handed the mayor a petition."
                + "\n\n" + body.replace("Tuesday", "Thursday") + "\n\n" + body.replace("Tuesday", "Friday")
                + "\n\n" + body.replace("Tuesday", "Saturday") + "\n\n";
        String note = "Eli Marsh joined the Harbour Post in 2019 and covers the coast.";

        List<Role> roles = roles(tag("Ferry terminal to close\n\nBy ELI MARSH Harbour Post\n\n" + story + note + facts,
                DocumentMetadata.EMPTY));
        assertThat(roles.get(1)).isEqualTo(Role.BYLINE);
        assertThat(roles.get(4)).isEqualTo(Role.BODY);
        assertThat(roles.get(8)).isEqualTo(Role.BYLINE);

        List<Role> sourced = roles(tag("Ferry terminal to close\n\nSource: Eli Marsh\n\n" + story + note + facts,
                DocumentMetadata.EMPTY));
        assertThat(sourced.get(8)).isEqualTo(Role.BODY);
    }

    /**
     * A line the page names as the date that holds the author's label and name as well is the
     * byline (roles.md: the byline and the date in one line); a date line without a label stays
     * the date line, and a sentence with "by" and a year stays story text.
     */
    @Test
    void aDateLineHoldingTheAuthorsLabelAndNameIsTheByline() {
        String story = "The harbour reopened on Tuesday after three days of repairs, the port authority said, and the "
                + "first ferry left at noon.";
        List<Paragraph> web = List.of(
                new Paragraph(1, "Harbour reopens after storm", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, "Piše: L. Dahl prije 26 minuta", "div", "body>article>div.date", 0, Role.DATELINE),
                new Paragraph(3, "Hafenblatt Recueilli par Per OLSEN. Publié le 02/11/2023 à 14h49", "div",
                        "body>article>div.meta", 0, Role.DATELINE),
                new Paragraph(4, "Publié le 02/11/2023 à 14h49", "div", "body>article>div.date", 0, Role.DATELINE),
                new Paragraph(5, story, "p", "body>article>p", 0, null),
                new Paragraph(6, "The pier, built by Harbour Works in 1962, was closed for 3 days.", "p", "body>article>p", 0, null));
        List<TaggedParagraph> r = tagger.tag(web, null).paragraphs();
        assertThat(r.get(1).role()).isEqualTo(Role.BYLINE);
        assertThat(r.get(2).role()).isEqualTo(Role.BYLINE);
        assertThat(r.get(3).role()).isEqualTo(Role.DATELINE);
        assertThat(r.get(5).role()).isEqualTo(Role.BODY);
    }
}
