package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    @Test
    void theWordScanCountsWhatSplittingAtNonLettersCounted() {
        List<String> vocabulary = new ArrayList<>();
        FunctionWords.WORDS.values().forEach(vocabulary::addAll);
        vocabulary.addAll(List.of("Harbour", "Straße", "déjà", "ÉTÉ", "naïve", "İstanbul", "𝒜lpha", "x2", "dlrs", "THE", "Der"));
        String[] gaps = {" ", ", ", ". ", " - ", "'", "’", "\n", "3", " (", ") ", "\u00a0", "1,5 "};
        Random random = new Random(29);
        int clear = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            List<String> main = List.copyOf(FunctionWords.WORDS.get(List.copyOf(FunctionWords.WORDS.keySet()).get(random.nextInt(7))));
            int words = 1 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                b.append(random.nextInt(3) == 0 ? vocabulary.get(random.nextInt(vocabulary.size())) : main.get(random.nextInt(main.size())));
                b.append(gaps[random.nextInt(gaps.length)]);
            }
            String text = b.toString();
            String expected = splitAndCount(text, ALL);
            assertThat(FunctionWords.clearLanguage(text, ALL)).as(text).isEqualTo(expected);
            assertThat(FunctionWords.clearLanguage(text, Set.of("en", "de"))).as(text).isEqualTo(splitAndCount(text, Set.of("en", "de")));
            clear += expected == null ? 0 : 1;
        }
        assertThat(clear).as("texts with a clear language").isGreaterThan(1_000).isLessThan(5_000);
    }

    /** What clearLanguage did before its word scan: split at non-letters, one set lookup per language. */
    private static String splitAndCount(String text, Set<String> allowed) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String word : List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream().filter(w -> !w.isEmpty()).toList()) {
            words++;
            for (Map.Entry<String, Set<String>> language : FunctionWords.WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int first = 0, second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || !allowed.contains(best) || first < FunctionWords.MIN_HITS || first < FunctionWords.LEAD * second
                || first < FunctionWords.MIN_SHARE * words) {
            return null;
        }
        return best;
    }

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
