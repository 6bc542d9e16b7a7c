package org.newsarchive.etl.parse.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.parse.BlockContentHandler.BlockSource;
import org.newsarchive.etl.tag.BylineDetector;
import org.newsarchive.etl.tag.CreditDetector;
import org.newsarchive.etl.tag.DatelineParser;
import org.newsarchive.etl.tag.Text;
import org.newsarchive.etl.parse.BlockContentHandler;
import org.newsarchive.etl.parse.PageNode;

/**
 * Finds the article in a parsed HTML page and marks everything else as page furniture.
 *
 * <p>Works on the blocks of {@link BlockContentHandler} and the element chain each came from:
 * <ol>
 * <li>joins byline pieces spread over several elements and drop caps to their paragraph;</li>
 * <li>scores containers by the paragraphs below them (text length, commas, link density,
 * class and id names, as Readability does) and takes the best as the article body;</li>
 * <li>finds the headline: the heading that best matches the JSON-LD headline / og:title /
 * title, preferring {@code h1};</li>
 * <li>the article runs from the headline to the end of the body; inside it, blocks in
 * navigation, share, related, promo, newsletter, comment ... containers, link lists, known
 * boilerplate phrases and repeated copies are boilerplate; everything outside it is;</li>
 * <li>JSON-LD {@code articleBody} text, where the page has it, vouches for blocks;</li>
 * <li>the structure gives roles where it asserts them: headline, figcaption and caption
 * classes, credit classes, byline classes, date elements in the article header.</li>
 * </ol>
 * Blocks are never dropped: boilerplate gets the {@link Role#BOILERPLATE} hint. All passes are
 * linear in the number of blocks times the page depth.
 */
public final class PageContentExtractor {

    /** The outcome: the blocks with hints, the headline text found (or null). */
    public record Result(List<Block> blocks, String headline, int headlineIndex) {
    }

    /** Ad labels, share and UI words, embed code: never article text, even in a caption. */
    private static final Pattern ALWAYS_BOILERPLATE = Pattern.compile(
            "^(?:advertisement|anzeige|werbung|publicit[eé]|sponsored(?: content)?|ad|"
            + "(?:share|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|reddit|pinterest|flipboard|"
            + "copy link|messenger|mail|teilen|drucken|partager|imprimer|\\s|\\|)+|"
            + "media playback is unsupported on your device|\\d+ min(?:ute)?s? read|lesezeit:? .*|"
            + "slideshow \\( ?\\d+ images ?\\)|\\d+ ?/ ?\\d+|mehr anzeigen|show more|load more|"
            + "explore further|skip (?:to )?(?:main )?content|advertisement - scroll to continue)\\s*:?$"
            + "|^<(?:iframe|script|div|img)\\b|^(?:more information|journal information|provided by):"
            // a credit label that credits no one, a line without a letter or digit ("/", "|", "•")
            + "|^\\(?\\s*(?:photos?|fotos?|bild(?:er)?|images?|credits?|quelle|source)\\s*:?\\s*\\)?$|^[^\\p{L}\\p{N}]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
            "^(?:read more\\b|read next\\b|more:|more from\\b|more on this\\b|related(?: articles?| stories| coverage| content| links?| news)?\\s*:?$|related:|see also\\b|also read\\b|"
            + "recommended(?: for you| stories| articles)?\\s*:?$|advertisement$|sponsored\\b|anzeige$|werbung$|publicit[eé]$|"
            + "lesen sie (?:auch|mehr|hier)\\b|mehr zum thema\\b|weiterlesen\\b|zum thema\\b|das k[oö]nnte sie auch interessieren|"
            + "if you(?:'|’)re on the .{0,40} app\\b|"
            + "[àa] lire aussi\\b|lire aussi\\b|voir aussi\\b|sur le m[eê]me sujet\\b|"
            + "sign up\\b|subscribe\\b|click here\\b|follow us\\b|share (?:this|on|via)\\b|"
            + "copyright\\b|all rights reserved\\b|you have \\d+ free|already a subscriber|we use cookies\\b|"
            + "this website uses cookies|get the latest\\b|download (?:the|our) app\\b|©|\\(c\\) \\d{4}|topics$|tags:?$|"
            + "(?:share|tweet|email|print|comments?|listen|close|menu|search|next|previous|back to top|top|"
            + "facebook|twitter|whatsapp|linkedin|reddit|pinterest|copy link|link copied|loading\\.*|"
            + "teilen|drucken|kommentare|partager|imprimer|commentaires)$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A call to action a little way into the line. Apart from {@link #BOILERPLATE_TEXT}: tried
     * at every start up to 160 characters in, it is only tried where its words are.
     */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            ".{0,60}\\bclick here to\\b|.{0,160}\\b(?:donate|spenden sie|faites un don) (?:today|now|here|jetzt|heute|maintenant)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A paywall or subscription box: it and what follows it in its container are not article text. */
    private static final Pattern PAYWALL = Pattern.compile(
            "(?:to (?:view|read|continue reading|keep reading|access) (?:the|this) (?:full |rest of the |entire )?(?:story|article)"
            + "|please subscribe|subscribe (?:now )?to (?:continue|read|keep)|already a subscriber|subscribers only"
            + "|this (?:story|article|content) is (?:only )?(?:available|for) (?:to )?(?:subscribers|members)"
            + "|den (?:kompletten|ganzen|vollst[äa]ndigen|vollen) (?:beitrag|artikel|text) lesen sie"
            + "|(?:jetzt|hier) (?:weiterlesen|abonnieren|abonnent werden)|abonnez-vous|r[ée]serv[ée] aux abonn[ée]s"
            + "|pour lire la suite)");
    /** A word each form of {@link #PAYWALL} holds: where none is, the pattern need not be tried at every position. */
    private static final String[] PAYWALL_WORDS = {"story", "article", "subscri", "members", "lesen sie", "weiterlesen",
        "abonn", "lire la suite"};
    private static final String[] CALL_TO_ACTION_WORDS = {"click here to", "donate", "spenden sie", "faites un don"};
    private static final String[] RIGHTS_WORDS = {"rights", "rechte", "droits"};
    private static final Pattern ALL_RIGHTS = Pattern.compile(
            "(?:all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s)", Pattern.CASE_INSENSITIVE);
    /** "By Jill Serjeant", "by: Cora Neas", "ByJ.R. Stone" (pieces in separate inline elements), "Von ...". */
    private static final Pattern BYLINE_START = Pattern.compile(
            "^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|[Dd]oor|[Aa]v|[Aa]f)(?:\\s|:)*\\p{Lu}");
    /** "Author: Ana Rossi", "Auteur : ...", "Text: ...". */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "^(?:authors?|autor(?:in|en)?|auteurs?|autrice|text|texte|reporter|written by)\\s*:\\s*\\p{Lu}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BYLINE_CONNECTOR = Pattern.compile(
            "^(?:by|von|par|por|di|door|and|und|et|y|e|&|,|with|mit|avec)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_DIGIT_OR_AGO = Pattern.compile("\\d|\\bago\\b|\\bhier\\b|\\bheute\\b|"
            + "\\byesterday\\b|\\btoday\\b|\\bgestern\\b", Pattern.CASE_INSENSITIVE);

