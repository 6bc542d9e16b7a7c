package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each detector on sentences written for this test (fictional stories in real news styles). */
class DetectorsTest {

    private final DatelineParser datelines = new DatelineParser();
    private final CreditDetector credits = new CreditDetector();
    private final BylineDetector bylines = new BylineDetector();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final SubheadingDetector subheadings = new SubheadingDetector();

    /** A place named alone: capitalised place words, perhaps a region; no label, weekday, time or sentence. */
    @Test
    void placesAlone() {
        assertThat(datelines.isPlaceAlone("München")).isTrue();
        assertThat(datelines.isPlaceAlone("Rio de Janeiro")).isTrue();
        assertThat(datelines.isPlaceAlone("LEXINGTON, Ky.")).isTrue();
        assertThat(datelines.isPlaceAlone("Updated")).isFalse();
        assertThat(datelines.isPlaceAlone("Monday")).isFalse();
        assertThat(datelines.isPlaceAlone("12 Uhr")).isFalse();
        assertThat(datelines.isPlaceAlone("Die Stadt feiert")).isFalse();
        assertThat(datelines.isPlaceAlone("Ende.")).isFalse();
        assertThat(datelines.parseDatelineAlone("Düsseldorf -", null).location()).isEqualTo("Düsseldorf");
        assertThat(datelines.parseDatelineAlone("LONDON —", null).location()).isEqualTo("LONDON");
        assertThat(datelines.parseDatelineAlone("Düsseldorf", null)).isNull();
        assertThat(datelines.parseDatelineAlone("Düsseldorf - Tierschützer laufen Sturm", null)).isNull();
        var wire = datelines.parseDatelineAlone("PORTLAND Jan 14, 2008 (AP)", null);
        assertThat(wire.location()).isEqualTo("PORTLAND");
        assertThat(wire.agency()).isEqualTo("AP");
        assertThat(wire.date()).isEqualTo(LocalDate.of(2008, 1, 14));
        assertThat(datelines.parseDatelineAlone("BOWLING GREEN, Ky.", null).location()).isEqualTo("BOWLING GREEN, Ky.");
        assertThat(datelines.parseDatelineAlone("BOWLING GREEN", null)).isNull(); // a capitals headline as often
        assertThat(datelines.parseDatelineAlone("BREAKING NEWS, Update", null)).isNull();
    }

    /** Relative date lines in more languages, and today or yesterday with a clock time. */
    @Test
    void relativeDateLines() {
        for (String line : new String[] {"před 2 hodinami", "3 часа назад", "5 хвилин тому", "2 saat önce",
            "3 jam yang lalu", "heute, 12:09 Uhr", "Online seit heute, 12.09 Uhr", "сегодня в 05:46",
            "Today at 5:46 PM", "hier à 18h30"}) {
            assertThat(datelines.parseDateOnly(line, null, true)).as(line).isNotNull();
        }
        for (String line : new String[] {"heute im Rathaus", "Today at the museum", "сегодня в 05:46, просмотров: 237",
            "Heute 12 Besucher um 12:30 im Saal"}) {
            assertThat(datelines.parseDateOnly(line, null, true)).as(line).isNull();
        }
    }

