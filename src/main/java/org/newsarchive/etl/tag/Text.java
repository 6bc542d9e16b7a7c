package org.newsarchive.etl.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small allocation-light text measures the detectors share. */
public final class Text {

    private Text() {
    }

    /** Where a pattern may start matching: a cheap test of one position of the text. */
    @FunctionalInterface
    interface StartTest {
        boolean mayStart(CharSequence s, int i);
    }

    /**
     * A matcher for {@link #find}: its region's bounds are transparent (look-arounds see the text
     * outside it) and do not anchor ({@code ^} and {@code $} keep meaning the text's ends), so a
     * match tried at a region's start is the match {@code find()} would try there.
     */
    static Matcher scanner(Pattern pattern, CharSequence s) {
        return pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match at or after {@code from}, as {@code m.find(from)} would find it, but tried
     * only at the positions {@code test} accepts: for a pattern that cannot start anywhere else,
     * and whose every start costs a long alternation, most positions are ruled out by one
     * character test. {@code m} comes from {@link #scanner}; a match may not be empty.
     */
    static boolean find(Matcher m, CharSequence s, int from, StartTest test) {
        int n = s.length();
        for (int p = from; p < n; p++) {
            if (test.mayStart(s, p)) {
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code w} without a contraction's ending of up to two letters after its apostrophe ("He’d" → "He", "It's" →
     * "It", "She'll" → "She"); otherwise {@code w} itself, the same object (names keep theirs: "O’Brien").
     */
    static String withoutContraction(String w) {
        int q = Math.max(w.lastIndexOf('’'), w.lastIndexOf('\''));
        return q > 0 && q >= w.length() - 3 ? w.substring(0, q) : w;
    }

    /** A {@link StartTest}: the position holds an upper-case letter (what {@code \p{Lu}} matches). */
    static boolean upperCaseAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z'; // (most of a text: the same answer without the code point's type lookup)
        }
        return Character.getType(Character.codePointAt(s, i)) == Character.UPPERCASE_LETTER;
    }

