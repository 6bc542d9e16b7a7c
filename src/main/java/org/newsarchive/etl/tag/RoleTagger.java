package org.newsarchive.etl.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.Dateline;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Quote;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;

/**
 * Gives every paragraph of an article its role (see {@code roles.md}) and extracts what the
 * roles carry: headline, dateline, byline, quotations.
 *
 * <p>Two passes. The first looks at each paragraph alone: structure hints (a BOILERPLATE hint
 * always wins, HEADLINE / PHOTO_CAPTION hints are taken), credits, caption labels and embedded
 * credits, date-only lines, the story-opening dateline (the first one only), author and
 * contributor lines, quotations. The second looks at neighbours: the paragraph just before a
 * credit line is that image's caption; a bare name just before a date line is the author; in
 * the header (before the story starts) a short line is a caption and the line just before the
 * story-opening dateline too; between body paragraphs a short unpunctuated line is a subheading
 * and a long unpunctuated one a caption; in plain text a title-shaped first paragraph is the
 * headline (Reuters-style text files start with the title line). The paragraphs are written
 * with each run of consecutive page furniture joined into one BOILERPLATE paragraph.
 */
public final class RoleTagger {

    private final DatelineParser datelines = new DatelineParser();
    private final CreditDetector credits = new CreditDetector();
    private final BylineDetector bylines = new BylineDetector();
    private final SubheadingDetector subheadings = new SubheadingDetector();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final FurnitureLabels furniture = new FurnitureLabels();

    /**
     * "descriptor, Name Name." — the one-line portrait caption ("Dead hunter, Jane Doe."); no person's name opens with
     * "The" ("Jane Doe and John Smith, The Halden Courier" signs a story).
     */
    private static final Pattern PORTRAIT_CAPTION = Pattern.compile(
            "^\\p{L}[\\p{L}'’\\- ]{2,40},\\s+(?!The\\s)\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}\\.?$");
    /** Page furniture that is never article text. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?iu:read\\s+more\\s*:|more\\s*:|related\\s*:|related\\s+(?:articles|stories|coverage)|see\\s+also\\s*:|also\\s+read\\s*:"
                    + "|subscribe\\s+(?:to|now)|sign\\s+up\\s+(?:for|to)|follow\\s+us\\s+on|share\\s+(?:this|on)\\b|click\\s+here|advertisement$"
                    + "|all\\s+rights\\s+reserved|copyright\\s+(?:©|\\(c\\)|\\d{4})|©\\s*\\d{4}|lesen\\s+sie\\s+auch|mehr\\s+zum\\s+thema"
                    + "|lire\\s+aussi|à\\s+lire\\s+aussi|newsletter$|cookie)");
    private static final int HEADER_BODY_WORDS = 20;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The longest run of page furniture written as one paragraph: a spreadsheet cell stays readable. */
    static final int MAX_FURNITURE_CHARS = 4000;
    /**
     * The longest paragraph a cue inside it makes a caption ("Ruth Okafor (left)"): the tuning part's captions with such
     * a cue run 13 to 28 words; a longer paragraph that names people "(left)" and "(right)" tells the story beside its
     * pictures ("George Zimmerman (left) shot and killed ... He is now selling the handgun ...", 37 words).
     */
    private static final int CAPTION_MAX_WORDS = 30;

    /** {@code markup}: the paragraph comes from a web page's elements, whose figure markup names its captions. */
    private record Info(String text, int words, Role hint, String tag, double linkDensity, boolean listItem,
                        boolean markup) {
    }

    /** What the passes know of one article's paragraphs: each pass reads these and sets roles. */
    private static final class Article {
        final int n;
        final Info[] info;
        final Role[] role;
        /** Set by the page structure (BOILERPLATE, HEADLINE): no later pass changes it. */
        final boolean[] fixed;
        /**
         * A role the rules give only as a cue for the role model ({@link #settleTentative}): the
         * model reads it, but where the model does not decide, the paragraph is story text.
         */
        final boolean[] tentative;
        final boolean[] dateOnly;
        final boolean[] opening;
        final DatelineParser.ParsedDateline[] parsed;
        final BylineDetector.Byline[] byline;
        /** The cues that decided each role, as recorded: phrases joined by "; " (see {@link TaggedParagraph#cues()}). */
        final String[] cue;
        /** Each paragraph's quotation marks, read once for the rules and again for the quotes: see {@link #spans}. */
        final List<List<QuoteExtractor.Span>> spans;
        int headerEnd;
        String headline;

        Article(int n) {
            this.n = n;
            info = new Info[n];
            role = new Role[n];
            fixed = new boolean[n];
            tentative = new boolean[n];
            dateOnly = new boolean[n];
            opening = new boolean[n];
            parsed = new DatelineParser.ParsedDateline[n];
            byline = new BylineDetector.Byline[n];
            cue = new String[n];
            spans = new ArrayList<>(java.util.Collections.nCopies(n, null));
        }

        /** Paragraph {@code i} takes role {@code r} for the reason {@code why}. */
        void decide(int i, Role r, String why) {
            role[i] = r;
            cue[i] = why;
        }

        /**
         * A second look gives paragraph {@code i} role {@code r} for the reason {@code why}: the
         * cue replaces that of the story-text role it had by default, else it is added to the cues.
         */
        void change(int i, Role r, String why) {
            cue[i] = isText(role[i]) || cue[i] == null ? why : cue[i] + "; " + why;
            role[i] = r;
        }

        boolean isFreeText(int i) {
            return isText(role[i]) && !fixed[i];
        }
    }

    /** The learned model that may override the rules' roles (see {@link RoleModel}); null: the rules alone. */
    private final RoleModel model;

    /** The rules alone. */
    public RoleTagger() {
        this(null);
    }

    /** The rules, then {@code model} where it overrides them; null for the rules alone. */
    public RoleTagger(RoleModel model) {
        this.model = model;
    }

    public TaggingResult tag(List<Paragraph> paragraphs, DocumentMetadata metadata) {
        DocumentMetadata meta = metadata == null ? DocumentMetadata.EMPTY : metadata;
        Article a = rules(paragraphs, meta);
        String headline = a.headline;
        if (model != null) {
            headline = applyModel(a, paragraphs, headline);
        }
        settleTentative(a);
        declaredAuthorLines(a, meta);
        authorLineNamesAlone(a);

        // ---- results
        int[] written = new int[a.n];
        List<TaggedParagraph> tagged = furnitureRuns(a.role, a.info, a.cue, written);
        return new TaggingResult(tagged, headline, articleDateline(a.parsed, a.opening, a.dateOnly, a.role),
                articleByline(a.byline, a.role, meta), extractQuotes(paragraphs, a, written));
    }

    /** The quotation marks of paragraph {@code i}, whose text is {@code t}: read on first use, then kept. */
    private List<QuoteExtractor.Span> spans(Article a, int i, String t) {
        List<QuoteExtractor.Span> s = a.spans.get(i);
        if (s == null) {
            s = quotes.spans(t);
            a.spans.set(i, s);
        }
        return s;
    }

