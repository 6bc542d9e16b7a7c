package org.newsarchive.etl.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.exception.WriteLimitReachedException;
import org.newsarchive.etl.model.Block;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that a Tika parser emits into {@link Block}s: one block per run of text
 * inside the innermost block-level element, with the element path that led to it.
 *
 * <p>In plain-text mode (Tika's text parser) the characters are kept as they are, line breaks
 * included, for the splitter to read. Otherwise whitespace is collapsed as a browser would,
 * and only {@code <br>} becomes a line break.
 */
public final class BlockContentHandler extends DefaultHandler {

    static final Set<String> BLOCK_ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "figcaption", "pre", "dt", "dd", "td", "th", "caption", "address", "div",
            "section", "article", "main", "header", "footer", "nav", "aside", "figure", "ul", "ol",
            "dl", "table", "tr", "thead", "tbody", "body", "form", "title", "legend", "fieldset",
            "details", "summary", "menu");

    /** Only the last elements of the path are kept: deep nesting must not cost quadratic memory. */
    public static final int MAX_ANCESTRY_DEPTH = 12;

    /** How many inline elements are remembered per block. */
    static final int MAX_INLINE = 8;

    private final boolean plainText;
    private final long maxChars;
    private final List<Block> blocks = new ArrayList<>();
    /** For each block, the element it stands in and the inline elements its text came from. */
    private final List<BlockSource> sources = new ArrayList<>();
    private final List<PageNode> inlineNodes = new ArrayList<>();
    private PageNode current;
    private PageNode currentBlock;
    private int serial;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<String> blockPath = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkDepth;
    private int headDepth;
    /** Inside a {@code <time>} element: one date and time, a break in it is only a space. */
    private int timeDepth;
    private int linkChars;
    private long totalChars;

    public BlockContentHandler(boolean plainText, long maxChars) {
        this.plainText = plainText;
        this.maxChars = maxChars;
    }

    public List<Block> blocks() {
        flush();
        return blocks;
    }

    /** Where each block of {@link #blocks()} came from, same order and size. */
    List<BlockSource> sources() {
        flush();
        return sources;
    }

    /**
     * Where a block's text stands on the page.
     *
     * @param node   the innermost block element holding the text
     * @param inline the inline elements below {@code node} that held some of its text, outermost
     *               first (at most a few)
     */
    public record BlockSource(PageNode node, List<PageNode> inline) {
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (name.equals("head")) {
            headDepth++;
        }
        if (name.equals("br")) {
            text.append('\n');
            return;
        }
        if (name.equals("a")) {
            linkDepth++;
        }
        if (name.equals("time")) {
            timeDepth++;
        }
        boolean block = BLOCK_ELEMENTS.contains(name);
        if (block) {
            flush();
        }
        path.addLast(describe(name, atts));
        current = new PageNode(serial++, name, current, atts);
        if (block) {
            blockPath.addLast(name);
            currentBlock = current;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (name.equals("br")) {
            return;
        }
        if (name.equals("head")) {
            headDepth = Math.max(0, headDepth - 1);
        }
        if (name.equals("a")) {
            linkDepth = Math.max(0, linkDepth - 1);
        }
        if (name.equals("time")) {
            timeDepth = Math.max(0, timeDepth - 1);
        }
        boolean block = BLOCK_ELEMENTS.contains(name);
        if (block) {
            flush();
            if (!blockPath.isEmpty()) {
                blockPath.removeLast();
            }
        }
        if (!path.isEmpty()) {
            path.removeLast();
        }
        if (current != null) {
            current = current.parent;
            if (block) {
                PageNode b = current;
                while (b != null && !BLOCK_ELEMENTS.contains(b.name)) {
                    b = b.parent;
                }
                currentBlock = b;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (headDepth > 0) {
            return;
        }
        totalChars += length;
        if (totalChars > maxChars) {
            throw new WriteLimitReachedException((int) Math.min(Integer.MAX_VALUE, maxChars));
        }
        if (plainText) {
            text.append(ch, start, length);
            return;
        }
        if (current != null && current.inHidden) {
            return; // not rendered (PageNode#hidden): readers never see it, so it is no text of the page
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                c = ' ';
            }
            if (c == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' '
                    || text.charAt(text.length() - 1) == '\n')) {
                continue;
            }
            text.append(c);
            if (linkDepth > 0) {
                linkChars++;
            }
        }
        noteInline();
        for (PageNode n = current; n != null && n != currentBlock; n = n.parent) {
            n.textChars += length;
        }
    }

    /** Remembers the inline elements (below the block element) that this text run stands in. */
    private void noteInline() {
        if (current == null || current == currentBlock || inlineNodes.size() >= MAX_INLINE) {
            return;
        }
        int at = inlineNodes.size();
        for (PageNode n = current; n != null && n != currentBlock; n = n.parent) {
            if (inlineNodes.contains(n)) {
                break;
            }
            inlineNodes.add(at, n);
            if (inlineNodes.size() >= MAX_INLINE) {
                break;
            }
        }
    }

    /**
     * Tika reports an HTML {@code <br>} as a newline of ignorable whitespace (and adds one
     * after each block, when the text has already been flushed): inside a block it is a break,
     * inside a {@code <time>} element only a space ({@code 24. April 2020<br>08:30 Uhr} is one
     * date and time).
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (plainText) {
            characters(ch, start, length);
            return;
        }
        if (headDepth > 0 || text.length() == 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n' && timeDepth > 0) {
                if (!Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
                return;
            }
            if (ch[i] == '\n') {
                if (text.charAt(text.length() - 1) == ' ') {
                    text.setLength(text.length() - 1);
                }
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                return;
            }
        }
    }

    private void flush() {
        if (text.length() > 0 && !text.toString().isBlank()) {
            String tag = blockPath.isEmpty() ? (plainText ? Block.PLAIN_TEXT : "body") : blockPath.getLast();
            if (plainText && (tag.equals("p") || tag.equals("body"))) {
                tag = Block.PLAIN_TEXT;
            }
            blocks.add(new Block(text.toString(), tag, ancestry(), linkChars, null));
            sources.add(new BlockSource(currentBlock, inlineNodes.isEmpty() ? List.of() : List.copyOf(inlineNodes)));
        }
        text.setLength(0);
        linkChars = 0;
        inlineNodes.clear();
    }

    private String ancestry() {
        StringBuilder sb = new StringBuilder();
        int skip = Math.max(0, path.size() - MAX_ANCESTRY_DEPTH);
        Iterator<String> it = path.iterator();
        for (int i = 0; it.hasNext(); i++) {
            String element = it.next();
            if (i < skip) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('>');
            }
            sb.append(element);
        }
        return sb.toString();
    }

    private static String describe(String name, Attributes atts) {
        if (atts == null || atts.getLength() == 0) {
            return name;
        }
        String id = atts.getValue("id");
        String cls = atts.getValue("class");
        StringBuilder sb = new StringBuilder(name);
        if (id != null && !id.isBlank()) {
            sb.append('#').append(id.strip());
        }
        if (cls != null && !cls.isBlank()) {
            for (String c : PageNode.classTokens(cls.strip())) {
                sb.append('.').append(c);
            }
        }
        return sb.toString();
    }
}
