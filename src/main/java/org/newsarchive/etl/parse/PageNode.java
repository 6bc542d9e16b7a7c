package org.newsarchive.etl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.xml.sax.Attributes;

/**
 * One element of the parsed page, as far as content extraction needs it: name, the attributes
 * that say what the element is for, and its parent. Nodes are shared by every block below
 * them, so recording the full element chain of every block costs one reference per block.
 */
public final class PageNode {

    public final int serial;
    public final String name;
    public final PageNode parent;
    public final int depth;
    /**
     * id and class names, lower case, space separated ("" when there are none), and
     * {@code data-graphic} when a data attribute names the element an embedded graphic
     * (see {@link #isGraphicAttribute}).
     */
    public final String names;
    /** itemprop, lower case, or "". */
    public final String itemprop;
    /** ARIA role, lower case, or "". */
    public final String role;
    /**
     * Not rendered: the {@code hidden} attribute, a {@code popover} (shown only when opened), an inline {@code display:none} or
     * {@code visibility:hidden}, a {@code <template>}, a {@code <dialog>} that is not open, or a
     * class that common CSS frameworks define as not displayed or shown to screen readers only
     * (see {@link #notRenderedByClass}). {@code aria-hidden="true"} is not one of them: it hides
     * the element from assistive technology only, and pages use it on visible text (captions
     * whose image already has alt text, decorative copies of a heading).
     */
    public final boolean hidden;
    /** This node or one of its ancestors is not rendered. */
    public final boolean inHidden;
    /** How much article text the blocks below this node hold (filled in by the extractor). */
    public int textChars;
    public int linkChars;
    public int paragraphChars;
    /** How much of that text is inside figure elements below this node. */
    public int figureChars;
    /** Cached flags of the HTML extractor's {@code NodeNames} (valid once {@code verdict} is 1). */
    public byte verdict;
    public int classification;

    PageNode(int serial, String name, PageNode parent, Attributes atts) {
        this.serial = serial;
        this.name = name;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
        String id = value(atts, "id");
        String cls = value(atts, "class");
        // a heading's id is the fragment anchor of a table of contents, made from its words
        // ("nav_schedule_0", "share-prices"), not a name for what the element is
        boolean heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        String names = id.isEmpty() || heading ? cls : (cls.isEmpty() ? id : id + " " + cls);
        this.names = hasGraphicAttribute(atts) ? (names + " data-graphic").strip() : names;
        this.itemprop = value(atts, "itemprop");
        this.role = value(atts, "role");
        String style = value(atts, "style").replace(" ", "");
        this.hidden = atts != null && (atts.getValue("hidden") != null || atts.getValue("popover") != null)
                || style.contains("display:none") || style.contains("visibility:hidden")
                || name.equals("template") || name.equals("dialog") && (atts == null || atts.getValue("open") == null)
                || notRenderedByClass(cls);
        this.inHidden = hidden || parent != null && parent.inHidden;
    }

    /**
     * Class names that mean "not displayed" in the CSS frameworks most pages are built with,
     * when nothing else on the element overrides them: Bootstrap's {@code d-none} (unless a
     * responsive {@code d-md-block} ... shows it again; {@code d-print-block} shows it on paper only), {@code hidden} (Bootstrap 3, Tailwind,
     * Foundation; unless a responsive {@code md:block} shows it), a {@code modal} dialog that is
     * not shown, and the screen-reader-only classes ({@code sr-only}, {@code visually-hidden},
     * {@code screen-reader-text}) that position text off screen. Readers and extractors drop
     * such text; so does this pipeline.
     */
    public static boolean notRenderedByClass(String cls) {
        if (cls.isEmpty()) {
            return false;
        }
        boolean displayNone = false;
        boolean modal = false;
        boolean shown = false;
        for (String t : classTokens(cls)) {
            switch (t) {
                case "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
                        "element-invisible", "a11y-hidden", "u-visually-hidden" -> {
                    return true;
                }
                case "d-none", "hidden" -> displayNone = true;
                case "modal" -> modal = true;
                case "show", "in", "open", "is-open", "active", "is-active", "visible" -> shown = true;
                default -> {
                    if (t.contains(":") && !t.startsWith("print:") || isResponsiveDisplay(t) || t.startsWith("visible-")) {
                        shown = true;
                    }
                }
            }
        }
        return (displayNone || modal) && !shown;
    }

