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
    record Context(List<Paragraph> paragraphs, Role[] rule, String[] cue, boolean[] markup, int headline, int headerEnd) {
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
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.h]\\d{2}\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b");
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|“[^”]*”|\\([^)]*\\)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
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
        Paragraph p = c.paragraphs().get(i);
        String t = p.text();
        boolean markup = c.markup()[i];
        f.add("bias");
        f.add("rule " + c.rule()[i]);
        f.add("rule cue " + cueKind(c.cue()[i]));
        f.add("before: rule " + (i > 0 ? c.rule()[i - 1] : "none"));
        f.add("after: rule " + (i + 1 < c.rule().length ? c.rule()[i + 1] : "none"));
        if (i > 0 && i + 1 < c.rule().length) {
            f.add("between rule " + c.rule()[i - 1] + " and " + c.rule()[i + 1]);
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
        textFeatures(f, t);
        position(f, c, i);
        if (i > 0) {
            String prev = c.paragraphs().get(i - 1).text();
            f.add("before: " + wordsBucket(Text.words(prev)));
            f.add(Text.endsLikeSentence(prev) ? "before: a sentence" : "before: no final stop");
        }
        if (i + 1 < c.paragraphs().size()) {
            String next = c.paragraphs().get(i + 1).text();
            f.add("after: " + wordsBucket(Text.words(next)));
            f.add(Text.endsLikeSentence(next) ? "after: a sentence" : "after: no final stop");
        }
        return new ArrayList<>(f);
    }

    private void markupFeatures(Set<String> f, Paragraph p) {
        f.add("tag " + p.tag());
        if (p.hint() != null) {
            f.add("hint " + p.hint());
        }
        double ld = p.linkDensity();
        f.add(ld == 0 ? "no links" : ld < 0.3 ? "some links" : ld < 0.7 ? "half links" : "mostly links");
        f.addAll(ancestryFeatures(p.ancestry() == null ? "" : p.ancestry()));
    }

    private List<String> ancestryFeatures(String ancestry) {
        List<String> known = ancestryMemo.get(ancestry);
        if (known != null) {
            return known;
        }
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
                f.add("in " + element);
            }
            if (cut < seg.length()) {
                for (String token : TOKEN_SPLIT.split(CAMEL.matcher(seg.substring(cut)).replaceAll(" "))) {
                    String group = group(token.toLowerCase(Locale.ROOT));
                    if (group != null) {
                        f.add("class " + group);
                        if (own) {
                            f.add("own class " + group);
                        }
                    }
                }
            }
        }
        List<String> out = List.copyOf(f);
        if (ancestryMemo.size() >= MEMO_LIMIT) {
            ancestryMemo.clear();
        }
        ancestryMemo.put(ancestry, out);
        return out;
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
        String known = groupMemo.get(token);
        if (known != null) {
            return known == NO_GROUP ? null : known;
        }
        String found = null;
        for (String[] a : affixToken) {
            if (token.startsWith(a[0]) || token.endsWith(a[0])) {
                found = a[1];
                break;
            }
        }
        if (groupMemo.size() >= MEMO_LIMIT) {
            groupMemo.clear();
        }
        groupMemo.put(token, found == null ? NO_GROUP : found);
        return found;
    }

    private static boolean isFigure(Paragraph p) {
        return p.hint() == Role.PHOTO_CAPTION || p.hint() == Role.PHOTO_CREDIT || "figcaption".equals(p.tag())
                || p.ancestry() != null && p.ancestry().contains("figure");
    }

    private void textFeatures(Set<String> f, String t) {
        int words = Text.words(t);
        f.add(wordsBucket(words));
        f.add(Text.endsLikeSentence(t) ? "ends like a sentence" : "no final stop");
        int sentences = Text.sentences(t);
        if (sentences >= 2) {
            f.add(sentences >= 4 ? "4+ sentences" : "2-3 sentences");
        }
        double upper = Text.upperShare(t);
        if (upper > 0.8) {
            f.add("capitals");
        }
        int capitalised = Text.capitalisedWords(t);
        if (words >= 2 && words <= 5 && capitalised == words && !Text.endsWithStop(t) && !t.matches(".*\\d.*")) {
            f.add("name shape");
        } else if (words > 0 && capitalised * 2 > words) {
            f.add("mostly capitalised words");
        }
        if (YEAR.matcher(t).find()) {
            f.add("year");
        }
        if (CLOCK.matcher(t).find()) {
            f.add("clock time");
        }
        if (NUMERIC_DATE.matcher(t).find()) {
            f.add("numeric date");
        }
        String s = t.strip();
        if (s.endsWith(":")) {
            f.add("ends with a colon");
        } else if (s.indexOf(':') > 0 && s.indexOf(':') < 25) {
            f.add("early colon");
        }
        if (s.indexOf('©') >= 0 || s.toLowerCase(Locale.ROOT).contains("(c)")) {
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
        vocabulary(f, s);
    }

    private static String wordsBucket(int words) {
        return words <= 1 ? "1 word" : words <= 3 ? "2-3 words" : words <= 6 ? "4-6 words" : words <= 12 ? "7-12 words"
                : words <= 25 ? "13-25 words" : words <= 50 ? "26-50 words" : "over 50 words";
    }

    private void vocabulary(Set<String> f, String s) {
        String[] w = TOKEN_SPLIT.split(s.toLowerCase(Locale.ROOT));
        int start = w.length > 0 && w[0].isEmpty() ? 1 : 0;
        if (start < w.length && bylinePrefixes.contains(w[start])) {
            f.add("opens with a byline word");
        }
        if (start < w.length && creditLabels.contains(w[start])) {
            f.add("opens with a credit word");
        }
        int limit = Math.min(w.length, start + 60);
        for (int k = start; k < limit; k++) {
            String one = w[k];
            String two = k + 1 < w.length ? one + " " + w[k + 1] : null;
            if (k > start && creditLabels.contains(one)) {
                f.add("credit word");
            }
            if (agencies.contains(one) || two != null && agencies.contains(two)) {
                f.add("agency");
            }
            if (photoSources.contains(one) || two != null && photoSources.contains(two)) {
                f.add("photo source");
            }
            if (months.contains(one)) {
                f.add("month name");
            }
            if (dateWords.contains(one)) {
                f.add("date word");
            }
        }
    }

    private static void position(Set<String> f, Context c, int i) {
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
            f.add(d <= 3 ? d + " after headline" : d <= 8 ? "4-8 after headline" : "far after headline");
        }
        int e = c.headerEnd();
        f.add(i < e ? "in the header" : i == e ? "first story paragraph" : i <= e + 2 ? "just after the story starts"
                : "in the story");
    }

    /** The kind of a rule's cue: its first phrase without quoted words, brackets or digits ("credit word"). */
    static String cueKind(String cue) {
        if (cue == null || cue.isEmpty()) {
            return "none";
        }
        String known = CUE_KINDS.get(cue);
        if (known != null) {
            return known;
        }
        String kind = kindOf(cue);
        if (CUE_KINDS.size() >= MEMO_LIMIT) {
            CUE_KINDS.clear();
        }
        CUE_KINDS.put(cue, kind);
        return kind;
    }

    private static final Map<String, String> CUE_KINDS = new ConcurrentHashMap<>();

    private static String kindOf(String cue) {
        int semi = cue.indexOf("; ");
        String first = semi >= 0 ? cue.substring(0, semi) : cue;
        String k = DIGITS.matcher(QUOTED_OR_BRACKETED.matcher(first).replaceAll("")).replaceAll("N").strip();
        return k.isEmpty() ? "none" : k;
    }
}
