package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Quote;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.split.ParagraphSplitter;

/**
 * Fictional stories written for this test in the house styles of wire services and papers that
 * are not in the shared corpora: AP, AFP (English and French), modern Reuters, dpa, a UK paper
 * with "Photograph:" credits, a Swiss paper with «…»; captions with and without credits,
 * standfirsts next to credits, multi-paragraph quotations, speakers before and after.
 */
class HouseStylesTest {

    private final RoleTagger tagger = new RoleTagger();

    private TaggingResult tag(String text) {
        List<Paragraph> ps = new ParagraphSplitter().split(List.of(Block.plain(text)));
        return tagger.tag(ps, DocumentMetadata.EMPTY);
    }

    private static List<Role> roles(TaggingResult r) {
        return r.paragraphs().stream().map(TaggedParagraph::role).toList();
    }

    private static List<String> speakers(TaggingResult r) {
        return r.quotes().stream().map(Quote::speaker).toList();
    }

    @Test
    void apStoryWithPhotoCreditInBrackets() {
        TaggingResult r = tag("""
                 date 2024-01-16 \n
                Firefighters battle a blaze at a warehouse in Dayton, Ohio, on Monday, Jan. 15, 2024. (AP Photo/Lena Morris)

                DAYTON, Ohio (AP) — A fire tore through a vacant warehouse on the city’s east side on Monday, sending smoke over downtown.

                “We had crews on scene within four minutes of the first call,” Fire Chief Ray Dunn said.

                No injuries were reported. The cause of the fire is under investigation, Dunn said.

                Associated Press writer Tom Hale in Columbus contributed to this report.
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.PHOTO_CAPTION, Role.DATELINE, Role.QUOTE, Role.BODY,
                Role.BYLINE);
        assertThat(r.dateline().location()).isEqualTo("DAYTON, Ohio");
        assertThat(r.dateline().agency()).isEqualTo("AP");
        assertThat(speakers(r)).containsExactly("Ray Dunn");
        assertThat(r.quotes().get(0).speakerTitle()).isEqualTo("Fire Chief");
    }

    @Test
    void regionalPaperWithThePlaceAloneAboveItsDateLine() {
        TaggingResult r = tag("""
                 date 2024-03-05 \n
                Regensburg

                vor 23 Minuten

                Der Stadtrat hat am Dienstag nach langer Debatte eine neue Buslinie zwischen dem Bahnhof, der Altstadt und dem Klinikum im Süden der Stadt beschlossen.

                Die Linie soll im Herbst den Betrieb aufnehmen und alle zwanzig Minuten fahren.
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.DATELINE, Role.DATELINE, Role.BODY, Role.BODY);
        assertThat(r.paragraphs().get(1).cues()).contains("place alone above the date line");
    }

    @Test
    void modernReutersWithSplitQuotation() {
        TaggingResult r = tag("""
                 date 2024-02-07 \n
                LONDON, Feb 7 (Reuters) - Britain's biggest ferry operator said on Wednesday it would cut a fifth of its routes.

                "The winter has been hard on us," said Maria Olsen, the company's chief executive. "We will bring the routes back when demand returns."

                The company, which employs 4,000 people, said it had no plans to cut jobs.

                Reporting by Sam Keel; Editing by Ann Roe
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.DATELINE, Role.QUOTE, Role.BODY, Role.BYLINE);
        assertThat(r.dateline().location()).isEqualTo("LONDON");
        assertThat(r.dateline().date()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(speakers(r)).containsExactly("Maria Olsen", "Maria Olsen");
    }

    @Test
    void ukPaperStandfirstCaptionWithPhotographCreditAndMultiParagraphQuote() {
        TaggingResult r = tag("""
                 date 2023-03-02 \n
                Ministers say the scheme will cut waiting lists by a third within two years

                Nurses at a hospital in Leeds during a shift change. Photograph: Kim Frost/PA

                Harriet Long Health correspondent

                Thu 2 Mar 2023 07.00 GMT

                A new scheme to move routine operations to weekend clinics will be rolled out across England, the health secretary has announced.

                Speaking at a clinic in Leeds, the health secretary said: “We have listened to patients who told us they wait too long.

                “This scheme gives them a date, and it gives them a date soon.”

                Critics said the plan did not address staff shortages.
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.BODY, Role.PHOTO_CAPTION, Role.BYLINE, Role.DATELINE,
                Role.BODY, Role.QUOTE, Role.QUOTE, Role.BODY);
        // the article never names the health secretary: no speaker, the words at the attribution kept
        assertThat(speakers(r)).containsExactly(null, null);
        assertThat(r.quotes()).extracting(Quote::speakerAsWritten).containsExactly("the health secretary", "the health secretary");
    }

    @Test
    void standfirstBeforeACreditIsNotACaption() {
        // German tech-site layout: standfirst, lead picture credit, date line, byline, story
        TaggingResult r = tag("""
                 date 2021-05-11 \n
                Ein Start-up aus Kiel will Seegras als Dämmstoff für Altbauten verkaufen.

                (Bild: Hersteller)

                11.05.2021 09:15 Uhr

                Von Pia Lorenz

                Das Unternehmen sammelt angespültes Seegras an den Stränden der Ostsee und presst es zu Platten.
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.BODY, Role.PHOTO_CREDIT, Role.DATELINE, Role.BYLINE,
                Role.BODY);
    }

    @Test
    void captionAtTheTopWithPictureCuesStaysACaption() {
        TaggingResult r = tag("""
                 date 2022-10-04 \n
                Mayor Ana Ruiz (left) and council member Joe Park (right) cut the ribbon at the new library on Oct. 3, 2022.

                Jill Stone | Getty Images

                By Ben Cole

                The city opened its first new library in forty years on Monday.
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.PHOTO_CAPTION, Role.PHOTO_CREDIT, Role.BYLINE, Role.BODY);
    }

