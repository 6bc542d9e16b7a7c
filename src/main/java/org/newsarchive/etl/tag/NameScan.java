package org.newsarchive.etl.tag;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker resolver's name pattern, matched by hand: an optional title ("Mr.", "Senator"), then up to twelve
 * capitalised words, with initials ("J.") and particles ("de", "van") between them, then an optional possessive
 * apostrophe. It finds what {@link #PATTERN} finds, group for group, at the capitals of a text, without the regex
 * engine: the resolver reads every paragraph of every page with it, and the pattern was a tenth of the quote step's
 * time. A text holding surrogate pairs is left to the pattern itself.
 */
final class NameScan {

    /** Title words; only a word of these, then an optional full stop and a space, is a title. */
    static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt",
            "Col", "Sgt", "Sir", "Dame", "Lord", "Lady", "Herr", "Frau", "M", "Mme", "President", "Senator", "Governor",
            "Judge", "Mayor", "Secretary", "Speaker", "Chancellor", "Minister", "Pope", "Rev",
            "Pres", "Govs", "Sens", "Reps", "Capt", "Adm", "Cmdr", "Atty");
    /**
     * Titles written as an abbreviation ({@code vocabulary/title-abbreviations.txt}: "Cpl", "Const", "Msgr"): a title
     * only with its full stop ("Det" alone is a word of other languages).
     */
    static final Set<String> ABBREVIATIONS = Set.copyOf(Vocabulary.entries("title-abbreviations"));
    // ("der" is no particle of its own: it joined a name to the dative object after it, "sagte Hagedorn der Zeitung")
    private static final String[] PARTICLES = {"de", "van", "von", "da", "di", "bin", "al", "le", "la", "del"};
    private static final int MAX_TITLE = java.util.stream.Stream.concat(TITLES.stream(), ABBREVIATIONS.stream())
            .mapToInt(String::length).max().orElse(0);
    private static final WordTable TITLE_TABLE = new WordTable(TITLES);
    private static final WordTable ABBREVIATION_TABLE = new WordTable(ABBREVIATIONS);

    /** What this class matches, as the pattern it replaces (groups {@code title}, {@code name}, {@code poss}). */
    static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}.'’])(?:(?<title>" + Text.byFirstLetter("(?:" + String.join("|", TITLES.stream().sorted().toList())
                    + ")") + "\\.?|" + Text.byFirstLetter("(?:" + String.join("|", ABBREVIATIONS.stream().sorted().toList())
                    + ")") + "\\.)\\s+)?(?<name>\\p{Lu}[\\p{L}'’\\-]*\\p{L}(?:\\s+(?:\\p{Lu}\\.\\s+)?(?:(?:"
                    + String.join("|", PARTICLES) + ")\\s+)?\\p{Lu}[\\p{L}'’\\-]*\\p{L}){0,11})(?<poss>['’]s?)?");

    private final String text;
    private final int n;
    private final Matcher fallback; // (for a text with surrogate pairs)
    private int start;
    private int titleEnd; // -1: no title
    private int nameStart;
    private int nameEnd;
    private int end;

    NameScan(String text) {
        this.text = text;
        this.n = text.length();
        boolean surrogates = false;
        for (int i = 0; i < n && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        this.fallback = surrogates ? Text.scanner(PATTERN, text) : null;
    }

    /** The next match at or after {@code from}; its bounds and groups are then read with the methods below. */
    boolean find(int from) {
        if (fallback != null) {
            if (!Text.find(fallback, text, from, Text::upperCaseAt)) {
                return false;
            }
            start = fallback.start();
            end = fallback.end();
            titleEnd = fallback.start("title") < 0 ? -1 : fallback.end("title");
            nameStart = fallback.start("name");
            nameEnd = fallback.end("name");
            return true;
        }
        for (int p = from; p < n; p++) {
            if (Text.upperCaseAt(text, p) && matchAt(p)) {
                return true;
            }
        }
        return false;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The title with its full stop ("Mr.", "Senator"); null if none. */
    String title() {
        return titleEnd < 0 ? null : text.substring(start, titleEnd);
    }

    String name() {
        return text.substring(nameStart, nameEnd);
    }

    /** True if an apostrophe (and an "s") follows the name: the pattern's {@code poss} group. */
    boolean possessive() {
        return end > nameEnd;
    }

    private boolean matchAt(int p) {
        if (p > 0) {
            char b = text.charAt(p - 1);
            if (Character.isLetter(b) || isNumber(b) || b == '.' || b == '\'' || b == '’') {
                return false;
            }
        }
        start = p;
        // the title first, as the pattern tries it: a title word, a full stop if there is one, spaces, then a name
        int t = titleAt(p);
        if (t >= 0) {
            int s = spaces(t);
            if (s > t && name(s)) {
                titleEnd = t;
                return possessiveAfter();
            }
        }
        titleEnd = -1;
        return name(p) && possessiveAfter();
    }

    /** Where a title that opens at {@code p} ends (after its full stop), if a space follows it; -1 if none does. */
    private int titleAt(int p) {
        int e = p;
        while (e < n && e - p <= MAX_TITLE && isAsciiLetter(text.charAt(e))) {
            e++;
        }
        boolean dot = e < n && text.charAt(e) == '.';
        if (e - p > MAX_TITLE || !TITLE_TABLE.contains(text, p, e) && !(dot && ABBREVIATION_TABLE.contains(text, p, e))) {
            return -1;
        }
        int t = dot ? e + 1 : e;
        return t < n && Text.isRegexSpace(text.charAt(t)) ? t : -1;
    }

    /** Reads the name's words from {@code s}; false if no capitalised word starts there. */
    private boolean name(int s) {
        int e = word(s);
        if (e < 0) {
            return false;
        }
        for (int k = 0; k < 11; k++) {
            int q = spaces(e);
            if (q == e) {
                break;
            }
            int next = -1;
            // an initial first ("J. "), then a particle ("de "), then the word
            if (q + 2 < n && Text.upperCaseAt(text, q) && text.charAt(q + 1) == '.') {
                int after = spaces(q + 2);
                if (after > q + 2) {
                    next = particleAndWord(after);
                }
            }
            if (next < 0) {
                next = particleAndWord(q);
            }
            if (next < 0) {
                break;
            }
            e = next;
        }
        nameStart = s;
        nameEnd = e;
        return true;
    }

    private int particleAndWord(int q) {
        char c = q < n ? text.charAt(q) : 0;
        for (int i = 0; c >= 'a' && c <= 'z' && i < PARTICLES.length; i++) { // (each particle is in small letters)
            String particle = PARTICLES[i];
            int pe = q + particle.length();
            if (pe < n && text.startsWith(particle, q) && Text.isRegexSpace(text.charAt(pe))) {
                int w = word(spaces(pe));
                if (w >= 0) {
                    return w;
                }
                break; // (only one particle can stand there: a space follows each)
            }
        }
        return word(q);
    }

    /** The end of the capitalised word at {@code q} (it ends in a letter); -1 if none starts there. */
    private int word(int q) {
        if (q >= n || !Text.upperCaseAt(text, q)) {
            return -1;
        }
        int e = q + 1;
        int lastLetter = -1;
        while (e < n) {
            char c = text.charAt(e);
            if (Character.isLetter(c)) {
                lastLetter = e;
            } else if (c != '\'' && c != '’' && c != '-') {
                break;
            }
            e++;
        }
        return lastLetter < 0 ? -1 : lastLetter + 1;
    }

    private boolean possessiveAfter() {
        int e = nameEnd;
        if (e < n && (text.charAt(e) == '\'' || text.charAt(e) == '’')) {
            e++;
            if (e < n && text.charAt(e) == 's') {
                e++;
            }
        }
        end = e;
        return true;
    }

    private int spaces(int q) {
        while (q < n && Text.isRegexSpace(text.charAt(q))) {
            q++;
        }
        return q;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** What {@code \p{N}} matches. */
    private static boolean isNumber(char c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