    /**
     * The tokens of a class attribute, split at the whitespace of the regular expression
     * {@code \s} as {@code cls.split("\\s+")} would, without its empty first token: split by
     * hand, since this runs for every element of every page and a regular expression was a tenth
     * of the job's CPU time.
     */
    static List<String> classTokens(String cls) {
        List<String> tokens = new ArrayList<>(4);
        int n = cls.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || isRegexSpace(cls.charAt(i))) {
                if (i > start) {
                    tokens.add(cls.substring(start, i));
                }
                start = i + 1;
            }
        }
        return tokens;
    }

    /** The whitespace of the regular expression {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Bootstrap's responsive display class that shows an element again ({@code d-md-block}; not {@code d-md-none}). */
    private static boolean isResponsiveDisplay(String t) {
        if (!t.startsWith("d-")) {
            return false;
        }
        int dash = t.indexOf('-', 2);
        if (dash < 0) {
            return false;
        }
        String breakpoint = t.substring(2, dash);
        return (breakpoint.equals("sm") || breakpoint.equals("md") || breakpoint.equals("lg") || breakpoint.equals("xl")
                || breakpoint.equals("xxl")) && !t.startsWith("none", dash + 1);
    }

    /**
     * A data attribute that marks an embedded data graphic ({@code data-graphic-id},
     * {@code data-graphicuuid}, {@code data-infographic}; not {@code data-demographic}):
     * graphics tools build their markup from generated class names, and such an attribute is
     * often the only name that says what the element is.
     */
    public static boolean isGraphicAttribute(String lowerName) {
        if (!lowerName.startsWith("data-")) {
            return false;
        }
        for (int i = lowerName.indexOf("graphic", 5); i >= 0; i = lowerName.indexOf("graphic", i + 1)) {
            if (lowerName.charAt(i - 1) == '-' || lowerName.startsWith("info", i - 4) && lowerName.charAt(i - 5) == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGraphicAttribute(Attributes atts) {
        if (atts == null) {
            return false;
        }
        for (int i = 0, n = atts.getLength(); i < n; i++) {
            String a = atts.getLocalName(i);
            if (a.isEmpty()) {
                a = atts.getQName(i);
            }
            if (isGraphicAttribute(a)) {
                return true;
            }
        }
        return false;
    }

    private static String value(Attributes atts, String name) {
        if (atts == null) {
            return "";
        }
        String v = atts.getValue(name);
        return v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
    }

    public boolean is(String elementName) {
        return name.equals(elementName);
    }

    /** True if this node is {@code other} or lies below it. */
    public boolean within(PageNode other) {
        if (other == null) {
            return false;
        }
        for (PageNode n = this; n != null && n.depth >= other.depth; n = n.parent) {
            if (n == other) {
                return true;
            }
        }
        return false;
    }

    public static PageNode commonAncestor(PageNode a, PageNode b) {
        if (a == null || b == null) {
            return null;
        }
        while (a.depth > b.depth) {
            a = a.parent;
        }
        while (b.depth > a.depth) {
            b = b.parent;
        }
        while (a != b) {
            a = a.parent;
            b = b.parent;
        }
        return a;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name);
        if (!names.isEmpty()) {
            sb.append('[').append(names).append(']');
        }
        if (!itemprop.isEmpty()) {
            sb.append("{").append(itemprop).append('}');
        }
        return sb.toString();
    }

    public String path() {
        StringBuilder sb = new StringBuilder();
        for (PageNode n = this; n != null; n = n.parent) {
            sb.insert(0, n.toString() + (sb.length() > 0 ? " > " : ""));
        }
        return sb.toString();
    }
}
