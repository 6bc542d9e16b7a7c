package org.newsarchive.etl.tag;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.newsarchive.etl.model.Dateline;
import org.newsarchive.etl.model.TaggedParagraph;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The language of an article as an ISO 639-1 code: what the source's metadata says where it says
 * something usable ({@code en-US}, {@code deu}, {@code French}), else what Lingua reads in the
 * article's prose.
 *
 * <p>Cost. One Lingua detector serves the whole JVM (it is thread-safe; its models are static
 * and load lazily, per language, on first use). It knows the {@link #LANGUAGES} a news archive
 * plausibly holds and runs in low-accuracy mode (trigram models only, about 1 ms and some 40 MB
 * of models for all of them; the high-accuracy models do not fit a 256 MB heap). It reads at most
 * {@value #SAMPLE_CHARS} characters of prose: the story paragraphs (BODY, QUOTE, the text after
 * an opening dateline), else headline, subheadings and captions. Lines that are not prose (tables
 * of figures, date lines, credits) are skipped; an article with too little prose to tell
 * ({@value #MIN_LETTERS} letters) gets no language rather than a guess, and so does one whose
 * only prose is headline and captions when Lingua's runner-up comes close to its choice.
 */
public final class LanguageIdentifier {

    /** Languages of the world's news archives that Lingua knows, 32 of its 75. */
    public static final Set<Language> LANGUAGES = EnumSet.of(
            Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE,
            Language.DUTCH, Language.SWEDISH, Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.POLISH,
            Language.CZECH, Language.SLOVAK, Language.HUNGARIAN, Language.ROMANIAN, Language.CROATIAN, Language.GREEK,
            Language.TURKISH, Language.RUSSIAN, Language.UKRAINIAN, Language.BULGARIAN, Language.ARABIC, Language.HEBREW,
            Language.PERSIAN, Language.HINDI, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.INDONESIAN,
            Language.VIETNAMESE, Language.CATALAN);

    /** Characters of prose handed to Lingua: enough to be sure, little enough to stay fast. */
    static final int SAMPLE_CHARS = 300;
    /** The languages the function-word fast path may answer: those of {@link #LANGUAGES} it knows. */
    private static final Set<String> FAST_PATH_CODES = Set.of("en", "de", "fr", "es", "it", "nl", "pt");
    /** Below this many letters of prose the article's language is left unknown. */
    static final int MIN_LETTERS = 60;
    /** Without story text, the runner-up must stay below this share of the best language's confidence. */
    static final double RUNNER_UP_SHARE = 0.9;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(LANGUAGES.toArray(new Language[0]))
                .withLowAccuracyMode()
                .build();
    }

    private static final LanguageIdentifier SHARED = new LanguageIdentifier();

    /** The one instance of the JVM (its detector is built on first use). */
    public static LanguageIdentifier shared() {
        return SHARED;
    }

    private LanguageIdentifier() {
    }

    /** The metadata's language if usable, else the detected one, else null. */
    public String languageOf(String metadataLanguage, List<TaggedParagraph> paragraphs, Dateline dateline) {
        String given = normalise(metadataLanguage);
        return given != null ? given : detect(paragraphs, dateline);
    }

    /** The language Lingua reads in the article's prose, or null when there is too little prose or it cannot tell. */
    public String detect(List<TaggedParagraph> paragraphs, Dateline dateline) {
        Sample sample = sample(paragraphs, dateline);
        if (sample == null) {
            return null;
        }
        if (sample.story()) {
            String clear = FunctionWords.clearLanguage(sample.text(), FAST_PATH_CODES);
            if (clear != null) {
                return clear;
            }
        }
        SortedMap<Language, Double> confidence = Holder.DETECTOR.computeLanguageConfidenceValues(sample.text());
        if (confidence.isEmpty()) {
            return null;
        }
        Iterator<Map.Entry<Language, Double>> ranked = confidence.entrySet().iterator();
        Map.Entry<Language, Double> best = ranked.next();
        if (best.getKey() == Language.UNKNOWN) {
            return null;
        }
        // headlines and captions alone are names and abbreviations more than sentences: only a clear lead counts
        if (!sample.story() && ranked.hasNext() && ranked.next().getValue() >= RUNNER_UP_SHARE * best.getValue()) {
            return null;
        }
        return best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** The text handed to Lingua, and whether it is story text or only headline / subheadings / captions. */
    record Sample(String text, boolean story) {
    }

    /** Up to {@value #SAMPLE_CHARS} characters of the article's prose, story text first; null if too little. */
    static Sample sample(List<TaggedParagraph> paragraphs, Dateline dateline) {
        StringBuilder story = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (TaggedParagraph p : paragraphs) {
            String t = p.text();
            StringBuilder into;
            switch (p.role()) {
                case BODY, QUOTE -> into = story;
                case DATELINE -> {
                    if (dateline == null || dateline.location() == null || !t.startsWith(dateline.text())) {
                        continue;
                    }
                    t = t.substring(dateline.text().length());
                    into = story;
                }
                case HEADLINE, SUBHEADING, PHOTO_CAPTION -> into = other;
                default -> {
                    continue;
                }
            }
            if (into.length() < SAMPLE_CHARS && isProse(t)) {
                into.append(t.strip()).append('\n');
            }
            if (story.length() >= SAMPLE_CHARS) {
                break;
            }
        }
        if (letters(story) >= MIN_LETTERS) {
            return new Sample(cut(story, SAMPLE_CHARS), true);
        }
        story.append(other);
        return letters(story) < MIN_LETTERS ? null : new Sample(cut(story, SAMPLE_CHARS), false);
    }

    /** Running text: some letters, and letters make up most of it (not a table of figures or a list of codes). */
    static boolean isProse(String t) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return letters >= 20 && letters >= 0.7 * visible && !SubheadingDetector.isTableRow(t);
    }

    private static int letters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The first {@code max} characters, cut at a word boundary. */
    private static String cut(CharSequence s, int max) {
        if (s.length() <= max) {
            return s.toString().strip();
        }
        int end = max;
        while (end > max / 2 && !Character.isWhitespace(s.charAt(end))) {
            end--;
        }
        return s.subSequence(0, end).toString().strip();
    }

    // ------------------------------------------------------------------ metadata

    /** ISO 639-2 bibliographic codes, and the codes Java still maps to withdrawn ones. */
    static final String[][] BIBLIOGRAPHIC_CODES = {{"ger", "de"}, {"fre", "fr"}, {"dut", "nl"}, {"cze", "cs"},
        {"gre", "el"}, {"chi", "zh"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"alb", "sq"}, {"arm", "hy"},
        {"baq", "eu"}, {"bur", "my"}, {"geo", "ka"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"},
        {"tib", "bo"}, {"wel", "cy"}, {"iw", "he"}, {"in", "id"}, {"ji", "yi"}};

    /** ISO 639-1, 639-2/T and bibliographic codes to their 639-1 code. */
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            CODES.put(two, two);
            try {
                CODES.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code known for it
            }
        }
        for (String[] e : BIBLIOGRAPHIC_CODES) {
            CODES.put(e[0], e[1]);
        }
    }

    /**
     * Language names, in English and in the language itself ("german", "deutsch"), to their
     * 639-1 code; a code above wins over a name. Made on first use: it loads the names of every
     * language Java knows, 0.7 s that a run whose pages say "en" need not spend.
     */
    private static final class Names {
        static final Map<String, String> CODES_BY_NAME = new HashMap<>();

        static {
            for (String two : Locale.getISOLanguages()) {
                Locale locale = Locale.forLanguageTag(two);
                CODES_BY_NAME.putIfAbsent(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), two);
                CODES_BY_NAME.putIfAbsent(locale.getDisplayLanguage(locale).toLowerCase(Locale.ROOT), two);
            }
        }
    }

    /**
     * An ISO 639-1 code from what metadata says: {@code en}, {@code en-US}, {@code de_DE},
     * {@code fra}, {@code English}, {@code Deutsch}; null when it says nothing usable
     * ({@code x-default}, {@code und}, {@code mul}).
     */
    public static String normalise(String metadataLanguage) {
        if (metadataLanguage == null) {
            return null;
        }
        String t = metadataLanguage.strip().toLowerCase(Locale.ROOT);
        int comma = t.indexOf(',');
        if (comma > 0) {
            t = t.substring(0, comma).strip(); // "en, de": the first listed
        }
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
            cut++;
        }
        String primary = t.substring(0, cut);
        if (primary.length() < 2) {
            return null;
        }
        String code = CODES.get(primary);
        return code != null ? code : Names.CODES_BY_NAME.get(primary);
    }
}