    /** A calendar date or a relative one: a year, a month name, dd.mm. or dd/mm/, "3 hours ago", 2024年. */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]|\\b(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[eé][cz]"
            + "|janv|f[eé]v|avr|juin|juil|ao[uû]t)[\\p{L}]*\\.?\\s+\\d|\\d{1,2}\\.?\\s+(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep"
            + "|o[ck]t|nov|d[eé][cz]|janv|f[eé]v|avr|juin|juil|ao[uû]t)|\\bago\\b|\\bvor \\d|\\bil y a\\b|\\b(?:yesterday|today"
            + "|gestern|heute|hier|aujourd)|\\d{4}\\s?[年년]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final CreditDetector CREDITS = new CreditDetector();
    private static final BylineDetector BYLINES = new BylineDetector();
    private static final DatelineParser DATE_LINES = new DatelineParser();

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "div", "td", "pre", "section", "article",
            "blockquote", "dd", "main", "span", "body");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static final int MIN_PARAGRAPH = 50;

    /** {@code -Dnews.extract.trace=true}: print each block's verdict, reason and element path to stderr. */
    private static final boolean TRACE = Boolean.getBoolean("news.extract.trace");

    private PageContentExtractor() {
    }

    /**
     * One page on its way through the passes: its blocks, each block's collapsed text and
     * element, and the region and verdicts the passes find. Each pass is a method of its own:
     * one method of all of them was compiled by the JIT several times over, once per loop it was
     * entered at, for about a second of compiler time each.
     */
    private static final class Page {
        final List<Block> blocks;
        final List<BlockSource> sources;
        final int n;
        final String[] texts;
        final PageNode[] nodes;
        final Map<PageNode, Integer> flags = new HashMap<>();
        /** The best-scoring container of paragraphs, and the first and last block inside it (-1 if none). */
        PageNode body;
        int bodyStart = -1;
        int bodyEnd = -1;
        int headline;
        /** The article: the blocks from start to end, below the element article. */
        int start;
        int end;
        PageNode article;
        boolean[] content;
        String[] why;
        /** Blocks kept as the box about the author after the article: the structure says BYLINE. */
        boolean[] authorBox;
        /** The person the page's metadata names as its author ({@link #declaredAuthor}), or null. */
        String author;

        Page(List<Block> blocks, List<BlockSource> sources) {
            this.blocks = blocks;
            this.sources = sources;
            this.n = blocks.size();
            this.texts = new String[n];
            this.nodes = new PageNode[n];
            for (int i = 0; i < n; i++) {
                texts[i] = collapse(blocks.get(i).text());
                nodes[i] = sources.get(i).node();
            }
        }
    }

    public static Result extract(List<Block> input, List<BlockSource> inputSources, PageInfo info) {
        List<Block> blocks = new ArrayList<>(input.size());
        List<BlockSource> sources = new ArrayList<>(input.size());
        join(input, inputSources, blocks, sources);
        if (blocks.isEmpty()) {
            return new Result(blocks, null, -1);
        }
        Page page = new Page(blocks, sources);
        countText(page);               // 1. text and paragraph totals per node
        findBody(page);                // 2. Readability-style container scores
        findArticle(page, info);       // 3. headline, and the article's blocks
        decide(page, info);            // 4. article text or furniture, per block
        cutPaywalls(page);
        dropRepeatedCopies(page);
        dropHeadingsOfBoilerplate(page);
        dropTeaserDates(page);
        keepAuthorBox(page);
        keepSignature(page);
        if (TRACE) {
            trace(page);
        }
        return new Result(hints(page), page.headline >= 0 ? page.texts[page.headline] : null, page.headline);
    }

    /** Adds each block's text, link text and paragraph text to every element above it. */
    private static void countText(Page page) {
        for (int i = 0; i < page.n; i++) {
            int len = page.texts[i].length();
            Block b = page.blocks.get(i);
            boolean paragraph = isParagraph(b, page.texts[i]);
            boolean inFigure = false;
            for (PageNode p = page.nodes[i]; p != null; p = p.parent) {
                p.textChars += len;
                p.linkChars += b.linkChars();
                if (paragraph) {
                    p.paragraphChars += len;
                }
                inFigure |= p.is("figure");
                if (inFigure) {
                    p.figureChars += len;
                }
            }
        }
    }

    /**
     * The article body: the container with the best Readability-style score (paragraphs below
     * it, weighed by class and id names and link density), widened to its parent where the
     * paragraphs are split over sibling containers; and the first and last block inside it.
     */
    private static void findBody(Page page) {
        // in document order: of two containers that score the same (a page that prints its story
        // twice), the first wins, on every run; a HashMap's order follows identity hash codes
        Map<PageNode, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < page.n; i++) {
            PageNode node = page.nodes[i];
            if (node == null || !isParagraph(page.blocks.get(i), page.texts[i]) || node.inHidden) {
                continue;
            }
            String text = page.texts[i];
            double s = 1 + count(text, ',') + Math.min(3, text.length() / 100.0);
            PageNode p = node.is("p") || node.is("td") || node.is("pre") ? node.parent : node;
            for (int level = 0; p != null && level < 3; level++, p = p.parent) {
                double div = level == 0 ? 1 : level == 1 ? 2 : 3;
                scores.merge(p, s / div, Double::sum);
            }
        }
        PageNode body = null;
        double best = 0;
        for (Map.Entry<PageNode, Double> e : scores.entrySet()) {
            PageNode node = e.getKey();
            double score = (e.getValue() + nameWeight(node, page.flags)) * (1 - linkDensity(node));
            if (score > best) {
                best = score;
                body = node;
            }
        }
        if (body != null && body.parent != null) {
            // paragraphs split over sibling containers (ad slots, text blocks): take the parent
            PageNode parent = body.parent;
            double threshold = Math.max(10, best * 0.25);
            for (Map.Entry<PageNode, Double> e : scores.entrySet()) {
                PageNode node = e.getKey();
                if (node != body && node.parent == parent && e.getValue() >= threshold
                        && node.paragraphChars >= MIN_PARAGRAPH * 2
                        && (flags(node, page.flags) & (NodeNames.NEGATIVE | NodeNames.NEGATIVE_ELEMENT)) == 0) {
                    body = parent;
                    break;
                }
            }
        }
        page.body = body;
        if (body != null) {
            for (int i = 0; i < page.n; i++) {
                if (page.nodes[i] != null && page.nodes[i].within(body)) {
                    if (page.bodyStart < 0) {
                        page.bodyStart = i;
                    }
                    page.bodyEnd = i;
                }
            }
        }
    }

    /** What a container's class and id names and its element add to its score. */
    private static double nameWeight(PageNode node, Map<PageNode, Integer> flags) {
        int f = flags(node, flags);
        double weight = 0;
        if ((f & NodeNames.POSITIVE) != 0) {
            weight += 25;
        }
        if ((f & NodeNames.BODY) != 0) {
            weight += 25;
        }
        if ((f & (NodeNames.NEGATIVE | NodeNames.NEGATIVE_ELEMENT)) != 0) {
            weight -= 25;
        }
        if (node.is("article") || node.is("main")) {
            weight += 10;
        }
        return weight;
    }

    private static double linkDensity(PageNode node) {
        return node.textChars == 0 ? 0 : (double) node.linkChars / node.textChars;
    }

    /** The headline, and the article's blocks: from the headline (else the body's first block) to the body's last. */
    private static void findArticle(Page page, PageInfo info) {
        int headline = findHeadline(page.blocks, page.sources, page.texts, page.nodes, page.flags, info, page.body, page.bodyStart,
                page.bodyEnd);
        if (headline > page.bodyEnd && page.bodyEnd >= 0) {
            headline = -1;
        }
        int start = headline >= 0 ? headline : page.bodyStart;
        int end = page.bodyEnd;
        PageNode article = page.body;
        if (headline >= 0 && page.body != null) {
            article = PageNode.commonAncestor(page.nodes[headline], page.body);
        } else if (headline >= 0) {
            article = page.nodes[headline] == null ? null : page.nodes[headline].parent;
            end = page.n - 1;
        }
        if (start < 0) {
            start = 0;
            end = page.n - 1;
        }
        page.headline = headline;
        page.start = start;
        page.end = end;
        page.article = article;
    }

    /** Article text or furniture, block by block; JSON-LD articleBody text, where the page has it, vouches for blocks. */
    private static void decide(Page page, PageInfo info) {
        String ldBody = info.articleBody() == null || info.articleBody().length() < 200 ? null
                : key(info.articleBody());
        int paragraphBase = page.body == null ? 0 : page.body.paragraphChars;
        page.content = new boolean[page.n];
        page.why = new String[page.n];
        String author = declaredAuthor(info);
        page.author = author;
        for (int i = 0; i < page.n; i++) {
            String text = page.texts[i];
            boolean vouched = ldBody != null && text.length() >= 30 && ldBody.contains(key(text));
            String reason = i == page.headline ? null
                    : i < page.start || i > page.end ? reasonOutsideRegion(page, i, vouched)
                    : reasonInRegion(page, i, vouched, paragraphBase);
            if (reason != null && (isDateBesideHeadline(page, i) || isBylineBesideHeadline(page, i)
                    || isPlaceBesideHeadline(page, i) || isCreditBesideHeadline(page, i)
                    || isDeclaredAuthorBesideHeadline(page, i, author))) {
                reason = null;
            }
            page.content[i] = reason == null;
            page.why[i] = reason;
        }
    }

    /**
     * Why a block before or after the article's blocks is furniture, or null if it is article
     * text all the same: vouched for, a caption just above, a header line just above the
     * headline, or the author line closing the article.
     */
    private static String reasonOutsideRegion(Page page, int i, boolean vouched) {
        String text = page.texts[i];
        PageNode node = page.nodes[i];
        PageNode article = page.article;
        int start = page.start;
        int end = page.end;
        boolean inArticle = node != null && article != null && node.within(article);
        if (vouched && inArticle) {
            return null;
        } else if (inArticle && i < start && i >= start - 6
                && markerBelow(node, page.sources.get(i), article, page.flags) == NodeNames.CAPTION) {
            return null;
        } else if (i < start && i >= start - 3 && headerLineAboveHeadline(text, node, page.sources.get(i), article,
                inArticle, page.flags) && !ALWAYS_BOILERPLATE.matcher(text).lookingAt()) {
            return null;
        } else if (inArticle && i > end && i <= end + 3 && text.length() <= 100
                && (BYLINE_START.matcher(text).find() || AUTHOR_LABEL.matcher(text).find())
                && markerBelow(node, page.sources.get(i), article, page.flags) == NodeNames.BYLINE
                && !inNegativeElement(node, page.flags, null)) {
            return null; // the author line closing the article
        } else if (inArticle && i > end && i <= end + DATE_AFTER_REACH && isDateAfterStory(page, i)) {
            return null; // the article's date line, closing it
        }
        return i < start ? "before article" : "after article";
    }

    /** How many blocks after the story's last one its closing date line may stand. */
    private static final int DATE_AFTER_REACH = 3;

    /**
     * A date alone ({@code 13 gusht 2020, 09:08}, {@code Publiziert: 03.04.2020, 12:35}) that closes the story inside
     * its article element: no link, no navigation or aside around it, and no other date line in the blocks after it
     * (the dates of a list of other stories come in a row).
     */
    private static boolean isDateAfterStory(Page page, int i) {
        String text = page.texts[i];
        if (text.length() > 60 || page.blocks.get(i).linkChars() > 0 || !isDateLine(text)
                || inNegativeElement(page.nodes[i], page.flags, null)) {
            return false;
        }
        for (int j = i + 1; j < page.n && j <= i + DATE_AFTER_REACH; j++) {
            if (page.texts[j].length() <= 60 && isDateLine(page.texts[j])) {
                return false;
            }
        }
        return true;
    }

    /** Why a block among the article's blocks is furniture, or null if it is article text. */
    private static String reasonInRegion(Page page, int i, boolean vouched, int paragraphBase) {
        PageNode node = page.nodes[i];
        boolean inBody = page.body != null && node != null && node.within(page.body);
        PageNode limit = inBody ? page.body : page.article;
        boolean inHeader = !inBody && page.bodyStart >= 0 && i < page.bodyStart;
        if (!inBody && (node == null || page.article == null || !node.within(page.article))) {
            return "outside article container";
        } else if (!vouched) {
            return boilerplateReason(page.blocks.get(i), page.texts[i], node, page.sources.get(i), limit, paragraphBase,
                    page.flags, inHeader);
        }
        return null;
    }

    /** A paywall notice ends the visible article: it and what follows it in its container. */
    private static void cutPaywalls(Page page) {
        for (int i = Math.max(0, page.start); i <= page.end && i < page.n; i++) {
            // lower case once: the pattern is lower case, and a case-blind match costs a case fold per character tried
            if (page.content[i] && page.texts[i].length() < 400 && isPaywall(page.texts[i].toLowerCase(Locale.ROOT))) {
                PageNode box = page.nodes[i] == null ? null : page.nodes[i].parent;
                for (int j = i; j <= page.end && j < page.n; j++) {
                    if (j > i && (box == null || page.nodes[j] == null || !page.nodes[j].within(box))) {
                        break;
                    }
                    page.content[j] = false;
                    page.why[j] = "paywall";
                }
            }
        }
    }

    /** Repeated copies (mobile/desktop header, sticky copies, pull quotes): the last one is kept. */
    private static void dropRepeatedCopies(Page page) {
        boolean[] content = page.content;
        String[] texts = page.texts;
        PageNode[] nodes = page.nodes;
        Map<String, Integer> lastCopy = new HashMap<>();
        for (int i = page.n - 1; i >= 0; i--) {
            if (!content[i] || texts[i].length() < 2) {
                continue;
            }
            String k = key(texts[i]);
            Integer later = lastCopy.putIfAbsent(k, i);
            if (later == null) {
                continue;
            }
            boolean bothInBody = page.body != null && nodes[i] != null && nodes[later] != null
                    && nodes[i].within(page.body) && nodes[later].within(page.body);
            if ((bothInBody || CREDITS.creditCue(texts[i]) != null) && texts[i].length() < 100) {
                continue; // repeated credits ("Photo: AP") are each their own paragraph: one per picture, the lead one too
            }
            if (i == page.headline) {
                content[later] = false;
                page.why[later] = "copy of the headline";
                lastCopy.put(k, i);
            } else if (later == page.headline) {
                content[i] = false;
                page.why[i] = "copy of the headline";
            } else {
                content[i] = false;
                page.why[i] = "repeated copy";
            }
        }
    }

    /** A heading in the article body followed only by boilerplate introduces that boilerplate. */
    private static void dropHeadingsOfBoilerplate(Page page) {
        boolean[] content = page.content;
        for (int i = page.end; i > page.bodyStart && i >= 0; i--) {
            if (!content[i] || i == page.headline || !HEADING_TAGS.contains(page.blocks.get(i).tag())) {
                continue;
            }
            boolean anyContent = false;
            for (int j = i + 1; j <= page.end; j++) {
                if (content[j]) {
                    anyContent = !HEADING_TAGS.contains(page.blocks.get(j).tag()) || j > i;
                    break;
                }
            }
            if (!anyContent) {
                content[i] = false;
                page.why[i] = "heading of boilerplate";
            }
        }
    }

    /** Why a block of links is furniture: a teaser's title, a menu. */
    private static final String LINKS = "links";
    /** How far from a teaser's linked title its date stands. */
    private static final int TEASER_DATE_REACH = 2;
    /** How far apart the dates of two teasers of one list stand. */
    private static final int TEASER_LIST_STEP = 4;

    /**
     * The dates of the teasers in a list of other stories ("Meistgelesen", "Više o temi": a date,
     * a linked title, a date, ...), kept because the list sits in the article's container: date
     * lines of their own, each next to a linked title of four words or more, at most
     * {@link #TEASER_LIST_STEP} blocks apart, away from the headline. A single date beside links
     * is the story's own, closing it above "Related News".
     */
    private static void dropTeaserDates(Page page) {
        List<Integer> dates = new ArrayList<>();
        for (int i = 0; i < page.n; i++) {
            String text = page.texts[i];
            if (page.content[i] && i != page.headline && text.length() <= 40 && !nearHeadline(page, i, DATE_REACH, 40)
                    && isDateLine(text) && besideLinkedTitle(page, i)) {
                dates.add(i);
            }
        }
        for (int k = 0; k < dates.size(); k++) {
            int i = dates.get(k);
            boolean listed = k > 0 && i - dates.get(k - 1) <= TEASER_LIST_STEP
                    || k + 1 < dates.size() && dates.get(k + 1) - i <= TEASER_LIST_STEP;
            if (listed) {
                page.content[i] = false;
                page.why[i] = "date of a linked teaser";
            }
        }
    }

    private static boolean besideLinkedTitle(Page page, int i) {
        for (int j = Math.max(0, i - TEASER_DATE_REACH); j < page.n && j <= i + TEASER_DATE_REACH; j++) {
            if (!page.content[j] && LINKS.equals(page.why[j]) && Text.words(page.texts[j]) >= 4) {
                return true;
            }
        }
        return false;
    }

    /** How many lines under the author's name the box holds: a title, a note on the author, a line on how to reach them. */
    private static final int AUTHOR_BOX_LINES = 3;
    /** How far the box's lines may lie below the element the name and its note share. */
    private static final int AUTHOR_BOX_DEPTH = 5;

    /**
     * The box about the author that many pages set at the end of the article or after it, beyond
     * its tags, related lists and comment form, in an element the page may name as furniture: the
     * name the byline beside the headline gave, on a line of its own ({@code Ana Rossi},
     * {@code Dr. Ana Rossi}), with the note under it in the same box (a title, who the author is);
     * or a note on the author ({@code Ana Rossi is a reporter for ...}) that names them. roles.md counts both as BYLINE. The name is the cue that holds across
     * publishers: an author box repeats the byline; a list of the author's other stories gives
     * links under the name, not a note.
     */
    private static void keepAuthorBox(Page page) {
        List<String> names = headerBylineNames(page);
        if (names.isEmpty()) {
            return;
        }
        for (int i = Math.max(page.headline, page.start) + BYLINE_REACH + 3; i < page.n; i++) {
            String text = page.texts[i];
            if (page.content[i] || text.length() > 600) {
                continue;
            }
            if (isNameAlone(text, names) && i + 1 < page.n && inBox(page, i, i + 1) && isNoteLine(page, i + 1, names)) {
                keepInAuthorBox(page, i);
                for (int j = i + 1; j < page.n && j <= i + AUTHOR_BOX_LINES && !page.content[j] && inBox(page, i, j)
                        && isNoteLine(page, j, names); j++) {
                    keepInAuthorBox(page, j);
                }
            } else if (mentionsAny(text, names) && BYLINES.isAuthorNote(text)) {
                keepInAuthorBox(page, i);
            }
        }
    }

    /**
     * The author line that signs the article after its end, beyond its tags, related links and
     * share buttons ({@code Penulis: Ana Rossi}, {@code Автор: Олена Коваль}, {@code Kommentar von
     * Ana Rossi}): an author line with its label, inside the article's element and in no
     * navigation or aside element, when the page has at most {@link #SIGNATURES} such lines after
     * the story (a list of other stories, each under its author, has more), and not under a link
     * in its own small box (a card teasing another story: its headline, its author, its time). The
     * note on the author under it, in the same box, is kept with it.
     */
    private static void keepSignature(Page page) {
        if (page.article == null || page.end < 0) {
            return;
        }
        if (keepDeclaredSignature(page)) {
            return;
        }
        List<Integer> found = new ArrayList<>(SIGNATURES);
        List<String> names = new ArrayList<>(SIGNATURES);
        for (int i = page.end + 1; i < page.n; i++) {
            PageNode node = page.nodes[i];
            if (page.content[i] || page.texts[i].length() > 100 || node == null || !node.within(page.article)) {
                continue;
            }
            BylineDetector.Byline b = BYLINES.detect(page.texts[i]);
            if (b != null && b.authorLine() && !inNegativeElement(node, page.flags, page.body)
                    && !underTeaserLink(page, i)) {
                if (found.size() == SIGNATURES) {
                    return;
                }
                found.add(i);
                if (b.names() != null) {
                    names.add(b.names());
                }
            }
        }
        for (int i : found) {
            keepInAuthorBox(page, i);
            for (int j = i + 1; j < page.n && j <= i + AUTHOR_BOX_LINES && !page.content[j] && inBox(page, i, j)
                    && isNoteLine(page, j, names); j++) {
                keepInAuthorBox(page, j);
            }
        }
    }

    /**
     * The first line after the story, within {@link #DECLARED_SIGNATURE_REACH} blocks of its end, that names the
     * author the page's metadata declares, alone or after its label ({@code Tapio Nurminen}, {@code Kommentar von
     * Ingo Arzt}): the article's signature, however many other author lines (of other stories) follow it, also in a
     * box beside the article's element (the name is the evidence the element would give). Only when the header has
     * no line with that name: where it has, a box under the story with the name is the author's other stories as
     * often as a note on the author ({@link #keepAuthorBox} keeps a note). A hidden element does not count. The
     * note on the author under it, in the same box, is kept with it.
     */
    private static boolean keepDeclaredSignature(Page page) {
        String author = page.author;
        if (author == null || headerBylineNames(page).stream().anyMatch(author::equalsIgnoreCase)) {
            return false;
        }
        for (int i = page.end + 1; i < page.n && i <= page.end + DECLARED_SIGNATURE_REACH; i++) {
            PageNode node = page.nodes[i];
            String text = page.texts[i];
            if (node == null || text.length() > 100
                    || !text.equalsIgnoreCase(author) && !BYLINES.isLabelledAuthor(text, author)) {
                continue;
            }
            if (node.inHidden) {
                return false;
            }
            keepInAuthorBox(page, i);
            List<String> names = List.of(author);
            for (int j = i + 1; j < page.n && j <= i + AUTHOR_BOX_LINES && !page.content[j] && inBox(page, i, j)
                    && isNoteLine(page, j, names); j++) {
                keepInAuthorBox(page, j);
            }
            return true;
        }
        return false;
    }

    /** How many blocks after the story's end {@link #keepDeclaredSignature} looks for the declared author. */
    private static final int DECLARED_SIGNATURE_REACH = 30;

    /** The block above {@code i} is a link in the same card, {@link #TEASER_DEPTH} levels up at most: {@code i} is part of a teaser for another page. */
    private static boolean underTeaserLink(Page page, int i) {
        return i > 0 && page.blocks.get(i - 1).linkChars() * 2 > page.texts[i - 1].length()
                && levelsUpToMeet(page.nodes[i], page.nodes[i - 1]) <= TEASER_DEPTH;
    }

    /** How many levels above an author line a teaser's card may join it to its link. */
    private static final int TEASER_DEPTH = 1;

    /** The most author lines after the story that {@link #keepSignature} takes as the article's own. */
    private static final int SIGNATURES = 2;

    /** Block {@code j} lies in the same small box as block {@code i}: their shared element is at most {@link #AUTHOR_BOX_DEPTH} levels above {@code i}. */
    private static boolean inBox(Page page, int i, int j) {
        return levelsUpToMeet(page.nodes[i], page.nodes[j]) <= AUTHOR_BOX_DEPTH;
    }

    /** How many levels above {@code a} it meets {@code b} (their shared element); {@link Integer#MAX_VALUE} if they never meet. */
    private static int levelsUpToMeet(PageNode a, PageNode b) {
        PageNode shared = a == null || b == null ? null : PageNode.commonAncestor(a, b);
        return shared == null ? Integer.MAX_VALUE : a.depth - shared.depth;
    }

    private static void keepInAuthorBox(Page page, int i) {
        if (page.authorBox == null) {
            page.authorBox = new boolean[page.n];
        }
        page.authorBox[i] = true;
        page.content[i] = true;
        page.why[i] = null;
    }

    /** The names the article's own byline gives, within reach of the headline: {@code Ana Rossi} of "By Ana Rossi", "Ana Rossi | 3. Mai 2023". */
    private static List<String> headerBylineNames(Page page) {
        List<String> names = new ArrayList<>(2);
        if (page.headline < 0) {
            return names;
        }
        int from = Math.max(0, page.headline - BYLINE_REACH);
        int to = Math.min(page.n - 1, Math.min(page.end, page.headline + BYLINE_REACH + 2));
        for (int i = from; i <= to; i++) {
            String text = page.texts[i];
            if (!page.content[i] || i == page.headline || text.length() > 120) {
                continue;
            }
            BylineDetector.Byline b = BYLINES.detect(text);
            String first = AUTHOR_SEPARATOR.split(text, 2)[0].strip();
            String found = b != null && b.authorLine() ? b.names() : BYLINES.isBareName(first) ? first : null;
            if (found != null) {
                // "Von Claudia Riedler 19. Oktober 2019 00:04 Uhr": the names end where the date begins
                for (String one : BylineDetector.AUTHOR_JOIN.split(DATE_AFTER_NAMES.split(found, 2)[0])) {
                    if (BYLINES.isBareName(one.strip()) && !STAFF.matcher(one).find()) {
                        names.add(one.strip());
                    }
                }
            }
        }
        return names;
    }

    /** What ends the name in a header line that runs on to its date or section: a bar, a bullet, a dash between spaces. */
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s[–—-]\\s|\\s*,\\s*(?=\\d)");
    /** A desk, not a person ("Editorial Staff", "News Desk"): its box after the story describes the publisher, not an author. */
    private static final Pattern STAFF = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:staff|desk|team|editorial|editors|newsroom|redaktion|rédaction|redacción|redazione|redactie)(?!\\p{L})");
    /** A word with a digit and all after it: the date or time that runs on after an author line's names. */
    private static final Pattern DATE_AFTER_NAMES = Pattern.compile("\\s+\\S*\\d.*$");

    /** A byline's name on a line of its own, perhaps after a label or a title ({@code Dr. Ana Rossi}, {@code Kommentar von Ana Rossi}). */
    private static boolean isNameAlone(String text, List<String> names) {
        if (text.length() > 80 || text.indexOf('\n') >= 0) {
            return false;
        }
        for (String name : names) {
            if (text.endsWith(name) && Text.words(text) <= Text.words(name) + 3 && !Text.hasDigit(text)) {
                return true;
            }
        }
        return false;
    }

    /** A line of the author box under the name: some words of prose or the author's e-mail address, not a list of links, not the name again. */
    private static boolean isNoteLine(Page page, int j, List<String> names) {
        String text = page.texts[j];
        if (BYLINES.isEmailAlone(text)) {
            return true; // how to reach the author
        }
        int words = Text.words(text);
        return (words >= 4 || BYLINES.opensWithTitle(text)) && words <= 90 && page.blocks.get(j).linkChars() * 2 < text.length()
                && !text.equals(text.toUpperCase(Locale.ROOT)) && !isNameAlone(text, names);
    }

    /** The text names one of the authors: the full name, or the surname as a word. */
    private static boolean mentionsAny(String text, List<String> names) {
        for (String name : names) {
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (text.contains(name) || surname.length() >= 4 && Text.containsWord(text, surname)) {
                return true;
            }
        }
        return false;
    }

    /** The first paragraph of the story's text below the headline and the header lines, or -1. */
    private static int firstBodyParagraph(Page page) {
        for (int i = Math.max(0, page.start + 1); i <= page.end && i < page.n; i++) {
            PageNode node = page.nodes[i];
            if (page.content[i] && isParagraph(page.blocks.get(i), page.texts[i])
                    && !BYLINE_START.matcher(page.texts[i]).find()
                    && (page.body == null || node != null && node.within(page.body)) && !inHeaderElement(node, page.body)
                    && markerBelow(node, page.sources.get(i), page.article, page.flags) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 5. The blocks with their hints: boilerplate, the headline, or the role the structure gives. */
    private static List<Block> hints(Page page) {
        int firstBodyParagraph = firstBodyParagraph(page);
        int headerEnd = firstBodyParagraph < 0 ? page.end + 1 : firstBodyParagraph;
        List<Block> out = new ArrayList<>(page.n);
        for (int i = 0; i < page.n; i++) {
            Block b = page.blocks.get(i);
            Role hint;
            if (!page.content[i]) {
                hint = Role.BOILERPLATE;
            } else if (i == page.headline) {
                hint = Role.HEADLINE;
            } else if (page.authorBox != null && page.authorBox[i]) {
                hint = Role.BYLINE;
            } else {
                hint = structuralRole(b, page.texts[i], page.nodes[i], page.sources.get(i), page.article, page.flags,
                        i < headerEnd);
            }
            out.add(b.hint() == Role.BOILERPLATE ? b : b.withHint(hint == null ? b.hint() : hint));
        }
        return out;
    }

    private static void trace(Page page) {
        for (int i = 0; i < page.n; i++) {
            System.err.printf("%4d %-5s %-22s %-60.60s | %s%n", i, page.content[i] ? "KEEP" : "drop",
                    page.why[i] == null ? (i == page.headline ? "HEADLINE" : "") : page.why[i],
                    page.texts[i].replace('\n', '/'), page.nodes[i] == null ? "-" : page.nodes[i].path());
        }
    }

    // ---------------------------------------------------------------- joining

    /**
     * Joins byline pieces spread over several elements inside one byline container ("By",
     * "David Brand", "and", "Ramsey Khalifeh") and a drop cap in its own element with the
     * paragraph it starts.
     */
    private static void join(List<Block> in, List<BlockSource> src, List<Block> out, List<BlockSource> outSrc) {
        Map<PageNode, Integer> flags = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            Block b = in.get(i);
            BlockSource s = src.get(i);
            if (!out.isEmpty()) {
                Block prev = out.get(out.size() - 1);
                BlockSource prevSource = outSrc.get(outSrc.size() - 1);
                String pt = prev.text().strip();
                String t = b.text().strip();
                if (pt.length() == 1 && Character.isUpperCase(pt.charAt(0)) && !t.isEmpty()
                        && Character.isLowerCase(t.charAt(0)) && prev.text().indexOf('\n') < 0) {
                    out.set(out.size() - 1, new Block(pt + b.text().stripLeading(), b.tag(), b.ancestry(),
                            prev.linkChars() + b.linkChars(), b.hint()));
                    outSrc.set(outSrc.size() - 1, s);
                    continue;
                }
                // (the cheap tests first: this runs for every block of every page)
                if (!t.isEmpty() && t.length() < 60 && t.indexOf('\n') < 0 && Character.isUpperCase(t.charAt(0))
                        && (BYLINES.isLabelAlone(pt) || CREDITS.isLabelAlone(pt)) && close(prevSource.node(), s.node())) {
                    // "Von" in one element, "Dieter Sieckmeyer" in the next: one author line ("Foto:" and the credit alike)
                    out.set(out.size() - 1, new Block(pt + " " + t, prev.tag(), prev.ancestry(),
                            prev.linkChars() + b.linkChars(), prev.hint()));
                    continue;
                }
                PageNode group = bylineGroup(s, flags);
                if (group != null && group == bylineGroup(prevSource, flags) && pt.length() < 60 && t.length() < 60
                        && pt.indexOf('\n') < 0 && t.indexOf('\n') < 0 && !completeAuthorBefore(pt, t) && !isDateLine(t)) {
                    out.set(out.size() - 1, new Block(pt + " " + t, prev.tag(), prev.ancestry(),
                            prev.linkChars() + b.linkChars(), prev.hint()));
                    continue;
                }
            }
            out.add(b);
            outSrc.add(s);
        }
    }

    /**
     * The piece before is a whole author line of its own: a name alone, or an avatar's initials
     * ({@code LP}), and the next piece does not continue it (a connector, a handle). Two authors
     * in a byline box, or a name and the title under it, are separate lines then.
     */
    private static boolean completeAuthorBefore(String previous, String next) {
        if (BYLINE_CONNECTOR.matcher(next).matches() || next.startsWith("@") || next.startsWith(",")) {
            return false;
        }
        return BYLINES.isBareName(previous) || isInitials(previous);
    }

    /** One to three capital letters: the initials an author box shows in place of a photo. */
    private static boolean isInitials(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How far up two elements may go to meet for their text to be one line (a label and its name). */
    private static final int LABEL_REACH = 3;

    /** True if {@code a} and {@code b} meet within {@link #LABEL_REACH} levels above each. */
    private static boolean close(PageNode a, PageNode b) {
        return levelsUpToMeet(a, b) <= LABEL_REACH && levelsUpToMeet(b, a) <= LABEL_REACH;
    }

    /**
     * The outermost byline container of a block (a few levels up at most), or null when the
     * block is not in one or a nearer container says something else (a date, a share bar).
     */
    private static PageNode bylineGroup(BlockSource s, Map<PageNode, Integer> flags) {
        PageNode group = null;
        for (int k = s.inline().size() - 1; k >= 0; k--) {
            int f = flags(s.inline().get(k), flags);
            if ((f & (NodeNames.DATE | NodeNames.NEGATIVE)) != 0 && (f & NodeNames.BYLINE) == 0) {
                return null;
            }
        }
        PageNode node = s.node();
        for (int level = 0; node != null && level < 5; level++, node = node.parent) {
            int f = flags(node, flags);
            if ((f & NodeNames.BYLINE) != 0) {
                group = node;
            } else if (group == null && (f & (NodeNames.DATE | NodeNames.NEGATIVE | NodeNames.NEGATIVE_ELEMENT
                    | NodeNames.CAPTION)) != 0) {
                return null;
            }
            if (node.is("p") || HEADING_TAGS.contains(node.name) || node.is("li")) {
                if (group == null) {
                    return null;
                }
            }
        }
        return group;
    }

    // ---------------------------------------------------------------- decisions

    private static boolean isParagraph(Block b, String text) {
        if (text.length() < MIN_PARAGRAPH || !PARAGRAPH_TAGS.contains(b.tag())) {
            return false;
        }
        return b.linkChars() < 0.35 * text.length();
    }

    private static boolean inHeaderElement(PageNode node, PageNode limit) {
        for (PageNode p = node; p != null && p != limit; p = p.parent) {
            if (p.is("header") || p.is("hgroup")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line just above the headline that belongs to the story's header: the date or kicker line
     * of the article element ("March 3, 2025", "May 2, 2024 report"), a caption that ends with its
     * credit for the lead picture, or an element named as a date next to the article container.
     */
    private static boolean headerLineAboveHeadline(String text, PageNode node, BlockSource source, PageNode article,
                                                   boolean inArticle, Map<PageNode, Integer> flags) {
        if (node == null || article == null || text.length() > 300) {
            return false;
        }
        if (inArticle && text.length() <= 40 && DATE_LIKE.matcher(text).find()) {
            return true;
        }
        if (inArticle && (CREDITS.endsWithCredit(text) || CREDITS.isCreditLine(text))) {
            return true;
        }
        return article.parent != null && node.within(article.parent) && text.length() <= 40
                && DATE_LIKE.matcher(text).find() && markerBelow(node, source, article.parent, flags) == NodeNames.DATE
                && !inNegativeElement(node, flags, null);
    }

    /** How many blocks from the headline a date line of its own still belongs to the article's header. */
    private static final int DATE_REACH = 3;

    /**
     * A date line of its own ({@code 12. November 2021}, {@code Publicado: 06/05/2020 · 10:07},
     * a date linking to the day's archive) within {@link #DATE_REACH} blocks of the headline, not
     * in a navigation or aside element: the story's date, whatever container the page puts it in.
     */
    private static boolean isDateBesideHeadline(Page page, int i) {
        String text = page.texts[i];
        return nearHeadline(page, i, DATE_REACH, 60) && isDateLine(text)
                && !inNegativeElement(page.nodes[i], page.flags, page.body);
    }

    /** A date line of its own: something date-like that the dateline parser reads as a date and little else. */
    private static boolean isDateLine(String text) {
        return DATE_LIKE.matcher(DatelineParser.asciiDigits(text)).find() && DATE_LINES.parseDateOnly(text, null, true) != null;
    }

    /** Block {@code i} is not the headline, lies within {@code reach} blocks of it and has at most {@code maxChars} characters. */
    private static boolean nearHeadline(Page page, int i, int reach, int maxChars) {
        return page.headline >= 0 && i != page.headline && Math.abs(i - page.headline) <= reach
                && page.texts[i].length() <= maxChars;
    }

    /** How many blocks from the headline the lead picture's credit line still belongs to the article. */
    private static final int CREDIT_REACH = 4;

    /**
     * A credit line of its own ({@code Foto: Anna Weber}, {@code © Red Bull Content Pool},
     * {@code APA/Georg Hochmuth}) within {@link #CREDIT_REACH} blocks of the headline, not in a
     * navigation or aside element: the lead picture's credit, wherever the page puts the picture.
     */
    private static boolean isCreditBesideHeadline(Page page, int i) {
        if (!nearHeadline(page, i, CREDIT_REACH, 100)) {
            return false;
        }
        // capitalised words between bars are a menu as often as a photographer and a paper
        // ("Print Version | Back | Send To Friend"): that form needs the figure markup
        String cue = CREDITS.creditCue(page.texts[i]);
        return cue != null && !cue.equals(CreditDetector.PHOTOGRAPHER_SOURCE)
                && !inNegativeElement(page.nodes[i], page.flags, page.body);
    }

    /** How many blocks from the headline an author line of its own still belongs to the article's header. */
    private static final int BYLINE_REACH = 4;

    /**
     * An author line of its own ({@code By Ana Rossi}, {@code Автор: Олена Коваль}, {@code Penulis:
     * Ana Rossi}, {@code 01.12.2022 | von Ana Rossi}) within {@link #BYLINE_REACH} blocks of the
     * headline, not in a navigation or aside element: the story's byline, whatever container the
     * page puts it in.
     */
    private static boolean isBylineBesideHeadline(Page page, int i) {
        if (!nearHeadline(page, i, BYLINE_REACH, 100)) {
            return false;
        }
        return BYLINES.isAuthorLine(page.texts[i]) && !inNegativeElement(page.nodes[i], page.flags, page.body);
    }

    /**
     * The author the page declares in its metadata (JSON-LD {@code author}, {@code <meta name="author">}),
     * when it is a person's name ({@code Prashant Jha}), or null: a site's name or an address says
     * nothing about a line of the page.
     */
    private static String declaredAuthor(PageInfo info) {
        String author = info.author() == null ? null : collapse(info.author());
        return author != null && author.length() <= 60 && BYLINES.isBareName(author) && !STAFF.matcher(author).find()
                ? author : null;
    }

    /**
     * The name the page declares as its author, on a line of its own within {@link #DECLARED_AUTHOR_REACH}
     * blocks of the headline ({@code Prashant Jha} above the date, {@code ESTEBAN URREIZTIETA}),
     * not in a navigation or aside element: the byline, however the page's furniture frames it. With a
     * byline word before it ({@code Von Anna Müller}) the line says what it is, and an author box set
     * aside beside the headline ({@code <aside data-cy="authorsbox">}) holds it too; a hidden element
     * does not.
     */
    private static boolean isDeclaredAuthorBesideHeadline(Page page, int i, String author) {
        if (author == null || !nearHeadline(page, i, DECLARED_AUTHOR_REACH, 100)) {
            return false;
        }
        if (page.texts[i].equalsIgnoreCase(author)) {
            return !inNegativeElement(page.nodes[i], page.flags, page.body);
        }
        return BYLINES.isLabelledAuthor(page.texts[i], author) && !page.nodes[i].inHidden;
    }

    /** How many blocks from the headline a line naming the declared author still belongs to the article's header. */
    private static final int DECLARED_AUTHOR_REACH = 8;

    /**
     * A place alone ({@code München}, {@code Madrid}) within {@link #DATE_REACH} blocks of the
     * headline, in an element the page names as the dateline or the location
     * ({@code post-location}, {@code byline-location}), not in a navigation or aside element.
     */
    private static boolean isPlaceBesideHeadline(Page page, int i) {
        return nearHeadline(page, i, DATE_REACH, 40) && DATE_LINES.isPlaceAlone(page.texts[i])
                && namedAsPlace(page.nodes[i], page.sources.get(i), page.flags)
                && !inNegativeElement(page.nodes[i], page.flags, page.body);
    }

    /** The block's own elements, or the one around it, are named as the dateline or the location. */
    private static boolean namedAsPlace(PageNode node, BlockSource source, Map<PageNode, Integer> flags) {
        if (inlineNamed(source, flags, NodeNames.PLACE)) {
            return true;
        }
        int level = 0;
        for (PageNode p = node; p != null && level < 2; p = p.parent, level++) {
            if ((flags(p, flags) & NodeNames.PLACE) != 0) {
                return true;
            }
        }
        return false;
    }

    /** In a navigation, aside, form ... element that is not around the article body. */
    private static boolean inNegativeElement(PageNode node, Map<PageNode, Integer> flags, PageNode body) {
        for (PageNode p = node; p != null; p = p.parent) {
            if (body != null && body.within(p)) {
                return false;
            }
            if ((flags(p, flags) & (NodeNames.NEGATIVE_ELEMENT | NodeNames.HIDDEN)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String boilerplateReason(Block b, String text, PageNode node, BlockSource source, PageNode limit,
                                            int paragraphBase, Map<PageNode, Integer> flags, boolean inHeader) {
        // role markers on the block itself (inline elements, the block element and a few levels up)
        int own = 0;
        for (PageNode p : source.inline()) {
            own |= flags(p, flags);
        }
        int level = 0;
        for (PageNode p = node; p != null && p != limit && level < 3; p = p.parent, level++) {
            own |= flags(p, flags) & (NodeNames.BYLINE | NodeNames.DATE | NodeNames.CAPTION | NodeNames.CREDIT);
        }
        // a date class vouches for a date, not for a player's "0:00" or a separator in it
        if ((own & NodeNames.DATE) != 0 && !DATE_LIKE.matcher(text).find()) {
            own &= ~NodeNames.DATE;
        }
        boolean explicitMeta = inHeader && text.length() <= 150
                && (own & (NodeNames.BYLINE | NodeNames.DATE | NodeNames.CAPTION | NodeNames.CREDIT)) != 0;
        if (ALWAYS_BOILERPLATE.matcher(text).lookingAt()) { // every form is anchored at the start
            return "boilerplate phrase";
        }
        int marker = 0;
        boolean inFigure = false; // a figure below: a class-named box holding only figures (callout, embed group) holds the story's pictures
        for (PageNode p = node; p != null && p != limit; p = p.parent) {
            int f = flags(p, flags);
            if ((f & NodeNames.HIDDEN) != 0) {
                return "hidden";
            }
            boolean guarded = (f & NodeNames.NEGATIVE_ELEMENT) == 0 && paragraphBase > 0
                    && p.paragraphChars >= 0.5 * paragraphBase;
            if (!guarded && (f & (NodeNames.NEGATIVE | NodeNames.NEGATIVE_ELEMENT)) != 0
                    && (f & (NodeNames.BYLINE | NodeNames.CAPTION | NodeNames.CREDIT | NodeNames.BODY)) == 0
                    && !(p.is("footer") && (marker & NodeNames.BYLINE) != 0)
                    && !(explicitMeta && !p.is("nav") && !p.is("form") && !p.is("button") && !onDemand(p))
                    && !((mediaContainer(p) || inFigure && (f & NodeNames.NEGATIVE_ELEMENT) == 0 && p.figureChars == p.textChars)
                            && ((marker & (NodeNames.CAPTION | NodeNames.CREDIT)) != 0
                            || text.length() <= 120 && CREDITS.isCreditLine(text)))) {
                return "in " + p;
            }
            marker |= f;
            inFigure |= p.is("figure");
        }
        for (PageNode p : source.inline()) {
            int f = flags(p, flags);
            if ((f & NodeNames.HIDDEN) != 0) {
                return "hidden inline";
            }
            if ((f & (NodeNames.NEGATIVE | NodeNames.NEGATIVE_ELEMENT)) != 0
                    && (f & (NodeNames.BYLINE | NodeNames.CAPTION | NodeNames.CREDIT)) == 0
                    && !p.is("label") && !explicitMeta && p.textChars >= text.length() * 0.8) {
                return "in inline " + p;
            }
            marker |= f;
        }
        boolean byline = (marker & NodeNames.BYLINE) != 0 || BYLINE_START.matcher(text).find();
        double ld = text.isEmpty() ? 0 : (double) b.linkChars() / text.length();
        boolean credit = isPictureCredit(text);
        if (ld > 0.5 && !(byline && text.length() < 150) && !credit) {
            return LINKS;
        }
        boolean caption = (marker & (NodeNames.CAPTION | NodeNames.CREDIT)) != 0 || credit;
        if (text.length() < 300 && !caption) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (text.length() < 200 && (BOILERPLATE_TEXT.matcher(text).lookingAt() || isCallToAction(text, lower))) {
                return "boilerplate text";
            }
            if (NodeNames.containsAny(lower, RIGHTS_WORDS) && ALL_RIGHTS.matcher(text).find()) {
                return "rights notice";
            }
        }
        // menus, tag lists; an author line in a list of the header's items links the author's page
        if (b.tag().equals("li") && ld > 0.3 && !(byline && text.length() < 150)) {
            return "link list item";
        }
        return null;
    }

    private static final Pattern YEAR_OR_RIGHTS = Pattern.compile(
            "(?<!\\d)(?:19|20)\\d{2}(?!\\d)|(?iu:rights|reserved|rechte|droits|derechos|diritti)");

    /**
     * A picture's credit among the article's blocks ({@code © Getty Images}, {@code Bild:
     * the-saleroom.com}, {@code © Foto: Getty Images} as a link): a line that says itself it is a
     * credit (a credit word, a copyright sign, "courtesy", "Image copyright"), without a year or a
     * rights phrase, which a site's own copyright line ({@code © 2024 Harbour Times. All rights
     * reserved.}) has.
     */
    private static boolean isPictureCredit(String text) {
        if (text.length() > 120 || YEAR_OR_RIGHTS.matcher(text).find()) {
            return false;
        }
        String cue = CREDITS.creditCue(text);
        return cue != null && (cue.startsWith("credit word") || cue.equals("copyright sign and name")
                || cue.equals("image copyright line") || cue.equals("courtesy line"));
    }

    /** A popover, tooltip, dropdown or popup: shown only when the reader asks, not part of the story header. */
    private static boolean onDemand(PageNode p) {
        String n = p.names;
        return n.contains("popover") || n.contains("tooltip") || n.contains("dropdown") || n.contains("popup")
                || n.contains("modal");
    }

    /**
     * A picture gallery, slideshow or audio/video player inside the article: negative by its
     * name, but the caption or credit it shows belongs to the story's picture.
     */
    private static boolean mediaContainer(PageNode p) {
        if (p.is("figure")) {
            return true; // the element says it: a figure of the story, whatever its class calls it (callout, embed ...)
        }
        if (p.names.isEmpty() || (p.is("nav") || p.is("footer") || p.is("form"))) {
            return false;
        }
        String n = p.names;
        if (p.is("aside")) {
            // an aside holding the story's own picture or video inline ("inline-video", "featured-image"), not a sidebar
            return (n.contains("inline") || n.contains("featured")) && (n.contains("video") || n.contains("image")
                    || n.contains("photo") || n.contains("media"));
        }
        return n.contains("gallery") || n.contains("slideshow") || n.contains("carousel") || n.contains("lightbox")
                || n.contains("audio") || n.contains("video") || n.contains("player") || n.contains("media");
    }

    /** The nearest role marker (caption, credit, byline, date) between the block and the article. */
    private static int markerBelow(PageNode node, BlockSource source, PageNode limit, Map<PageNode, Integer> flags) {
        return markerBelow(node, source, limit, flags, 0);
    }

    private static int markerBelow(PageNode node, BlockSource source, PageNode limit, Map<PageNode, Integer> flags,
                                   int textLength) {
        for (int k = source.inline().size() - 1; k >= 0; k--) {
            PageNode p = source.inline().get(k);
            int m = marker(flags(p, flags));
            if (m != 0 && p.textChars >= (m == NodeNames.BYLINE || m == NodeNames.DATE ? 0.3 : 0.6) * textLength) {
                return m;
            }
        }
        for (PageNode p = node; p != null && p != limit; p = p.parent) {
            int m = marker(flags(p, flags));
            if (m != 0) {
                return m;
            }
        }
        return 0;
    }

    private static int marker(int f) {
        if ((f & NodeNames.CREDIT) != 0) {
            return NodeNames.CREDIT;
        }
        if ((f & NodeNames.CAPTION) != 0) {
            return NodeNames.CAPTION;
        }
        if ((f & NodeNames.BYLINE) != 0) {
            return NodeNames.BYLINE;
        }
        if ((f & NodeNames.DATE) != 0) {
            return NodeNames.DATE;
        }
        return 0;
    }

    private static Role structuralRole(Block b, String text, PageNode node, BlockSource source, PageNode article,
                                       Map<PageNode, Integer> flags, boolean header) {
        if (header && text.length() <= 40 && node != null && namedAsPlace(node, source, flags)
                && DATE_LINES.isPlaceAlone(text)) {
            return Role.DATELINE; // "Madrid" in a byline-location element: the place, not an author
        }
        int m = markerBelow(node, source, article, flags, text.length());
        if (m == NodeNames.CREDIT) {
            if (text.length() <= 120) {
                return Role.PHOTO_CREDIT;
            }
            return inCaption(node, article, flags) ? Role.PHOTO_CAPTION : null;
        }
        if (m == NodeNames.CAPTION) {
            return Role.PHOTO_CAPTION;
        }
        if (m == NodeNames.BYLINE && text.length() <= 150 && !isParagraphText(text)) {
            return Role.BYLINE;
        }
        if (m == NodeNames.DATE && header && text.length() <= 80 && HAS_DIGIT_OR_AGO.matcher(text).find()) {
            return Role.DATELINE;
        }
        if (header && BYLINE_START.matcher(text).find() && text.length() <= 100) {
            return Role.BYLINE;
        }
        return null;
    }

    private static boolean inCaption(PageNode node, PageNode article, Map<PageNode, Integer> flags) {
        for (PageNode p = node; p != null && p != article; p = p.parent) {
            if ((flags(p, flags) & NodeNames.CAPTION) != 0 || p.is("figure")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParagraphText(String text) {
        return text.length() > 100 && (text.endsWith(".") || text.endsWith("”") || text.endsWith("\""));
    }

    // ---------------------------------------------------------------- headline

    private static int findHeadline(List<Block> blocks, List<BlockSource> sources, String[] texts, PageNode[] nodes,
                                    Map<PageNode, Integer> flags,
                                    PageInfo info, PageNode body, int bodyStart, int bodyEnd) {
        List<String> titles = new ArrayList<>();
        for (String t : info.titles()) {
            titles.add(key(t));
        }
        int bestIndex = -1;
        double bestScore = 0;
        int limit = bodyEnd < 0 ? texts.length - 1 : bodyEnd;
        for (int i = 0; i <= limit; i++) {
            String text = texts[i];
            if (text.length() < 5 || text.length() > 350 || blocks.get(i).hint() == Role.BOILERPLATE) {
                continue;
            }
            String tag = blocks.get(i).tag();
            int level = HEADING_TAGS.contains(tag) ? tag.charAt(1) - '0' : 9;
            int f = nodes[i] == null ? 0 : flags(nodes[i], flags);
            boolean named = (f & NodeNames.HEADLINE) != 0
                    || titles.isEmpty() && inlineNamed(sources.get(i), flags, NodeNames.HEADLINE); // <span class="articleHeadline">
            if (level > 3 && !named) {
                continue;
            }
            if (inNegativeElement(nodes[i], flags, body) || inNegativeContainer(nodes[i], flags, body)) {
                continue;
            }
            String k = key(text);
            double sim = 0;
            for (String t : titles) {
                sim = Math.max(sim, titleSimilarity(k, t));
            }
            double score = sim * 3;
            if (level == 1) {
                score += 1.5;
            } else if (level == 2) {
                score += 0.4;
            }
            if (named) {
                score += 0.5;
            }
            if (bodyStart >= 0 && i < bodyStart && i >= bodyStart - 60) {
                score += 0.5;
            }
            if (bodyStart >= 0 && i > bodyStart) {
                score -= 1;
            }
            if (blocks.get(i).linkChars() > text.length() / 2) {
                score -= 1;
            }
            // a page saved without its head has no title to match: an h1, or an element named as the headline
            boolean acceptable = sim >= 0.5 || ((level == 1 || named) && titles.isEmpty()) || (level == 1 && sim >= 0.3);
            if (acceptable && score > bestScore) {
                bestScore = score;
                bestIndex = i;
            }
        }
        if (bestIndex < 0) {
            // no title match at all: the first h1 before the body
            for (int i = 0; i <= limit; i++) {
                if (blocks.get(i).tag().equals("h1") && texts[i].length() >= 5 && !inNegativeElement(nodes[i], flags, body)
                        && (bodyStart < 0 || i <= bodyStart)) {
                    return i;
                }
            }
            // nor an h1 (a title giving only the site's name, a table layout): the element named the headline,
            // itself or inline (<span class="article_headline">), just above the body
            for (int i = Math.max(0, bodyStart - HEADLINE_NAME_REACH); bodyStart >= 0 && i <= bodyStart; i++) {
                if (texts[i].length() >= 5 && texts[i].length() <= 300 && blocks.get(i).linkChars() * 2 < texts[i].length()
                        && (namedHeadline(nodes[i]) || sources.get(i).inline().stream().anyMatch(PageContentExtractor::namedHeadline))
                        && !inNegativeElement(nodes[i], flags, body)) {
                    return i;
                }
            }
        }
        return bestIndex;
    }

    /** How many blocks above the body the element named the headline may stand, when no title finds it. */
    private static final int HEADLINE_NAME_REACH = 12;

    /** The element's id or class says headline ({@code article_headline}, {@code contentheading}), not just "title", nor subheading. */
    private static boolean namedHeadline(PageNode node) {
        return node != null && node.names != null && (node.names.contains("headline")
                || node.names.contains("heading") && !node.names.contains("subheading"));
    }

    /** One of the block's inline elements carries the name {@code flag}. */
    private static boolean inlineNamed(BlockSource source, Map<PageNode, Integer> flags, int flag) {
        for (PageNode p : source.inline()) {
            if ((flags(p, flags) & flag) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean inNegativeContainer(PageNode node, Map<PageNode, Integer> flags, PageNode body) {
        for (PageNode p = node; p != null; p = p.parent) {
            if (body != null && body.within(p)) {
                return false;
            }
            int f = flags(p, flags);
            if ((f & NodeNames.NEGATIVE) != 0 && (f & (NodeNames.POSITIVE | NodeNames.HEADLINE)) == 0
                    && p.paragraphChars < 2000) {
                return true;
            }
        }
        return false;
    }

    /** 1 for equal texts, high when one contains the other (a title with the site name), else word overlap. */
    static double titleSimilarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        if (b.contains(a) && a.length() >= 0.4 * b.length()) {
            return 0.9 * Math.min(1, 0.5 + (double) a.length() / b.length());
        }
        if (a.contains(b) && b.length() >= 0.6 * a.length()) {
            return 0.85;
        }
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                common++;
            }
        }
        return (double) common / Math.max(wa.size(), wb.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static int flags(PageNode node, Map<PageNode, Integer> cache) {
        if (node == null) {
            return 0;
        }
        if (node.verdict == 0) {
            node.classification = NodeNames.classify(node);
            node.verdict = 1;
        }
        return node.classification;
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == c || x == '，' || x == '、') {
                k++;
            }
        }
        return k;
    }

    /** A paywall or subscription notice, in lower case. */
    private static boolean isPaywall(String lower) {
        return NodeNames.containsAny(lower, PAYWALL_WORDS) && PAYWALL.matcher(lower).find();
    }

    private static boolean isCallToAction(String text, String lower) {
        return NodeNames.containsAny(lower, CALL_TO_ACTION_WORDS) && CALL_TO_ACTION.matcher(text).lookingAt();
    }

    /** Whitespace or a space character; below 128 without the Unicode tables (it runs on every character of a page). */
    static boolean isBlank(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whitespace collapsed, line breaks included. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A comparison key: NFKC, lower case, typographic quotes and dashes folded, only letters and digits kept. */
    static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            } else {
                space = true;
            }
        }
        return sb.toString();
    }
}
