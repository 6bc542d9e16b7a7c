package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.split.ParagraphSplitter;

/**
 * The general forms of credits, bylines, datelines and page furniture that news pages around the
 * world print (issue 19), each a case, with the ordinary sentences of the same shape that must
 * not be taken for them. Every sentence is invented for this test, in the styles of papers and
 * agencies in English, German, French, Spanish, Italian, Dutch, Portuguese, Polish and Swedish.
 */
class WorldFormsTest {

    private final CreditDetector credits = new CreditDetector();
    private final BylineDetector bylines = new BylineDetector();
    private final DatelineParser datelines = new DatelineParser();
    private final FurnitureLabels furniture = new FurnitureLabels();

    // ---- credits

    @ParameterizedTest
    @ValueSource(strings = {
        "Bild: Stadtwerke Halden", "Foto: Anna Weber", "Bildrechte: dpa", "Bildnachweis: Imago/Jan Huber", "Bron: ANP",
        "Beeld: Eva de Vries", "Image: Harbour Museum", "Image copyright Port Authority", "(Photos by Lena Morris)",
        "Crédit : Luc Morel / Le Matin", "Crédito: EFE", "Fotografía: Ana Gil", "Foto de Ana Gil", "Zdjęcie: PAP/Jan Nowak",
        "fot. Jan Nowak/PAP", "Fotó: MTI", "Kuva: Lehtikuva", "Bilde: NTB", "Immagine: ANSA", "Foto: © Mara Lind",
        "Getty Images/Jane Doe", "Jane Doe/AFP", "REUTERS/Jane Doe", "Jane Doe, AP", "Ana Gil, EFE", "Tom Ash, AFP via Getty Images",
        "Getty Images", "picture alliance / dpa", "Keystone", "Xinhua", "Shutterstock", "© Jane Doe", "©AFP",
        "(Matt Vale/Harbour Herald)", "© Halden Racing F1 Team", "© 3M Harbour Labs"})
    void creditLines(String line) {
        assertThat(credits.isCreditLine(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"صورة: رويترز", "عکس: ایرنا", "צילום: רויטרס", "Fotoğraf: AA", "写真：共同", "图片来源：新华社",
        "AFP via Getty Images", "Reuters via AP", "Ilustración: Ana Gil", "Ilustração: Luís Soto", "Infographic: Harbour Times",
        "Snimio: Ivan Horvat", "Snimila: Ana Kovač/Pixsell", "Fotografija: HINA", "Lena Vogt/GettyImages", "Foto: imago images/Jan Huber",
        "APA/Georg Huber", "APA/HELMUT FOHRINGER"})
    void creditLinesOfMoreScriptsAndOneSourceViaAnother(String line) {
        assertThat(credits.isCreditLine(line)).as(line).isTrue();
    }

    /** Czech, Slovak, Croatian, Lithuanian, Greek and Indonesian labels of a picture's source. */
    @ParameterizedTest
    @ValueSource(strings = {"Snímek: Jan Novák", "Snímka: TASR", "Snimka: Hina", "Nuotr.: Jonas Jonaitis", "Φωτογραφία: Eurokinissi",
        "Sumber foto: Kompas.com"})
    void creditLabelsOfMoreLanguages(String line) {
        assertThat(credits.isCreditLine(line)).as(line).isTrue();
    }

    /** The same words opening story sentences and headings. */
    @ParameterizedTest
    @ValueSource(strings = {"Snímek z dronu ukazuje rozsah povodní v okolí řeky, kde voda zaplavila desítky domů.",
        "Snimka razgovora objavljena je u utorak, a u njoj se čuje kako ministar prijeti novinarima.",
        "Sumber foto menunjukkan bahwa gedung itu dibangun pada tahun 1920 oleh pemerintah kolonial."})
    void thoseWordsInStorySentences(String line) {
        assertThat(credits.isCreditLine(line)).as(line).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Image of the harbour at dawn, painted by a local artist in 1890, hangs in the town hall.",
        "Bild der Woche: Der Hafen bei Nacht", "Photographers gathered outside the court on Monday.",
        "Foto de familia en la cumbre de Bruselas", "Bronnen bevestigen dat de minister aftreedt.",
        "Copyright 2024 The Associated Press. All rights reserved.", "© 2024 Harbour Media. Alle Rechte vorbehalten.", "© 2024 Harbour Media",
        "Jane Doe, the mayor", "Paris, France", "Sales rose 4%, AP said.", "Nord/Süd", "Harbour Road/Main Street",
        "Jane Doe, AP source said the talks had stalled for weeks before the deal.", "Shared via Twitter", "Sent via email"})
    void notCreditLines(String line) {
        assertThat(credits.isCreditLine(line)).as(line).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rescue workers search the rubble in Izmir on Sunday. EFE/Ana Gil",
        "Der Bürgermeister eröffnet die neue Brücke in Halden. Foto: Stadt Halden",
        "Le maire inaugure le pont de Halden, lundi. Crédit : Luc Morel",
        "Il sindaco inaugura il nuovo ponte a Roma, lunedì. Foto: ANSA",
        "De burgemeester opent de nieuwe brug in Utrecht. Beeld: ANP",
        "Fans celebrate in the streets of Lisbon after the final whistle. Jane Doe/Reuters",
        "Protesters march towards parliament on Saturday. (Photos by Lena Morris)",
        "Мер відкрив новий міст через річку / Фото прес-служби міськради",
        "Der neue Bürgermeister bei seiner ersten Sitzung. ...Archivfoto: Lena Vogt",
        "Rescue teams search the rubble after the earthquake [AFP]",
        "The winner lifts the trophy on the final green. (Doe/WireImage)"})
    void captionsEndingWithTheirCredit(String caption) {
        assertThat(credits.endsWithCredit(caption)).as(caption).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The council will vote on the plan on Tuesday, officials said.",
        "The figures were published by Reuters/Ipsos on Monday. Turnout fell.",
        "Der Rat tagte bis spät in die Nacht. (sda/ats)",
        "The ministry confirmed the figures. And/or the agency will.",
        "The report cites earlier studies [1]",
        "Він розповів про це журналістам / фото не збереглося, каже він, бо архів згорів."})
    void storyTextEndsWithNoCredit(String text) {
        assertThat(credits.endsWithCredit(text)).as(text).isFalse();
    }

    /**
     * A caption that ends with who took the picture, with no label: an agency in brackets, a copyright sign and a
     * name, a separator or a dash before a photo source, a photographer and a paper between bars, a lower-case agency
     * after a label, a courtesy line in brackets, a Chinese credit mark in brackets.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Police officers at the scene of the attack near the capital (Reuters)",
        "عناصر من الشرطة في موقع الهجوم قرب العاصمة (رويترز)",
        "Mayor Anna Berg speaks to reporters outside city hall © Jane Doe",
        "Die Bürgermeisterin spricht vor dem Rathaus mit Reportern. © dpa",
        "Mayor Anna Berg speaks to reporters outside city hall. / AFP",
        "Mayor Anna Berg speaks to reporters outside city hall - Jane Doe / AFP",
        "Residents march through the old town on Saturday. Lena Vogt | Archivo | Halden Courier.",
        "Mayor Anna Berg speaks to reporters outside city hall. Foto: dpa",
        "Mayor Anna Berg speaks to reporters outside city hall. (Courtesy of the city)",
        "市長今天上午出席新橋通車典禮，並與民眾合影。（資料照）",
        "市長今天上午出席新橋通車典禮。（記者王小明攝）"})
    void captionsEndingWithAnUnlabelledCredit(String caption) {
        assertThat(credits.endsWithCredit(caption)).as(caption).isTrue();
    }

    /**
     * An agency after story text or in a byline credits the story, not a picture: after the story's last full stop,
     * after a quotation, after an opening that refers back, after a name alone; a copyright footer keeps its year.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "The company said it would appeal the ruling. (dpa)",
        "“We will not give up,” the minister told reporters (AFP)",
        "„Wir geben nicht auf“, sagte der Minister (dpa)",
        "“We will not give up,” the minister told reporters. © dpa",
        "He said the party had won the vote (AP)",
        "By Jane Doe and Ann Roe (Reuters)",
        "Von Jana Müller und Max Roe (dpa)",
        "Jane Doe (AFP)",
        "The harbour at dawn, as every morning © 2024 Halden Courier",
        "The ministry confirmed the figures on Monday, a spokesman said - Reuters",
        "市長今天上午出席新橋通車典禮。（中央社）"})
    void agenciesThatCreditTheStory(String text) {
        assertThat(credits.endsWithCredit(text)).as(text).isFalse();
    }

    // ---- bylines

    /**
     * A caption that ends with its credit in the world's forms: a source after the last sentence
     * (never a source line alone, nor one after a comma), a Vietnamese or Korean label, and a
     * sentence before a bar: such a line is a caption, not a credit line.
     */
    @Test
    void captionsThatEndWithASourceOrACreditInMoreLanguages() {
        assertThat(credits.endsWithCredit("Diners fill the tables on Larch Street in Fenwick. Source: Getty Images")).isTrue();
        assertThat(credits.endsWithCredit("Die Börsen nach offenen Kontrakten, Rangliste für den März. Quelle: Coinglass")).isTrue();
        assertThat(credits.endsWithCredit("La presa de Valdemoro, casi vacía tras el verano. Fuente: Ana Gil")).isTrue();
        assertThat(credits.endsWithCredit("Ông Trần Văn Bình, Bộ trưởng Công Thương. Ảnh: Lê Minh")).isTrue();
        assertThat(credits.endsWithCredit("시청에서 성금 전달식이 열렸다. 사진=시청 제공")).isTrue();
        assertThat(credits.endsWithCredit("Ivo Marek po výhře na domácím hřišti. | Foto: Reuters")).isTrue();
        assertThat(credits.creditCue("Ivo Marek po výhře na domácím hřišti. | Foto: Reuters")).isNull();
        assertThat(credits.creditCue("Ivo Marek | Foto: Reuters")).isNotNull();

        assertThat(credits.endsWithCredit("Source: Times database")).isFalse();
        assertThat(credits.endsWithCredit("Der Chef im Gespräch mit Kunden, Quelle: The Verge")).isFalse();
        assertThat(credits.endsWithCredit("The figures were revised twice, the office said. Sources say more will follow")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Reportagem: Ana Gil|Ana Gil", "Wartawan: Budi Santoso|Budi Santoso",
        "Tác giả: Nguyễn Văn An|Nguyễn Văn An", "Toimittaja Matti Virtanen|Matti Virtanen", "Text och foto: Anna Berg|Anna Berg"})
    void authorLabelsOfMoreLanguages(String line, String names) {
        assertThat(bylines.detect(line)).as(line).isNotNull();
        assertThat(bylines.detect(line).names()).as(line).isEqualTo(names);
    }

    /**
     * Who reported, heard, wrote or edited the piece, in words bylines use beside "By" ("As told to", "Opinión de",
     * "Από τον"; the editing notes that roles.md counts as bylines: "Editor:", "Redaktur:", "Redigeret af").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Reported by Jane Doe|Jane Doe", "As told to Jane Doe|Jane Doe",
        "Interview by Jane Doe|Jane Doe", "Opinión de Ana Gil|Ana Gil", "Un article de Jean Dupont|Jean Dupont",
        "Un artículo de Ana Gil|Ana Gil", "Από τον Γιώργο Παπαδόπουλο|Γιώργο Παπαδόπουλο",
        "Editor: Dewi Lestari|Dewi Lestari", "Redaktur: Dewi Lestari|Dewi Lestari", "Penyunting: Dewi Lestari|Dewi Lestari",
        "Editado por: Ana Gil|Ana Gil", "Redigeret af Anna Berg|Anna Berg", "Redigerad av Anna Berg|Anna Berg",
        "Muhabir: Ahmet Yılmaz|Ahmet Yılmaz"})
    void reportedHeardWrittenOrEditedBy(String line, String names) {
        assertThat(bylines.detect(line)).as(line).isNotNull();
        assertThat(bylines.detect(line).names()).as(line).isEqualTo(names);
    }

    /** The same words opening story sentences (an editor who speaks), and the editor's note. */
    @ParameterizedTest
    @ValueSource(strings = {"Reported by Reuters on Monday, the deal would cut 3,000 jobs across the group.",
        "As told to Parliament last week, the plan will cost more than the government first said.",
        "Από τον Ιανουάριο η κυβέρνηση θα αυξήσει τον κατώτατο μισθό κατά 5 τοις εκατό.",
        "Un article de Le Monde publié lundi affirme que le gouvernement prépare une réforme.",
        "Editor Jane Doe said on Tuesday that the paper would close its office in the town next year.",
        "Editor's note: This story has been updated to correct the date of the meeting.",
        "Muhabir Ahmet Yılmaz dün yaptığı açıklamada gazetenin kapanacağını söyledi."})
    void storySentencesOpeningWithTheseWords(String line) {
        assertThat(bylines.detect(line)).as(line).isNull();
    }

    /** Syndication notes in four languages, and the German and Austrian papers' editor's initials before the agency. */
    @ParameterizedTest
    @ValueSource(strings = {
        "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
        "This story was produced by the Halden Courier in partnership with Harbour Reports.",
        "This story was co-published with the Valley Tribune.",
        "A version of this story appeared in the Halden Courier.",
        "Cet article est republié à partir de The Conversation sous licence Creative Commons.",
        "Dieser Artikel erschien zuerst bei der Halden Zeitung.",
        "Este artículo fue publicado originalmente en The Conversation.",
        "(jv/dpa)", "red/APA"})
    void syndicationNotesAndTheEditorsInitials(String line) {
        assertThat(bylines.detect(line)).as(line).isNotNull();
    }

    /** The same words in story sentences: a document the story tells of, a plan, an article of a law; initials alone. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The report was produced by the inspector general and found no evidence of fraud in the program.",
        "This report was produced by the city's auditors, who found that the budget was balanced for the first time.",
        "A version of this plan was approved by the council last year but never funded.",
        "Dieser Artikel des Gesetzes ist zuerst zu prüfen, sagte die Ministerin am Dienstag.", "(jv)"})
    void documentsAndPlansTheStoryTellsOf(String line) {
        assertThat(bylines.detect(line)).as(line).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"이용민 기자|이용민", "김철수 기자 kim@yna.co.kr|김철수", "王小明记者|王小明", "記者 王小明|王小明",
        "編集委員 中沢克二|中沢克二", "责任编辑：李明|李明"})
    void reportersOfKoreanChineseAndJapanesePages(String line, String names) {
        assertThat(bylines.detect(line)).as(line).isNotNull();
        assertThat(bylines.detect(line).names()).as(line).isEqualTo(names);
    }

    @Test
    void cjkWordsForReporterInsideOtherWordsAreNoAuthorLines() {
        assertThat(bylines.detect("기자회견")).isNull(); // a press conference
        assertThat(bylines.detect("记者会上")).isNull(); // at the press conference
    }

    @Test
    void authorLinesWithoutBy() {
        assertThat(bylines.detect("Redaktion: Tom Berg").names()).isEqualTo("Tom Berg");
        assertThat(bylines.detect("Von Jana Vogt und Tom Berg").names()).isEqualTo("Jana Vogt und Tom Berg");
        assertThat(bylines.detect("Par Luc Morel et Anne Roy").names()).isEqualTo("Luc Morel et Anne Roy");
        assertThat(bylines.detect("Por Ana Gil y Luis Soto").names()).isEqualTo("Ana Gil y Luis Soto");
        assertThat(bylines.detect("Di Marco Neri").names()).isEqualTo("Marco Neri");
        assertThat(bylines.detect("Door Eva de Vries").names()).isEqualTo("Eva de Vries");
        assertThat(bylines.detect("Av Lars Berg").names()).isEqualTo("Lars Berg");
        assertThat(bylines.detect("By ANA RUIZ").names()).isEqualTo("ANA RUIZ");
        assertThat(bylines.detect("BY ANA RUIZ AND TOM ASH").names()).isEqualTo("ANA RUIZ AND TOM ASH");
        assertThat(bylines.detect("Von dpa")).isNotNull();
        assertThat(bylines.detect("dpa")).isNotNull();
        assertThat(bylines.detect("(AFP)")).isNotNull();
        assertThat(bylines.detect("Kyodo News")).isNotNull();
        assertThat(bylines.detect("Ana Gil Corresponsal")).isNotNull();
        assertThat(bylines.detect("Автор: Ольга Северова").names()).isEqualTo("Ольга Северова");
        assertThat(bylines.detect("Penulis: Dewi Lestari").names()).isEqualTo("Dewi Lestari");
        assertThat(bylines.detect("Γράφει ο Νίκος Παππάς")).isNull(); // an article after the label: no name shape
        assertThat(bylines.detect("Piše: Ana Kovač").names()).isEqualTo("Ana Kovač");
        assertThat(bylines.detect("Ein Beitrag von: Jana Vogt").names()).isEqualTo("Jana Vogt");
        assertThat(bylines.detect("Propos recueillis par Luc Morel").names()).isEqualTo("Luc Morel");
        // a site crediting itself by its address
        assertThat(bylines.detect("von hafenblatt.de")).isNotNull();
        assertThat(bylines.detect("by harbour-weekly.co.uk")).isNotNull();
    }

    /**
     * A noun label without its colon and one capitalised word is a page control ("Text Size"), no
     * author line; one word after a colon, after "By", after the newsroom, or an agency still is.
     */
    /**
     * The Canadian papers' notes on their sources ("With files from The Canadian Press", "D'après les
     * informations de …") are contributor notes; a story sentence opening the same way is not.
     */
    @Test
    void notesOnTheFilesAndInformationUsedAreContributorNotes() {
        assertThat(bylines.detect("With files from The Canadian Press")).isNotNull();
        assertThat(bylines.detect("(With files from Reuters)")).isNotNull();
        assertThat(bylines.detect("D'après les informations de Lena Dahl de Radio Havre")).isNotNull();
        assertThat(bylines.detect("Avec des informations de La Presse canadienne")).isNotNull();
        assertThat(bylines.detect("D'après les informations de la police, le suspect a pris la fuite vers le port.")).isNull();
    }

    @Test
    void aLabelAndOneWordIsNoAuthorLine() {
        assertThat(bylines.detect("Text Size")).isNull();
        assertThat(bylines.detect("Autor Archiv")).isNull();
        assertThat(bylines.detect("Text Jana Vogt").names()).isEqualTo("Jana Vogt");
        assertThat(bylines.detect("Text: Vogt").names()).isEqualTo("Vogt");
        assertThat(bylines.detect("By Agencies").names()).isEqualTo("Agencies");
        assertThat(bylines.detect("Redacción Hafenblatt").names()).isEqualTo("Hafenblatt");
        assertThat(bylines.detect("Reporter AFP")).isNotNull();
    }

    /** National agencies of more countries, in their own scripts too, alone on a line: an agency line. */
    @Test
    void nationalAgenciesInTheirOwnScriptsAreAgencies() {
        for (String agency : List.of("Укрінформ", "Укринформ", "ТАСС", "BNS", "Agerpres", "연합뉴스", "新华社", "ΑΠΕ-ΜΠΕ")) {
            assertThat(bylines.isAgencyAlone(agency)).as(agency).isTrue();
        }
        assertThat(bylines.isAgencyAlone("Україна")).isFalse();
    }

    /** The writer's title after the name, behind a comma, a dash or a bar; the title words are the vocabulary's. */
    @Test
    void aNameWithTheWritersTitleIsAnAuthorLine() {
        assertThat(bylines.detect("Lena Dahl - Harbour News Service Sports Writer")).isNotNull();
        assertThat(bylines.detect("Per Olsen | TV and Radio Writer")).isNotNull();
        assertThat(bylines.detect("Marta Gil – Redactora")).isNotNull();
        assertThat(bylines.detect("Jane Ash, Washington correspondent")).isNotNull();
        assertThat(bylines.detect("Lena Dahl | Harbour Post")).isNull();
        assertThat(bylines.detect("Lena Dahl - Harbour News Service Sports Writer in the summer")).isNull();
        // the paper after the title; a writer from outside the paper
        assertThat(bylines.detect("Jane Ash, Senior Reporter, Halden Courier")).isNotNull();
        assertThat(bylines.detect("Jane Ash, Special to The Times")).isNotNull();
        assertThat(bylines.detect("Jane Ash, Senior Reporter, won the award in 2019")).isNull();
        assertThat(bylines.detect("Special to The Times")).isNull();
    }

    /** "descriptor, Name" is a portrait caption; names, then the paper ("The Halden Courier") sign a story instead. */
    @Test
    void noPersonsNameOpensWithThe() {
        assertThat(roleAmongStoryParagraphs("Retired harbour master, Ines Falk.")).isEqualTo(Role.PHOTO_CAPTION);
        assertThat(roleAmongStoryParagraphs("Jane Ash and Tom Berg, The Halden Courier")).isNotEqualTo(Role.PHOTO_CAPTION);
    }

    @Test
    void authorLinesInMoreLanguagesAndScriptsWithoutCase() {
        assertThat(bylines.detect("Escribe Camila Ortiz en Territorio").names()).isEqualTo("Camila Ortiz en Territorio");
        assertThat(bylines.detect("Írta: Kovács Anna").names()).isEqualTo("Kovács Anna");
        // a role in brackets after the name is no story text
        assertThat(bylines.detect("Autori: Anna Liepa (LTV ziņu dienesta redaktore)")).isNotNull();
        // Arabic has no capitals: the name after "wrote" is taken on a short line only
        assertThat(bylines.detect("كتب أحمد سالم")).isNotNull();
        assertThat(bylines.detect("كتب الرئيس في رسالة طويلة إلى الشعب أن الحكومة ستعمل على خفض الأسعار")).isNull();
    }

    @Test
    void aBylineRunTogetherWithItsDate() {
        assertThat(bylines.detect("Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019").names())
                .isEqualTo("Tom Davies, Associated Press");
        assertThat(bylines.detect("Mary Ann Hale Published 6:10 AM EDT May 2, 2023").names()).isEqualTo("Mary Ann Hale");
        assertThat(bylines.detect("Ana Gil | Publicado 5 mar 2024").names()).isEqualTo("Ana Gil");
        assertThat(bylines.detect("Article Last Updated: 01/11/2008 09:53:03 AM EST")).isNull();
        // and it is no date line
        assertThat(datelines.parseDateOnly("Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019", null, false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Von Anfang an war klar, dass der Hafen zu klein ist.", "Par ailleurs, le conseil a voté le budget.",
        "Por ello, el gobierno aplazó la votación.", "Di notte il porto resta chiuso.", "Door de regen liep de kelder onder.",
        "Av alla förslag valdes det billigaste.", "Redaktionell bearbeitet von der Stadt", "Published 11:34 PM EST Nov 19, 2019",
        "The Harbour Published Its Annual Report 2019", "By Monday, the river had risen another metre.",
        "von hafenblatt.de gibt es heute keine neuen Meldungen", "Текст закона опубликуют в пятницу"})
    void notAuthorLines(String text) {
        assertThat(bylines.detect(text)).as(text).isNull();
    }

    @Test
    void bareNamesForTheTaggerToPlace() {
        assertThat(bylines.isBareName("Eva de Vries")).isTrue();
        assertThat(bylines.isBareName("ANA RUIZ")).isTrue();
        assertThat(bylines.isBareName("Ana Ruiz and Tom Ash")).isTrue();
        assertThat(bylines.isBareName("Luc Morel et Anne Roy")).isTrue();
        assertThat(bylines.isBareName("Ana Gil, Luis Soto y Marta Ruiz")).isTrue();
        assertThat(bylines.isBareName("The flood and the fire")).isFalse();
        assertThat(bylines.isBareName("STOCKS FALL")).isTrue(); // a shape only: the tagger needs the neighbours (a date line below)
    }

    // ---- datelines

    /**
     * Openings without the dash or the colon: Hindi's place and danda, the Chinese papers' reporter and place, the
     * Chinese wires' agency, place and day, the Persian agencies' "according to ... from"; a numeric date before a dash.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "नई दिल्ली। केंद्र सरकार ने बुधवार को नई शिक्षा नीति के तहत कई बदलावों की घोषणा की।|नई दिल्ली|",
        "लखनऊ, 5 मार्च (भाषा)। राज्य सरकार ने बुधवार को नई शिक्षा नीति के तहत कई बदलावों की घोषणा की।|लखनऊ|भाषा",
        "〔記者王小明／台北報導〕市長今天上午出席新橋通車典禮，並與民眾合影。|台北|",
        "记者王小明／北京即时报道　国务院今天召开常务会议。|北京|",
        "新华社北京3月5日电（记者王小明）国务院总理今天在人民大会堂作政府工作报告。|北京|新华社",
        "به گزارش ایرنا از مشهد، استاندار خراسان رضوی روز شنبه گفت که طرح جدید آغاز شده است.|مشهد|",
        "06.03.24 - Sensation in Halden: Die Stadt bekommt eine neue Bürgermeisterin.||"})
    void openingsWithoutDashOrColon(String text, String place, String agency) {
        var d = datelines.parseOpening(text, LocalDate.of(2024, 3, 6));
        assertThat(d).as(text).isNotNull();
        assertThat(d.location()).as(text).isEqualTo(place);
        assertThat(d.agency()).as(text).isEqualTo(agency);
    }

    /**
     * The Spanish and Portuguese year after its "de" ("5 de marzo de 2024", "5 de março de 2024"), and the Spanish
     * agencies' day alone before their bracket ("MADRID, 5 (EUROPA PRESS) -"): the date the opening gives, if any.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Madrid, 5 de marzo de 2024 - El Gobierno ha anunciado este martes un nuevo plan para reducir la inflación.|Madrid||2024-03-05",
        "MADRID, 5 de marzo de 2024 (EFE) - El Gobierno ha anunciado este martes un nuevo plan contra la inflación.|MADRID|EFE|2024-03-05",
        "São Paulo, 5 de março de 2024 – O governo anunciou na terça-feira um novo plano para reduzir a inflação.|São Paulo||2024-03-05",
        "MADRID, 5 (EUROPA PRESS) - El Gobierno ha anunciado este martes un nuevo plan para reducir la inflación.|MADRID|EUROPA PRESS|",
        "Bogotá, 5 (EFE).- El Gobierno anunció este martes un nuevo plan para reducir la inflación en el país.|Bogotá|EFE|"})
    void theYearAfterDeAndTheDayAlone(String text, String place, String agency, LocalDate date) {
        var d = datelines.parseOpening(text, LocalDate.of(2024, 3, 6));
        assertThat(d).as(text).isNotNull();
        assertThat(d.location()).as(text).isEqualTo(place);
        assertThat(d.agency()).as(text).isEqualTo(agency);
        assertThat(d.date()).as(text).isEqualTo(date);
    }

    /** Croatian months in the agency's opening and a header date line ("ZAGREB, 5. ožujka (Hina) -"). */
    @Test
    void croatianMonths() {
        var d = datelines.parseOpening("ZAGREB, 5. ožujka (Hina) - Vlada je u utorak prihvatila prijedlog proračuna za iduću godinu.",
                LocalDate.of(2024, 3, 6));
        assertThat(d).isNotNull();
        assertThat(d.location()).isEqualTo("ZAGREB");
        assertThat(d.agency()).isEqualTo("Hina");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(datelines.parseDateOnly("Objavljeno: 12. lipnja 2024. 10:30", null, true).date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(datelines.parseDateOnly("Sabor je 5. ožujka 2024. izglasao novi zakon o proračunu grada.", null, true)).isNull();
    }

    /** A short sentence of its own before a few words, and story sentences in these scripts, are no openings. */
    @ParameterizedTest
    @ValueSource(strings = {"हाँ। यह सही है।", "केंद्र सरकार ने बुधवार को नई शिक्षा नीति के तहत कई बदलावों की घोषणा की।",
        "市長今天上午出席新橋通車典禮，並與民眾合影。", "استاندار خراسان رضوی روز شنبه گفت که طرح جدید آغاز شده است."})
    void noOpeningInTheseScripts(String text) {
        assertThat(datelines.parseOpening(text, LocalDate.of(2024, 3, 6))).as(text).isNull();
    }

    @Test
    void datelinesInTheWorldsForms() {
        LocalDate ref = LocalDate.of(2024, 3, 6);
        var dubai = datelines.parseOpening("DUBAI, United Arab Emirates — Gulf shipping firms said on Tuesday they would reroute tankers.", ref);
        assertThat(dubai.location()).isEqualTo("DUBAI, United Arab Emirates");

        var delhi = datelines.parseOpening("NEW DELHI: The government on Tuesday raised the minimum support price for wheat by 7 per cent.", ref);
        assertThat(delhi.location()).isEqualTo("NEW DELHI");
        assertThat(delhi.text()).isEqualTo("NEW DELHI:");

        var indy = datelines.parseOpening("Indianapolis – The city council approved a new transit plan on Monday after months of debate.", ref);
        assertThat(indy.location()).isEqualTo("Indianapolis");
        assertThat(indy.agency()).isNull();

        var paris = datelines.parseOpening("PARÍS, 5 mar (EFE).- El Gobierno francés anunció este martes una reforma.", ref);
        assertThat(paris.location()).isEqualTo("PARÍS");
        assertThat(paris.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(paris.agency()).isEqualTo("EFE");
        assertThat(paris.text()).isEqualTo("PARÍS, 5 mar (EFE).-");

        var madrid = datelines.parseOpening("Madrid, 5 de marzo (EFE).- El Congreso aprobó la ley de vivienda.", ref);
        assertThat(madrid.location()).isEqualTo("Madrid");
        assertThat(madrid.date()).isEqualTo(LocalDate.of(2024, 3, 5));

        var moskau = datelines.parseOpening("MOSKAU/KIEW (dpa) - Nach neuen Angriffen auf Energieanlagen fiel in mehreren Städten der Strom aus.", ref);
        assertThat(moskau.location()).isEqualTo("MOSKAU/KIEW");
        assertThat(moskau.agency()).isEqualTo("dpa");

        var roma = datelines.parseOpening("ROMA, 12 MAG - Il governo ha approvato il decreto sulle bollette.", LocalDate.of(2024, 5, 13));
        assertThat(roma.location()).isEqualTo("ROMA");
        assertThat(roma.date()).isEqualTo(LocalDate.of(2024, 5, 12));

        var afp = datelines.parseOpening("PARIS (AFP) - Le gouvernement a présenté mercredi son budget.", ref);
        assertThat(afp.location()).isEqualTo("PARIS");
        assertThat(afp.agency()).isEqualTo("AFP");

        var berlin = datelines.parseOpening("Berlin (dpa) - Die Bahn streicht im Sommer weitere Verbindungen.", ref);
        assertThat(berlin.location()).isEqualTo("Berlin");
        assertThat(berlin.agency()).isEqualTo("dpa");

        var ansa = datelines.parseOpening("(ANSA) - ROMA, 12 MAG - Il governo ha approvato il decreto sulle bollette.", LocalDate.of(2024, 5, 13));
        assertThat(ansa.location()).isEqualTo("ROMA");
        assertThat(ansa.agency()).isEqualTo("ANSA");
        assertThat(ansa.date()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(ansa.text()).isEqualTo("(ANSA) - ROMA, 12 MAG -");

        var toronto = datelines.parseOpening("TORONTO (AP) Raptors guard Tom Ash was cleared to resume workouts on Wednesday.", ref);
        assertThat(toronto.location()).isEqualTo("TORONTO");
        assertThat(toronto.agency()).isEqualTo("AP");
        var reuters = datelines.parseOpening("( Reuters )- A long-delayed upgrade to the harbour crane will have to wait until spring.", ref);
        assertThat(reuters.location()).isNull();
        assertThat(reuters.agency()).isEqualTo("Reuters");

        var lisboa = datelines.parseOpening("LISBOA, 3 de maio (Lusa) - O Governo aprovou hoje o novo orçamento.", ref);
        assertThat(lisboa.date()).isEqualTo(LocalDate.of(2024, 5, 3));
        var amsterdam = datelines.parseOpening("AMSTERDAM, 5 maart (ANP) - Het kabinet presenteert vandaag de plannen.", ref);
        assertThat(amsterdam.date()).isEqualTo(LocalDate.of(2024, 3, 5));

        // the press-release wires: the agency between slashes, or in brackets between double dashes
        var release = datelines.parseOpening("SAN JOSE, Calif., Jan. 9 /PRNewswire/ -- Harbour Software, Inc. today announced a new release.", ref);
        assertThat(release.location()).isEqualTo("SAN JOSE, Calif.");
        assertThat(release.agency()).isEqualTo("PRNewswire");
        assertThat(release.date()).isEqualTo(LocalDate.of(2024, 1, 9));
        var wire = datelines.parseOpening("BOSTON--(BUSINESS WIRE)--Harbour Software, Inc. today reported results for its third quarter.", ref);
        assertThat(wire.location()).isEqualTo("BOSTON");
        assertThat(wire.agency()).isEqualTo("BUSINESS WIRE");
        assertThat(wire.text()).isEqualTo("BOSTON--(BUSINESS WIRE)--");
    }

    @Test
    void datelinesOfScriptsWithoutCapitalsAndOfTheRussianAndSouthAsianWires() {
        LocalDate ref = LocalDate.of(2024, 3, 6);
        // a place in a script without capitals counts with its agency (not alone)
        var cairo = datelines.parseOpening("القاهرة (رويترز) - أعلنت الحكومة المصرية يوم الثلاثاء عن إجراءات جديدة للموانئ.", ref);
        assertThat(cairo.location()).isEqualTo("القاهرة");
        assertThat(cairo.agency()).isEqualTo("رويترز");
        assertThat(datelines.parseOpening("القاهرة - أعلنت الحكومة المصرية يوم الثلاثاء عن إجراءات جديدة للموانئ.", ref)).isNull();
        // a place in mixed case before a known agency with no dash after it, with or without a date
        var mumbai = datelines.parseOpening("Mumbai, Mar 5 (PTI) The government on Tuesday announced new measures for the port.", ref);
        assertThat(mumbai.location()).isEqualTo("Mumbai");
        assertThat(mumbai.agency()).isEqualTo("PTI");
        assertThat(mumbai.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        var helsinki = datelines.parseOpening("Helsinki (STT) Hallitus ilmoitti tiistaina uusista toimista satamalle.", ref);
        assertThat(helsinki.location()).isEqualTo("Helsinki");
        assertThat(helsinki.agency()).isEqualTo("STT");
        assertThat(datelines.parseOpening("Apple (AAPL) Shares rose sharply on Tuesday after the results.", ref)).isNull();
        // TASS and Interfax: the date with a full stop, then the agency
        var tass = datelines.parseOpening("МОСКВА, 5 марта. /ТАСС/. Правительство объявило во вторник новые меры для порта.", ref);
        assertThat(tass.location()).isEqualTo("МОСКВА");
        assertThat(tass.agency()).isEqualTo("ТАСС");
        assertThat(tass.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        var interfax = datelines.parseOpening("Москва. 5 марта. INTERFAX.RU - Правительство объявило во вторник новые меры.", ref);
        assertThat(interfax.location()).isEqualTo("Москва");
        assertThat(interfax.agency()).isEqualTo("INTERFAX.RU");
        // a picture's label before an agency is its credit, in any of these forms and scripts
        for (String credit : List.of("Photo (AFP) - Protesters gather outside the parliament in the capital.",
                "Foto (dpa) Demonstranten versammeln sich vor dem Parlament.", "الصورة (أ ف ب) - متظاهرون أمام البرلمان.")) {
            assertThat(datelines.parseOpening(credit, ref)).as(credit).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kaieteur News – Police say a boat was stolen from the harbour on Monday night.",
        "Meanwhile – and this matters – the council has not voted on the plan at all.",
        "Breaking News: The council has voted to close the harbour for the whole summer season.",
        "EDITOR'S NOTE: This story has been updated to correct the name of the harbour master.",
        "SMITH: I think we have to look very carefully at what the harbour can take.",
        "Update: The harbour will reopen on Friday after repairs to the sea wall are finished.",
        "Trump: Tariffs will stay",
        "Indianapolis – a city",
        "Desaparecimento - Luana desapareceu na madrugada de sábado após passar a noite com amigas.",
        "Brexit – What Happens Next for the UK and Europe After the Vote in Parliament",
        "BREXIT: What Happens Next for the UK and Europe After the Vote in Parliament",
        "NASA (the space agency) The probe was healthy, the mission team said on Monday.",
        "(Harbour Weekly) - The council said on Monday it would close the pier.",
        "NOTES: Operating net excludes a loss of 6,050,000 dlrs, or 64 cts a share, in the quarter.",
        "PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.",
        "NOTE - Net is after tax of 171.03 mln dlrs vs 188.52 mln dlrs a year earlier.",
        "The plan: a new harbour wall, a ferry terminal and a car park by 2030.",
        "Image of the day – the harbour at dawn, as seen from the lighthouse on the hill.",
        "BILDE: Dette dokumentet skal angivelig vise målene bak planen for den nye havna.",
        "FOTO: Los vecinos observan los daños causados por la tormenta en el puerto el lunes."})
    void notDatelines(String text) {
        assertThat(datelines.parseOpening(text, null)).as(text).isNull();
    }

    /** The time since beside the date: the date line is the date's ("... 2 months ago on June 12, 2026"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Published 2 months ago on June 12, 2026|2026-06-12", "Updated 2 days ago on March 3, 2024|2024-03-03",
        "Vor 3 Stunden aktualisiert am 03.03.2024|2024-03-03", "Publicado hace 2 días el 3 de marzo de 2024|2024-03-03",
        "Publicado há 2 dias em 3 de março de 2024|2024-03-03", "Pubblicato 2 giorni fa il 3 marzo 2024|2024-03-03"})
    void theTimeSinceBesideTheDate(String line, LocalDate date) {
        assertThat(datelines.parseDateOnly(line, LocalDate.of(2026, 8, 12), true)).as(line).isNotNull()
                .extracting(DatelineParser.ParsedDateline::date).isEqualTo(date);
        assertThat(datelines.parseDateOnly("The council met 2 days ago on March 3, 2024", null, false)).isNull();
    }

    /** Header date lines of Central and Eastern Europe and the Nordic and Baltic countries: their labels, weekdays and months. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Zveřejněno 5. března 2024 10:30|2024-03-05", "Zverejnené 5. marca 2024 10:30|2024-03-05",
        "Ažurirano 05.03.2024. 10:30|2024-03-05", "Objavljeno 5. marca 2024 ob 10.30|2024-03-05",
        "Actualizat marți, 5 martie 2024|2024-03-05", "Päivitetty tiistaina 5.3.2024 klo 10.30|2024-03-05",
        "Tirsdag 5. marts 2024 kl. 10.30|2024-03-05", "Publikuar më 5 mars 2024, 10:30|2024-03-05",
        "Publicēts 2024. gada 5. martā|2024-03-05", "Avaldatud 5. märts 2024 kell 10:30|2024-03-05",
        "Публикувано: 5 март 2024, 10:30|2024-03-05", "Paskelbta 2024-03-05 10:30|2024-03-05"})
    void headerDateLinesOfMoreLanguages(String line, LocalDate date) {
        assertThat(datelines.parseDateOnly(line, null, true)).as(line).isNotNull()
                .extracting(DatelineParser.ParsedDateline::date).isEqualTo(date);
    }

    /** The same words and dates in story sentences. */
    @ParameterizedTest
    @ValueSource(strings = {"Vláda schválila rozpočet 5. března 2024 po dlouhé debatě v parlamentu.",
        "Guvernul a aprobat bugetul luni, 5 martie 2024, după o dezbatere lungă.",
        "Regeringen vedtog budgettet tirsdag den 5. marts 2024 efter en lang debat.",
        "Правителството прие бюджета на 5 март 2024 след дълъг дебат."})
    void storySentencesWithTheseDates(String line) {
        assertThat(datelines.parseDateOnly(line, null, true)).as(line).isNull();
    }

    @Test
    void datesInTheLanguagesThatWriteTheDayFirst() {
        assertThat(datelines.parseDateOnly("5 de marzo de 2024", null, true).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(datelines.parseDateOnly("12 maggio 2024", null, true).date()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(datelines.parseDateOnly("3 de maio de 2024", null, true).date()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(datelines.parseDateOnly("5 maart 2024", null, true).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(datelines.parseDateOnly("5 marca 2024", null, true).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(datelines.parseDateOnly("5 maj 2024", null, true).date()).isEqualTo(LocalDate.of(2024, 5, 5));
        assertThat(datelines.parseDateOnly("Publicado el 5 de marzo de 2024, 10:30", null, true).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(datelines.parseDateOnly("Pubblicato il 12 maggio 2024 alle 10:30", null, true).date()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(datelines.parseDateOnly("Gepubliceerd op 5 maart 2024 om 10:30", null, true).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(datelines.parseDateOnly("Atualizado em 3 de maio de 2024 às 10h30", null, true).date()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(datelines.parseDateOnly("Opublikowano: 5 marca 2024, 10:30", null, true).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(datelines.parseDateOnly("Publicerad 5 maj 2024 kl. 10.30", null, true).date()).isEqualTo(LocalDate.of(2024, 5, 5));
        for (String ago : List.of("hace 3 horas", "há 2 horas", "3 ore fa", "3 uur geleden", "för 3 timmar sedan", "3 godziny temu")) {
            assertThat(datelines.parseDateOnly(ago, null, true)).as(ago).isNotNull();
        }
        assertThat(datelines.parseDateOnly("3 ore fa il porto era chiuso", null, true)).isNull();
        assertThat(datelines.parseDateOnly("Article Last Updated: 01/11/2008 09:53:03 AM EST", null, false)).isNotNull();
        assertThat(datelines.parseDateOnly("Publié le 27 octobre 2023 à 15h01 Lecture 1 min.", null, true).date()).isEqualTo(LocalDate.of(2023, 10, 27));
        assertThat(datelines.parseDateOnly("5 March 2024 · 4 min read", null, false).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        // a sentence with a date is no date line
        assertThat(datelines.parseDateOnly("El Congreso votará el 5 de marzo de 2024.", null, true)).isNull();
        assertThat(datelines.parseDateOnly("Il decreto scade il 12 maggio 2024 alle 10:30 per tutti", null, true)).isNull();
        // the short forms that are English words never start a date
        assertThat(DateExpressions.find("They set 12 records and ruled out 3 more.", 0, false)).isNull();
        assertThat(DateExpressions.find("Gen 2 models ship in May.", 0, false)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5. 3. 2024 12:34|2024-03-05", "úterý 5. 3. 2024, 12:34|2024-03-05", "05-03-2024 12:34|2024-03-05",
        "2024年3月5日 12時34分|2024-03-05", "2024年03月05日 12:34|2024-03-05", "2024년 3월 5일 오후 12:34|2024-03-05",
        "٠٥/٠٣/٢٠٢٤|2024-03-05", "الثلاثاء ١ / ١٢ / ٢٠٢٠ ٠٢:٠٠|2020-12-01", "الثلاثاء 05 مارس 2024 12:34 م|2024-03-05",
        "2020/12/25 - 1:59 صباحًا|2020-12-25", "Selasa, 05 Mar 2024 12:34 WIB|2024-03-05", "Rabu, 6 Maret 2024 08:00 WIB|2024-03-06",
        "Thứ ba, 5/3/2024, 12:34 (GMT+7)|2024-03-05", "2024. március 5. 12:34|2024-03-05", "5 Μαρ 2024|2024-03-05"})
    void headerDateLinesOfMoreLanguages(String line, String date) {
        // the forms whole languages write their dates in: spaced day. month. year (Czech, Slovak), day-month-year,
        // year 年 month 月 day 日, Arabic-Indic digits, Arabic, Indonesian, Hungarian and Greek month names
        assertThat(datelines.parseDateOnly(line, null, true)).as(line).isNotNull();
        assertThat(datelines.parseDateOnly(line, null, true).date()).as(line).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void sentencesWithThoseDatesAreNoDateLines() {
        assertThat(datelines.parseDateOnly("Die Punkte 1. 2. 2020 waren", null, true)).isNull();
        assertThat(datelines.parseDateOnly("1. 2. 3. 4.", null, true)).isNull();
        assertThat(datelines.parseDateOnly("政府は2024年3月5日に新しい計画を発表した。", null, true)).isNull();
        assertThat(datelines.parseDateOnly("أعلنت الحكومة يوم ٥ مارس ٢٠٢٤ عن خطة جديدة للموانئ", null, true)).isNull();
        // "Mac" is no month: "5 Mac laptops" is no date
        assertThat(DateExpressions.find("They bought 5 Mac laptops.", 0, false)).isNull();
    }

    // ---- furniture

    @ParameterizedTest
    @ValueSource(strings = {"Caption", "Close", "Key Points", "Highlights", "Highlights:", "1 of 12", "Image 3 of 8", "Bild 2 von 5",
        "Foto 2 di 5", "4/9", "Story continues below", "Story continues below advertisement", "Schließen", "Fermer", "Cerrar",
        "Zamknij", "Enlarge this image", "Toggle caption", "Das Wichtigste in Kürze", "Lue myös:", "Baca juga:", "Xem thêm",
        "Читайте также:", "اقرأ أيضا", "Διαβάστε επίσης", "관련기사", "関連記事", "相关阅读", "Reklam", "Quảng cáo"})
    void furnitureLabels(String label) {
        assertThat(furniture.isLabel(label)).as(label).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Caption contest winners", "Close to home", "Key points of the budget were leaked", "1 of 12 survivors",
        "The story continues below the fold", "Highlights from the final"})
    void notFurniture(String text) {
        assertThat(furniture.isLabel(text)).as(text).isFalse();
    }

    // ---- in an article

    private List<Role> roles(String text) {
        List<Paragraph> ps = new ParagraphSplitter().split(List.of(Block.plain(text)));
        return new RoleTagger().tag(ps, DocumentMetadata.EMPTY).paragraphs().stream().map(TaggedParagraph::role).toList();
    }

    /** {@code line} among a story's paragraphs (the fifth paragraph, after the date line, headline and two of text). */
    private Role roleAmongStoryParagraphs(String line) {
        return roles(" date 2024-03-05 \n\nCity council approves new budget after long debate\n\n"
                + "The city council voted on Tuesday to approve the budget for the coming year, ending weeks of debate.\n\n"
                + "The plan raises spending on public transport by four percent and cuts administrative costs.\n\n"
                + line + "\n\nOpponents said the cuts would hurt services, but the measure passed by seven votes to two.\n").get(4);
    }

    /**
     * A line that says where a named person stands in the picture ("(left)", "(links)", AFP's "(g)", "(izquierda)") is a
     * caption wherever it stands among the story's paragraphs.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Mayor Ruth Okafor (left) and council member Dan Price (right) cut the ribbon at the new bridge on Saturday.",
        "Bürgermeisterin Jana Vogt (links) und Landrat Tom Berg (Mitte) bei der Eröffnung der Brücke 2024.",
        "Le maire Paul Martin (g) salue la ministre Anne Leroy, le 5 mars 2024 à Lyon.",
        "Los ministros Ana Ruiz (izquierda) y Pedro Gómez (derecha) durante la reunión en Madrid.",
        "Volunteers clean the beach in Port Halden on Saturday (from left): Ana Ruiz, Dan Price and Tom Lee."})
    void aPersonsPlaceInThePicture(String line) {
        assertThat(roleAmongStoryParagraphs(line)).as(line).isEqualTo(Role.PHOTO_CAPTION);
    }

    /**
     * A politician's party, a trade mark or a canton in brackets leaves story text as it is, a quotation quotes, and a
     * paragraph longer than a caption that names people "(left)" and "(right)" is the story beside their pictures.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Sen. Patty Murray (D) and Rep. Greg Walden (R) said the bill would pass before the recess.",
        "Microsoft (R) Windows sales fell in the quarter, the company said.",
        "The canton of Fribourg (FR) reported two new cases on Monday.",
        "Ruth Okafor (left) told the crowd: “This bridge carries the working life of this city, and we kept it open.”",
        // story text beside the pictures of the people it names, longer than a caption
        "Mayor Ruth Okafor (left) defeated Dan Price (right) in the 2019 election after a long and bitter campaign over the harbour"
                + " bridge, and she has since led the council through two budgets and a flood. She now seeks a third term."})
    void bracketsInStoryText(String line) {
        assertThat(roleAmongStoryParagraphs(line)).as(line).isNotEqualTo(Role.PHOTO_CAPTION).isIn(Role.BODY, Role.QUOTE);
    }

    @Test
    void anArticleWithGalleryLabelsAndCreditsInOtherLanguages() {
        List<Role> r = roles("""
                 date 2024-03-05 \n
                Von Jana Vogt und Tom Berg

                Bürgermeisterin Jana Vogt eröffnet die Brücke über die Elbe am Montag.

                Bildrechte: dpa

                Hamburg (dpa) - Die neue Brücke über die Elbe ist nach drei Jahren Bauzeit für den Verkehr freigegeben worden.

                1 of 12

                Die Stadt rechnet mit 20.000 Fahrzeugen am Tag, wie eine Sprecherin am Montag mitteilte.

                Story continues below

                Der Bau kostete rund 80 Millionen Euro und damit deutlich mehr als geplant, hieß es aus dem Rathaus.
                """);
        assertThat(r).containsExactly(Role.DATELINE, Role.BYLINE, Role.PHOTO_CAPTION, Role.PHOTO_CREDIT, Role.DATELINE,
                Role.BOILERPLATE, Role.BODY, Role.BOILERPLATE, Role.BODY);
    }

    @Test
    void aCaptionKeepsTheCreditAtItsEnd() {
        List<Role> r = roles("""
                 date 2024-03-05 \n
                MADRID, 5 mar (EFE).- El Congreso aprobó este martes la nueva ley de vivienda con el apoyo de la mayoría.

                Varios diputados aplauden tras la votación en el Congreso, este martes. EFE/Ana Gil

                La ley entrará en vigor el próximo mes, según fuentes del ministerio consultadas por esta agencia.
                """);
        assertThat(r).containsExactly(Role.DATELINE, Role.DATELINE, Role.PHOTO_CAPTION, Role.BODY);
    }

    @Test
    void anAgencyAloneSignsTheStoryUnderTheHeadlineAndAtItsEnd() {
        List<Role> r = roles("""
                 date 2024-03-05 \n
                dpa

                Die Bahn streicht im Sommer weitere Verbindungen zwischen Hamburg und Berlin, teilte das Unternehmen mit.

                Grund seien Bauarbeiten an der Strecke, die bis in den Herbst dauern sollen, hieß es am Dienstag.

                AFP
                """);
        assertThat(r).containsExactly(Role.DATELINE, Role.BYLINE, Role.BODY, Role.BODY, Role.BYLINE);
    }

    @Test
    void anAgencyAloneUnderACaptionCreditsThePicture() {
        List<Role> r = roles("""
                 date 2024-03-05 \n
                Von Jana Vogt

                Die Bahn streicht im Sommer weitere Verbindungen zwischen Hamburg und Berlin, teilte das Unternehmen mit.

                Ein ICE fährt am Montag in den Hamburger Hauptbahnhof ein (Archivbild).

                dpa

                Grund seien Bauarbeiten an der Strecke, die bis in den Herbst dauern sollen, hieß es am Dienstag.
                """);
        assertThat(r).containsExactly(Role.DATELINE, Role.BYLINE, Role.BODY, Role.PHOTO_CAPTION, Role.PHOTO_CREDIT, Role.BODY);
    }

    @Test
    void anAgencyAloneAboveALabelledCaptionCreditsThePicture() {
        List<Role> r = roles("""
                 date 2024-03-05 \n
                AFP

                Image caption Ferries wait in the harbour of Calais on Monday

                CALAIS (AFP) - Ferry operators cancelled all crossings on Monday as the storm reached the coast.
                """);
        assertThat(r).containsExactly(Role.DATELINE, Role.PHOTO_CREDIT, Role.PHOTO_CAPTION, Role.DATELINE);
    }

    @Test
    void anAgencyOrSourceAmongTheHeaderLinesSignsTheStory() {
        List<Role> r = roles("""
                 date 2024-03-05 \n
                El presidente viajará este miércoles a su región natal para presentar el nuevo plan de obras.

                Agencia EFE

                05.03.2024

                Por Agencia EFE

                El presidente de Chile viajará este miércoles a su región natal de Magallanes en su primera gira.
                """);
        assertThat(r).containsExactly(Role.DATELINE, Role.BODY, Role.BYLINE, Role.DATELINE, Role.BYLINE, Role.BODY);

        List<Role> nl = roles("""
                 date 2020-10-09 \n
                9 oktober 2020 11:12

                Bron: Brandweer Haaglanden

                Vrijdag is de ambulance met spoed uitgereden naar de Hoge Zand in Den Haag, meldt de brandweer.
                """);
        assertThat(nl).containsExactly(Role.DATELINE, Role.DATELINE, Role.BYLINE, Role.BODY);
    }
}
