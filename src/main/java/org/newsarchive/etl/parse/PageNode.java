package org.newsarchive.etl.parse;

import java.util.Locale;

import org.xml.sax.Attributes;

/**
 * One element of the parsed page, as far as content extraction needs it: name, the attributes
 * that say what the element is for, and its parent. Nodes are shared by every block below
 * them, so recording the full element chain of every block costs one reference per block.
 */
final class PageNode {

    final int serial;
    final String name;
    final PageNode parent;
    final int depth;
    /** id and class names, lower case, space separated ("" when there are none). */
    final String names;
    /** itemprop, lower case, or "". */
    final String itemprop;
    /** ARIA role, lower case, or "". */
    final String role;
    /** hidden, aria-hidden="true" or an inline display:none. */
    final boolean hidden;
    /** How much article text the blocks below this node hold (filled in by the extractor). */
    int textChars;
    int linkChars;
    int paragraphChars;
    /** Cached {@link NodeNames} flags (valid once {@code verdict} is 1). */
    byte verdict;
    int classification;

    PageNode(int serial, String name, PageNode parent, Attributes atts) {
        this.serial = serial;
        this.name = name;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
        String id = value(atts, "id");
        String cls = value(atts, "class");
        this.names = id.isEmpty() ? cls : (cls.isEmpty() ? id : id + " " + cls);
        this.itemprop = value(atts, "itemprop");
        this.role = value(atts, "role");
        String aria = value(atts, "aria-hidden");
        String style = value(atts, "style");
        this.hidden = atts != null && atts.getValue("hidden") != null || aria.equals("true")
                || (style.contains("display") && style.replace(" ", "").contains("display:none"));
    }

    private static String value(Attributes atts, String name) {
        if (atts == null) {
            return "";
        }
        String v = atts.getValue(name);
        return v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
    }

    boolean is(String elementName) {
        return name.equals(elementName);
    }

    /** True if this node is {@code other} or lies below it. */
    boolean within(PageNode other) {
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

    static PageNode commonAncestor(PageNode a, PageNode b) {
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

    String path() {
        StringBuilder sb = new StringBuilder();
        for (PageNode n = this; n != null; n = n.parent) {
            sb.insert(0, n.toString() + (sb.length() > 0 ? " > " : ""));
        }
        return sb.toString();
    }
}
