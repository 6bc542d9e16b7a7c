package org.newsarchive.etl.parse.html;

import org.newsarchive.etl.parse.PageNode;

/**
 * What the names of an element (tag, id, class, itemprop, ARIA role) say about its content.
 * All tests are plain string scans over the lower-cased names, computed once per node.
 */
final class NodeNames {

    static final int NEGATIVE = 1;
    static final int POSITIVE = 2;
    static final int BYLINE = 4;
    static final int DATE = 8;
    static final int CAPTION = 16;
    static final int CREDIT = 32;
    static final int HEADLINE = 64;
    static final int BODY = 128;
    static final int HIDDEN = 256;
    static final int NEGATIVE_ELEMENT = 512;
    /** Named as the story's place: a name token ending in {@code dateline}, {@code location}, {@code ortsmarke} ({@code byline-location}). */
    static final int PLACE = 1024;

    /** Matched anywhere inside a name token. */
    private static final String[] NEGATIVE_PARTS = {"comment", "share", "sharing", "social", "related", "promo",
        "advert", "sidebar", "newsletter", "cookie", "consent", "paywall", "subscri", "widget", "gallery",
        "teaser", "breadcrumb", "recommend", "footer", "menu", "navigation", "navbar", "outbrain", "taboola",
        "sponsor", "popular", "trending", "signup", "donat", "banner", "masthead", "toolbar", "follow",
        "tweet", "instagram", "readmore", "mostread", "adslot", "adunit", "dfp-", "pagination", "pager",
        "login", "modal", "popup", "popover", "overlay", "offcanvas", "dropdown", "tooltip", "skiplink", "skip-link",
        "topnav", "sitemap", "keyword", "storylist", "more-stories", "morestories", "moreon", "read-more",
        "inline-ad", "ad-container", "ad-wrapper", "contact", "rating", "reaction", "audio", "podcast",
        "playlist", "carousel", "slideshow", "infobox", "factbox", "textbox", "card-", "-card", "tease", "subnav",
        "site-header", "nav-", "-nav", "donate", "membership", "register",
        "topic", "author-bio", "authorbio", "author-profile", "bio-", "-bio", "disclaimer", "print",
        "table-of-contents", "liveblog-nav", "pinned", "callout", "pullquote",
        "pull-quote", "cta", "infographic", "datawrapper"};
    /** Matched as a whole name token. */
    private static final String[] NEGATIVE_TOKENS = {"ad", "ads", "nav", "tag", "more", "rss", "aside", "hide",
        "latest", "links", "list", "bio", "utility", "utilities", "tools", "meta-links", "email", "mail",
        "graphic", "graphics"};
    private static final String[] POSITIVE_PARTS = {"article", "story", "content", "entry", "post", "text",
        "main", "prose", "body", "blog", "rte"};
    private static final String[] BODY_PARTS = {"articlebody", "article-body", "article__body", "article_body",
        "storybody", "story-body", "story__body", "story_body", "entry-content", "post-content", "post-body",
        "postbody", "body-text", "bodytext", "article-text", "articletext", "story-text", "article-content",
        "articlecontent", "text-block", "richtext", "rich-text", "article__content", "content-body",
        "main-text", "article-main", "td-post-content", "entry-body"};
    private static final String[] BYLINE_PARTS = {"byline", "author", "contributor", "writer", "autor",
        "auteur", "signature", "creator"};
    private static final String[] DATE_PARTS = {"date", "time", "published", "pubdate", "updated",
        "posted", "datum"};
    private static final String[] PLACE_PARTS = {"dateline", "location", "ortsmarke", "ortszeile"};
    private static final String[] CAPTION_PARTS = {"caption", "cutline", "legend", "bildunterschrift",
        "img-desc", "image-desc", "photo-desc", "figure-text"};
    private static final String[] CREDIT_PARTS = {"credit", "copyright", "photographer", "source",
        "courtesy", "bildquelle", "quelle", "rights", "attribution"};
    private static final String[] HEADLINE_PARTS = {"headline", "title", "heading", "hed"};

    private NodeNames() {
    }