    @Test
    void wireDatelines() {
        var d = datelines.parseOpening("OSLO, June 19 (Reuters) - Ferry operators said on Monday ...", LocalDate.of(2023, 6, 20));
        assertThat(d.location()).isEqualTo("OSLO");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 6, 19));
        assertThat(d.agency()).isEqualTo("Reuters");
        assertThat(d.text()).isEqualTo("OSLO, June 19 (Reuters) -");

        assertThat(datelines.parseOpening("DENVER (AP) — A snowplough driver rescued ...", null).location()).isEqualTo("DENVER");
        assertThat(datelines.parseOpening("FORT COLLINS, Colo. (KDVR) -- Firefighters ...", null).location()).isEqualTo("FORT COLLINS, Colo.");
        assertThat(datelines.parseOpening("Hamburg/Elbe (dpa) - Ein Containerschiff ...", null).agency()).isEqualTo("dpa");
        assertThat(datelines.parseOpening("LYON (AFP) - Un incendie ...", null).location()).isEqualTo("LYON");
        assertThat(datelines.parseOpening("Toronto, March 3 - Grain handlers said ...", null).location()).isEqualTo("Toronto");
        assertThat(datelines.parseOpening("BOULDER, Feb 2- Shares of ...", null).location()).isEqualTo("BOULDER");
        // a dateline gives no year: it comes from the article's date, the year before across new year
        assertThat(datelines.parseOpening("QUITO, Dec 30 - Rains ...", LocalDate.of(2024, 1, 2)).date()).isEqualTo(LocalDate.of(2023, 12, 30));
    }

    @Test
    void aMonthNameMatchedThroughAnOddCasePairIsStillAMonth() {
        // the date pattern compares letters by their folded case, so a long s matches an s
        var d = DateExpressions.find("Printed ſept 10, 1790, at the press.", 0, true);
        assertThat(d).isNotNull();
        assertThat(d.month()).isEqualTo(9);
        assertThat(DateExpressions.find("DÉC 12", 0, true).month()).isEqualTo(12);
    }

    @Test
    void aParagraphWithoutADashIsNoOpeningDateline() {
        // parseOpening skips both patterns when mayHoldDash says no: it must never say no to a match
        String[] pieces = {"OSLO", "Oslo", "ST. PAUL", "Frankfurt/Main", "N.Y.", "Calif.", ",", ", ", " ", "Dec 17", "17 June",
            "(Reuters)", "(dpa)", "(AP)", " - ", "-", "--", " -- ", "—", " – ", "‒", "―", "3-", ")-", "\t-", "\n-", "-\n",
            "The", "company", "said", "third-quarter", "12-month", "x", "A", "São Paulo", "LYON", ".", ".-", "(EFE).-", "5 mar", "12 MAG"};
        java.util.Random random = new java.util.Random(17);
        int openings = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = randomText(random, pieces, 8);
            String t = b.toString();
            boolean match = DatelineParser.CAPS_OPENING.matcher(t).find() || DatelineParser.ANY_OPENING.matcher(t).find();
            if (match) {
                openings++;
                assertThat(DatelineParser.mayHoldDash(t)).as(t).isTrue();
            }
        }
        assertThat(openings).isGreaterThan(1_000);
        assertThat(DatelineParser.mayHoldDash("The third-quarter results were strong.")).isFalse();
    }

    @Test
    void notDatelines() {
        assertThat(datelines.parseOpening("Harbour Gazette – Police say a boat was stolen.", null)).isNull();
        assertThat(datelines.parseOpening("NDR-Reporter fanden heraus, dass ...", null)).isNull();
        assertThat(datelines.parseOpening("MARKET WRAP - STOCKS FALL ON RATE FEARS", null)).isNull();
        assertThat(datelines.parseOpening("CORRECTED - Ferry operators said ...", null)).isNull();
        assertThat(datelines.parseOpening("NASA said the probe was healthy.", null)).isNull();
    }

    @Test
    void dateOnlyLines() {
        assertThat(datelines.parseDateOnly(" date 2021-03-04 ", null, false).date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(datelines.parseDateOnly("Published Nov 8, 2023", null, false).date()).isEqualTo(LocalDate.of(2023, 11, 8));
        assertThat(datelines.parseDateOnly("Updated: Feb 1, 2022 / 09:15 AM EST", null, false).date()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(datelines.parseDateOnly("Stand: 06.05.2022 11:02 Uhr", null, true).date()).isEqualTo(LocalDate.of(2022, 5, 6));
        assertThat(datelines.parseDateOnly("Créé: 12.12.2019, 07h36", null, true).date()).isEqualTo(LocalDate.of(2019, 12, 12));
        assertThat(datelines.parseDateOnly("3. März 2021", null, true).date()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(datelines.parseDateOnly("14 février 2020", null, true).date()).isEqualTo(LocalDate.of(2020, 2, 14));
        assertThat(datelines.parseDateOnly("Tuesday, May 2, 2023 6:10PM", null, false).date()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(datelines.parseDateOnly("3 hours ago", null, false)).isNotNull();
        // labels in more languages, and the year-first date with slashes or dots (East Asian, Korean, Hungarian pages)
        assertThat(datelines.parseDateOnly("Publiziert: 03.04.2020, 12:35", null, true).date()).isEqualTo(LocalDate.of(2020, 4, 3));
        assertThat(datelines.parseDateOnly("zuletzt bearbeitet: 04.02.2022, 08:27 Uhr", null, true).date()).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(datelines.parseDateOnly("Опубликовано: 12.03.2021 10:00", null, true).date()).isEqualTo(LocalDate.of(2021, 3, 12));
        assertThat(datelines.parseDateOnly("2018/6/19 5:50", null, true).date()).isEqualTo(LocalDate.of(2018, 6, 19));
        assertThat(datelines.parseDateOnly("2020.10.26 13:44", null, true).date()).isEqualTo(LocalDate.of(2020, 10, 26));
        assertThat(datelines.parseDateOnly("2020/10-26", null, true)).isNull(); // one separator throughout
        assertThat(datelines.parseDateOnly("The council met on May 2, 2023.", null, false)).isNull();
        assertThat(datelines.parseDateOnly("By Ana Ruiz • 05/02/23 6:10pm", null, false)).isNull();
    }

    @Test
    void creditLines() {
        assertThat(credits.isCreditLine("Mara Lind | AFP | Getty Images")).isTrue();
        assertThat(credits.isCreditLine("(AP Photo/Jon Reyes)")).isTrue();
        assertThat(credits.isCreditLine("Photo: Reuters")).isTrue();
        assertThat(credits.isCreditLine("Image copyright EPA")).isTrue();
        assertThat(credits.isCreditLine("(Bild: Hersteller)")).isTrue();
        assertThat(credits.isCreditLine("Credit: Tom Ash / City Desk")).isTrue();
        assertThat(credits.isCreditLine("Courtesy of the Harbour Museum")).isTrue();
        assertThat(credits.isCreditLine("Photo: Ben Ode Archives Le Matin Les cyclistes de la ville ont parcouru 2 millions de kilomètres en 2019, selon la mairie.")).isFalse();
        assertThat(credits.isCreditLine("The mayor spoke to reporters on Tuesday.")).isFalse();
        assertThat(credits.isCreditLine("Reuters/The Courier - [email protected]")).isFalse();
        // a paper's own picture desk, and a photographer with the paper's name
        assertThat(credits.isCreditLine("(Courier Photo/Ivo Brandt)")).isTrue();
        assertThat(credits.isCreditLine("(Star Tribune Photo / Jane Doe)")).isTrue();
        assertThat(credits.isCreditLine("Dana Whitlock | Halden Courier")).isTrue();
        assertThat(credits.isCreditLine("Jo Marsh | Office of the Mayor")).isTrue();
        assertThat(credits.isCreditLine("News | Sport | Weather")).isFalse();
        // a full stop for the colon, before a short capitalised rest; a stray mark before the label
        assertThat(credits.isCreditLine("Foto. Archivo Municipal")).isTrue();
        assertThat(credits.isCreditLine("· Imagen: Agencia Norte")).isTrue();
        assertThat(credits.isCreditLine("Foto. Der Bürgermeister eröffnet am Montag die neue Brücke über die Ems.")).isFalse();
        assertThat(credits.isCreditLine(". Mehr lesen")).isFalse();
        assertThat(credits.isCreditLine("Council approves budget | Halden Courier")).isFalse();
    }

    @Test
    void captionsWithCredits() {
        assertThat(credits.endsWithCredit("Dock workers walk out in Tilbury on Monday. Photograph: Sam Vale/Getty Images")).isTrue();
        assertThat(credits.endsWithCredit("The mayor at the opening of the bridge. (Kim Roe/Valley Herald)")).isTrue();
        assertThat(credits.endsWithCredit("Die Anlage in Emden, Foto: Hersteller")).isTrue();
        assertThat(credits.endsWithCredit("Der Gemeinderat tagte bis spät in die Nacht. (sda/ats)")).isFalse();
        // a photographer's name alone in brackets after the caption's last full stop
        assertThat(credits.endsWithCredit("La alcaldesa inaugura el puente sobre el río Sella. (Marta Ruiz Fuentes)")).isTrue();
        assertThat(credits.endsWithCredit("Representantes del gremio, durante la reunión en Santiago. (ARCHIVO EXTERNO)")).isTrue();
        assertThat(credits.endsWithCredit("The council voted late into the night. (Video)")).isFalse();
        assertThat(credits.endsWithCredit("The council voted late into the night (Marta Ruiz Fuentes)")).isFalse();
        assertThat(credits.endsWithCredit("The vote was put off. (Continued on page 4)")).isFalse();
        assertThat(credits.hasCaptionLabel("Image caption Volunteers fill sandbags")).isTrue();
        assertThat(credits.hasCaptionLabel("Media captionRiver levels rose overnight")).isTrue();
    }

    @Test
    void aTailWithoutWhatACreditNeedsIsNoCredit() {
        // endsWithCredit skips the pattern when mayEndWithCredit says no: it must never say no to a match
        String[] pieces = {"Photo", "photo", "PHOTOGRAPH", "Photograph", "Image", "image", "Foto", "Bild", "bild", "Courtesy",
            "courtesy of", "Credit", "credit", "by", "via", "von", " ", "  ", "\t", "\n", "\r\n", "\u0085", "\u2028", ":", ": ",
            "…", "...", "..", ".", ". ", ",", "(", ")", ") ", "/", " / ", "|", "AP", "AFP", "Getty Images", "Reuters", "Sam Vale",
            "Kim Roe", "Valley Herald", "the", "said", "ıMAGE", "İmage", "Fotografie", "x", "Zoë", "2026", "”", "’"};
        String[] forms = {" Photograph: Sam Vale/Getty Images", " (AP Photo/Kim Roe)", ". (Kim Roe/Valley Herald)", " Photo by Sam Vale",
            ", courtesy of Valley Herald", " Credit… Sam Vale", ", Foto: Hersteller", " (AFP photo)", " Image via Reuters",
            " (Bild: Audi)", " credit: Sam Vale", " (Photos by Sam Vale)", ", Crédito: EFE", " Bildrechte: dpa"};
        java.util.Random random = new java.util.Random(23);
        int matches = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = randomText(random, pieces, 10);
            if (random.nextBoolean()) { // a credit, often with a piece put in somewhere
                String form = forms[random.nextInt(forms.length)];
                int at = random.nextInt(3) == 0 ? random.nextInt(form.length() + 1) : form.length();
                b.append(form, 0, at).append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)] : "").append(form.substring(at));
            }
            String t = b.toString().strip();
            int tail = random.nextBoolean() ? 0 : random.nextInt(t.length() + 1);
            var m = CreditDetector.EMBEDDED_AT_END.matcher(t);
            m.region(tail, t.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.find()) {
                matches++;
                assertThat(CreditDetector.mayEndWithCredit(t, tail)).as("%s from %d", t, tail).isTrue();
            }
        }
        assertThat(matches).isGreaterThan(2_000);
        // $ matches before a final line terminator, which strip() leaves when it is U+0085
        String nel = "The pier at dawn. (Kim Roe/Valley Herald) \t\u0085";
        assertThat(CreditDetector.EMBEDDED_AT_END.matcher(nel).find()).isTrue();
        assertThat(CreditDetector.mayEndWithCredit(nel, 0)).isTrue();
        assertThat(CreditDetector.mayEndWithCredit("RIVERTON, June 3 (Example Wire) - Prices held steady.", 0)).isFalse();
        assertThat(CreditDetector.mayEndWithCredit("The photo was taken in May. It shows the pier.", 0)).isFalse();
    }

    @Test
    void theCreditLineShortcutsNeverRuleOutAMatch() {
        String[] pieces = {"Mara Lind", "AFP", "Getty Images", " | ", "|", "/", " / ", "Photo", "Caption: ", "Image caption ",
            "caption", "[email protected]", "[email&#160;protected]", "ana@example.com", "@", "x.y", "(", ")", " ", "Halden Courier",
            "of", "the", "News", "Credit: ", "Bildunterschrift", "\n"};
        java.util.Random random = new java.util.Random(29);
        int separated = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = randomText(random, pieces, 6);
            String t = b.toString();
            assertThat(CreditDetector.CAPTION_LABEL.matcher(t).lookingAt()).as(t).isEqualTo(CreditDetector.CAPTION_LABEL.matcher(t).find());
            if (CreditDetector.CONTACT.matcher(t).find()) {
                assertThat(CreditDetector.mayBeContact(t)).as(t).isTrue();
            }
            if (CreditDetector.SEPARATED.matcher(t).matches() || CreditDetector.NAME_PIPE_SOURCE.matcher(t).matches()) {
                separated++;
                assertThat(t.indexOf('|') >= 0 || t.indexOf('/') >= 0).as(t).isTrue();
            }
            if (CreditDetector.NAME_PIPE_SOURCE.matcher(t).matches()) {
                assertThat(t).contains("|");
            }
        }
        assertThat(separated).isGreaterThan(500);
    }

    @Test
    void bylines() {
        assertThat(bylines.detect("By Ana Ruiz").names()).isEqualTo("Ana Ruiz");
        assertThat(bylines.detect("ByK.T. Moss").names()).isEqualTo("K.T. Moss");
        assertThat(bylines.detect("By Ana Ruiz • 05/02/23 6:10pm").names()).isEqualTo("Ana Ruiz");
        assertThat(bylines.detect("By Lee Park | lpark@example.com").names()).isEqualTo("Lee Park");
        assertThat(bylines.detect("Von Jana Vogt").names()).isEqualTo("Jana Vogt");
        assertThat(bylines.detect("Auteur: Luc Morel").names()).isEqualTo("Luc Morel");
        assertThat(bylines.detect("Reporting by Ana Ruiz; Editing by Tom Ash")).isNotNull();
        assertThat(bylines.detect("Radio Metro’s Ana Ruiz contributed to this report.")).isNotNull();
        assertThat(bylines.detect("This article originally appeared on Harbour Weekly.")).isNotNull();
        assertThat(bylines.detect("– Tom Ash").names()).isEqualTo("Tom Ash");
        assertThat(bylines.detect("AFP")).isNotNull();
        assertThat(bylines.detect("Jo Hart Transport correspondent")).isNotNull();
        assertThat(bylines.detect("By Monday, the river had risen another metre.")).isNull();
        assertThat(bylines.detect("By contrast, the suburbs stayed dry")).isNull();
        assertThat(bylines.isBareName("Ana Ruiz")).isTrue();
        assertThat(bylines.isBareName("The flood")).isFalse();
    }

    @Test
    void subheadings() {
        assertThat(subheadings.looksLikeHeading("Back to the drawing board")).isTrue();
        assertThat(subheadings.looksLikeHeading("Woher kommt das Geld?")).isTrue();
        assertThat(subheadings.looksLikeHeading("“A new chapter”")).isTrue();
        assertThat(subheadings.looksLikeHeading("The vote was close.")).isFalse();
        assertThat(subheadings.looksLikeHeading("Net profit 4.1 mln vs 3.9 mln")).isFalse();
    }

    @Test
    void quotesAndSpeakers() {
        String p = "“We will rebuild the pier before the summer season starts,” Mayor Ana Ruiz said on Tuesday.";
        List<QuoteExtractor.Span> spans = quotes.spans(p);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).countsAsQuote()).isTrue();
        assertThat(quotes.speaker(p, spans.get(0), spans, null)).isEqualTo("Mayor Ana Ruiz");

        String after = "“The water came in within minutes and we lost everything,” said Tom Ash, a shop owner.";
        var s2 = quotes.spans(after);
        assertThat(quotes.speaker(after, s2.get(0), s2, null)).isEqualTo("Tom Ash");

        String before = "Judge Moss said: \"There was no malice in what you did.";
        var s3 = quotes.spans(before);
        assertThat(s3.get(0).closed()).isFalse();
        assertThat(s3.get(0).countsAsQuote()).isTrue();
        assertThat(quotes.speaker(before, s3.get(0), s3, null)).isEqualTo("Judge Moss");

        String pronoun = "“It is not about the money, it is about the town,” he added.";
        var s4 = quotes.spans(pronoun);
        assertThat(quotes.speaker(pronoun, s4.get(0), s4, "Tom Ash")).isEqualTo("Tom Ash");

        // scare quotes, apostrophes and titles are not quotations
        assertThat(quotes.hasQuote("The council called the plan “reckless” and the mayor’s office’s reply ‘late’.")).isFalse();
        assertThat(quotes.hasQuote("She starred in “The Long Night at Harbour Street,” a drama.")).isFalse();
        assertThat(quotes.hasQuote("Das Buch mit dem Titel «Die Nacht der langen Messer im Hafen» gewann.")).isFalse();
        assertThat(quotes.hasQuote("Er nennt es »einen Weg des stillen Protests« und lacht.")).isTrue();
        assertThat(quotes.hasQuote("Il a dit qu'il partirait « si le public le veut ».")).isTrue();
        assertThat(quotes.hasQuote("„Wir bauen die Brücke bis Mai wieder auf“, sagte der Bürgermeister.")).isTrue();
    }

    /** One to {@code most} of the pieces, picked at random and joined. */
    static StringBuilder randomText(java.util.Random random, String[] pieces, int most) {
        StringBuilder b = new StringBuilder();
        for (int p = 1 + random.nextInt(most); p > 0; p--) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b;
    }

    /** The note about the author that closes a story, the author's title line, a contact address, a date line with its byline. */
    @Test
    void authorBoxLinesAndBylinesAfterTheirDate() {
        assertThat(bylines.isAuthorNote("Mara Lindqvist is a staff writer covering city hall for the Northside Courier."))
                .isTrue();
        assertThat(bylines.isAuthorNote("Jonas Feld ist Redakteur im Ressort Wirtschaft und schreibt über Energie."))
                .isTrue();
        assertThat(bylines.isAuthorNote("Der Autor ist freier Journalist in Leipzig.")).isTrue();
        assertThat(bylines.isAuthorNote("She can be reached at mara@example.org or on 555-0100.")).isTrue();
        // a person who is not a writer, and a sentence about a reporter that does not open with the name
        assertThat(bylines.isAuthorNote("Tomas Berg is a farmer who keeps bees behind the mill.")).isFalse();
        assertThat(bylines.isAuthorNote("Police said Mara Lindqvist is a reporter at the paper.")).isFalse();

        assertThat(bylines.opensWithTitle("Redakteurin im Ressort Politik.")).isTrue();
        assertThat(bylines.opensWithTitle("Senior correspondent in Nairobi")).isTrue();
        assertThat(bylines.opensWithTitle("Redaktion und Verlag")).isFalse();

        assertThat(bylines.isEmailAlone("mara.lindqvist@example.org")).isTrue();
        assertThat(bylines.isEmailAlone("E-Mail: m.lindqvist@example.org")).isTrue();
        assertThat(bylines.isEmailAlone("Write to mara@example.org today")).isFalse();
        assertThat(bylines.detect("k.berg@example.org")).isNotNull();

        assertThat(bylines.detect("14.03.2024, 09:15 Uhr von Jonas Feld").names()).isEqualTo("Jonas Feld");
        assertThat(bylines.detect("Publicado el 3 de marzo de 2024 por Ana Gil").names()).isEqualTo("Ana Gil");
        assertThat(bylines.detect("12.05.2021 | 18:40 | von Lea Horn").names()).isEqualTo("Lea Horn");
        // a sentence that has a year and "von" is not a byline
        assertThat(bylines.detect("2019: Wechselte in der Pause von Red Bull (Max Verstappen) zu Toro Rosso.")).isNull();
    }

    /** Screen captures, symbolic pictures and stock-picture sites credit a picture too. */
    @Test
    void screenshotsSymbolicPicturesAndStockSitesAreCredits() {
        for (String credit : List.of("Screenshot by Ana Gil/Harbour Games", "Reprodução/Instagram",
                "Symbolbild / Hafenwerke AG", "Pixabay", "Foto: Reprodução")) {
            assertThat(credits.creditCue(credit)).as(credit).isNotNull();
        }
        assertThat(credits.creditCue("Screenshots of the game were shared widely on Monday, the studio said.")).isNull();
    }
}
