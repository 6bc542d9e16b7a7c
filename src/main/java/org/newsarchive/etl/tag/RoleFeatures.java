package org.newsarchive.etl.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Role;

/**
 * The cues the role model ({@link RoleModel}) reads for one paragraph, as readable names
 * ({@code class "byline"}, {@code 1 after headline}, {@code name shape}, {@code rule BODY}):
 * the block's element and the class / id tokens of its ancestry matched against the multilingual
 * groups of {@code tagger/class-tokens.txt}; link share; list item; length; text shapes
 * (capitals, digits, dates, clock times, a name's shape, a final stop); hits in the vocabularies
 * of {@code vocabulary/}; position relative to the headline, the figures and the first story
 * paragraph; and the rule tagger's own role and cue for it and its neighbours.
 *
 * <p>Plain text has no markup, so its paragraphs get only the text, vocabulary, position and
 * rule cues. Every cue is given twice, once alone and once prefixed by the rendition
 * ({@code html: } or {@code text: }): one model learns what holds in both and what holds in one.
 * All binary: a feature is present (value 1) or not.
 */
final class RoleFeatures {

    /** What the rules decided for an article: the model's inputs beside the paragraphs themselves. */
    record Context(List<Paragraph> paragraphs, Role[] rule, String[] cue, boolean[] markup, int headline, int headerEnd,
                   int[] words) {

        /** {@code words}: each paragraph's {@link Text#words}, counted here. */
        Context(List<Paragraph> paragraphs, Role[] rule, String[] cue, boolean[] markup, int headline, int headerEnd) {
            this(paragraphs, rule, cue, markup, headline, headerEnd, words(paragraphs));
        }

        private static int[] words(List<Paragraph> paragraphs) {
            int[] w = new int[paragraphs.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = Text.words(paragraphs.get(i).text());
            }
            return w;
        }
    }

    /**
     * Where {@link #cues} puts a paragraph's plain cues, in order, a cue possibly more than once:
     * a set of names ({@link #plain}: training, explanations) or a model's scores (the job's
     * {@link RoleModel#predictRole(Context, int)}). The names it gets are built once, not per
     * paragraph (tables below), so a sink that looks them up finds their hash codes cached.
     */
    interface Sink {
        void add(String cue);
    }

    static RoleFeatures shared() {
        return Holder.SHARED;
    }

