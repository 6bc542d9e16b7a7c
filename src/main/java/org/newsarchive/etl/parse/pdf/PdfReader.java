package org.newsarchive.etl.parse.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.Role;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.newsarchive.etl.parse.BlockContentHandler;

/**
 * Reads a PDF (through Tika's PDFBox parser) into paragraphs rebuilt from its lines.
 *
 * <ul>
 * <li>Lines of a paragraph are joined. A word hyphenated at a line end is joined again
 * ({@code inter-\nnational} → {@code international}) unless the document itself writes the
 * hyphenated form elsewhere ({@code high-stakes} inside a line keeps {@code high-\nstakes}
 * hyphenated); the joined form written elsewhere confirms the join; with neither, the
 * hyphen is taken for a typesetter's and removed, except before {@code and}/{@code or}
 * ({@code pre-\nand post-war}). The word list is the document's own words: no dictionary
 * fits every language and every name, but the article is the best witness of its own
 * spelling.</li>
 * <li>A paragraph cut by a column or page break (it ends without closing punctuation and
 * the next block starts in lower case) is joined to its continuation.</li>
 * <li>Running headers and footers (the first or last line of a page that recurs, digits
 * aside, on other pages) and page numbers ({@code 3}, {@code Page 3 of 10}, {@code - 3 -})
 * get the hint BOILERPLATE.</li>
 * </ul>
 */
public final class PdfReader {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*[\\p{L}]|\\p{L}");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–—\\s]*(page|seite|p\\.|pág\\.?|side)?\\s*\\d{1,4}(\\s*(of|/|von|de)\\s*\\d{1,4})?[-–—\\s]*$");
    private static final Pattern END_HYPHEN = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern START_WORD = Pattern.compile("^(\\p{L}+)");
    private static final Set<String> KEEP_AFTER_HYPHEN = Set.of("and", "or", "und", "oder", "et", "ou", "y", "o", "en", "og");

    private final long maxChars;

    public PdfReader(long maxChars) {
        this.maxChars = maxChars;
    }

    public record Result(List<Block> blocks, Metadata metadata) {
    }

    public Result read(InputStream in) throws IOException, SAXException, TikaException {
        BlockContentHandler blocks = new BlockContentHandler(true, maxChars); // keeps the line breaks
        List<Integer> pageStarts = new ArrayList<>();
        ContentHandlerDecorator pages = new ContentHandlerDecorator(blocks) {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                super.startElement(uri, localName, qName, atts);
                if (localName.equals("div") && "page".equals(atts.getValue("class"))) {
                    pageStarts.add(blocks.blocks().size());
                }
            }
        };
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(Parser.class, new EmptyParser());
        new PDFParser().parse(in, pages, metadata, context);
        List<Block> raw = blocks.blocks();
        return new Result(rebuild(raw, pageStarts), metadata);
    }

    /** Rebuilds paragraphs from Tika's blocks (lines separated by line breaks), page by page. */
    static List<Block> rebuild(List<Block> raw, List<Integer> pageStarts) {
        List<List<String>> pages = new ArrayList<>();
        List<Integer> starts = pageStarts.isEmpty() ? List.of(0) : pageStarts;
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : raw.size();
            List<String> page = new ArrayList<>();
            for (int i = from; i < to; i++) {
                page.add(raw.get(i).text());
            }
            pages.add(page);
        }
        Set<String> running = runningLines(pages);
        String allText = String.join("\n", raw.stream().map(Block::text).toList());
        Vocabulary vocabulary = Vocabulary.of(allText);

        List<Block> out = new ArrayList<>();
        int last = -1; // the last paragraph (not page furniture): it may continue after a column or page break
        for (List<String> page : pages) {
            for (int b = 0; b < page.size(); b++) {
                List<String> lines = lines(page.get(b));
                if (lines.isEmpty()) {
                    continue;
                }
                boolean edge = b == 0 || b == page.size() - 1;
                if (lines.size() == 1 && edge && (running.contains(shape(lines.get(0)))
                        || PAGE_NUMBER.matcher(lines.get(0).strip()).matches())) {
                    out.add(new Block(lines.get(0).strip(), "p", "pdf>page-edge", 0, Role.BOILERPLATE));
                    continue;
                }
                String text = join(lines, vocabulary);
                if (last >= 0 && !endsParagraph(out.get(last).text()) && Character.isLowerCase(text.codePointAt(0))) {
                    out.set(last, new Block(joinPair(out.get(last).text(), text, vocabulary), "p", "pdf>p", 0, null));
                } else {
                    out.add(new Block(text, "p", "pdf>p", 0, null));
                    last = out.size() - 1;
                }
            }
        }
        return out;
    }

    private static List<String> lines(String block) {
        List<String> lines = new ArrayList<>();
        for (String line : block.replace("\r", "").split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    static String join(List<String> lines, Vocabulary vocabulary) {
        String text = lines.get(0);
        for (int i = 1; i < lines.size(); i++) {
            text = joinPair(text, lines.get(i), vocabulary);
        }
        return text;
    }

    /** Joins a line to the next, undoing a line-end hyphenation where the document's own words say so. */
    static String joinPair(String line, String next, Vocabulary vocabulary) {
        Matcher end = END_HYPHEN.matcher(line);
        Matcher start = START_WORD.matcher(next);
        if (end.find() && start.find()) {
            String left = end.group(1);
            String right = start.group(1);
            if (KEEP_AFTER_HYPHEN.contains(right.toLowerCase(Locale.ROOT))) {
                return line + " " + next; // pre- and post-war
            }
            String hyphenated = (left + "-" + right).toLowerCase(Locale.ROOT);
            String closed = (left + right).toLowerCase(Locale.ROOT);
            boolean keep = vocabulary.contains(hyphenated) && !vocabulary.contains(closed);
            return keep ? line + next : line.substring(0, line.length() - 1) + next;
        }
        return line + " " + next;
    }

    private static boolean endsParagraph(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?:\"”’»)".indexOf(last) >= 0;
    }

    /** Lines that open or close at least two pages, digits aside: running headers and footers. */
    static Set<String> runningLines(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i : new int[] {0, page.size() - 1}) {
                if (i >= 0 && i < page.size()) {
                    List<String> lines = lines(page.get(i));
                    if (lines.size() == 1 && seen.add(shape(lines.get(0)))) {
                        counts.merge(shape(lines.get(0)), 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> running = new HashSet<>();
        if (pages.size() >= 2) {
            counts.forEach((shape, n) -> {
                if (n >= 2) {
                    running.add(shape);
                }
            });
        }
        return running;
    }

    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }

    /** The words of the document, lower case, as written inside its lines (not across line ends). */
    record Vocabulary(Set<String> words) {
        static Vocabulary of(String text) {
            Set<String> words = new HashSet<>();
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.endsWith("-")) {
                    l = l.substring(0, l.length() - 1).replaceAll("\\S+$", ""); // its last word is cut
                }
                Matcher m = WORD.matcher(l);
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            return new Vocabulary(words);
        }

        boolean contains(String word) {
            return words.contains(word);
        }
    }
}
