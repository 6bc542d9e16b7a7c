package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    private static final Set<String> ALL = Set.of("en", "de", "fr", "es", "it", "nl", "pt");

    @Test
    void storyProseWithClearFunctionWordsNeedsNoModel() {
        assertThat(FunctionWords.clearLanguage("The harbour board said on Friday that it would raise landing dues by four percent, "
                + "the first increase since 2015, and that the money was needed for the dredging of the north basin, "
                + "which has been silting up for years.", ALL)).isEqualTo("en");
        assertThat(FunctionWords.clearLanguage("Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek auch am Sonntag zu öffnen. "
                + "Die Stadt will dafür zwei neue Stellen schaffen, sagte der Bürgermeister nach der Sitzung, und auch die "
                + "Schulen sollen von dem Angebot profitieren.", ALL)).isEqualTo("de");
        assertThat(FunctionWords.clearLanguage("Le conseil municipal a voté mardi soir la réouverture du café de la place, "
                + "fermé depuis deux ans pour des travaux. Selon la gérante, les clients sont déjà nombreux et elle "
                + "compte ouvrir aussi le dimanche avec une équipe de six personnes.", ALL)).isEqualTo("fr");
    }

    @Test
    void unclearTextIsLeftToTheModel() {
        assertThat(FunctionWords.clearLanguage("Shr 1.20 dlrs vs 1.10 dlrs Net 4.5 mln vs 4.1 mln Revs 80.2 mln vs 75.6 mln", ALL))
                .isNull();
        assertThat(FunctionWords.clearLanguage("Council approves budget", ALL)).isNull();
        // Swedish is not on the fast path: its text must not be taken for another language
        assertThat(FunctionWords.clearLanguage("Regeringen meddelade på tisdagen att skatten på bensin ska sänkas från årsskiftet, "
                + "och oppositionen kritiserade beslutet som kom utan förvarning för riksdagen.", ALL)).isNull();
        // a language not allowed by the caller is not answered
        assertThat(FunctionWords.clearLanguage("The harbour board said on Friday that it would raise landing dues by four percent, "
                + "the first increase since 2015, and that the money was needed for the dredging of the north basin, "
                + "which has been silting up for years.", Set.of("de"))).isNull();
    }
}