    @Test
    void chartCreditAfterStoryTextLeavesTheStoryText() {
        TaggingResult r = tag("""
                 date 2021-08-19 \n
                Solar generation in the state doubled between 2018 and 2020, and wind grew by a third over the same period, the report found.

                The same cannot be said of transport, where emissions barely moved.

                (Credit: Dana Lee / Climate Desk)

                Electric car sales rose, but they remain a small share of the vehicles on the road.
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.BODY, Role.BODY, Role.PHOTO_CREDIT, Role.BODY);
    }

    @Test
    void dpaStoryWithGermanQuotationMarks() {
        TaggingResult r = tag("""
                 date 2023-08-21 \n
                Berlin (dpa) - Die Bahn will im kommenden Jahr mehr Züge zwischen Berlin und Hamburg einsetzen.

                „Wir reagieren damit auf die hohe Nachfrage im Sommer“, sagte ein Sprecher des Unternehmens am Montag.

                Der Fahrgastverband begrüßte die Pläne. Dessen Vorsitzende Karin Holz sagte, man warte seit Jahren darauf: »Endlich kommt der Halbstundentakt auf dieser Strecke.«
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.DATELINE, Role.QUOTE, Role.QUOTE);
        assertThat(r.dateline().location()).isEqualTo("Berlin");
        assertThat(r.dateline().agency()).isEqualTo("dpa");
        assertThat(speakers(r).get(0)).isNull(); // "ein Sprecher des Unternehmens" names nobody
        assertThat(r.quotes().get(0).speakerAsWritten()).isEqualTo("ein Sprecher des Unternehmens");
        assertThat(speakers(r).get(1)).endsWith("Karin Holz"); // German nouns are capitalised: "Dessen Vorsitzende Karin Holz"
    }

    @Test
    void afpFrenchStoryWithGuillemets() {
        TaggingResult r = tag("""
                 date 2023-11-30 \n
                PARIS (AFP) - Le gouvernement a présenté jeudi un plan pour rénover les écoles les plus anciennes du pays.

                « Nous allons commencer par les bâtiments les plus dégradés », a déclaré la ministre de l'Education lors d'une conférence de presse.

                Selon le syndicat des enseignants, « ce plan arrive bien trop tard pour les élèves ».
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.DATELINE, Role.QUOTE, Role.QUOTE);
        assertThat(r.dateline().location()).isEqualTo("PARIS");
        assertThat(r.dateline().agency()).isEqualTo("AFP");
        assertThat(speakers(r).get(0)).isNull();
        assertThat(r.quotes().get(0).speakerAsWritten()).startsWith("la ministre");
    }

    @Test
    void swissPaperWithGuillemetsAndAccordingTo() {
        TaggingResult r = tag("""
                 date 2020-02-03 \n
                Le chantier du tunnel a pris six mois de retard. Photo: Keystone

                Créé: 03.02.2020, 18h12

                Les travaux reprendront au printemps, a indiqué lundi l'Office fédéral des routes.

                Le directeur du chantier Marc Favre a expliqué: « Nous avons trouvé plus d'eau que prévu dans la roche. »
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.PHOTO_CAPTION, Role.DATELINE, Role.BODY, Role.QUOTE);
        assertThat(speakers(r)).containsExactly("Marc Favre");
    }

    @Test
    void speakerFromAnAppositionAndFromTheParagraphsReportedSpeaker() {
        TaggingResult r = tag("""
                 date 2024-04-09 \n
                WASHINGTON (AP) — The Senate passed the bill late Monday.

                “This is a good day for farmers,” Sen. Mary Holt, a Democrat from Iowa, said after the vote.

                Tom Fisk, who chairs the growers’ association, welcomed the vote. He called it “the first real help for small farms in a decade.”

                The White House said the president would sign it, according to a statement that called the bill “a promise kept to rural America.”
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.DATELINE, Role.QUOTE, Role.QUOTE, Role.QUOTE);
        assertThat(speakers(r)).containsExactly("Mary Holt", "Tom Fisk", "White House");
        assertThat(r.quotes()).extracting(Quote::speakerAsWritten).containsExactly("Sen. Mary Holt", "He", "The White House");
        assertThat(r.quotes().get(0).speakerTitle()).isEqualTo("Sen.");
    }

    @Test
    void subheadingsNarrateInThePresentCaptionsMayTellWhatSomeoneDid() {
        TaggingResult r = tag("""
                 date 2019-06-12 \n
                The city council voted on Tuesday to turn the old rail yard into a park, ending a dispute that had lasted more than a decade.

                Council member Eva Stein proposed the plan in 2015

                The plan includes a playground, a market hall and a path along the river, and is expected to cost about 40 million euros.

                Neighbours welcome the park

                Residents of the area have campaigned for a park since the yard closed in 2008, and many attended the vote.
                """);
        assertThat(roles(r)).containsExactly(Role.DATELINE, Role.BODY, Role.PHOTO_CAPTION, Role.BODY, Role.SUBHEADING,
                Role.BODY);
    }

    @Test
    void datelineWithoutYearAndNoArticleDateKeepsItsDateEmpty() {
        TaggingResult r = tag("""
                HARBOUR LINES <HBL> SETS QUARTERLY PAYOUT

                PORTLAND, Maine, March 3 - Harbour Lines Inc said its board declared a quarterly dividend of 10 cts a share.
                """);
        assertThat(roles(r)).containsExactly(Role.HEADLINE, Role.DATELINE);
        assertThat(r.dateline().location()).isEqualTo("PORTLAND, Maine");
        assertThat(r.dateline().date()).as("no year written and no article date: no year invented").isNull();
    }
}
