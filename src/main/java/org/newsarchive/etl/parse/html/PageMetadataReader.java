package org.newsarchive.etl.parse.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reads what Tika's HTML parser does not hand on: schema.org JSON-LD (script contents are
 * dropped by Tika), the canonical link and the {@code html} language, from the page source;
 * and combines them with the meta tags Tika did put into its {@link Metadata}.
 */
public final class PageMetadataReader {

    private static final Pattern REL_CANONICAL = Pattern.compile("\\brel\\s*=\\s*[\"']?canonical\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_LANG = Pattern.compile(
            "<html\\b[^>]*?\\blang\\s*=\\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*[\"']?",
            Pattern.CASE_INSENSITIVE);
    /** Only the first part of a page (bytes, or characters where the source is decoded whole) is searched for head elements. */
    private static final int HEAD_SCAN_LIMIT = 300_000;

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private PageMetadataReader() {
    }

    /**
     * The page source as this reader needs it. Where the charset writes ASCII as ASCII (UTF-8,
     * the ISO and Windows code pages), the markup is searched in a Latin-1 view of the bytes, a
     * plain copy whose offsets are byte offsets, and only the parts found (the head, the JSON-LD
     * scripts) are decoded: decoding the whole page took 6% of a page's processing time.
     * Other charsets (UTF-16, UTF-32, EBCDIC) are decoded whole.
     */
    public static final class Source {
        private static final String PROBE = "<html lang=\"\"><link rel=\"canonical\"><script type=\"application/ld+json\"></script></head><body>";
        private static final Map<Charset, Boolean> ASCII_COMPATIBLE = new ConcurrentHashMap<>();

        /** Where the markup is searched: the Latin-1 view of {@link #bytes}, or the decoded page where {@code bytes} is null. */
        final String markup;
        private final byte[] bytes;
        private final Charset charset;

        private Source(String markup, byte[] bytes, Charset charset) {
            this.markup = markup;
            this.bytes = bytes;
            this.charset = charset;
        }

        public static Source of(byte[] page, Charset charset) {
            return asciiCompatible(charset) ? new Source(new String(page, StandardCharsets.ISO_8859_1), page, charset)
                    : new Source(new String(page, charset), null, null);
        }

        /** The page text between two offsets of {@link #markup} that both stand on ASCII markup. */
        String text(int from, int to) {
            return bytes == null ? markup.substring(from, to) : new String(bytes, from, to - from, charset);
        }

        static boolean asciiCompatible(Charset charset) {
            if (charset == StandardCharsets.UTF_8 || charset == StandardCharsets.ISO_8859_1) {
                return true;
            }
            return ASCII_COMPATIBLE.computeIfAbsent(charset, c -> c.canEncode()
                    && Arrays.equals(PROBE.getBytes(c), PROBE.getBytes(StandardCharsets.US_ASCII)));
        }
    }

    public static PageInfo read(Source html, Metadata metadata) {
        JsonNode article = null;
        JsonNode page = null;
        if (html != null) {
            for (String json : ldJsonScripts(html)) {
                JsonNode root;
                try {
                    root = JSON.readTree(stripCdata(json));
                } catch (Exception e) {
                    continue;
                }
                List<JsonNode> objects = new ArrayList<>();
                collect(root, objects, 0);
                for (JsonNode o : objects) {
                    if (article == null && isArticle(o)) {
                        article = o;
                    } else if (page == null && o.has("headline")) {
                        page = o;
                    }
                }
            }
        }
        JsonNode best = article != null ? article : page;
        String headline = best == null ? null : text(best.get("headline"));
        String body = article == null ? null : text(article.get("articleBody"));
        String date = best == null ? null : text(best.get("datePublished"));
        String author = best == null ? null : authors(best.get("author"));
        if (author == null) {
            author = meta(metadata, "author"); // <meta name="author">: a name, or the site's (the extractor tells)
        }
        String description = best == null ? null : text(best.get("description"));
        if (description == null) {
            description = meta(metadata, "og:description", "description");
        }

        Set<String> titles = new LinkedHashSet<>();
        add(titles, headline);
        add(titles, meta(metadata, "og:title"));
        add(titles, meta(metadata, "twitter:title"));
        add(titles, meta(metadata, "sailthru.title"));
        add(titles, meta(metadata, TikaCoreProperties.TITLE.getName()));
        add(titles, meta(metadata, "title"));

        String canonical = null;
        String language = null;
        if (html != null) {
            // the head's link and html tags, found by their '<' (a pattern tried at every character
            // of a head full of inline style and script cost more than the rest of this reader)
            String head = head(html);
            for (int i = head.indexOf('<'); i >= 0 && (canonical == null || language == null); i = head.indexOf('<', i + 1)) {
                boolean link = canonical == null && startsTag(head, i, "link");
                boolean root = !link && language == null && startsTag(head, i, "html");
                int end = link || root ? head.indexOf('>', i) : -1;
                if (end < 0) {
                    continue;
                }
                String tag = head.substring(i, end + 1);
                if (link && REL_CANONICAL.matcher(tag).find()) {
                    Matcher href = HREF.matcher(tag);
                    if (href.find()) {
                        canonical = firstGroup(href);
                    }
                } else if (root) {
                    Matcher lang = HTML_LANG.matcher(tag);
                    if (lang.find()) {
                        language = lang.group(1).toLowerCase(Locale.ROOT);
                    }
                }
            }
        }
        if (canonical == null || !canonical.startsWith("http")) {
            String og = meta(metadata, "og:url");
            if (og != null && og.startsWith("http")) {
                canonical = og;
            }
        }
        return new PageInfo(headline, body, date, author, description, List.copyOf(titles),
                canonical == null ? null : unescape(canonical), language);
    }