    /**
     * What the role model reads for each paragraph (after the rules have run) and the rules'
     * role: the training data of {@link RoleModelTrainer}, one entry per paragraph, in order.
     */
    public List<RoleModel.Input> modelInputs(List<Paragraph> paragraphs, DocumentMetadata metadata) {
        RoleFeatures.Context c = modelContext(paragraphs, metadata);
        List<RoleModel.Input> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            out.add(new RoleModel.Input(text, c.rule()[i], RoleFeatures.shared().of(c, i), c.markup()[i],
                    quotes.hasQuote(text)));
        }
        return out;
    }

    /** What the role model reads of an article beside its paragraphs, after the rules have run. */
    RoleFeatures.Context modelContext(List<Paragraph> paragraphs, DocumentMetadata metadata) {
        return modelContext(rules(paragraphs, metadata == null ? DocumentMetadata.EMPTY : metadata), paragraphs);
    }

    /** What the model reads of the article beside the paragraphs: the rules' roles and cues as they are now. */
    private static RoleFeatures.Context modelContext(Article a, List<Paragraph> paragraphs) {
        boolean[] markup = new boolean[a.n];
        int[] words = new int[a.n];
        int headlineAt = -1;
        for (int i = 0; i < a.n; i++) {
            markup[i] = a.info[i].markup();
            words[i] = a.info[i].words();
            if (headlineAt < 0 && a.role[i] == Role.HEADLINE) {
                headlineAt = i;
            }
        }
        return new RoleFeatures.Context(paragraphs, a.role.clone(), a.cue.clone(), markup, headlineAt, a.headerEnd,
                words);
    }

    /**
     * The model's pass: every paragraph's role as the model sees it, over the rules' roles of
     * the whole article (all at once, so one override does not feed the next). Where it
     * overrides, the cue says so and names the cues that counted most. Returns the headline.
     *
     * <p>Built for next to no cost: the scores come straight from the cues
     * ({@link RoleModel#predictRole(RoleFeatures.Context, int)}), and the cues' names, whether the
     * paragraph quotes and the explanation are looked at only where {@link RoleModel#override}
     * needs them (whether it quotes: the model says story text of a paragraph the rules gave
     * another role).
     */
    private String applyModel(Article a, List<Paragraph> paragraphs, String headline) {
        RoleFeatures.Context c = modelContext(a, paragraphs);
        boolean changed = false;
        for (int i = 0; i < a.n; i++) {
            RoleModel.Prediction p = model.predictRole(c, i);
            Role rule = c.rule()[i];
            boolean asksQuote = (p.role() == Role.BODY || p.role() == Role.QUOTE) && rule != Role.BODY
                    && rule != Role.QUOTE;
            RoleModel.Input in = new RoleModel.Input(a.info[i].text(), rule, List.of(), c.markup()[i],
                    asksQuote && QuoteExtractor.hasQuote(spans(a, i, a.info[i].text())));
            Role r = model.override(in, p);
            if (r == null) {
                if (a.tentative[i] && p.role() == rule && p.probability() >= model.threshold(c.markup()[i], rule)) {
                    a.tentative[i] = false; // the model confirms the rules' guess
                }
                continue;
            }
            a.tentative[i] = false;
            String why = String.format(Locale.ROOT, "model: %s %.2f (%s); rules: %s (%s)", r, p.probability(),
                    String.join(", ", model.explain(RoleFeatures.shared().of(c, i), p.role())),
                    a.role[i], a.cue[i] == null ? "" : a.cue[i]);
            a.decide(i, r, why);
            changed |= r == Role.HEADLINE || rule == Role.HEADLINE;
        }
        if (changed) {
            for (int i = 0; i < a.n; i++) {
                if (a.role[i] == Role.HEADLINE) {
                    return a.info[i].text();
                }
            }
        }
        return headline;
    }

    /**
     * A line the page kept as its text that is the author the document's metadata declares ({@code <meta
     * name="author">}, JSON-LD {@code author}), alone or after an author label ({@code Tapio Nurminen}, {@code
     * Kommentar von Ingo Arzt}), is the byline: the metadata names it, which outweighs the model's furniture cues
     * (a box of links, a "social" class). Only a person's name counts: a site's name as author says nothing of a line.
     */
    private void declaredAuthorLines(Article a, DocumentMetadata meta) {
        String author = meta.author() == null ? null : meta.author().strip();
        if (author != null && author.length() <= 60 && bylines.isBareName(author)) {
            bylinesNaming(a, List.of(author), 100, true, "the author the document declares");
        }
    }

    /**
     * A line that is only a name the article's author line gave ("Von Benjamin Fischer und Marcus Theurer", later
     * "Benjamin Fischer" alone, above a note on him) is a byline too: a box on the author names the author again,
     * wherever the page sets it. The author line must be an author line in its own words (a label before the names),
     * not a bare name.
     */
    private void authorLineNamesAlone(Article a) {
        List<String> names = new ArrayList<>(2);
        for (int i = 0; i < a.n; i++) {
            BylineDetector.Byline b = a.byline[i];
            if (a.role[i] == Role.BYLINE && b != null && b.authorLine() && b.names() != null
                    && bylines.isAuthorLine(a.info[i].text())) {
                for (String one : BylineDetector.AUTHOR_JOIN.split(b.names())) {
                    if (one.indexOf(' ') > 0 && bylines.isBareName(one)) {
                        names.add(one);
                    }
                }
            }
        }
        bylinesNaming(a, names, 60, false, "name of the author line, alone");
    }

    /**
     * Makes BYLINE, for {@code cue}, each paragraph of at most {@code maxChars} that is one of {@code names} (case
     * aside), or with {@code labelled} an author line ending in it; not one the page's structure made furniture.
     */
    private void bylinesNaming(Article a, List<String> names, int maxChars, boolean labelled, String cue) {
        for (int i = 0; i < a.n; i++) {
            String t = a.info[i].text();
            if (a.role[i] == Role.BYLINE || a.info[i].hint() == Role.BOILERPLATE || t.length() > maxChars) {
                continue;
            }
            for (String name : names) {
                if (t.equalsIgnoreCase(name) || labelled && bylines.isLabelledAuthor(t, name)) {
                    a.change(i, Role.BYLINE, cue);
                    a.byline[i] = new BylineDetector.Byline(name, true);
                    break;
                }
            }
        }
    }

    /** A tentative role (see {@link Article#tentative}) the model did not confirm or change is story text. */
    private static void settleTentative(Article a) {
        for (int i = 0; i < a.n; i++) {
            if (a.tentative[i]) {
                a.decide(i, Role.BODY, "story text (" + a.cue[i] + ": a cue for the model only)");
            }
        }
    }

    /** The rules' two passes: every paragraph's role and cue, the header's end and the headline. */
    private Article rules(List<Paragraph> paragraphs, DocumentMetadata meta) {
        boolean dayFirst = meta.language() == null || !meta.language().toLowerCase(Locale.ROOT).startsWith("en");
        LocalDate reference = meta.publishedDate() != null ? meta.publishedDate() : firstDatedLine(paragraphs, dayFirst);
        Article a = new Article(paragraphs.size());

        // ---- pass 1: each paragraph alone
        boolean openingFound = false;
        for (int i = 0; i < a.n; i++) {
            String next = i + 1 < a.n ? paragraphs.get(i + 1).text() : "";
            openingFound |= alone(a, i, paragraphs.get(i), next, reference, dayFirst, openingFound);
        }

        // ---- pass 2: neighbours
        agenciesSigningTheStory(a);
        captionsAboveCredits(a);
        captionsRepeatedByTheStory(a);
        datesInLists(a);
        namesAboveDateLines(a);
        peopleBesideDateLines(a);
        int headerEnd = headerEnd(a.role, a.opening, a.info);
        headerLines(a, headerEnd);
        linesBetweenParagraphs(a, headerEnd);
        authorBox(a);
        a.headline = headline(a, meta);
        a.headerEnd = headerEnd;
        furnitureInTheBody(a);
        return a;
    }

    /**
     * An author label and a name opening a line whose rest is the date or the time since publication
     * ({@code Piše: P. Mucović prije 26 minuta}, {@code By Ana Ruiz 2 hours ago}): the name, or null.
     */
    private String labelledNameThenDate(String t, LocalDate reference, boolean dayFirst) {
        String[] nameAndRest = bylines.openingLabelledName(t);
        if (nameAndRest == null) {
            return null;
        }
        String rest = nameAndRest[1].replaceFirst("^[\\s,|·•—–\\-]+", "");
        return !rest.isEmpty() && datelines.parseDateOnly(rest, reference, dayFirst) != null ? nameAndRest[0] : null;
    }

    /**
     * Pass 1 for paragraph {@code i}: its role from what it says alone (and, for a dateline alone
     * on its line, whether a story paragraph follows: {@code next}). Returns true if it is the
     * story-opening dateline (only looked for while {@code openingFound} is false).
     */
    private boolean alone(Article a, int i, Paragraph p, String next, LocalDate reference, boolean dayFirst,
                          boolean openingFound) {
        String t = p.text();
        a.info[i] = new Info(t, Text.words(t), p.hint(), p.tag(), p.linkDensity(), isListItem(p), fromMarkup(p));
        Role[] role = a.role;
        if (p.hint() == Role.BOILERPLATE) {
            a.decide(i, Role.BOILERPLATE, "page furniture (" + p.tag() + ")");
            a.fixed[i] = true;
            return false;
        }
        if (p.hint() == Role.HEADLINE || "h1".equals(p.tag())) {
            a.decide(i, Role.HEADLINE, "h1".equals(p.tag()) ? "h1" : "headline element (" + p.tag() + ")");
            a.fixed[i] = true;
            return false;
        }
        if (furniture.isLabel(t)) { // a player's or gallery's label: no later pass may take it for a caption or heading
            a.decide(i, Role.BOILERPLATE, "player or gallery label");
            a.fixed[i] = true;
            return false;
        }
        String credit = credits.creditCue(t);
        // "Tom Jicha | TV and Radio Writer": the part after the bar is the writer's title, not a photo source
        if (CreditDetector.PHOTOGRAPHER_SOURCE.equals(credit) && bylines.detect(t) != null) {
            credit = null;
        }
        if (credit != null) {
            a.decide(i, Role.PHOTO_CREDIT, credit);
            return false;
        }
        // a figure-area hint loses to what the text itself says it is: a date line, an author or syndication line
        boolean figureHint = p.hint() == Role.PHOTO_CAPTION || p.hint() == Role.PHOTO_CREDIT;
        if (figureHint && (datelines.parseDateOnly(t, reference, dayFirst) != null || bylines.detect(t) != null)) {
            figureHint = false;
        }
        if (figureHint && p.hint() == Role.PHOTO_CREDIT && a.info[i].words() <= 8 && !Text.endsLikeSentence(t)) {
            // a short line in a credit element (credit, copyright, photographer class; creditText): who took the picture
            a.decide(i, Role.PHOTO_CREDIT, "credit element (" + p.tag() + ")");
            return false;
        }
        if (figureHint) {
            a.decide(i, Role.PHOTO_CAPTION, figureCue(p));
            return false;
        }
        if (credits.hasCaptionLabel(t)) {
            a.decide(i, Role.PHOTO_CAPTION, "caption label");
            return false;
        }
        if (credits.startsWithCreditThenCaption(t)) {
            a.decide(i, Role.PHOTO_CAPTION, "credit word, then a description");
            return false;
        }
        if (credits.endsWithCredit(t)) {
            a.decide(i, Role.PHOTO_CAPTION, "ends with a photo credit");
            return false;
        }
        if (a.info[i].words() <= CAPTION_MAX_WORDS && CaptionCues.placesSomeoneInTheFrame(t) && !quotes.hasQuote(t)) {
            a.decide(i, Role.PHOTO_CAPTION, "a person's place in the picture: (left)");
            return false;
        }
        String author = nameBeforeItsDate(t, reference, dayFirst);
        if (author != null) {
            a.decide(i, Role.BYLINE, "byline, then its date");
            a.byline[i] = new BylineDetector.Byline(author, true);
            return false;
        }
        DatelineParser.ParsedDateline d = datelines.parseDateOnly(t, reference, dayFirst);
        // a date line, or what the page names as one, that holds the author's label and name too
        String labelled = d == null && p.hint() != Role.DATELINE ? null : bylines.labelledNameBesideDate(t);
        if (labelled == null && d == null) {
            labelled = labelledNameThenDate(t, reference, dayFirst);
        }
        if (labelled != null) {
            a.decide(i, Role.BYLINE, "author label and name, with the date");
            a.byline[i] = new BylineDetector.Byline(labelled, true);
            return false;
        }
        if (d != null) {
            a.decide(i, Role.DATELINE, "date line");
            a.parsed[i] = d;
            a.dateOnly[i] = true;
            return false;
        }
        if (!openingFound) {
            d = datelines.parseOpening(t, reference);
            if (d != null) {
                a.decide(i, Role.DATELINE, openingCue(d));
                a.parsed[i] = d;
                a.opening[i] = true;
                return true;
            }
            d = datelines.parseDatelineAlone(t, reference);
            if (d != null && DatelineParser.startsStory(next)) {
                a.decide(i, Role.DATELINE, "dateline alone, the story after it");
                a.parsed[i] = d;
                a.opening[i] = true;
                return true;
            }
        }
        BylineDetector.Byline b = bylines.detect(t);
        if (b != null) {
            a.decide(i, Role.BYLINE, b.authorLine() ? "author line" : "contributor / agency line");
            a.byline[i] = b;
            return false;
        }
        if (p.hint() != null && p.hint() != Role.BODY) {
            a.decide(i, p.hint(), "structure hint (" + p.tag() + ")");
            if (p.hint() == Role.DATELINE) { // an element the page names as the place
                a.parsed[i] = datelines.parsePlaceAlone(t);
            }
            return false;
        }
        if (QuoteExtractor.hasQuote(spans(a, i, t))) {
            a.decide(i, Role.QUOTE, "quotation marks");
        } else {
            a.decide(i, Role.BODY, "story text");
        }
        return false;
    }

    /**
     * An agency's name alone ({@code dpa}, {@code AFP}) credits a picture or signs the story. It
     * signs the story where no picture stands beside it: at the top (first, after the headline, a
     * date line or a byline, or just before a date line or byline) and after the story's last
     * paragraph when that paragraph says nothing only a caption says; without a figure's markup.
     * So does a source line ({@code Bron: ...}) in those places.
     */
    private void agenciesSigningTheStory(Article a) {
        for (int i = 0; i < a.n; i++) {
            Role hint = a.info[i].hint();
            if (a.role[i] != Role.PHOTO_CREDIT || hint == Role.PHOTO_CREDIT || hint == Role.PHOTO_CAPTION
                    || !bylines.isAgencyAlone(a.info[i].text()) && !bylines.isSourceLine(a.info[i].text())) {
                continue;
            }
            boolean captionNext = i + 1 < a.n && a.role[i + 1] == Role.PHOTO_CAPTION; // BBC style: the credit above its caption
            boolean captionBefore = i > 0 && (a.role[i - 1] == Role.PHOTO_CAPTION || CaptionCues.hasPictureCue(a.info[i - 1].text()));
            boolean metaNext = i + 1 < a.n && (a.role[i + 1] == Role.DATELINE || a.role[i + 1] == Role.BYLINE);
            boolean top = !captionNext && (i == 0 || a.role[i - 1] == Role.HEADLINE || a.role[i - 1] == Role.DATELINE
                    || a.role[i - 1] == Role.BYLINE || metaNext && !captionBefore);
            int next = i + 1;
            while (next < a.n && (a.role[next] == Role.BOILERPLATE || a.role[next] == Role.BYLINE)) {
                next++;
            }
            boolean end = next == a.n && i > 0 && isText(a.role[i - 1]) && !CaptionCues.hasPictureCue(a.info[i - 1].text());
            if (top || end) {
                a.change(i, Role.BYLINE, top ? "agency alone at the top" : "agency alone after the story");
                a.byline[i] = new BylineDetector.Byline(null, false);
            }
        }
    }

    /** The text just before a credit line is that picture's caption. */
    private void captionsAboveCredits(Article a) {
        Role[] role = a.role;
        for (int i = 1; i < a.n; i++) {
            if (role[i] != Role.PHOTO_CREDIT) {
                continue;
            }
            // BBC style: the credit precedes its own labelled caption
            if (i + 1 < a.n && role[i + 1] == Role.PHOTO_CAPTION && credits.hasCaptionLabel(a.info[i + 1].text())) {
                continue;
            }
            int c = i - 1;
            if (a.isFreeText(c) && isCaptionLike(a.info[c]) && !isStoryTextBeforeCredit(c, i, role, a.info)) {
                a.change(c, Role.PHOTO_CAPTION, "just before a credit line");
            }
        }
    }

    /** A caption made of the story's opening: the paragraphs right after it repeat it word for word. */
    private void captionsRepeatedByTheStory(Article a) {
        for (int i = 0; i + 1 < a.n; i++) {
            if (a.isFreeText(i) && a.info[i].words() >= 8 && isRepeatedByNext(i, a.role, a.info)) {
                a.change(i, Role.PHOTO_CAPTION, "repeated word for word by the story");
            }
        }
    }

    /**
     * The author's name (or names joined by "/" or "|", or an agency) and then a date line, in one
     * line: {@code Bettina Kugler 19.10.2019, 05:00 Uhr}, {@code Ana Gil/Tom Ash | 5 mar 2024},
     * {@code AFP 30 avril 2015 à 07:19}, {@code Tom Davies Associated Press Published 11:34 PM EST
     * Nov 19, 2019}: a byline (roles.md: the byline and the date in one line). The date line may
     * close with its section ({@code Ana Rossi | 29. Dezember 2022 | HR-Welt}). Not after a comma:
     * {@code New York, 12 March 2024} is a place and its date. Returns the names, or null.
     */
    private String nameBeforeItsDate(String t, LocalDate reference, boolean dayFirst) {
        if (t.length() > 130 || Text.words(t) > 16) {
            return null;
        }
        DateExpressions.FoundDate first = DateExpressions.find(t, 0, dayFirst);
        if (first == null || first.start() < 2) {
            return null;
        }
        String head = t.substring(0, first.start());
        // a date label between the name and the date ("Published", "Updated", "Stand") parts them
        String unlabelled = datelines.withoutTrailingDateWords(head);
        boolean labelled = unlabelled.length() < head.strip().length();
        int cut = unlabelled.length();
        while (cut > 0 && " \t|/·•–—-".indexOf(unlabelled.charAt(cut - 1)) >= 0) {
            cut--;
        }
        if (cut == 0 || !labelled && cut == head.length() && Character.isLetter(head.charAt(cut - 1))
                && Character.isLetter(t.charAt(first.start()))) {
            return null; // no separator between name and date, as in a sentence
        }
        String names = unlabelled.substring(0, cut).strip();
        if (names.endsWith(",")) {
            return null;
        }
        boolean author = bylines.isAgencyAlone(names);
        if (!author) {
            author = true;
            for (String one : NAME_PARTS.split(names)) {
                author &= !one.isEmpty() && isAuthorPart(one);
            }
        }
        return author && dateWithItsSection(t.substring(first.start()), reference, dayFirst) ? names : null;
    }

    /** What parts two authors, or an author and the desk, in a line with its date. */
    private static final Pattern NAME_PARTS = Pattern.compile("\\s*[/|]\\s*");

    /**
     * One part of the names before a date: a name ({@link BylineDetector#isBareName}), an agency,
     * the author's title ({@code TV and Radio Writer}), a name written in lower case that opens with
     * a known first name ({@code marcos lópez}), or, in a script without capitals, a name ending
     * in a journalist's title ({@code 이용민 기자}: the reporter Lee Yong-min).
     */
    private boolean isAuthorPart(String part) {
        if (bylines.isBareName(part) || bylines.isAgencyAlone(part)) {
            return true;
        }
        int words = Text.words(part);
        if (words > 4 || Text.hasDigit(part)) {
            return false;
        }
        if (bylines.opensWithTitle(part) || bylines.endsWithTitle(part)) {
            return true;
        }
        if (part.equals(part.toLowerCase(Locale.ROOT)) && words >= 2 && words <= 3 && LOWER_NAME.matcher(part).matches()) {
            String first = Text.splitAtSpaces(part)[0];
            return opensWithFirstName(Character.toUpperCase(first.charAt(0)) + first.substring(1));
        }
        return false;
    }

    /** Two or three words of lower-case letters: a name, perhaps, that a page writes in lower case. */
    private static final Pattern LOWER_NAME = Pattern.compile("\\p{Ll}+(?:[\\s-]\\p{Ll}+){1,2}");

    /** The text is a date line, or a date line and then its section after a bar ({@code 29. Dezember 2022 | HR-Welt}). */
    private boolean dateWithItsSection(String text, LocalDate reference, boolean dayFirst) {
        if (datelines.parseDateOnly(text, reference, dayFirst) != null) {
            return true;
        }
        int bar = text.lastIndexOf('|');
        String section = bar < 0 ? "" : text.substring(bar + 1).strip();
        return bar > 0 && !section.isEmpty() && Text.words(section) <= 3 && !Text.hasDigit(section)
                && datelines.parseDateOnly(text.substring(0, bar), reference, dayFirst) != null;
    }

    /**
     * An article's own date lines stand in its header, and perhaps once more below the story
     * (updated, published). Where {@value #LIST_DATES} or more stand after the story has begun,
     * they are other things' dates: the rows of a table or a schedule (a list of donations, a
     * school calendar), the teasers of related stories. They are story text, and the short line
     * either side of each (a name, an amount) is a cell of its row, not a heading, a caption or an
     * author.
     */
    private void datesInLists(Article a) {
        int start = headerEnd(a.role, a.opening, a.info);
        int count = 0;
        for (int i = start; i < a.n; i++) {
            if (a.dateOnly[i]) {
                count++;
            }
        }
        if (count < LIST_DATES) {
            return;
        }
        for (int i = start; i < a.n; i++) {
            if (a.dateOnly[i]) {
                a.decide(i, Role.BODY, "a date among a list of dates (a table, a schedule, teasers)");
                a.fixed[i] = true;
                a.dateOnly[i] = false;
                a.parsed[i] = null;
                for (int j = Math.max(start, i - 1); j <= i + 1 && j < a.n; j++) {
                    if (a.isFreeText(j) && a.info[j].words() <= LIST_CELL_WORDS && !isHeadingTag(a.info[j].tag())) {
                        a.decide(j, Role.BODY, "beside a date of a list of dates");
                        a.fixed[j] = true;
                    }
                }
            }
        }
    }

    /** How many date lines after the story's start make them a list's ({@link #datesInLists}). */
    private static final int LIST_DATES = 3;

    /** The most words a cell of a table's row has ({@link #datesInLists}). */
    private static final int LIST_CELL_WORDS = 8;

    /**
     * A person's name on a line of its own, up to {@value #NAME_DATE_DISTANCE} lines above or below
     * a date line with only names between them, is the author: {@code Gustavo Roca} under
     * {@code 2022-04-26}, two authors' names above it. The name must open with a known first name
     * (the speakers' lists, {@code quotes/*-names*.txt}), since a place or a building has a name's
     * shape too ({@code Texas State Capitol}).
     */
    private void peopleBesideDateLines(Article a) {
        for (int i = 0; i < a.n; i++) {
            if (!a.isFreeText(i) || a.info[i].words() > 4 || !bylines.isBareName(a.info[i].text())
                    || !opensWithFirstName(a.info[i].text())) {
                continue;
            }
            if (dateLineWithinNames(a, i, -1) || dateLineWithinNames(a, i, 1)) {
                a.change(i, Role.BYLINE, "a person's name beside a date line");
                a.byline[i] = new BylineDetector.Byline(a.info[i].text(), true);
            }
        }
    }

    /** A date line within {@link #NAME_DATE_DISTANCE} lines of {@code i} in direction {@code step}, only names between. */
    private boolean dateLineWithinNames(Article a, int i, int step) {
        for (int k = 1, j = i + step; k <= NAME_DATE_DISTANCE && j >= 0 && j < a.n; k++, j += step) {
            if (a.dateOnly[j]) {
                return true;
            }
            if (!(a.role[j] == Role.BYLINE || isText(a.role[j]) && bylines.isBareName(a.info[j].text()))) {
                return false;
            }
        }
        return false;
    }

    private static final int NAME_DATE_DISTANCE = 2;

    /** The first word, without its accents, is a first name of the speakers' lists. */
    private static boolean opensWithFirstName(String text) {
        String first = Text.splitAtSpaces(text.strip())[0];
        if (SpeakerResolver.isFirstName(first)) {
            return true;
        }
        String plain = java.text.Normalizer.normalize(first, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return !plain.equals(first) && SpeakerResolver.isFirstName(plain);
    }

    /** A bare name just before a date line or an e-mail address alone is the author. */
    private void namesAboveDateLines(Article a) {
        for (int i = 0; i + 1 < a.n; i++) {
            if (isText(a.role[i]) && (a.dateOnly[i + 1] || bylines.isEmailAlone(a.info[i + 1].text()))
                    && bylines.isBareName(a.info[i].text())) {
                a.change(i, Role.BYLINE, a.dateOnly[i + 1] ? "bare name above a date line" : "bare name above an e-mail address");
                a.byline[i] = new BylineDetector.Byline(a.info[i].text(), true);
            }
        }
    }

    /**
     * In the header, before the story starts: a place alone just above the date line or the
     * story-opening dateline ({@code München} over {@code vor 23 Minuten}) is the story's place; a
     * short line is a caption, and so is the text just before the story-opening dateline once a
     * date or byline has been seen.
     */
    private void headerLines(Article a, int headerEnd) {
        boolean headerHasMeta = false;
        for (int i = 0; i < headerEnd; i++) {
            if (a.role[i] == Role.DATELINE || a.role[i] == Role.BYLINE) {
                headerHasMeta = true;
            }
            if (!a.isFreeText(i)) {
                continue;
            }
            // in a web page the figure markup (figcaption, caption class, a credit below) names the
            // captions: there a short line of the header is a kicker, a menu item, a date or a name,
            // and the line before the opening dateline a standfirst or a byline
            boolean beforeOpening = i + 1 < a.n && a.opening[i + 1] && headerHasMeta && !a.info[i].markup();
            boolean shortText = a.info[i].words() <= 8 && !Text.endsLikeSentence(a.info[i].text()) && i > 0;
            boolean shortLine = shortText && !a.info[i].markup();
            // a place alone over the date line is the dateline's place in a web page too (Brasília over 03/05/2022 21:44)
            DatelineParser.ParsedDateline place = shortText && i + 1 < a.n && (a.dateOnly[i + 1] || a.opening[i + 1])
                    ? datelines.parsePlaceAlone(a.info[i].text()) : null;
            if (place != null) {
                a.change(i, Role.DATELINE, "header: place alone above the date line");
                a.parsed[i] = place;
            } else if (beforeOpening) {
                a.change(i, Role.PHOTO_CAPTION, "header: just before the opening dateline");
            } else if (shortLine) {
                // a guess for the model to read, right about one time in six on the tuning pages
                // (more often a byline, a kicker or a place): story text unless the model decides
                a.change(i, Role.PHOTO_CAPTION, "header: short line without a full stop");
                a.tentative[i] = true;
            }
        }
    }

    /**
     * A portrait caption anywhere after text; and, between story paragraphs, a short
     * unpunctuated line is a subheading and a long unpunctuated one a caption.
     */
    private void linesBetweenParagraphs(Article a, int headerEnd) {
        Role[] role = a.role;
        Info[] info = a.info;
        for (int i = 0; i < a.n; i++) {
            if (!a.isFreeText(i)) {
                continue;
            }
            String t = info[i].text();
            if (info[i].words() <= 8 && PORTRAIT_CAPTION.matcher(t).matches() && i > 0 && isText(role[i - 1])) {
                a.change(i, Role.PHOTO_CAPTION, "portrait caption: descriptor, Name");
                continue;
            }
            if (i < headerEnd || i == 0 || i + 1 >= a.n || isTableCell(info[i].tag())) {
                continue; // a table's cells are data, whatever their shape
            }
            // a heading leads into story text (or an image, or the author box of a section)
            boolean nextIsText = isText(role[i + 1]) || role[i + 1] == Role.PHOTO_CAPTION
                    || role[i + 1] == Role.PHOTO_CREDIT || role[i + 1] == Role.BYLINE;
            if (!nextIsText) {
                continue;
            }
            // a heading element holding sentences (a standfirst set in an h2, one full sentence of
            // more than 15 words) is not a section heading
            boolean headingTag = isHeadingTag(info[i].tag())
                    && !(Text.endsWithStop(t) && (Text.sentences(t) >= 2 || info[i].words() > 15));
            // a heading stands alone: a run of short lines (a table, a list of figures) is not a
            // heading, and neither is an item of a list or a line beside a count or a number ("1.",
            // "2021": a table's rows flattened to lines)
            String next = info[i + 1].text();
            boolean alone = role[i - 1] != Role.SUBHEADING && !info[i].listItem()
                    && !(isText(role[i + 1]) && (subheadings.looksLikeHeading(next) || !SubheadingDetector.hasLetter(next)))
                    && !(isText(role[i - 1]) && !SubheadingDetector.hasLetter(info[i - 1].text()));
            if (headingTag && isStandfirst(a, i)) {
                continue; // the standfirst in a heading element: story text
            }
            if (!headingTag && subheadings.looksLikeHeading(t) && CaptionCues.namedSubjectInPast(t) && !quotes.hasQuote(t)) {
                // "Jane Doe helped organize the festival": headings narrate in the present
                a.change(i, Role.PHOTO_CAPTION, "between paragraphs: a named subject in the past tense");
            } else if (headingTag) {
                a.change(i, Role.SUBHEADING, "heading element (" + info[i].tag() + ")");
            } else if (subheadings.looksLikeHeading(t) && alone) {
                a.change(i, Role.SUBHEADING, "between paragraphs: short heading-shaped line");
            } else if (subheadings.looksLikeUnpunctuatedCaption(t) && !quotes.hasQuote(t) && !info[i].markup()) {
                // in a web page the figure markup names the captions: there such a line is a dek or a teaser
                a.change(i, Role.PHOTO_CAPTION, "between paragraphs: long line without a full stop");
                a.tentative[i] = true; // right about one time in six on the tuning pages: a cue for the model
            }
        }
    }

    /**
     * The box about the author that closes many stories, among the last {@link #AUTHOR_BOX_LINES}
     * paragraphs that are not page furniture: the note on who the author is or how to reach them
     * ({@link BylineDetector#isAuthorNote}), and the author's name on a line of its own just above
     * that note, above a line opening with the author's title ("Redakteur in der Wirtschaft."), or
     * above a paragraph that opens with the same name.
     */
    private void authorBox(Article a) {
        int from = a.n;
        for (int seen = 0; from > 0 && seen < AUTHOR_BOX_LINES; ) {
            from--;
            if (a.role[from] != Role.BOILERPLATE) {
                seen++;
            }
        }
        for (int i = from; i < a.n; i++) {
            if (a.isFreeText(i) && bylines.isAuthorNote(a.info[i].text())) {
                a.change(i, Role.BYLINE, "author box: note on the author");
                a.byline[i] = new BylineDetector.Byline(null, false);
            }
        }
        notesOpeningWithTheAuthor(a);
        for (int i = from; i < a.n; i++) {
            if (a.fixed[i] || !(isText(a.role[i]) || a.role[i] == Role.SUBHEADING || a.role[i] == Role.PHOTO_CAPTION
                    || a.role[i] == Role.BYLINE) || !bylines.isBareName(a.info[i].text())) {
                continue;
            }
            int next = i + 1;
            while (next < a.n && a.role[next] == Role.BOILERPLATE && !a.fixed[next]) {
                next++;
            }
            if (next >= a.n || a.fixed[next]) {
                continue;
            }
            String name = a.info[i].text().strip();
            String following = a.info[next].text().strip();
            boolean note = a.role[next] == Role.BYLINE && a.cue[next] != null && a.cue[next].startsWith(AUTHOR_NOTE_CUE);
            boolean title = !note && (isText(a.role[next]) || a.role[next] == Role.SUBHEADING)
                    && bylines.opensWithTitle(following);
            boolean sameName = !note && !title && isText(a.role[next]) && following.length() > name.length()
                    && following.startsWith(name) && !Character.isLetterOrDigit(following.charAt(name.length()))
                    && a.info[next].words() <= 80;
            if (note || title || sameName) {
                if (a.role[i] != Role.BYLINE) {
                    a.change(i, Role.BYLINE, "author box: name above the note on the author");
                    a.byline[i] = new BylineDetector.Byline(name, true);
                }
                if (title || sameName) {
                    a.change(next, Role.BYLINE, "author box: note on the author");
                    a.byline[next] = new BylineDetector.Byline(null, false);
                }
            }
        }
    }

    /** How far from the end of the article's paragraphs (page furniture not counted) {@link #authorBox} looks. */
    private static final int AUTHOR_BOX_LINES = 6;

    /**
     * A note on the author that opens with the name an author line gave ("By FRANK BODANI"
     * ... "Frank Bodani is a writer for the York Daily Record. ...", "by: Aidan Joly" ... "Aidan
     * Joly joined the News 4 staff in 2022."), in the later half of the story: the author is not
     * the subject of their own story, so the sentence is about the writer whatever its verb, and
     * may stand before a box of facts that closes the page, beyond {@link #AUTHOR_BOX_LINES}.
     */
    private void notesOpeningWithTheAuthor(Article a) {
        StringBuilder authorLines = new StringBuilder();
        int story = 0;
        for (int i = 0; i < a.n; i++) {
            story += a.role[i] == Role.BOILERPLATE ? 0 : 1;
        }
        int seen = 0;
        for (int i = 0; i < a.n; i++) {
            if (a.role[i] != Role.BOILERPLATE) {
                seen++;
            }
            if (a.role[i] == Role.BYLINE && bylines.isAuthorLine(a.info[i].text())) {
                authorLines.append(a.info[i].text().toLowerCase(Locale.ROOT)).append('\n');
                continue;
            }
            if (authorLines.length() == 0 || seen * 2 <= story || a.fixed[i] || a.info[i].words() > AUTHOR_NOTE_WORDS
                    || !(isText(a.role[i]) || a.role[i] == Role.SUBHEADING)) {
                continue;
            }
            String name = bylines.openingSubject(a.info[i].text());
            if (name != null && Text.containsWord(authorLines.toString(), name.toLowerCase(Locale.ROOT))) {
                a.change(i, Role.BYLINE, "author box: note opening with the author's name");
                a.byline[i] = new BylineDetector.Byline(null, false);
            }
        }
    }

    /** How the cues of the notes on the author begin. */
    private static final String AUTHOR_NOTE_CUE = "author box: note";
    /** The longest note on the author {@link #notesOpeningWithTheAuthor} takes, in words. */
    private static final int AUTHOR_NOTE_WORDS = 70;

    /**
     * A heading element right under the headline, with only header lines between (date, byline,
     * picture, furniture) and no story text yet: the standfirst set in an {@code h2}, which is
     * story text (roles.md: a standfirst under the headline is BODY), not a section heading.
     */
    private static boolean isStandfirst(Article a, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Role r = a.role[j];
            if (r == Role.HEADLINE) {
                return true;
            }
            if (r != Role.DATELINE && r != Role.BYLINE && r != Role.PHOTO_CAPTION && r != Role.PHOTO_CREDIT
                    && r != Role.BOILERPLATE) {
                return false;
            }
        }
        return false;
    }

    /** The headline: the HEADLINE paragraph, else (plain text) a title-shaped first paragraph. */
    private String headline(Article a, DocumentMetadata meta) {
        for (int i = 0; i < a.n; i++) {
            if (a.role[i] == Role.HEADLINE) {
                return a.info[i].text();
            }
        }
        if (a.n > 1 && !a.fixed[0] && isHeadlineCandidate(a.info[0], a.role[0], meta)) {
            a.change(0, Role.HEADLINE, isTitle(a.info[0], meta) ? "the document's title" : "plain text: title-shaped first line");
            return a.info[0].text();
        }
        return null;
    }

    /** Body text that is furniture after all: a stock phrase, or a short paragraph that is mostly links. */
    private static void furnitureInTheBody(Article a) {
        for (int i = 0; i < a.n; i++) {
            Info p = a.info[i];
            if (a.role[i] == Role.BODY && !a.fixed[i]) {
                if (BOILERPLATE.matcher(p.text()).find()) {
                    a.change(i, Role.BOILERPLATE, "furniture phrase");
                } else if (p.linkDensity() > 0.6 && p.words() < 40) {
                    a.change(i, Role.BOILERPLATE, "mostly links");
                }
            }
        }
    }

    /**
     * The paragraphs as written: a run of consecutive BOILERPLATE blocks (a menu, a list of
     * links, a player's controls, a footer) becomes one BOILERPLATE paragraph holding a line per
     * block, up to {@link #MAX_FURNITURE_CHARS}. Nothing is dropped, but a page's furniture takes
     * a few rows instead of one per link, and a copy of the headline in a "most read" list is a
     * line of that list, not a paragraph of its own. {@code written[i]} gets the 1-based index of
     * the paragraph that holds block {@code i}.
     */
    private static List<TaggedParagraph> furnitureRuns(Role[] role, Info[] info, String[] cue, int[] written) {
        List<TaggedParagraph> out = new ArrayList<>(role.length);
        StringBuilder run = new StringBuilder();
        String firstCues = null;
        int blocks = 0;
        for (int i = 0; i < role.length; i++) {
            String t = info[i].text();
            boolean joins = role[i] == Role.BOILERPLATE && i > 0 && role[i - 1] == Role.BOILERPLATE
                    && run.length() + 1 + t.length() <= MAX_FURNITURE_CHARS;
            if (joins) {
                run.append('\n').append(t);
                blocks++;
                out.set(out.size() - 1, new TaggedParagraph(out.size(), Role.BOILERPLATE, run.toString(),
                        firstCues + "; run of " + blocks + " furniture blocks"));
            } else {
                run.setLength(0);
                run.append(t);
                firstCues = cue[i];
                blocks = 1;
                out.add(new TaggedParagraph(out.size() + 1, role[i], t, firstCues));
            }
            written[i] = out.size();
        }
        return out;
    }

    private static boolean isTableCell(String tag) {
        return "td".equals(tag) || "th".equals(tag);
    }

    private static boolean isText(Role r) {
        return r == Role.BODY || r == Role.QUOTE;
    }

    /** A caption is a sentence or two describing an image, not a long paragraph of story. */
    private boolean isCaptionLike(Info p) {
        return p.words() <= 60 && Text.sentences(p.text()) <= 2 && !quotes.hasQuote(p.text());
    }

    /**
     * The paragraph just before a credit line that is story text all the same: it opens by
     * referring back to the text before it (a caption stands alone under its picture), or it is
     * the standfirst — the first text of the article, with the byline / date block still to come
     * after the credit — and says nothing that only captions say (who stands where, when the
     * picture was taken, "file photo").
     */
    private static boolean isStoryTextBeforeCredit(int c, int credit, Role[] role, Info[] info) {
        String t = info[c].text();
        if (CaptionCues.refersBack(t)) {
            return true;
        }
        for (int j = 0; j < c; j++) {
            if (role[j] != Role.HEADLINE && role[j] != Role.BOILERPLATE && role[j] != Role.DATELINE) {
                return false; // not the first text of the article
            }
        }
        int next = credit + 1;
        while (next < role.length && role[next] == Role.PHOTO_CREDIT) {
            next++;
        }
        boolean metaFollows = next < role.length && (role[next] == Role.BYLINE || role[next] == Role.DATELINE);
        return metaFollows && !CaptionCues.hasPictureCue(t);
    }

    /**
     * The text of paragraph {@code i} is the next one to three text paragraphs, joined, followed
     * by nothing or by a short tag in brackets or a credit ({@code (screen grab)}, {@code Photo: X}).
     */
    private boolean isRepeatedByNext(int i, Role[] role, Info[] info) {
        String own = collapse(info[i].text());
        StringBuilder joined = new StringBuilder();
        for (int j = i + 1; j < role.length && j <= i + 3 && isText(role[j]); j++) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(collapse(info[j].text()));
            if (!own.startsWith(joined.toString())) {
                return false;
            }
            String rest = own.substring(joined.length()).strip();
            if (rest.isEmpty() || rest.startsWith("(") && rest.endsWith(")") && Text.words(rest) <= 6
                    || credits.isCreditLine(rest)) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String t) {
        String s = t.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || s.charAt(i - 1) == ' ')) {
                return WHITESPACE.matcher(s).replaceAll(" ");
            }
        }
        return s; // already collapsed, as normalised paragraphs are
    }

    /**
     * Where the story starts: the story-opening dateline, or else the first text paragraph long
     * enough to be story text. Everything before is the article header.
     */
    private static int headerEnd(Role[] role, boolean[] opening, Info[] info) {
        for (int i = 0; i < role.length; i++) {
            if (opening[i]) {
                return i;
            }
        }
        for (int i = 0; i < role.length; i++) {
            if (isText(role[i]) && info[i].words() >= HEADER_BODY_WORDS) {
                return i;
            }
        }
        return 0;
    }

    private boolean isHeadlineCandidate(Info p, Role r, DocumentMetadata meta) {
        if (isTitle(p, meta)) {
            return true;
        }
        if (!isText(r) || !Block.PLAIN_TEXT.equals(p.tag())) {
            return false;
        }
        return p.words() <= 25 && !Text.endsWithStop(p.text()) && Text.sentences(p.text()) == 1;
    }

    private static boolean isTitle(Info p, DocumentMetadata meta) {
        return meta.title() != null && meta.title().strip().equalsIgnoreCase(p.text());
    }

    /** The cue of a figure-area structure hint: the element that gave it ({@code figcaption}, ...). */
    private static String figureCue(Paragraph p) {
        return "figcaption".equals(p.tag()) ? "figcaption" : "in a figure (" + p.tag() + ")";
    }

    /** {@code dateline: place + date + agency + dash}: what the story-opening dateline was made of. */
    private static String openingCue(DatelineParser.ParsedDateline d) {
        int k = (d.location() != null ? 1 : 0) | (d.date() != null ? 2 : 0) | (d.agency() != null ? 4 : 0)
                | (endsWithDash(d.text()) ? 8 : 0);
        return OPENING_CUES[k];
    }

    private static final String[] OPENING_CUES = new String[16];

    static {
        for (int k = 0; k < 16; k++) {
            List<String> parts = new ArrayList<>();
            if ((k & 1) != 0) {
                parts.add("place");
            }
            if ((k & 2) != 0) {
                parts.add("date");
            }
            if ((k & 4) != 0) {
                parts.add("agency");
            }
            if ((k & 8) != 0) {
                parts.add("dash");
            }
            OPENING_CUES[k] = "dateline: " + (parts.isEmpty() ? "story opening" : String.join(" + ", parts));
        }
    }

    private static boolean endsWithDash(String t) {
        String s = t == null ? "" : t.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /**
     * A paragraph of a web page's elements (not plain text, not the lines of a PDF page): its
     * captions are marked by the page (figcaption, caption and credit classes) where it has any.
     */
    private static boolean fromMarkup(Paragraph p) {
        return !Block.PLAIN_TEXT.equals(p.tag()) && p.ancestry() != null && !p.ancestry().isEmpty()
                && !p.ancestry().startsWith("pdf>");
    }

    /** An item of a bulleted or numbered list, or a block inside one. */
    private static boolean isListItem(Paragraph p) {
        if ("li".equals(p.tag())) {
            return true;
        }
        String a = p.ancestry();
        int at = a.indexOf("li");
        while (at >= 0) {
            boolean starts = at == 0 || a.charAt(at - 1) == '>';
            boolean ends = at + 2 == a.length() || ".#>".indexOf(a.charAt(at + 2)) >= 0;
            if (starts && ends) {
                return true;
            }
            at = a.indexOf("li", at + 2);
        }
        return false;
    }

    private static boolean isHeadingTag(String tag) {
        return tag != null && tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
    }

    private LocalDate firstDatedLine(List<Paragraph> paragraphs, boolean dayFirst) {
        int limit = Math.min(paragraphs.size(), 12);
        for (int i = 0; i < limit; i++) {
            String t = paragraphs.get(i).text();
            if (datelines.parseDateOnly(t, null, dayFirst) != null) {
                LocalDate d = datelines.yearDate(t, dayFirst);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The article's dateline: the story-opening dateline where there is one (it names the place),
     * else a header line the page names as the place; its date filled from the first date line of
     * the header when it gives none; else the first date-only line.
     */
    private static Dateline articleDateline(DatelineParser.ParsedDateline[] parsed, boolean[] opening,
                                            boolean[] dateOnly, Role[] role) {
        DatelineParser.ParsedDateline firstDate = null;
        DatelineParser.ParsedDateline open = null;
        DatelineParser.ParsedDateline place = null;
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] == null || role[i] != Role.DATELINE) {
                continue;
            }
            if (opening[i] && open == null) {
                open = parsed[i];
            }
            if (!opening[i] && place == null && parsed[i].location() != null) {
                place = parsed[i];
            }
            if (dateOnly[i] && firstDate == null && parsed[i].date() != null) {
                firstDate = parsed[i];
            }
        }
        if (open == null) {
            open = place; // a header line the page names as the story's place ("München")
        }
        if (open != null) {
            LocalDate date = open.date() != null ? open.date() : firstDate == null ? null : firstDate.date();
            return new Dateline(open.text(), open.location(), date, open.agency());
        }
        if (firstDate != null) {
            return new Dateline(firstDate.text(), null, firstDate.date(), null);
        }
        return null;
    }

    private static String articleByline(BylineDetector.Byline[] bylines, Role[] role, DocumentMetadata meta) {
        for (int i = 0; i < bylines.length; i++) {
            if (bylines[i] != null && role[i] == Role.BYLINE && bylines[i].authorLine() && bylines[i].names() != null) {
                return bylines[i].names();
            }
        }
        return meta.author();
    }

    /**
     * Every quotation of four or more words with its speaker. The attribution words of a
     * quotation ("X said", "said X", "he added", "the senator said", "according to X", "X said:"
     * before it) are resolved by a {@link SpeakerResolver} that reads the article in order: a name
     * becomes the full name the article introduced, a pronoun the most recent person of its
     * gender, a description the entity whose title fits. A quotation without its own attribution
     * takes the speaker of another quotation in the same paragraph ({@code “A,” said X. “B.”}),
     * else the person the paragraph reports as speaking before it; a paragraph that opens inside a
     * quotation left open by the previous one continues its speaker.
     */
    /** The credit at the end of a caption ("Photograph: Kim Frost/PA"): its name is a photographer's. */
    private static final Pattern CREDIT_IN_CAPTION = Pattern.compile(
            "(?:Photograph|Photo|Picture|Foto|Bild|Credit|Image)s?\\s*:.*$|\\((?:AP|AFP|Reuters|EPA)\\b.*$");
    private static final Pattern DESCRIPTION_SUBJECT = Pattern.compile(
            "^[\\s“\"„]*(?:[^,“”\"«»„]{1,60},\\s+)?(?<d>(?:The|the)\\s+(?:[\\p{L}\\d\\-]+\\s+){0,3}?\\p{Ll}[\\p{L}\\d\\-]*)\\s+(?:(?:then|also|later|again)\\s+)?\\p{Ll}");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "^[\\s“\"„]*(?:(?:But|And|Then|Later),?\\s+)?(?:[^,“”\"«»„]{1,100},\\s+)?(?<p>He|She|They|Er|Sie|Il|Elle|he|she|they|er|sie|il|elle)\\s+\\p{Ll}");

    /** A name and its comma just before a description: "Preceded by Joe Arpaio, " the Arizona sheriff .... */
    private static final Pattern NAME_COMMA_END = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*,\\s+$");
    /** The rest of an apposition, closed by a comma before a capitalised word: " and anti-immigration hard-liner, Trump". */
    private static final Pattern APPOSITION_REST = Pattern.compile("^[^,.;:!?“”\"]{0,80},\\s+\\p{Lu}");

    /**
     * Where the sentence goes on after the description found at {@code [start, end)} of {@code sentence}, if commas set
     * it off after a name: "Preceded by Joe Arpaio, the Arizona sheriff and anti-immigration hard-liner, Trump launched
     * into ...": it describes the name, the sentence's subject ("Trump") comes after it. -1 if it is no such apposition.
     */
    private static int appositionOfName(String sentence, int start, int end) {
        java.util.regex.Matcher rest = APPOSITION_REST.matcher(sentence).region(end, sentence.length());
        return NAME_COMMA_END.matcher(sentence).region(0, start).find() && rest.lookingAt() ? rest.end() - 1 : -1;
    }

    /**
     * True if {@code between} (the words between two quotations of one paragraph) reports no named speaker, no he or she
     * saying something, and has no sentence whose subject is a person the article named.
     */
    private boolean namesNobody(SpeakerResolver resolver, String between, int paragraph, int at) {
        return quotes.reportedSpeaker(between) == null && quotes.lastPronounSaying(between) < 0
                && subjectOf(resolver, QuoteExtractor.lastSentence(between), paragraph, at) == null;
    }

    /** The named (or pronoun) subject that opens {@code sentence}, resolved; null if none. */
    private static SpeakerResolver.Resolved subjectOf(SpeakerResolver resolver, String sentence, int paragraph, int at) {
        String subject = resolver.sentenceSubject(sentence);
        if (subject != null) {
            return resolver.resolve(subject, paragraph, at);
        }
        java.util.regex.Matcher d = DESCRIPTION_SUBJECT.matcher(sentence);
        int after = d.find() ? appositionOfName(sentence, d.start("d"), d.end("d")) : -1;
        if (after >= 0) {
            String named = resolver.sentenceSubject(sentence.substring(after));
            return named == null ? null : resolver.resolve(named, paragraph, at);
        }
        if (d.find(0)) {
            // "The senator then read:", "the former secretary talked about": the shortest description ending in a
            // lower-case word that resolves
            String[] words = sentence.substring(d.start("d")).split("[^\\p{L}\\d\\-]+", 6);
            for (int n = 1; n <= Math.min(4, words.length - 2); n++) {
                if (words[n].isEmpty() || !Character.isLowerCase(words[n].charAt(0))) {
                    continue;
                }
                String description = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n + 1));
                SpeakerResolver.Resolved r = resolver.resolve(description, paragraph, at);
                if (r.speaker() != null) {
                    return r;
                }
            }
        }
        java.util.regex.Matcher p = PRONOUN_SUBJECT.matcher(sentence);
        if (p.find()) {
            SpeakerResolver.Resolved r = resolver.resolve(p.group("p"), paragraph, at);
            return r.speaker() == null ? null : r;
        }
        return null;
    }

    /** Who a paragraph ending in a colon introduces ("Bolton ... He said:"): its reported speaker, else its last sentence's subject. */
    private SpeakerResolver.Resolved introducer(SpeakerResolver resolver, String t, int paragraph) {
        String last = QuoteExtractor.lastSentence(t);
        String reported = quotes.reportedSpeaker(last);
        if (reported == null) {
            reported = quotes.verbColonSpeaker(t.strip()); // "Stated Stone:" before the quotation's paragraph
        }
        if (reported != null) {
            return resolver.resolve(reported, paragraph, t.length());
        }
        return subjectOf(resolver, last, paragraph, t.length());
    }

    /** After a quotation: "…,” he added", "…,” she continued", "…,” he went on": the speaker goes on. */
    private static final Pattern CONTINUES = Pattern.compile(
            "[,.!?…]?[”\"’]?\\s*(?:(?:he|she)\\s+(?:added|continued|went\\s+on)|(?:added|continued)\\s+(?:he|she))(?![\\p{L}])");

    private List<Quote> extractQuotes(List<Paragraph> paragraphs, Article a, int[] written) {
        Role[] role = a.role;
        DatelineParser.ParsedDateline[] dateline = a.parsed;
        List<Quote> out = new ArrayList<>();
        SpeakerResolver resolver = new SpeakerResolver();
        String lastSpeaker = null;
        int lastSpeakerParagraph = -1;
        SpeakerResolver.Resolved openSpeaker = null; // speaker of a quotation left open at the end of the previous paragraph
        boolean previousOpen = false;
        SpeakerResolver.Resolved previousSpeaker = null; // of the last quotation of the paragraph before, if it quoted
        SpeakerResolver.Resolved colonSpeaker = null; // who introduces the next paragraph's quotation ("He said:")
        // quotations are written only from QUOTE and DATELINE paragraphs, and only where they hold one that counts: what
        // the paragraphs after the last of them name or report can reach no quotation, so they are not read (a story's
        // closing paragraphs, a page's furniture; the whole of a wire story that quotes nobody, most of them)
        int end = paragraphs.size();
        while (end > 0 && !((role[end - 1] == Role.QUOTE || role[end - 1] == Role.DATELINE)
                && QuoteExtractor.hasQuote(spans(a, end - 1, paragraphs.get(end - 1).text())))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            String t = paragraphs.get(i).text();
            SpeakerResolver.Resolved introduced = colonSpeaker; // by the paragraph before, if it ended in a colon
            colonSpeaker = null;
            SpeakerResolver.Resolved carried = previousSpeaker;
            previousSpeaker = null;
            boolean quoting = role[i] == Role.QUOTE || role[i] == Role.DATELINE;
            if (role[i] == Role.PHOTO_CAPTION || role[i] == Role.SUBHEADING) {
                // "Harbour master Ines Falk (left) inspects ...": a caption introduces names, it reports no speech
                // (a credit there has a colon or a parenthesis: without them the pattern is not tried at every letter)
                resolver.observe(i, t.indexOf(':') < 0 && t.indexOf('(') < 0 ? t : CREDIT_IN_CAPTION.matcher(t).replaceFirst(""),
                        List.of());
                colonSpeaker = role[i] == Role.SUBHEADING && t.strip().endsWith(":") ? introducer(resolver, t, i) : null;
                continue;
            }
            if (role[i] == Role.HEADLINE) {
                resolver.introduce(i, t);
            }
            if (!quoting && !isText(role[i])) {
                previousOpen = false;
                continue;
            }
            List<QuoteExtractor.Span> spans = spans(a, i, t);
            List<int[]> quoted = new ArrayList<>(spans.size());
            for (QuoteExtractor.Span sp : spans) {
                quoted.add(new int[] {sp.start(), sp.end()});
            }
            resolver.observe(i, t, quoted);
            colonSpeaker = t.strip().endsWith(":") ? introducer(resolver, t, i) : null;
            if (!quoting) {
                previousOpen = false;
                QuoteExtractor.Reports reports = quotes.reports(t);
                String reported = reports.speaker();
                int pronoun = reported == null && i + 1 < paragraphs.size() && role[i + 1] == Role.QUOTE
                        ? quotes.lastPronounReport(t) : -1;
                if (pronoun >= 0) {
                    // "People should provide evidence ..., he told reporters." before a paragraph that only quotes
                    reported = resolver.resolve(t.substring(pronoun, t.indexOf(' ', pronoun) < 0 ? t.length()
                            : t.indexOf(' ', pronoun)), i, pronoun).speaker();
                }
                String asked = reported == null ? null : reports.asked();
                if (asked != null) {
                    reported = asked.isEmpty() ? null : asked; // who answers is quoted next, not who asked
                }
                if (reported != null) {
                    lastSpeaker = reported;
                    lastSpeakerParagraph = i;
                    resolver.spoke(reported, i, t.length());
                }
                continue;
            }
            List<QuoteExtractor.Span> counted = new ArrayList<>();
            List<SpeakerResolver.Resolved> who = new ArrayList<>();
            String signer = quotes.signer(t);
            String known = lastSpeaker;
            boolean endsOpen = false;
            for (QuoteExtractor.Span span : spans) {
                if (!span.countsAsQuote()) {
                    continue;
                }
                String raw = quotes.attribution(t, span, spans);
                int k = spans.indexOf(span);
                if (raw == null && k > 0 && !spans.get(k - 1).countsAsQuote() && !spans.get(k - 1).title()) {
                    // “Safety,” said Grimm, a supporter. “Safety for the whole country.”: a quotation too short to
                    // count lends its attribution to the one that goes on
                    String lent = quotes.attribution(t, spans.get(k - 1), spans);
                    raw = lent != null && t.substring(spans.get(k - 1).end(), span.start()).contains(lent) ? lent : null;
                }
                if (raw == null) {
                    String colon = quotes.colonSpeaker(t, span); // "Clinton: “...”"
                    raw = colon != null && (colon.indexOf(' ') > 0 || resolver.knows(colon)) ? colon : null;
                }
                if (raw == null) {
                    raw = quotes.verbColonSpeaker(t.substring(0, Math.max(0, span.start() - 1))); // "Williamson concludes: “...”"
                }
                SpeakerResolver.Resolved r = null;
                String quotation = t.substring(span.start(), span.end());
                if (raw != null && QuoteExtractor.isPronoun(raw)) {
                    // "Steven Cheung, a campaign spokesman, said ... “...,” he said": the person this
                    // paragraph reports as speaking before the quotation, if of the pronoun's gender
                    String before = t.substring(0, Math.max(0, span.start() - 1));
                    String reported = quotes.reportedSpeakerForPronoun(before);
                    if (reported != null) {
                        // "Manafort suggested ... . Trump himself was delighted. “…,” he later said": a person who
                        // opens the last sentence before the quotation, of the pronoun's gender, comes after the report
                        String last = QuoteExtractor.lastSentence(before);
                        String subject = last.length() < before.length() && !last.contains(reported)
                                ? resolver.sentenceSubject(last) : null;
                        if (subject != null && resolver.compatible(raw, subject) && !SpeakerResolver.otherSex(raw, subject)
                                && !resolver.namedIn(quotation, subject)) {
                            reported = subject;
                        }
                    }
                    if (reported != null && resolver.compatible(raw, reported) && !resolver.namedIn(quotation, reported)) {
                        SpeakerResolver.Resolved named = resolver.resolve(reported, i, span.start());
                        r = named.writtenAs(raw);
                    }
                }
                // (the last speaker so far: one this paragraph quoted before, "“…,” said X, a .... “…,” he added")
                String goesOn = !who.isEmpty() && who.get(who.size() - 1).speaker() != null ? who.get(who.size() - 1).speaker()
                        : lastSpeakerParagraph >= i - 5 ? lastSpeaker : null;
                if (r == null && raw != null && QuoteExtractor.isPronoun(raw) && goesOn != null
                        && CONTINUES.matcher(t).region(span.end(), t.length()).lookingAt()
                        && resolver.compatible(raw, goesOn) && !resolver.namedIn(quotation, goesOn)) {
                    // "“…,” he added": one who goes on speaking, so the last speaker, though someone was named since
                    // (a caption's "Officer Timothy Smith holds up the gun ...")
                    SpeakerResolver.Resolved named = resolver.resolve(goesOn, i, span.start());
                    r = named.writtenAs(raw);
                }
                if (r == null) {
                    r = resolver.resolve(raw, i, span.start(), quotation);
                }
                if (r.speaker() == null && QuoteExtractor.isBodyPronoun(raw)) {
                    raw = null; // "it said" with no body or document near to stand for: as if no one were written
                    r = new SpeakerResolver.Resolved(null, null, null);
                }
                if (r.speaker() == null && raw != null && QuoteExtractor.isPronoun(raw)) {
                    // no person of that gender known: the paragraph's own reported speaker, else the last one, unless
                    // their first name is of the other sex ("she" is never Ben Jacobs), nor one word the article gave
                    // no person ("Footage of the cleric appears. “…,” he says")
                    String w = quotes.pronounSpeaker(t, span, known);
                    if (w != null && QuoteExtractor.isNamed(w) && !SpeakerResolver.otherSex(raw, w)
                            && (w.indexOf(' ') > 0 || w.equals(known) || resolver.compatible(raw, w))) {
                        SpeakerResolver.Resolved named = resolver.resolve(w, i, span.start());
                        r = new SpeakerResolver.Resolved(named.speaker(), raw, named.title());
                    }
                }
                if (r.speaker() == null && raw == null && quotes.unstatedSubject(t, span)) {
                    // "“…”, afirmó.": a speech verb whose subject is left out, as Spanish, Portuguese and Italian do
                    String reported = quotes.reportedSpeakerForPronoun(t.substring(0, Math.max(0, span.start() - 1)));
                    SpeakerResolver.Resolved named = reported == null ? null : resolver.resolve(reported, i, span.start());
                    if (named != null && named.speaker() != null) {
                        r = named.writtenAs(null);
                    } else if (!(carried != null && carried.speaker() == null && carried.asWritten() != null)) {
                        // (after a quotation of someone unnamed, "diz a garota", the same unnamed voice goes on)
                        r = resolver.unstated(i, span.start());
                    }
                }
                if (r.speaker() == null && raw == null && signer != null) {
                    r = resolver.resolve(signer, i, span.start()); // the paragraph is signed "― Name" at its end
                }
                if (r.speaker() == null && raw == null && previousOpen && span.start() <= 2 && openSpeaker != null) {
                    r = openSpeaker;
                }
                if (r.speaker() == null && raw == null && span.start() <= 2 && carried != null && carried.speaker() != null
                        && quotes.reportedSpeaker(t) == null) {
                    // a paragraph that is a quotation of its own, after a quoted speaker: the same voice goes on
                    r = carried;
                }
                if (r.speaker() != null) {
                    known = r.speaker();
                }
                counted.add(span);
                who.add(r);
            }
            // the parts of a split quotation share their speaker: the one before, else the one after
            for (int s = 0; s < who.size(); s++) {
                if (who.get(s).speaker() != null || who.get(s).asWritten() != null) {
                    continue;
                }
                for (int d = 1; d < who.size() && who.get(s).speaker() == null; d++) {
                    if (s - d >= 0 && who.get(s - d).speaker() != null) {
                        who.set(s, who.get(s - d));
                    } else if (s + d < who.size() && who.get(s + d).speaker() != null) {
                        who.set(s, who.get(s + d));
                    }
                }
            }
            // else the person the paragraph reports as speaking before it ("Lindner nennt ... Er fordert ... “...”"),
            // else the name that opens the quotation's sentence ("Ohio Gov. John Kasich suspended ..., telling
            // supporters that he had “...”"), else, for a paragraph that is a quotation and nothing else, the
            // person who spoke in the paragraph before
            for (int s = 0; s < who.size(); s++) {
                if (who.get(s).speaker() == null && who.get(s).asWritten() == null) {
                    String upTo = t.substring(0, Math.max(0, counted.get(s).start() - 1));
                    if (s > 0 && who.get(s - 1).speaker() == null && who.get(s - 1).asWritten() != null
                            && namesNobody(resolver, t.substring(counted.get(s - 1).end(), Math.max(counted.get(s - 1).end(),
                                    counted.get(s).start() - 1)), i, counted.get(s).start())) {
                        // "“…,” said one former executive who requested anonymity. “…”": the unnamed voice goes on (below),
                        // not the subject of the sentence its first quotation stood in, unless the words between name another
                        continue;
                    }
                    String reported = quotes.reportedSpeaker(upTo);
                    int pronoun = reported == null ? quotes.lastPronounSaying(upTo) : -1;
                    if (reported != null) {
                        who.set(s, resolver.resolve(reported, i, counted.get(s).start()));
                    } else if (pronoun >= 0) {
                        // "This makes it hard to dislodge misinformation, he said. Good information can still drive
                        // out bad, but only when “...”": whom the pronoun reporting before it stands for
                        int wordEnd = upTo.indexOf(' ', pronoun);
                        who.set(s, resolver.resolve(upTo.substring(pronoun, wordEnd < 0 ? upTo.length() : wordEnd), i, pronoun));
                    } else if (!upTo.isBlank()) {
                        String sentence = QuoteExtractor.lastSentence(upTo);
                        SpeakerResolver.Resolved subject = subjectOf(resolver, sentence, i, counted.get(s).start());
                        String pronounBefore = subject == null ? quotes.pronounSubjectBefore(sentence) : null;
                        if (pronounBefore != null) {
                            // "That's why he wanted to “go an extra step”": a part of the sentence of a he or she
                            SpeakerResolver.Resolved named = resolver.resolve(pronounBefore, i, counted.get(s).start());
                            subject = named.speaker() == null ? null : named;
                        }
                        if (subject != null) {
                            who.set(s, subject);
                        }
                    } else if (s == 0 && introduced != null) {
                        who.set(s, introduced); // "In a 1963 speech, he declared:" ends the paragraph before
                    } else if (lastSpeaker != null && lastSpeakerParagraph >= i - 1 && s == 0) {
                        who.set(s, resolver.resolve(lastSpeaker, i, counted.get(s).start()));
                    } else if (s == 0 && i > 0 && isText(role[i - 1])) {
                        // a bare quotation after a paragraph about someone ("Trump doubled down on the wall.")
                        SpeakerResolver.Resolved subject = introducer(resolver, paragraphs.get(i - 1).text(), i - 1);
                        if (subject != null) {
                            who.set(s, subject);
                        }
                    }
                }
            }
            for (int s = 1; s < who.size(); s++) {
                if (who.get(s).speaker() == null && who.get(s).asWritten() == null && who.get(s - 1).asWritten() != null) {
                    who.set(s, who.get(s - 1)); // “A,” one source said. “B.”: nobody named, but the same source
                }
            }
            for (int s = 0; s < counted.size(); s++) {
                SpeakerResolver.Resolved r = who.get(s);
                out.add(new Quote(written[i], s + 1, counted.get(s).text(), r.speaker(), r.asWritten(), r.title()));
                if (!counted.get(s).closed()) {
                    endsOpen = true;
                    openSpeaker = r;
                }
                if (r.speaker() != null) {
                    lastSpeaker = r.speaker();
                    lastSpeakerParagraph = i;
                    resolver.spoke(r.speaker(), i, counted.get(s).start());
                }
                previousSpeaker = r;
            }
            if (counted.isEmpty()) {
                // (a story-opening dateline names no speaker, and its capitals, "HALIFAX, Feb 21 (Reuters) -", were most of
                // the report scan's time on wire stories: the scan reads the story after it)
                DatelineParser.ParsedDateline d = role[i] == Role.DATELINE ? dateline[i] : null;
                String reported = quotes.reportedSpeaker(d != null && d.storyOpening() && t.startsWith(d.text())
                        ? t.substring(d.text().length()) : t);
                if (reported != null) {
                    lastSpeaker = reported;
                    lastSpeakerParagraph = i;
                    resolver.spoke(reported, i, t.length());
                }
            }
            previousOpen = endsOpen;
        }
        return out;
    }
}
