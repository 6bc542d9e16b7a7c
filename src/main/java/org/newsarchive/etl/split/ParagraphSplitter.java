package org.newsarchive.etl.split;

import java.util.ArrayList;
import java.util.List;

import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.Paragraph;

/**
 * Turns parsed blocks into paragraphs in reading order.
 *
 * <ul>
 * <li>Plain text: blank lines separate paragraphs. Inside a paragraph, a line that was ended
 * only because the text was hard-wrapped at a fixed width is joined to the next one; a line
 * that ends early (a caption followed by its credit line, a dateline line) ends its
 * paragraph, and so does an indented line.</li>
 * <li>Markup: each block is a paragraph, and an explicit break ({@code <br>}, kept as a line
 * break by the parser) ends a paragraph.</li>
 * </ul>
 * Every paragraph is normalised with {@link TextNormalizer}; empty ones are dropped.
 */
public final class ParagraphSplitter {

    /** Widest line that still counts as hard-wrapped text. */
    static final int MAX_WRAP_WIDTH = 100;
    /** How far below the wrap width a line may end and still count as wrapped. */
    static final int WRAP_SLACK = 3;

    public List<Paragraph> split(List<Block> blocks) {
        List<Paragraph> out = new ArrayList<>();
        for (Block block : blocks) {
            List<String> pieces = block.isPlainText() ? splitPlainText(block.text())
                    : List.of(block.text().split("\n"));
            for (String piece : pieces) {
                String text = TextNormalizer.normalize(piece);
                if (text.isEmpty()) {
                    continue;
                }
                double linkDensity = block.text().isEmpty() ? 0.0
                        : Math.min(1.0, (double) block.linkChars() / block.text().length());
                out.add(new Paragraph(out.size() + 1, text, block.tag(), block.ancestry(), linkDensity,
                        block.hint()));
            }
        }
        return out;
    }

    /** Splits plain text into raw paragraph texts (not yet normalised). */
    List<String> splitPlainText(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int wrapWidth = wrapWidth(lines);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (line.isBlank()) {
                flush(current, out);
                previous = null;
                continue;
            }
            if (previous != null && !continues(previous, line, wrapWidth)) {
                flush(current, out);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
            previous = line;
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /**
     * True if {@code next} continues the paragraph of {@code line}: the text is hard-wrapped
     * and {@code line} ended only because the next word would not have fitted.
     */
    static boolean continues(String line, String next, int wrapWidth) {
        if (wrapWidth <= 0 || isIndented(next)) {
            return false;
        }
        String trimmed = next.strip();
        int firstWord = trimmed.indexOf(' ');
        int nextWordLength = firstWord < 0 ? trimmed.length() : firstWord;
        return line.stripTrailing().length() + 1 + nextWordLength > wrapWidth - WRAP_SLACK;
    }

    private static boolean isIndented(String line) {
        return line.startsWith("\t") || line.startsWith("  ");
    }

    /**
     * The width the text is hard-wrapped at, or 0 if it is not hard-wrapped: its longest line,
     * when that is at most {@link #MAX_WRAP_WIDTH} and at least two paragraphs are wrapped.
     */
    static int wrapWidth(String[] lines) {
        int max = 0;
        for (String line : lines) {
            max = Math.max(max, line.stripTrailing().length());
        }
        if (max == 0 || max > MAX_WRAP_WIDTH) {
            return 0;
        }
        int wrapped = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i + 1].isBlank()
                    && lines[i].stripTrailing().length() >= max - 12) {
                wrapped++;
            }
        }
        return wrapped >= 2 ? max : 0;
    }
}
