package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Dateline;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;

/** Language from metadata, else from the article's prose (fictional stories written for this test). */
class LanguageIdentifierTest {

    @Test
    void everyCodeAndLanguageNameMapsAsInTheOneTableItCameFrom() {
        // the table normalise used when codes and names were made together at class load
        Map<String, String> table = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(two);
            table.put(two, two);
            try {
                table.put(locale.getISO3Language(), two);
            } catch (MissingResourceException ignored) {
                // no three-letter code
            }
            table.putIfAbsent(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), two);
            table.putIfAbsent(locale.getDisplayLanguage(locale).toLowerCase(Locale.ROOT), two);
        }
        for (String[] e : LanguageIdentifier.BIBLIOGRAPHIC_CODES) {
            table.put(e[0], e[1]);
        }
        int checked = 0;
        for (var e : table.entrySet()) {
            String key = e.getKey();
            int letters = 0;
            while (letters < key.length() && Character.isLetter(key.charAt(letters))) {
                letters++;
            }
            if (letters == key.length() && key.length() >= 2) { // what normalise looks up whole
                assertThat(LanguageIdentifier.normalise(key)).as(key).isEqualTo(e.getValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(400);
    }

    private final LanguageIdentifier identifier = LanguageIdentifier.shared();

    private static List<TaggedParagraph> article(Object... roleAndText) {
        List<TaggedParagraph> out = new ArrayList<>();
        for (int i = 0; i < roleAndText.length; i += 2) {
            out.add(new TaggedParagraph(out.size() + 1, (Role) roleAndText[i], (String) roleAndText[i + 1]));
        }
        return out;
    }

    @Test
    void metadataLanguageIsNormalisedToIso6391() {
        assertThat(LanguageIdentifier.normalise("en")).isEqualTo("en");
        assertThat(LanguageIdentifier.normalise("en-US")).isEqualTo("en");
        assertThat(LanguageIdentifier.normalise(" de_DE ")).isEqualTo("de");
        assertThat(LanguageIdentifier.normalise("fra")).isEqualTo("fr");
        assertThat(LanguageIdentifier.normalise("ger")).isEqualTo("de");
        assertThat(LanguageIdentifier.normalise("English")).isEqualTo("en");
        assertThat(LanguageIdentifier.normalise("Deutsch")).isEqualTo("de");
        assertThat(LanguageIdentifier.normalise("français")).isEqualTo("fr");
        assertThat(LanguageIdentifier.normalise("nl, en")).isEqualTo("nl");
        assertThat(LanguageIdentifier.normalise("iw")).isEqualTo("he");
        assertThat(LanguageIdentifier.normalise("x-default")).isNull();
        assertThat(LanguageIdentifier.normalise("und")).isNull();
        assertThat(LanguageIdentifier.normalise("")).isNull();
        assertThat(LanguageIdentifier.normalise(null)).isNull();
    }

    @Test
    void metadataWinsOverTheText() {
        var ps = article(Role.BODY, "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss im Frühjahr abzureißen.");
        assertThat(identifier.languageOf("fr-CH", ps, null)).isEqualTo("fr");
        assertThat(identifier.languageOf(null, ps, null)).isEqualTo("de");
        assertThat(identifier.languageOf("und", ps, null)).isEqualTo("de");
    }

    @Test
    void detectsTheStoryLanguageInSeveralLanguages() {
        assertThat(identifier.detect(article(
                Role.HEADLINE, "Ferry operator cuts winter sailings",
                Role.BODY, "Nordlys Ferries said on Thursday it would cut winter sailings by a third because demand had fallen since the bridge opened."),
                null)).isEqualTo("en");
        assertThat(identifier.detect(article(
                Role.BODY, "Die Feuerwehr musste am Sonntagmorgen zu einem Großeinsatz in der Altstadt ausrücken, nachdem ein Dachstuhl in Brand geraten war."),
                null)).isEqualTo("de");
        assertThat(identifier.detect(article(
                Role.BODY, "Les pompiers sont intervenus dimanche matin dans la vieille ville après qu'un incendie s'est déclaré dans une boulangerie."),
                null)).isEqualTo("fr");
        assertThat(identifier.detect(article(
                Role.BODY, "El ayuntamiento aprobó el martes un plan para renovar el puerto antes del verano, según informaron fuentes municipales."),
                null)).isEqualTo("es");
        assertThat(identifier.detect(article(
                Role.BODY, "Il consiglio comunale ha approvato martedì il piano per rinnovare il porto prima dell'estate, secondo fonti del comune."),
                null)).isEqualTo("it");
        assertThat(identifier.detect(article(
                Role.BODY, "De gemeenteraad heeft dinsdag besloten de oude brug over de rivier in het voorjaar te slopen, zo meldt de gemeente."),
                null)).isEqualTo("nl");
        assertThat(identifier.detect(article(
                Role.BODY, "Городской совет во вторник одобрил план реконструкции порта, сообщили в администрации города."),
                null)).isEqualTo("ru");
    }

    @Test
    void theOpeningDatelineAndNonProseLinesAreNotRead() {
        // a German story under an English wire dateline: the place and agency do not make it English
        var ps = article(
                Role.DATELINE, "NEW YORK (dpa) - Die Börsen in New York haben am Freitag deutlich nachgegeben, weil Anleger Zinserhöhungen fürchten.",
                Role.PHOTO_CREDIT, "Photo: Jane Roe/AP",
                Role.BODY, "Shr 1.20 dlrs vs 1.10 dlrs");
        assertThat(identifier.detect(ps, new Dateline("NEW YORK (dpa) -", "NEW YORK", null, "dpa"))).isEqualTo("de");
    }

    @Test
    void tooLittleProseGivesNoLanguage() {
        // an earnings table: figures and abbreviations, no sentences
        var table = article(
                Role.HEADLINE, "ACME WIDGET CORP <ACMW> 4TH QTR NET",
                Role.DATELINE, "DAYTON, Ohio, March 3 - Shr 42 cts vs 39 cts",
                Role.BODY, "Net 12.3 mln vs 9,382,000",
                Role.BODY, "Sales 172.0 mln vs 146.00 mln");
        assertThat(identifier.detect(table, new Dateline("DAYTON, Ohio, March 3 -", "DAYTON, Ohio", null, null))).isNull();
        assertThat(identifier.detect(article(Role.DATELINE, "date 2024-03-05"), null)).isNull();
        assertThat(LanguageIdentifier.isProse("Avg shrs 28.0 mln vs 22.3 mln")).isFalse();
        assertThat(LanguageIdentifier.isProse("The council voted on Tuesday to close the old harbour bridge.")).isTrue();
    }
}