    /**
     * {@code s} split at runs of {@code \s}: what {@code Pattern.compile("\\s+").split(s)} returns (an empty first word
     * if {@code s} opens with a space, no empty words at the end), without the regex machinery that split runs for
     * any pattern longer than one character.
     */
    static String[] splitAtSpaces(String s) {
        int n = s.length();
        List<String> out = null;
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (isRegexSpace(s.charAt(i))) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(s.substring(start, i));
                while (i + 1 < n && isRegexSpace(s.charAt(i + 1))) {
                    i++;
                }
                start = i + 1;
            }
        }
        if (out == null) {
            return new String[] {s};
        }
        out.add(s.substring(start));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        String[] words = new String[size]; // (not subList(..).toArray(new String[0]): a reflective array per call)
        for (int k = 0; k < size; k++) {
            words[k] = out.get(k);
        }
        return words;
    }

    /**
     * The alternation {@code (?:a|b|...)} with its alternatives grouped by the letter each must start with, every group
     * behind a one-letter look-ahead: {@code (?:(?=s)(?:said|says)|(?=t)(?:told|tells)|...)}. It matches what the
     * alternation matches, in the same order of preference (where the text holds an {@code s}, only the alternatives
     * that start with {@code s} could match, and they keep their order); but a position that starts no alternative
     * costs one test per letter rather than one per alternative, which for the speech verbs is 25 against 300. An
     * alternation whose first letters cannot all be told is returned as it is.
     */
    static String byFirstLetter(String alternation) {
        if (!alternation.startsWith("(?:") || closingParen(alternation, 0) != alternation.length() - 1) {
            return alternation;
        }
        java.util.Map<Character, List<String>> groups = new java.util.LinkedHashMap<>();
        for (String alternative : alternatives(alternation.substring(3, alternation.length() - 1))) {
            java.util.Set<Character> first = firstLetters(alternative);
            if (first == null) {
                return alternation;
            }
            for (char c : first) {
                groups.computeIfAbsent(c, k -> new ArrayList<>()).add(alternative);
            }
        }
        StringBuilder b = new StringBuilder("(?:");
        groups.forEach((c, list) -> b.append(b.length() > 3 ? "|" : "").append("(?=").append(c).append(")(?:")
                .append(String.join("|", list)).append(')'));
        return b.append(')').toString();
    }

    /** The letters a match of {@code regex} must start with; null if that cannot be told from its first item. */
    private static java.util.Set<Character> firstLetters(String regex) {
        if (regex.startsWith("\\Q") && regex.length() > 2 && Character.isLetter(regex.charAt(2))) {
            return java.util.Set.of(regex.charAt(2));
        }
        if (regex.startsWith("(?:")) {
            int close = closingParen(regex, 0);
            if (close < 0 || close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0) {
                return null; // (an optional group: what follows may come first)
            }
            java.util.Set<Character> out = new java.util.LinkedHashSet<>();
            for (String alternative : alternatives(regex.substring(3, close))) {
                java.util.Set<Character> first = firstLetters(alternative);
                if (first == null) {
                    return null;
                }
                out.addAll(first);
            }
            return out;
        }
        if (!regex.isEmpty() && Character.isLetter(regex.charAt(0))
                && (regex.length() == 1 || "?*{".indexOf(regex.charAt(1)) < 0)) {
            return java.util.Set.of(regex.charAt(0));
        }
        return null;
    }

    /**
     * The words a match of {@code alternation} ({@code (?:said|a\\s+dit|emphasi[sz]ed)}) can open with: its letters up
     * to the first character that is no letter ("said", "a", "emphasised", "emphasized"); null if that cannot be told
     * from the regex (a quantified letter, a class of other than letters, a group that letters may follow).
     */
    static java.util.Set<String> firstWords(String alternation) {
        if (!alternation.startsWith("(?:") || closingParen(alternation, 0) != alternation.length() - 1) {
            return null;
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String alternative : alternatives(alternation.substring(3, alternation.length() - 1))) {
            java.util.Set<String> words = openingWords(alternative);
            if (words == null) {
                return null;
            }
            out.addAll(words);
        }
        return out;
    }

    /** The first words of one alternative (see {@link #firstWords}); null if they cannot be told. */
    private static java.util.Set<String> openingWords(String regex) {
        if (regex.startsWith("(?:")) {
            int close = closingParen(regex, 0);
            String rest = close < 0 ? "" : regex.substring(close + 1);
            if (close < 0 || !(rest.isEmpty() || rest.startsWith("\\s") || rest.startsWith("(?:\\s"))) {
                return null; // (a group that letters, or a quantifier, may follow)
            }
            return firstWords(regex.substring(0, close + 1));
        }
        List<StringBuilder> words = new ArrayList<>(List.of(new StringBuilder()));
        boolean quoted = false;
        int i = 0;
        while (i < regex.length()) {
            if (!quoted && regex.startsWith("\\Q", i)) {
                quoted = true;
                i += 2;
                continue;
            }
            if (quoted && regex.startsWith("\\E", i)) {
                quoted = false;
                i += 2;
                continue;
            }
            char c = regex.charAt(i);
            if (Character.isLetter(c)) {
                if (!quoted && i + 1 < regex.length() && "?*+{".indexOf(regex.charAt(i + 1)) >= 0) {
                    return null;
                }
                words.forEach(w -> w.append(c));
                i++;
            } else if (c == '[' && !quoted) {
                int close = closingBracket(regex, i);
                String letters = regex.substring(i + 1, close);
                if (letters.isEmpty() || !letters.chars().allMatch(Character::isLetter)
                        || close + 1 < regex.length() && "?*+{".indexOf(regex.charAt(close + 1)) >= 0) {
                    return null;
                }
                List<StringBuilder> more = new ArrayList<>();
                for (StringBuilder w : words) {
                    for (char l : letters.toCharArray()) {
                        more.add(new StringBuilder(w).append(l));
                    }
                }
                words = more;
                i = close + 1;
            } else if (quoted || c == '-' || c == '\'' || c == '’' || regex.startsWith("\\s", i)) {
                break; // a character that is no letter ends the word
            } else {
                return null;
            }
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (StringBuilder w : words) {
            if (w.length() == 0) {
                return null;
            }
            out.add(w.toString());
        }
        return out;
    }

    /** The top-level alternatives of {@code regex} (split at the {@code |} outside groups, classes and quotes). */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i = itemEnd(regex, i) + 1) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /** Where the group opened at {@code open} closes; -1 if it does not. */
    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i = itemEnd(regex, i) + 1) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last index of the item that starts at {@code i}: an escape, a class, or the character itself (so that the
     * parentheses and bars inside escapes and classes are stepped over).
     */
    private static int itemEnd(String regex, int i) {
        char c = regex.charAt(i);
        return c == '\\' ? skipEscape(regex, i) : c == '[' ? closingBracket(regex, i) : i;
    }

    /** The last index of the escape at {@code i}: {@code \x}, or a whole {@code \Q...\E}. */
    private static int skipEscape(String regex, int i) {
        if (regex.startsWith("\\Q", i)) {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? regex.length() - 1 : end + 1;
        }
        return i + 1;
    }

    /** The index of the {@code ]} that closes the class opened at {@code open}. */
    private static int closingBracket(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return regex.length() - 1;
    }

    /** {@code \s} of {@link Pattern} without {@code UNICODE_CHARACTER_CLASS}: the six ASCII spaces. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@link Character#isWhitespace(char)}, below 128 without the Unicode tables. */
    static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, below 128 without the Unicode tables. */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetterOrDigit(char)} of an ASCII character. */
    static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** True if the text holds an ASCII digit. */
    public static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whitespace-separated words. */
    public static int words(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = isWhitespace(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    /** True if {@code word} occurs in {@code text} with no letter right before or after it. */
    public static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The last character that is not whitespace or a closing quotation mark / bracket, or 0. */
    static char lastSignificant(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && "\"”’'»«“)]".indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /** True if the text ends like a sentence: full stop, colon, semicolon or comma (not ? or !). */
    static boolean endsWithStop(String s) {
        char c = lastSignificant(s);
        return c == '.' || c == ':' || c == ';' || c == ',' || c == '…';
    }

    /** True if the text ends with sentence punctuation of any kind. */
    static boolean endsLikeSentence(String s) {
        char c = lastSignificant(s);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Number of words that start with an upper-case letter (after leading quotes / brackets). */
    static int capitalisedWords(CharSequence s) {
        int n = 0;
        boolean atStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWhitespace(c)) {
                atStart = true;
            } else if (atStart) {
                if (c < 128 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c)) {
                    if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                        n++;
                    }
                    atStart = false;
                }
            }
        }
        return n;
    }

    static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** Letters that are upper case, as a share of all letters (0 when there are none). */
    static double upperShare(CharSequence s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                // ASCII without the Unicode tables: the same answers
                if (c >= 'A' && c <= 'Z') {
                    letters++;
                    upper++;
                } else if (c >= 'a' && c <= 'z') {
                    letters++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }

    /**
     * What {@link #upperShare} and {@link #capitalisedWords} count, and whether there is an ASCII
     * digit ({@code \d}), in one pass over the text instead of three: for a caller that needs all.
     */
    record Letters(int letters, int upper, int capitalisedWords, boolean asciiDigit) {

        static Letters of(CharSequence s) {
            int letters = 0, upper = 0, capitalised = 0;
            boolean digit = false, atStart = true;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean letter, isUpper, letterOrDigit;
                if (c < 128) {
                    isUpper = c >= 'A' && c <= 'Z';
                    letter = isUpper || c >= 'a' && c <= 'z';
                    boolean d = c >= '0' && c <= '9';
                    digit |= d;
                    letterOrDigit = letter || d;
                } else {
                    letter = Character.isLetter(c);
                    isUpper = Character.isUpperCase(c);
                    letterOrDigit = letter || Character.isLetterOrDigit(c);
                }
                if (letter) {
                    letters++;
                    if (isUpper) {
                        upper++;
                    }
                }
                if (isWhitespace(c)) {
                    atStart = true;
                } else if (atStart && letterOrDigit) {
                    if (isUpper) {
                        capitalised++;
                    }
                    atStart = false;
                }
            }
            return new Letters(letters, upper, capitalised, digit);
        }

        /** {@link Text#upperShare}. */
        double upperShare() {
            return letters == 0 ? 0 : (double) upper / letters;
        }
    }

    /** Count of sentence ends (. ! ? followed by space and an upper-case letter or a quote), plus one. */
    static int sentences(String s) {
        int n = 1;
        for (int i = 1; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ') {
                char next = s.charAt(i + 2);
                if (Character.isUpperCase(next) || next == '“' || next == '"') {
                    char prev = s.charAt(i - 1);
                    // "Mr. Smith", "J. Smith": abbreviations and initials do not end sentences
                    if (c == '.' && (Character.isUpperCase(prev) || isAbbreviationBefore(s, i))) {
                        continue;
                    }
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean isAbbreviationBefore(String s, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        String w = s.substring(start, dot);
        return switch (w) {
            case "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Prof", "Jr", "Sr",
                 "Inc", "Co", "Corp", "Ltd", "No", "vs", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
                 "Calif", "Mass", "Fla", "Ore", "Conn", "Nev" -> true;
            default -> false;
        };
    }
}