    /** The contents of the JSON-LD script elements: a plain scan, no regular expression over the page. */
    static List<String> ldJsonScripts(Source source) {
        String html = source.markup;
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int type = html.indexOf("ld+json", from);
            if (type < 0) {
                return out;
            }
            int tagStart = html.lastIndexOf('<', type);
            int open = html.indexOf('>', type);
            if (tagStart < 0 || open < 0 || !html.regionMatches(true, tagStart, "<script", 0, 7)) {
                from = type + 7;
                continue;
            }
            int close = html.indexOf("</script", open);
            if (close < 0) {
                close = html.indexOf("</SCRIPT", open);
            }
            if (close < 0) {
                return out;
            }
            out.add(source.text(open + 1, close));
            from = close;
        }
    }

    private static String head(Source source) {
        String html = source.markup;
        String part = html.length() > HEAD_SCAN_LIMIT ? html.substring(0, HEAD_SCAN_LIMIT) : html;
        int end = headEnd(part);
        return source.text(0, end < 0 ? part.length() : end);
    }

    /** A start tag of this name (any case) begins at {@code at}. */
    private static boolean startsTag(String html, int at, String name) {
        int after = at + 1 + name.length();
        return html.regionMatches(true, at + 1, name, 0, name.length())
                && (after >= html.length() || !Character.isLetterOrDigit(html.charAt(after)) && html.charAt(after) != '_');
    }

    /**
     * Where the head ends: the first {@code </head>} or {@code <body} (any case), or -1. A plain
     * scan for {@code <}: a case-insensitive pattern compared every character of the page twice.
     */
    static int headEnd(CharSequence html) {
        String s = html.toString();
        for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i + 1, "/head", 0, 5)) {
                int j = i + 6;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == '>') {
                    return i;
                }
            } else if (s.regionMatches(true, i + 1, "body", 0, 4)
                    && (i + 5 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 5)) && s.charAt(i + 5) != '_')) {
                return i;
            }
        }
        return -1;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).strip();
            }
        }
        return null;
    }

    private static String stripCdata(String s) {
        String t = s.strip();
        if (t.startsWith("<!--")) {
            t = t.substring(4);
        }
        if (t.endsWith("-->")) {
            t = t.substring(0, t.length() - 3);
        }
        t = t.strip();
        if (t.startsWith("//<![CDATA[")) {
            t = t.substring(11);
        } else if (t.startsWith("<![CDATA[")) {
            t = t.substring(9);
        }
        int end = t.lastIndexOf("]]>");
        if (end >= 0) {
            t = t.substring(0, end);
            if (t.endsWith("//")) {
                t = t.substring(0, t.length() - 2);
            }
        }
        return t;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6 || out.size() > 200) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText("").toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText("").toLowerCase(Locale.ROOT));
    }

    private static String authors(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Iterator<JsonNode> it = node.isArray() ? node.elements() : List.of(node).iterator();
        while (it.hasNext()) {
            JsonNode a = it.next();
            String name = a.isObject() ? text(a.get("name")) : text(a);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (!node.isValueNode()) {
            return null;
        }
        String s = unescape(node.asText("")).strip();
        return s.isEmpty() ? null : s;
    }

    /** JSON-LD values are sometimes HTML-escaped a second time. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return org.jsoup.parser.Parser.unescapeEntities(s, false);
    }

    private static String meta(Metadata metadata, String... names) {
        if (metadata == null) {
            return null;
        }
        for (String name : names) {
            String v = metadata.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static void add(Set<String> titles, String t) {
        if (t != null && !t.isBlank()) {
            titles.add(unescape(t).strip());
        }
    }
}