    /** Built on first use, after this class's patterns. */
    private static final class Holder {
        static final RoleFeatures SHARED = new RoleFeatures();
    }

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    // each match of these three starts with an ASCII digit: they are tried there only (atADigit)
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.h]\\d{2}\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b");
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|“[^”]*”|\\([^)]*\\)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** What {@code t.matches(".*\\d.*")} tested, compiled once instead of per paragraph. */
    private static final Pattern HAS_DIGIT_ON_ONE_LINE = Pattern.compile(".*\\d.*");
    private static final Set<String> ELEMENTS = Set.of("figure", "figcaption", "header", "footer", "aside", "nav",
            "address", "time", "cite", "table", "blockquote", "li", "a", "strong", "b", "em", "small", "span", "h2",
            "h3", "h4", "h5", "h6", "p", "div", "section", "article", "main", "dl", "dd", "dt", "label", "button");

    /**
     * What an element path gives (its "in …", "class …" and "own class …" cues) and what a class
     * token names, remembered: a page's paragraphs share their paths and a site its class names, and
     * matching tokens against the groups' prefixes and suffixes is most of the cues' cost. Bounded:
     * emptied when full.
     */
    private static final int MEMO_LIMIT = 50_000;
    private final Map<String, List<String>> ancestryMemo = new ConcurrentHashMap<>();
    private final Map<String, String> groupMemo = new ConcurrentHashMap<>();
    private static final String NO_GROUP = "";

    private final Map<String, String> exactToken = new HashMap<>();
    private final List<String[]> affixToken = new ArrayList<>();
    private final Set<String> bylinePrefixes = new HashSet<>();
    private final Set<String> creditLabels = new HashSet<>();
    private final Set<String> agencies = new HashSet<>();
    private final Set<String> photoSources = new HashSet<>();
    private final Set<String> months = new HashSet<>();
    private final Set<String> dateWords = new HashSet<>();

    private RoleFeatures() {
        try (InputStream in = RoleFeatures.class.getResourceAsStream("/tagger/class-tokens.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: /tagger/class-tokens.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                for (int k = 1; k < parts.length; k++) {
                    String t = parts[k].toLowerCase(Locale.ROOT);
                    exactToken.putIfAbsent(t, parts[0]);
                    if (t.length() >= 4) {
                        affixToken.add(new String[] {t, parts[0]});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String e : Vocabulary.entries("byline-prefixes")) {
            bylinePrefixes.add(e.toLowerCase(Locale.ROOT).replaceAll("[:.]$", ""));
        }
        for (String e : Vocabulary.entries("credit-labels")) {
            creditLabels.add(e.toLowerCase(Locale.ROOT).replaceAll("[:.]$", ""));
        }
        for (String e : Vocabulary.entries("news-agencies")) {
            agencies.add(e.toLowerCase(Locale.ROOT));
        }
        for (String e : Vocabulary.entries("photo-sources")) {
            photoSources.add(e.toLowerCase(Locale.ROOT));
        }
        for (String e : Vocabulary.entries("months")) {
            for (String w : e.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!w.equals("any") && !w.equals("after") && !DIGITS.matcher(w).matches()) {
                    months.add(w.replace(".", ""));
                }
            }
        }
        for (String e : Vocabulary.entries("date-line-words")) {
            dateWords.add(e.toLowerCase(Locale.ROOT));
        }
        indexVocabulary();
    }

    /** The features of paragraph {@code i}, each once alone and once with its rendition's prefix; no duplicates. */
    List<String> of(Context c, int i) {
        return withRendition(plain(c, i), c.markup()[i]);
    }

    /** Plain features, each followed by its twin with the rendition's prefix: what the model file names. */
    List<String> withRendition(List<String> plain, boolean markup) {
        List<String> out = new ArrayList<>(plain.size() * 2);
        String prefix = markup ? "html: " : "text: ";
        for (String s : plain) {
            out.add(s);
            out.add(prefix + s);
        }
        return out;
    }

    /** The features of paragraph {@code i} without their rendition's twins ({@link #of} adds those). */
    List<String> plain(Context c, int i) {
        Set<String> f = new LinkedHashSet<>();
        cues(c, i, f::add);
        return new ArrayList<>(f);
    }

    /**
     * Paragraph {@code i}'s plain cues into {@code f}, in the order {@link #plain} lists them; a
     * cue may come more than once ({@link #plain} keeps the first).
     */
    void cues(Context c, int i, Sink f) {
        Paragraph p = c.paragraphs().get(i);
        String t = p.text();
        boolean markup = c.markup()[i];
        Role[] rule = c.rule();
        f.add("bias");
        f.add(RULE[index(rule[i])]);
        f.add(ruleCue(c.cue()[i]));
        f.add(i > 0 ? BEFORE_RULE[index(rule[i - 1])] : "before: rule none");
        f.add(i + 1 < rule.length ? AFTER_RULE[index(rule[i + 1])] : "after: rule none");
        if (i > 0 && i + 1 < rule.length) {
            f.add(BETWEEN_RULES[index(rule[i - 1])][index(rule[i + 1])]);
        }
        if (markup) {
            markupFeatures(f, p);
            if (i > 0 && isFigure(c.paragraphs().get(i - 1))) {
                f.add("after a figure element");
            }
            if (i + 1 < c.paragraphs().size() && isFigure(c.paragraphs().get(i + 1))) {
                f.add("before a figure element");
            }
        }
        textFeatures(f, t, c.words()[i]);
        position(f, c, i);
        if (i > 0) {
            String prev = c.paragraphs().get(i - 1).text();
            f.add(BEFORE_WORDS[bucket(c.words()[i - 1])]);
            f.add(Text.endsLikeSentence(prev) ? "before: a sentence" : "before: no final stop");
        }
        if (i + 1 < c.paragraphs().size()) {
            String next = c.paragraphs().get(i + 1).text();
            f.add(AFTER_WORDS[bucket(c.words()[i + 1])]);
            f.add(Text.endsLikeSentence(next) ? "after: a sentence" : "after: no final stop");
        }
    }

    // The cues' names that hold a role, a count or a tag, built once (not per paragraph), indexed
    // by the role's ordinal (its name "null" at index Role.values().length) or a count's bucket.
    private static final Role[] ROLES = Role.values();
    private static final String[] RULE = byRole("rule ");
    private static final String[] BEFORE_RULE = byRole("before: rule ");
    private static final String[] AFTER_RULE = byRole("after: rule ");
    private static final String[] HINT = byRole("hint ");
    private static final String[][] BETWEEN_RULES = new String[ROLES.length + 1][];
    static {
        for (int a = 0; a <= ROLES.length; a++) {
            BETWEEN_RULES[a] = byRole("between rule " + (a < ROLES.length ? ROLES[a] : null) + " and ");
        }
    }
    private static final String[] WORD_BUCKETS = {"1 word", "2-3 words", "4-6 words", "7-12 words", "13-25 words",
        "26-50 words", "over 50 words"};
    private static final String[] BEFORE_WORDS = prefixed("before: ", WORD_BUCKETS);
    private static final String[] AFTER_WORDS = prefixed("after: ", WORD_BUCKETS);
    private static final String[] AFTER_HEADLINE = {null, "1 after headline", "2 after headline", "3 after headline"};
    private static final Map<String, String> TAGS = new ConcurrentHashMap<>();

    private static String[] byRole(String prefix) {
        String[] out = new String[ROLES.length + 1];
        for (int k = 0; k <= ROLES.length; k++) {
            out[k] = (prefix + (k < ROLES.length ? ROLES[k] : null)).intern();
        }
        return out;
    }

    private static String[] prefixed(String prefix, String[] names) {
        String[] out = new String[names.length];
        for (int k = 0; k < names.length; k++) {
            out[k] = (prefix + names[k]).intern();
        }
        return out;
    }

    private static int index(Role r) {
        return r == null ? ROLES.length : r.ordinal();
    }

    private static String tagCue(String tag) {
        if (tag == null) {
            return "tag null";
        }
        return remembered(TAGS, tag, t -> ("tag " + t).intern());
    }

    /** {@code memo}'s value for {@code key}, computed and kept on first use; the memo is emptied when full ({@link #MEMO_LIMIT}). */
    private static <K, V> V remembered(Map<K, V> memo, K key, java.util.function.Function<K, V> compute) {
        V known = memo.get(key);
        if (known == null) {
            known = compute.apply(key);
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(key, known);
        }
        return known;
    }

    private void markupFeatures(Sink f, Paragraph p) {
        f.add(tagCue(p.tag()));
        if (p.hint() != null) {
            f.add(HINT[index(p.hint())]);
        }
        double ld = p.linkDensity();
        f.add(ld == 0 ? "no links" : ld < 0.3 ? "some links" : ld < 0.7 ? "half links" : "mostly links");
        for (String a : ancestryFeatures(p.ancestry() == null ? "" : p.ancestry())) {
            f.add(a);
        }
    }
    private List<String> ancestryFeatures(String ancestry) {
        return remembered(ancestryMemo, ancestry, this::readAncestry);
    }

    private List<String> readAncestry(String ancestry) {
        Set<String> f = new LinkedHashSet<>();
        String[] segments = ancestry.isEmpty() ? new String[0] : ancestry.split(">");
        for (int s = 0; s < segments.length; s++) {
            boolean own = s == segments.length - 1;
            String seg = segments[s];
            int cut = 0;
            while (cut < seg.length() && seg.charAt(cut) != '.' && seg.charAt(cut) != '#') {
                cut++;
            }
            String element = seg.substring(0, cut);
            if (!own && ELEMENTS.contains(element)) {
                f.add(("in " + element).intern());
            }
            if (cut < seg.length()) {
                for (String token : TOKEN_SPLIT.split(CAMEL.matcher(seg.substring(cut)).replaceAll(" "))) {
                    String group = group(token.toLowerCase(Locale.ROOT));
                    if (group != null) {
                        f.add(("class " + group).intern());
                        if (own) {
                            f.add(("own class " + group).intern());
                        }
                    }
                }
            }
        }
        return List.copyOf(f);
    }

    /** The group of {@code class-tokens.txt} a class or id token names, or null. */
    String group(String token) {
        if (token.isEmpty()) {
            return null;
        }
        String g = exactToken.get(token);
        if (g != null || token.length() < 5) {
            return g;
        }
        String found = remembered(groupMemo, token, this::affixGroup);
        return found == NO_GROUP ? null : found;
    }

    /** The group of the first token of {@code class-tokens.txt} (of four letters or more) that {@code token} starts or ends with; {@link #NO_GROUP} if none. */
    private String affixGroup(String token) {
        for (String[] a : affixToken) {
            if (token.startsWith(a[0]) || token.endsWith(a[0])) {
                return a[1];
            }
        }
        return NO_GROUP;
    }

    private static boolean isFigure(Paragraph p) {
        return p.hint() == Role.PHOTO_CAPTION || p.hint() == Role.PHOTO_CREDIT || "figcaption".equals(p.tag())
                || p.ancestry() != null && p.ancestry().contains("figure");
    }

    private void textFeatures(Sink f, String t, int words) {
        f.add(WORD_BUCKETS[bucket(words)]);
        f.add(Text.endsLikeSentence(t) ? "ends like a sentence" : "no final stop");
        int sentences = Text.sentences(t);
        if (sentences >= 2) {
            f.add(sentences >= 4 ? "4+ sentences" : "2-3 sentences");
        }
        Text.Letters letters = Text.Letters.of(t);
        if (letters.upperShare() > 0.8) {
            f.add("capitals");
        }
        int capitalised = letters.capitalisedWords();
        if (words >= 2 && words <= 5 && capitalised == words && !Text.endsWithStop(t)
                && !HAS_DIGIT_ON_ONE_LINE.matcher(t).matches()) {
            f.add("name shape");
        } else if (words > 0 && capitalised * 2 > words) {
            f.add("mostly capitalised words");
        }
        // all three patterns start with an ASCII digit (\d): most paragraphs have none, and the
        // others are tried at their digits only
        boolean digits = letters.asciiDigit();
        if (digits && atADigit(YEAR, t)) {
            f.add("year");
        }
        if (digits && atADigit(CLOCK, t)) {
            f.add("clock time");
        }
        if (digits && atADigit(NUMERIC_DATE, t)) {
            f.add("numeric date");
        }
        String s = t.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.endsWith(":")) {
            f.add("ends with a colon");
        } else if (s.indexOf(':') > 0 && s.indexOf(':') < 25) {
            f.add("early colon");
        }
        if (s.indexOf('©') >= 0 || lower.contains("(c)")) {
            f.add("©");
        }
        if (s.indexOf('/') >= 0 || s.indexOf('|') >= 0) {
            f.add("slash or bar");
        }
        if (!s.isEmpty() && "\"“„«‘'".indexOf(s.charAt(0)) >= 0) {
            f.add("opens with a quotation mark");
        } else if (s.indexOf('“') >= 0 || s.indexOf('"') >= 0 || s.indexOf('«') >= 0 || s.indexOf('„') >= 0) {
            f.add("quotation marks");
        }
        if (!s.isEmpty() && "-–—•·*".indexOf(s.charAt(0)) >= 0) {
            f.add("opens with a dash or bullet");
        }
        if (s.endsWith(")")) {
            f.add("ends with a bracket");
        }
        if (s.indexOf(" - ") > 0 || s.indexOf(" – ") > 0 || s.indexOf(" — ") > 0) {
            f.add("spaced dash");
        }
        vocabulary(f, lower);
    }

    /** {@code p.matcher(t).find()} for a pattern whose matches start with an ASCII digit, tried only there. */
    private static boolean atADigit(Pattern p, String t) {
        return Text.find(Text.scanner(p, t), t, 0, (s, k) -> s.charAt(k) >= '0' && s.charAt(k) <= '9');
    }

    private static int bucket(int words) {
        return words <= 1 ? 0 : words <= 3 ? 1 : words <= 6 ? 2 : words <= 12 ? 3 : words <= 25 ? 4 : words <= 50 ? 5 : 6;
    }

    /** What a lower-case word is in the vocabularies: a bit per list, and whether it starts a two-word entry. */
    private static final int BYLINE_WORD = 1, CREDIT_WORD = 2, AGENCY = 4, PHOTO_SOURCE = 8, MONTH = 16, DATE_WORD = 32,
            STARTS_AGENCY = 64, STARTS_PHOTO_SOURCE = 128;
    private final Map<String, Integer> vocabularyBits = new HashMap<>();

    private void indexVocabulary() {
        mark(bylinePrefixes, BYLINE_WORD, 0);
        mark(creditLabels, CREDIT_WORD, 0);
        mark(agencies, AGENCY, STARTS_AGENCY);
        mark(photoSources, PHOTO_SOURCE, STARTS_PHOTO_SOURCE);
        mark(months, MONTH, 0);
        mark(dateWords, DATE_WORD, 0);
    }

    /** {@code bit} on each entry; {@code startBit} on the first word of each entry of two words or more. */
    private void mark(Set<String> entries, int bit, int startBit) {
        for (String e : entries) {
            listed(e, bit);
            int space = e.indexOf(' ');
            if (startBit != 0 && space > 0) {
                listed(e.substring(0, space), startBit);
                listed(e.substring(space + 1), 0); // the pair's second word: must pass the filter
            }
        }
    }

    private void listed(String word, int bit) {
        if (bit != 0) {
            vocabularyBits.merge(word, bit, (x, y) -> x | y);
        }
        if (!word.isEmpty()) {
            int h = shape(word, 0, word.length());
            listedShapes[h >>> 6] |= 1L << h;
        }
    }

    /** Vocabulary hits among the first 60 words of the (stripped, lower-case) text {@code s}: words are runs of letters and digits. */
    private void vocabulary(Sink f, String s) {
        // the words: what TOKEN_SPLIT.split(s) gives, without its empty first string; 61 at most (the 60th's pair)
        String[] w = new String[61];
        int n = 0;
        int len = s.length();
        for (int k = 0; k < len && n < w.length;) {
            int step = wordChar(s, k);
            if (step < 0) {
                k -= step;
                continue;
            }
            int from = k;
            while (k < len && (step = wordChar(s, k)) > 0) {
                k += step;
            }
            // a word no vocabulary can hold (most words) is not cut out of the text nor looked up
            w[n++] = mayBeListed(s, from, k) ? s.substring(from, k) : null;
        }
        if (n == 0) {
            return;
        }
        int first = bits(w[0]);
        if ((first & BYLINE_WORD) != 0) {
            f.add("opens with a byline word");
        }
        if ((first & CREDIT_WORD) != 0) {
            f.add("opens with a credit word");
        }
        // each cue once, where its first hit is: later hits cannot move it
        int found = 0;
        int limit = Math.min(n, 60);
        for (int k = 0; k < limit; k++) {
            int b = k == 0 ? first : bits(w[k]);
            if (b == 0) {
                continue;
            }
            if (k > 0 && (b & CREDIT_WORD) != 0 && (found & CREDIT_WORD) == 0) {
                found |= CREDIT_WORD;
                f.add("credit word");
            }
            if ((found & AGENCY) == 0 && ((b & AGENCY) != 0 || pairIn(b & STARTS_AGENCY, agencies, w, k, n))) {
                found |= AGENCY;
                f.add("agency");
            }
            if ((found & PHOTO_SOURCE) == 0
                    && ((b & PHOTO_SOURCE) != 0 || pairIn(b & STARTS_PHOTO_SOURCE, photoSources, w, k, n))) {
                found |= PHOTO_SOURCE;
                f.add("photo source");
            }
            if ((b & MONTH) != 0 && (found & MONTH) == 0) {
                found |= MONTH;
                f.add("month name");
            }
            if ((b & DATE_WORD) != 0 && (found & DATE_WORD) == 0) {
                found |= DATE_WORD;
                f.add("date word");
            }
        }
    }

    private int bits(String word) {
        if (word == null) {
            return 0;
        }
        Integer b = vocabularyBits.get(word);
        return b == null ? 0 : b;
    }

    /**
     * A filter before {@link #vocabularyBits}: a bit per (length, first two characters) of its
     * entries. False: the word {@code s[from, to)} is in no vocabulary; true: it may be.
     */
    private final long[] listedShapes = new long[1 << 10];

    private static int shape(CharSequence s, int from, int to) {
        int len = to - from;
        int h = (s.charAt(from) * 31 + (len > 1 ? s.charAt(from + 1) : 0)) * 31 + len;
        return h & 0xFFFF;
    }

    private boolean mayBeListed(CharSequence s, int from, int to) {
        int h = shape(s, from, to);
        return (listedShapes[h >>> 6] & 1L << h) != 0;
    }

    /** Word {@code k} and the next, as one entry of {@code entries}; looked up only where word {@code k} starts one ({@code starts}). */
    private static boolean pairIn(int starts, Set<String> entries, String[] w, int k, int n) {
        return starts != 0 && k + 1 < n && w[k + 1] != null && entries.contains(w[k] + " " + w[k + 1]);
    }

    /**
     * The code point at {@code k}: its length in chars if it is {@code \p{L}} or {@code \p{N}}
     * (what TOKEN_SPLIT does not split at), else minus its length.
     */
    private static int wordChar(String s, int k) {
        char c = s.charAt(k);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' ? 1 : -1;
        }
        int cp = s.codePointAt(k);
        int length = Character.charCount(cp);
        return ((1 << Character.getType(cp)) & WORD_TYPES) != 0 ? length : -length;
    }

    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    private static void position(Sink f, Context c, int i) {
        int n = c.rule().length;
        if (i == 0) {
            f.add("first paragraph");
        }
        if (i == n - 1) {
            f.add("last paragraph");
        } else if (i >= n - 4) {
            f.add("near the end");
        }
        int h = c.headline();
        if (h < 0) {
            f.add("no headline");
        } else if (i < h) {
            f.add("above the headline");
        } else if (i > h) {
            int d = i - h;
            f.add(d <= 3 ? AFTER_HEADLINE[d] : d <= 8 ? "4-8 after headline" : "far after headline");
        }
        int e = c.headerEnd();
        f.add(i < e ? "in the header" : i == e ? "first story paragraph" : i <= e + 2 ? "just after the story starts"
                : "in the story");
    }

    /** The kind of a rule's cue: its first phrase without quoted words, brackets or digits ("credit word"). */
    static String cueKind(String cue) {
        return ruleCue(cue).substring(RULE_CUE.length());
    }

    private static final String RULE_CUE = "rule cue ";

    /** The cue "rule cue " + {@link #cueKind}, remembered per rule cue. */
    private static String ruleCue(String cue) {
        if (cue == null || cue.isEmpty()) {
            return "rule cue none";
        }
        return remembered(CUE_KINDS, cue, k -> (RULE_CUE + kindOf(k)).intern());
    }

    /** Rule cue → its "rule cue " + kind. */
    private static final Map<String, String> CUE_KINDS = new ConcurrentHashMap<>();

    private static String kindOf(String cue) {
        int semi = cue.indexOf("; ");
        String first = semi >= 0 ? cue.substring(0, semi) : cue;
        String k = DIGITS.matcher(QUOTED_OR_BRACKETED.matcher(first).replaceAll("")).replaceAll("N").strip();
        return k.isEmpty() ? "none" : k;
    }
}
