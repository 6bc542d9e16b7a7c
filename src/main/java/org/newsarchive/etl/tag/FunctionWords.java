package org.newsarchive.etl.tag;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fast path of language identification: in story prose, the commonest function words of a
 * language ("the", "of", "said"; "der", "und"; "les", "des") make up a large share of the words,
 * and those of other languages almost none. Where one language's function words clearly lead,
 * that is the language, without the cost of an n-gram model (Lingua takes 2-3 ms an article,
 * most of the job's time on short wire stories); where they do not, the caller asks the model.
 */
final class FunctionWords {

    /** Words frequent in one language and rare or absent as words in the others listed. */
    static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "for", "was", "with", "said", "he", "it", "as", "at", "by",
                    "from", "his", "has", "have", "are", "were", "will", "would", "this", "which", "their", "they", "but", "been"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "dem", "sich", "auch", "ein",
                    "eine", "für", "auf", "wird", "sie", "es", "im", "bei", "nach", "wie", "sagte", "aus", "werden", "hat", "wurde"),
            "fr", Set.of("le", "les", "et", "des", "est", "une", "du", "dans", "pour", "qui", "pas", "sur", "au", "avec", "il",
                    "elle", "sont", "ont", "ce", "mais", "aux", "été", "selon", "leur", "cette", "nous", "ces", "où"),
            "es", Set.of("el", "los", "las", "del", "y", "por", "con", "una", "para", "es", "se", "al", "lo", "como", "más",
                    "pero", "su", "fue", "según", "sobre", "este", "está", "también", "entre", "ha"),
            "it", Set.of("il", "di", "che", "per", "un", "della", "non", "sono", "gli", "è", "nel", "alla", "dei", "delle",
                    "anche", "più", "stato", "ha", "questo", "ma", "come", "dal", "sua"),
            "nl", Set.of("het", "een", "van", "dat", "op", "te", "niet", "met", "zijn", "voor", "die", "aan", "ook", "bij",
                    "naar", "wordt", "werd", "heeft", "door", "maar", "er", "nog", "dit"),
            "pt", Set.of("os", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "das", "ao", "mais", "foi", "pelo",
                    "pela", "segundo", "também", "seu", "sua", "são", "está", "nos"));

    /** Smallest number of function words of the leading language. */
    static final int MIN_HITS = 8;
    /** How far the leader must be ahead of the runner-up. */
    static final double LEAD = 3.0;
    /** Smallest share of all words that the leader's function words must make up. */
    static final double MIN_SHARE = 0.15;

    private FunctionWords() {
    }

    /** The ISO 639-1 code of the language whose function words clearly lead in the text, or null. */
    static String clearLanguage(String text, Set<String> allowed) {
        int[] hits = new int[LANGUAGES.length];
        int words = 0;
        // the words are the runs of letters (what splitting at [^\p{L}]+ gives), looked up in
        // one table: this runs on every article, and a split, a stream and a set per language
        // were 5% of the partition threads' time on 100,000 short wire stories
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            words++;
            int[] languages = LANGUAGES_OF_WORD.get(lower.substring(start, i));
            if (languages != null) {
                for (int l : languages) {
                    hits[l]++;
                }
            }
        }
        // the leader and the runner-up; a tie for the lead fails the LEAD test whatever the order
        String best = null;
        int first = 0, second = 0;
        for (int l = 0; l < hits.length; l++) {
            if (hits[l] > first) {
                second = first;
                first = hits[l];
                best = LANGUAGES[l];
            } else if (hits[l] > second) {
                second = hits[l];
            }
        }
        if (best == null || !allowed.contains(best) || first < MIN_HITS || first < LEAD * second
                || first < MIN_SHARE * words) {
            return null;
        }
        return best;
    }

    private static final String[] LANGUAGES = WORDS.keySet().toArray(new String[0]);
    /** For each function word, the indexes in {@link #LANGUAGES} of the languages it belongs to. */
    private static final Map<String, int[]> LANGUAGES_OF_WORD = new HashMap<>();

    static {
        for (int l = 0; l < LANGUAGES.length; l++) {
            for (String word : WORDS.get(LANGUAGES[l])) {
                int[] was = LANGUAGES_OF_WORD.getOrDefault(word, new int[0]);
                int[] now = Arrays.copyOf(was, was.length + 1);
                now[was.length] = l;
                LANGUAGES_OF_WORD.put(word, now);
            }
        }
    }
}
