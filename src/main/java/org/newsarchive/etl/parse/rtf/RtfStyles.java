package org.newsarchive.etl.parse.rtf;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.parse.SourceFormats;

/**
 * The paragraph styles of an RTF document, which Tika's RTF parser drops: it skips the
 * {@code \stylesheet} group and ignores the {@code \sN} that gives each paragraph its style,
 * so a Word "heading 1" or "caption" paragraph comes out as a plain {@code <p>} (bold at most).
 *
 * <p>This reads the style names from the stylesheet and the style of every paragraph of the
 * body, and gives Tika's blocks the structure Tika gives the same styles in DOCX: a
 * {@code heading N} (or {@code Title}, {@code Subtitle}) paragraph becomes an {@code hN}
 * ({@code h1}, {@code h2}) block, as Tika's Word extractor does,
 * and a paragraph of another named style gets the style name as its class
 * ({@code p.caption}), which {@link SourceFormats#postProcess} reads as for DOCX and ODT.
 *
 * <p>Tika's blocks and the paragraphs read here are paired by their letters and digits, in
 * order, so a paragraph that one side sees and the other does not (a footnote, a list's
 * number) does not shift the rest; a block with no partner is left as Tika gave it. This is
 * a scanner for the structure only, not a second RTF text extractor: Tika's text is kept.
 * It reads every byte once, holds one paragraph's letters at a time, and skips
 * {@code \binN} data, pictures, objects and the other destinations that hold no body text.
 */
public final class RtfStyles {

    /** How far ahead in the paragraphs a block's partner is looked for. */
    static final int LOOKAHEAD = 64;
    /** Longest style name kept; longer ones are cut (a malformed stylesheet must not cost memory). */
    static final int MAX_NAME = 128;
    /** Most letters of one paragraph kept for pairing. */
    static final int MAX_KEY = 4096;

    /** Destinations whose text is not body text. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "info", "pict", "object",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote",
            "annotation", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl",
            "themedata", "colorschememapping", "datastore", "latentstyles", "fldinst", "filetbl", "pgdsctbl",
            "listtext", "pntext", "pntxta", "pntxtb", "shppict", "nonshppict", "objdata", "mmathPr", "docvar",
            "template", "userprops", "bkmkstart", "bkmkend", "xe", "tc");

    private static final Pattern HEADING = Pattern.compile("(?:heading|title)\\s*([1-6])?");

    /** One paragraph of the body: its style's name (null if the stylesheet names none) and its letters. */
    record StyledParagraph(String style, String key) {
    }

    private RtfStyles() {
    }

    /** Tika's blocks of this RTF with the structure its paragraph styles state. */
    public static List<Block> restore(byte[] rtf, List<Block> blocks) {
        List<StyledParagraph> paragraphs = read(rtf);
        if (paragraphs.stream().allMatch(p -> p.style() == null)) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        int next = 0;
        for (Block block : blocks) {
            String key = key(block.text());
            int found = -1;
            if (!key.isEmpty() && block.tag().equals("p")) {
                for (int k = next; k < paragraphs.size() && k < next + LOOKAHEAD; k++) {
                    if (paragraphs.get(k).key().equals(key)) {
                        found = k;
                        break;
                    }
                }
            }
            if (found < 0) {
                out.add(block);
                continue;
            }
            next = found + 1;
            out.add(styled(block, paragraphs.get(found).style()));
        }
        return out;
    }