    static int classify(PageNode node) {
        int flags = 0;
        String names = node.names;
        switch (node.name) {
            case "nav", "aside", "form", "button", "menu", "select", "footer", "iframe", "label", "noscript",
                    "textarea", "input", "fieldset", "template" -> flags |= NEGATIVE_ELEMENT;
            case "figcaption" -> flags |= CAPTION;
            case "time" -> flags |= DATE;
            default -> {
            }
        }
        if (node.hidden) {
            flags |= HIDDEN;
        }
        String prop = node.itemprop;
        if (!prop.isEmpty()) {
            if (prop.contains("articlebody")) {
                flags |= BODY | POSITIVE;
            } else if (prop.equals("author") || prop.equals("creator")) {
                flags |= BYLINE;
            } else if (prop.startsWith("date")) {
                flags |= DATE;
            } else if (prop.equals("caption") || prop.equals("description") && node.parent != null
                    && node.parent.name.equals("figure")) {
                flags |= CAPTION;
            } else if (prop.contains("copyright") || prop.equals("creditText".toLowerCase())) {
                flags |= CREDIT;
            } else if (prop.equals("headline") || prop.equals("name") && node.name.startsWith("h")) {
                flags |= HEADLINE;
            }
        }
        String role = node.role;
        if (role.equals("navigation") || role.equals("menu") || role.equals("menubar") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("complementary") || role.equals("dialog")
                || role.equals("search") || role.equals("toolbar") || role.equals("button")) {
            flags |= NEGATIVE_ELEMENT;
        }
        if (role.equals("main") || role.equals("article")) {
            flags |= POSITIVE;
        }
        if (names.isEmpty()) {
            return flags;
        }
        int start = 0;
        int n = names.length();
        int found = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : ' ';
            if (c == ' ') {
                if (i > start) {
                    found |= token(names.substring(start, i));
                }
                start = i + 1;
            }
        }
        if ((found & NEGATIVE) != 0 && isPublishingSystemPost(names)) {
            // a blog system's post element names the post's own tags and categories ("tag-social-media",
            // "category-gallery", "enews_article_tags-koronavirus"): the words of its topics, not of furniture
            found &= ~NEGATIVE;
        }
        return flags | found;
    }

    /**
     * True if the names are those a publishing system gives the element that holds one post: WordPress's
     * {@code hentry} and {@code status-publish} (with {@code type-post}, {@code tag-…}, {@code category-…}).
     */
    static boolean isPublishingSystemPost(String names) {
        return hasToken(names, "hentry") || hasToken(names, "status-publish");
    }

    private static boolean hasToken(String names, String token) {
        int at = names.indexOf(token);
        while (at >= 0) {
            int end = at + token.length();
            if ((at == 0 || names.charAt(at - 1) == ' ') && (end == names.length() || names.charAt(end) == ' ')) {
                return true;
            }
            at = names.indexOf(token, end);
        }
        return false;
    }

    private static int token(String t) {
        int flags = 0;
        if (containsAny(t, BODY_PARTS)) {
            flags |= BODY | POSITIVE;
        }
        int from = 0;
        // a modifier after "--" names a variant of the element ("testreport__section--ads": a section with ad slots
        // in it), not what the element is: its words are not read as whole furniture words
        int modifier = t.indexOf("--");
        int words = modifier > 0 ? modifier : t.length();
        for (int i = 0; i <= words; i++) {
            if (i == words || t.charAt(i) == '-' || t.charAt(i) == '_') {
                if (i > from && equalsAny(t.substring(from, i), NEGATIVE_TOKENS)) {
                    flags |= NEGATIVE;
                }
                from = i + 1;
            }
        }
        if (containsAny(t, NEGATIVE_PARTS) || endsWordAt(t, "tags")) {
            flags |= NEGATIVE;
        }
        if (containsAny(t, POSITIVE_PARTS)) {
            flags |= POSITIVE;
        }
        if (containsAny(t, BYLINE_PARTS) && !t.contains("avatar") && !t.contains("image") && !t.contains("img")
                && !t.contains("photo") && !t.contains("bio") && !t.contains("profile")) {
            flags |= BYLINE;
        }
        if (containsAny(t, DATE_PARTS) && !t.contains("update-") && !t.contains("timeline")
                && !t.contains("runtime") && !t.contains("datepicker")) {
            flags |= DATE;
        }
        if (endsWithAny(t, PLACE_PARTS) && !t.endsWith("geolocation")) { // not a taxonomy tag ("location-france")
            flags |= PLACE;
        }
        if (containsAny(t, CAPTION_PARTS)) {
            flags |= CAPTION;
        }
        if (containsAny(t, CREDIT_PARTS)) {
            flags |= CREDIT;
        }
        if (containsAny(t, HEADLINE_PARTS) && !t.contains("subtitle") && !t.contains("subhead")) {
            flags |= HEADLINE;
        }
        return flags;
    }

    /**
     * True if {@code word} stands in {@code t} where a word ends: at the end or before a character that is no letter
     * ("articletags", "post-tags-list"), not as the start of a longer word (a generated "tagstyle_mxz06e").
     */
    static boolean endsWordAt(String t, String word) {
        for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (end == t.length() || !Character.isLetter(t.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code s} ends with one of {@code parts}. */
    static boolean endsWithAny(String s, String[] parts) {
        for (String p : parts) {
            if (s.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code s} contains one of {@code parts}. */
    static boolean containsAny(String s, String[] parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsAny(String s, String[] parts) {
        for (String p : parts) {
            if (s.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