    /** The block as Tika gives a paragraph of this style in a DOCX. */
    static Block styled(Block block, String style) {
        if (style == null) {
            return block;
        }
        String name = style.toLowerCase(Locale.ROOT).strip();
        if (name.isEmpty() || name.equals("normal") || name.equals("default") || name.equals("body text")) {
            return block;
        }
        String parent = block.ancestry().contains(">")
                ? block.ancestry().substring(0, block.ancestry().lastIndexOf('>') + 1) : "";
        if (name.equals("subtitle")) { // as Tika gives Word's Subtitle style
            return new Block(block.text(), "h2", parent + "h2", block.linkChars(), block.hint());
        }
        Matcher heading = HEADING.matcher(name);
        if (heading.matches()) {
            boolean title = name.startsWith("title");
            if (title && heading.group(1) != null) {
                return block; // "Title 2" is no standard style
            }
            String tag = title ? "h1" : heading.group(1) == null ? null : "h" + heading.group(1);
            if (tag != null) {
                return new Block(block.text(), tag, parent + tag, block.linkChars(), block.hint());
            }
        }
        String cls = name.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
        return new Block(block.text(), block.tag(), parent + block.tag() + "." + cls, block.linkChars(), block.hint());
    }

    /** The letters and digits of a text, lower case: what both readings of a paragraph agree on. */
    static String key(CharSequence text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < MAX_KEY; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The paragraphs of the body, in order, with their style names. */
    static List<StyledParagraph> read(byte[] rtf) {
        return new Scanner(rtf).scan();
    }

    /** A single pass over the bytes: groups, control words, text. */
    private static final class Scanner {
        private final byte[] in;
        private int pos;
        private int depth;
        /** Depth of the destination being skipped, 0 if none. */
        private int skipDepth;
        private int stylesheetDepth;
        private boolean groupStart;
        private int[] styleStack = new int[16];
        private int style;
        private int ucSkip = 1;
        private int pendingSkip;
        private Charset codePage = Charset.forName("windows-1252");
        private final Map<Integer, String> names = new HashMap<>();
        private final List<StyledParagraph> paragraphs = new ArrayList<>();
        private final StringBuilder key = new StringBuilder();
        /** The style entry being read in the stylesheet. */
        private int entryStyle;
        private boolean entryIsParagraphStyle;
        private final StringBuilder entryName = new StringBuilder();

        Scanner(byte[] in) {
            this.in = in;
        }

        List<StyledParagraph> scan() {
            while (pos < in.length) {
                int c = in[pos++] & 0xff;
                switch (c) {
                    case '{' -> openGroup();
                    case '}' -> closeGroup();
                    case '\\' -> control();
                    case '\r', '\n' -> {
                    }
                    default -> text((char) c);
                }
            }
            paragraph();
            return paragraphs;
        }

        private void openGroup() {
            if (depth + 1 >= styleStack.length) {
                styleStack = java.util.Arrays.copyOf(styleStack, styleStack.length * 2);
            }
            styleStack[depth] = style;
            depth++;
            groupStart = true;
            if (stylesheetDepth > 0 && skipDepth == 0 && depth == stylesheetDepth + 1) {
                entryStyle = 0;
                entryIsParagraphStyle = true;
                entryName.setLength(0);
            }
        }

        private void closeGroup() {
            groupStart = false;
            if (depth == 0) {
                return; // unbalanced: ignore
            }
            if (skipDepth == depth) {
                skipDepth = 0;
            } else if (skipDepth == 0 && stylesheetDepth > 0 && depth == stylesheetDepth + 1) {
                endEntry();
            }
            if (stylesheetDepth == depth) {
                stylesheetDepth = 0;
            }
            depth--;
            style = styleStack[depth];
        }

        private void endEntry() {
            String name = entryName.toString();
            int semi = name.indexOf(';');
            name = (semi < 0 ? name : name.substring(0, semi));
            int comma = name.indexOf(',');
            name = (comma < 0 ? name : name.substring(0, comma)).strip(); // Word adds aliases after a comma
            if (entryIsParagraphStyle && !name.isEmpty()) {
                names.putIfAbsent(entryStyle, name);
            }
        }

        private void control() {
            if (pos >= in.length) {
                return;
            }
            int c = in[pos] & 0xff;
            if (!isLetter(c)) {
                pos++;
                symbol(c);
                return;
            }
            int start = pos;
            while (pos < in.length && isLetter(in[pos] & 0xff) && pos - start < 32) {
                pos++;
            }
            String word = new String(in, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII);
            boolean hasParam = false;
            long param = 0;
            boolean negative = false;
            if (pos < in.length && in[pos] == '-') {
                negative = true;
                pos++;
            }
            int digits = 0;
            while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
                if (digits++ < 10) {
                    param = param * 10 + (in[pos] - '0');
                }
                hasParam = true;
                pos++;
            }
            if (negative) {
                param = -param;
            }
            if (pos < in.length && in[pos] == ' ') {
                pos++; // the delimiter belongs to the control word
            }
            word(word, hasParam, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, param)));
        }

        private void symbol(int c) {
            boolean first = groupStart;
            groupStart = false;
            if (c == '*' && first && skipDepth == 0) {
                skipDepth = depth; // an optional destination: nothing of the body
                return;
            }
            if (c == '\'') {
                if (pos + 2 <= in.length) {
                    int hi = Character.digit(in[pos], 16);
                    int lo = Character.digit(in[pos + 1], 16);
                    pos += 2;
                    if (hi >= 0 && lo >= 0) {
                        String s = new String(new byte[] {(byte) (hi * 16 + lo)}, codePage);
                        text(s.isEmpty() ? ' ' : s.charAt(0));
                    }
                }
                return;
            }
            if (c == '{' || c == '}' || c == '\\') {
                text((char) c);
            } else if (c == '\r' || c == '\n') {
                word("par", false, 0); // a backslash before a line end is a paragraph mark
            }
        }

        private void word(String word, boolean hasParam, int param) {
            boolean first = groupStart;
            groupStart = false;
            if (word.equals("bin") && hasParam && param > 0) {
                pos = (int) Math.min(in.length, (long) pos + param); // binary data, never text
                return;
            }
            if (skipDepth > 0) {
                return;
            }
            if (first && SKIPPED.contains(word)) {
                skipDepth = depth;
                return;
            }
            if (first && word.equals("stylesheet") && stylesheetDepth == 0) {
                stylesheetDepth = depth;
                return;
            }
            if (stylesheetDepth > 0) {
                if (depth == stylesheetDepth + 1) {
                    switch (word) {
                        case "s" -> entryStyle = param;
                        case "cs", "ds", "ts", "tsrowd" -> entryIsParagraphStyle = false;
                        default -> {
                        }
                    }
                }
                return;
            }
            switch (word) {
                case "ansicpg" -> codePage(param);
                case "pard" -> style = 0;
                case "s" -> style = hasParam ? param : 0;
                case "par", "cell", "row", "sect", "page" -> paragraph();
                case "uc" -> ucSkip = Math.max(0, Math.min(param, 8));
                case "u" -> {
                    text((char) (param < 0 ? param + 65536 : param));
                    pendingSkip = ucSkip;
                }
                default -> {
                }
            }
        }

        private void text(char c) {
            groupStart = false;
            if (pendingSkip > 0) {
                pendingSkip--;
                return;
            }
            if (skipDepth > 0) {
                return;
            }
            if (stylesheetDepth > 0) {
                if (depth == stylesheetDepth + 1 && entryName.length() < MAX_NAME) {
                    entryName.append(c);
                }
                return;
            }
            if (Character.isLetterOrDigit(c) && key.length() < MAX_KEY) {
                key.append(Character.toLowerCase(c));
            }
        }

        private void paragraph() {
            if (key.length() > 0) {
                paragraphs.add(new StyledParagraph(names.get(style), key.toString()));
                key.setLength(0);
            }
        }

        private void codePage(int number) {
            try {
                codePage = Charset.forName("windows-" + number);
            } catch (RuntimeException e) {
                try {
                    codePage = Charset.forName("cp" + number);
                } catch (RuntimeException e2) {
                    // keep windows-1252
                }
            }
        }

        private static boolean isLetter(int c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
