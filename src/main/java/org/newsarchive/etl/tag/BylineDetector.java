package org.newsarchive.etl.tag;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises who wrote or contributed to an article: author lines ({@code By Evelyn Cheng},
 * {@code Von Denis Dilba}, {@code Auteur: Anna Kubišta}, {@code by: Cora Neas}), contributor
 * and editing notes ({@code Reporting by X; Editing by Y}, {@code ... contributed to this
 * report}), syndication notes ({@code This article originally appeared on ...}), sign-offs
 * ({@code – David Dunkley}), bare agency credits ({@code JIJI}, {@code dpa}), author-with-title
 * lines ({@code Richard Adams Education editor}), contact lines with an e-mail address, and a
 * byline run together with its date ({@code Tom Davies Associated Press Published 11:34 PM EST
 * Nov 19, 2019}). Author lines open with a word of {@code vocabulary/byline-prefixes.txt}
 * ({@code By}, {@code Von}, {@code Par}, {@code Por}, {@code Di}, {@code Door}, {@code Redaktion}
 * ...); agencies are {@code vocabulary/news-agencies.txt}.
 */
public final class BylineDetector {

    /** What a byline paragraph gives: the names as a person would write them (may be null for notes). */
    public record Byline(String names, boolean authorLine) {
    }

    /** News agencies whose name alone, as a paragraph, credits the story ({@code vocabulary/news-agencies.txt}), any case. */
    static final String AGENCY = "(?iu:" + Vocabulary.alternation("news-agencies", false) + "|dpa/[a-z]{2,4})";
    /** A site's name as its address, the page crediting itself ({@code von tennisnet.com}): lower case, a dot, a top-level domain, nothing after. */
    private static final String SITE = "[\\p{Ll}\\d][\\p{Ll}\\d\\-]*(?:\\.[\\p{Ll}\\d\\-]+)*\\.\\p{Ll}{2,6}\\s*$";
    /**
     * The word(s) that open an author line ({@code vocabulary/byline-prefixes.txt}), then a name
     * with a capital, a handle, or an agency ({@code Von dpa}); {@code ByJ.R. Stone} glued as
     * some pages print it.
     */
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?:(?:By|by|Von|von|Par|par|Por|por)(?=\\p{Lu}[\\p{Ll}.])"
                    + "|" + Vocabulary.alternation("byline-prefixes", false) + "\\s*:?\\s+(?=[\\p{Lu}\\p{Lo}@]|" + AGENCY + "(?![\\p{L}])|" + SITE + "))");
    private static final Set<String> BYLINE_LOWER_WORDS = Set.of(
            "and", "und", "et", "y", "e", "of", "the", "de", "du", "des", "von", "van", "der", "den", "le", "la", "da", "di",
            "staff", "reports", "report", "news", "service", "services", "wire", "editor", "correspondent", "reporter",
            "reporters", "writer", "writers", "in", "at", "for", "with", "mit", "avec", "contributor", "senior", "chief",
            "political", "special", "online", "team", "desk", "agencies", "agency", "mis", "à", "jour", "bei", "aus", "zu",
            "an", "am", "um", "via", "published", "updated", "photos", "photographer", "editorial");
    /** The longest author line whose name is in a script without case. */
    private static final int CASELESS_MAX_WORDS = 6;
    /** A role in brackets after the name ("Anna Ūdre (LTV Ziņu dienesta ārzemju ziņu redaktore)"): no story words. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]{1,80}\\)");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}@.'’\\-])\\p{Ll}[\\p{L}'’\\-]*");

    private static final Pattern CONTRIBUTION_NOTE = Pattern.compile(
            "(?iu)(?:^\\(?\\s*(?:additional|further|other|with)?\\s*(?:reporting|writing|editing|edited|compiled|compilation|research|translation|translated|graphics|produced|production)\\s+by\\b"
                    + "|^\\(?\\s*(?:this|the)\\s+(?:article|post|story|piece|report|interview|column|essay)\\s+(?:was\\s+)?(?:originally|first)\\s+(?:appeared|published|ran|posted)"
                    + "|^\\(?\\s*(?:this|the)\\s+(?:article|post|story|piece|report)\\s+(?:originally|first)\\s+(?:appeared|ran)"
                    + "|^\\(?\\s*(?:originally|first)\\s+published\\s+(?:on|in|by|at)\\b"
                    + "|^\\(?\\s*with\\s+files\\s+from\\b"
                    + "|^\\(?\\s*mitarbeit\\s*:|^\\(?\\s*mit\\s+material\\s+(?:von|der|aus)\\b|^\\(?\\s*avec\\s+(?:l['’])?(?:AFP|AP|Reuters|agences?)\\b"
                    // syndication: "This article is republished from The Conversation ...", "This story was produced by
                    // ... in partnership with ...", "A version of this story appeared in ...", and in French, German
                    // and Spanish (not "The report was produced by the inspector general", nor "This report was produced by the
                    // city's auditors": documents the story tells of)
                    + "|^\\(?\\s*this\\s+(?:article|post|story|piece|column|essay)\\s+(?:is|was|has\\s+been)"
                    + "\\s+(?:republished|reprinted|co-?published|produced|adapted)\\s+(?:from|with|by|in\\s+partnership|in\\s+collaboration)\\b"
                    + "|^\\(?\\s*a\\s+version\\s+of\\s+this\\s+(?:article|post|story|piece|report)\\s+(?:first\\s+|originally\\s+)?(?:appeared|ran|was\\s+published)\\b"
                    + "|^\\(?\\s*cet\\s+article\\s+(?:est\\s+republié|a\\s+été\\s+(?:initialement\\s+|d['’]abord\\s+)?publié)"
                    + "|^\\(?\\s*dieser\\s+(?:artikel|beitrag|text)\\s+(?:erschien|ist)\\s+(?:zuerst|ursprünglich|erstmals)"
                    + "|^\\(?\\s*este\\s+(?:artículo|texto|reportaje)\\s+(?:fue\\s+publicado|se\\s+publicó|apareció)\\s+(?:originalmente|primero|por\\s+primera\\s+vez))");
    /**
     * "D'après les informations de Matthew Kupfer de CBC", "Avec des informations de La Presse
     * canadienne": a line of its own, short and without a comma, as the same words open story
     * sentences ("D'après les informations de la police, le suspect …").
     */
    private static final Pattern INFORMATION_NOTE = Pattern.compile(
            "(?iu)^\\(?\\s*(?:avec\\s+(?:des\\s+|les\\s+)?|d['’]apr[èe]s\\s+les\\s+)informations\\s+(?:de|d['’]|du|des)(?![\\p{L}])");
    /** The longest line {@link #INFORMATION_NOTE} takes, in words. */
    private static final int INFORMATION_NOTE_WORDS = 12;
    /** Notes are short: a contributor note is one or two sentences. */
    private static final int NOTE_MAX_WORDS = 40;

    /** A sign-off: a dash then a name, at the end of a story. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^[–—-]{1,2}\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}$");
    /** An agency alone, or agencies; after the editor's initials too, as German and Austrian papers sign: "(jv/dpa)", "red/APA". */
    private static final Pattern BARE_AGENCY = Pattern.compile(
            "^\\(?(?:\\p{Ll}{1,4}\\s*/\\s*)?" + AGENCY + "(?:\\s*[/,&]\\s*" + AGENCY + ")*\\)?\\.?$");
    /** A short line that gives a contact e-mail (often next to the author's name). */
    private static final Pattern EMAIL = Pattern.compile(
            "\\[email(?:&#160;|\\s)protected\\]|[\\w.+\\-]+@[\\w\\-]+\\.[\\w.]+");
    /** "... contributed to this report", anywhere in the line: only tried where the word is. */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?iu)contributed\\s+(?:to\\s+)?(?:this\\s+(?:report|story|article|piece)|reporting|research)");
    /** One name: two to four capitalised name words, {@code Jeanne Corriveau}, {@code Eva de Vries}. */
    private static final String NAME = "\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’\\-]+|(?:de|da|van|von|der|del|la|le|di)(?=\\s+\\p{Lu}))){1,3}";
    /** The same in capitals: {@code JEANNE CORRIVEAU}, {@code O'NEILL}. */
    private static final String CAPS_NAME = "\\p{Lu}[\\p{Lu}'’\\-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Lu}'’\\-]+)){1,3}";
    /** The words that join two authors: and, und, et, y, e, en, i, och, og, &amp;. */
    private static final String JOIN = "(?:and|AND|und|UND|et|ET|y|Y|e|E|en|EN|i|I|och|OCH|og|OG|&)";
    /** A name, or two joined, and nothing else: {@code Jeanne Corriveau}, {@code ANA RUIZ}, {@code Ana Ruiz und Tom Ash}. */
    private static final Pattern BARE_NAME = Pattern.compile(
            "^(?:" + NAME + "(?:\\s*,\\s*" + NAME + ")?(?:\\s+" + JOIN + "\\s+" + NAME + ")?"
                    + "|" + CAPS_NAME + "(?:\\s+" + JOIN + "\\s+" + CAPS_NAME + ")?)$");
    /**
     * A byline run together with its date, without "By": a name, perhaps an agency, then a
     * publication label and the date ({@code Tom Davies Associated Press Published 11:34 PM EST
     * Nov 19, 2019}, {@code Ana Gil | Publicado 5 mar 2024}).
     */
    private static final Pattern NAME_THEN_PUBLISHED = Pattern.compile(
            "^(?<name>\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,3}?)(?:\\s*,?\\s+(?<org>" + AGENCY + "))?"
                    + "\\s*[|•·,]?\\s*(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|Publié|Mis à jour|Publicado|Actualizado"
                    + "|Pubblicato|Aggiornato|Gepubliceerd|Bijgewerkt|Publicerad|Opublikowano)\\b[^\\d]{0,20}\\d.*$");
    /** A title, not a name: "The Harbour Published Its Report". */
    private static final Pattern ARTICLE_FIRST = Pattern.compile(
            "(?:The|A|An|Der|Die|Das|Le|La|Les|El|Los|Il|De|Het|Article|Story|Page|Post|Last|First|Date|Time|Artikel|Zuletzt)\\s");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.h]\\d{2}");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iu)(?:bron|quelle|source|fuente|fonte|źródło|källa|kilde|lähde)\\s*:\\s*\\S");
    private static final Pattern HANDLE = Pattern.compile("\\s*@\\w+\\s*");
    private static final Pattern NAME_END = Pattern.compile(
            "\\s*(?:[•|·]|\\s[–—-]\\s|\\(|\\[email|[\\w.+\\-]+@[\\w\\-]+\\.|(?<![\\p{L}])(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|Publié|Mis à jour)\\b).*$");
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "\\s*,?\\s*(?:(?iu:" + DateExpressions.MONTH + ")\\.?\\s+\\d{1,2}\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}).*$");
    /** The author-line openers any one word may follow: prepositions ("by") and the newsroom ("Redacción Confidencial"). */
    private static final Pattern BY_WORD = Pattern.compile("(?iu)by|von|par|por|di|door|av|af|oleh|od|από|redak\\p{L}*|r[ée]da[cç]\\p{L}*|redaz\\p{L}*");

    /** An author label, at the start or after a separator, then a name: see {@link #labelledNameBesideDate}. */
    private static final Pattern LABELLED_NAME = Pattern.compile(
            "(?:^|(?<=[\\s|,·•—–.\\-]))(?:" + Vocabulary.alternation("byline-prefixes", false) + ")\\s*:?\\s+"
                    + "(?<name>(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,3})(?![\\p{L}])");

    /** An e-mail address alone on its line, perhaps labelled ({@code E-Mail: ana.rossi@example.org}): how to reach the author. */
    private static final Pattern EMAIL_ALONE = Pattern.compile(
            "(?iu)^(?:e-?mail|mail|contact)?\\s*:?\\s*[\\w.+\\-]+@[\\w\\-]+\\.[\\w.]*\\w$");
    /**
     * The author-line word inside a line that opens with its date ({@code 02.02.2022, 11:30 Uhr
     * von Ana Rossi}, {@code 19.03.2019 11:45 | von Ana Rossi}, {@code Publicado el 27 marzo, 2020
     * por EFE}): a line holding the date and the byline is a byline (roles.md).
     */
    private static final Pattern INNER_BY = Pattern.compile(
            "(?:(?<=[\\s|,·•—–\\-])|(?<=\\d))(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\\s*:?\\s+(?=\\p{Lu}|" + AGENCY + "(?![\\p{L}]))");
    /** What a writer is called: the titles of {@code vocabulary/journalist-titles.txt}. */
    private static final String TITLES = "(?iu:" + Vocabulary.alternation("journalist-titles", false) + ")";
    /** A paper's name after its "The": up to four capitalised words ("Halden Courier", "Times"). */
    private static final String PAPER = "\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,3}";
    /** {@code Richard Adams Education editor}, {@code Jane Doe, Washington correspondent},
     * {@code Tom Jicha | TV and Radio Writer}, {@code Jane Doe, Senior Reporter, Halden Courier} (the paper after the
     * title), {@code Jane Doe, Special to The Times} (a writer from outside the paper). */
    private static final Pattern NAME_WITH_TITLE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,3}(?:,|\\s+[-–—|])?(?:(?:\\s+[\\p{L}\\-]+){0,4}\\s+"
                    + TITLES + "\\p{L}*(?:,\\s+(?:The\\s+)?" + PAPER + ")?"
                    + "|\\s+(?iu:special\\s+to)\\s+(?:the\\s+|The\\s+)?" + PAPER + ")$");
    /** Who the author is, in the note that closes a story: "Ana Rossi is a reporter for ...", "Der Autor ist ...". */
    private static final Pattern AUTHOR_NOTE = Pattern.compile(
            "^(?:(?:(?:Dr|Prof)\\.?\\s+)?" + NAME + "\\s*,?\\s+(?:ist|is|est|es|è|é|war|was|works as|arbeitet als)\\s[^.!?]{0,80}?(?<![\\p{L}])" + TITLES
                    + "|(?iu:the author|der autor|die autorin|l['’]auteure?|el autor|la autora|l['’]autore|o autor|a autora|de auteur)\\s+(?iu:ist|is|est|es|è|é)\\s)");
    /** A name opening a sentence as its subject: see {@link #openingSubject}. */
    private static final Pattern OPENING_SUBJECT = Pattern.compile("^(?:(?:Dr|Prof)\\.?\\s+)?(" + NAME + "),?\\s+\\p{Ll}");
    /** The note's own way of saying how to reach the author. */
    private static final Pattern REACHED_AT = Pattern.compile(
            "(?iu)\\b(?:can|may) be (?:reached|contacted) (?:at|by|on|via)\\b|\\bist erreichbar unter\\b|\\best joignable (?:à|au|par)\\b");
    /** A title opening a line ("Redakteur in der Wirtschaft.", "Content-Managerin beim VDI-Verlag. ..."). */
    private static final Pattern OPENS_WITH_TITLE = Pattern.compile("^(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*\\s+){0,2}" + TITLES + "\\p{L}*(?![\\p{L}])");
    private static final Pattern ENDS_WITH_TITLE = Pattern.compile("(?<![\\p{L}])" + TITLES + "\\p{L}*$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,;:.·•|–—-]+$");
    private static final Pattern LEADING_DASH = Pattern.compile("^[–—-]{1,2}\\s*");
    private static final Pattern COMMA_SPACE = Pattern.compile("\\s+,");

    /**
     * The reporter's line of Korean, Chinese and Japanese pages, whose names have no capitals: the name and the word
     * for reporter or correspondent after it ("이용민 기자", "王小明记者", perhaps the e-mail address after it), or
     * such a word, or an editor's title, and a space or colon before it ("記者 王小明", "編集委員 中沢克二", "责任编辑：李明";
     * not "记者会上", at the press conference).
     */
    private static final Pattern CJK_REPORTER = Pattern.compile(
            "^(?:(?<name>\\p{IsHangul}{2,4}|\\p{IsHan}{2,4})\\s?(?:기자|특파원|선임기자|객원기자|논설위원|記者|记者|特派員|特派员)"
                    + "(?:\\s+[\\w.\\-]+@[\\w.\\-]+)?"
                    + "|(?:記者|记者|編集委員|编辑|編輯|责任编辑|責任編輯|作者|撰文)(?:\\s|[:：])\\s?(?<name2>\\p{IsHan}{2,4}))$");

    /** The byline this paragraph is, or null. Context-dependent bare names are not included: see {@link #isBareName}. */
    public Byline detect(String text) {
        String t = text.strip();
        int words = Text.words(t);
        if (t.isEmpty()) {
            return null;
        }
        Matcher by = BY_PREFIX.matcher(t);
        // (a name in a script without case, after the label, proves less: such a line is short, "كتب ضحى عرفة")
        if (by.find() && words <= (Character.getType(t.charAt(by.end())) == Character.OTHER_LETTER ? CASELESS_MAX_WORDS : 16)
                && !endsWithSentence(t)
                && lowerWordsOutsideByline(PARENTHESIS.matcher(t.substring(by.end())).replaceAll(" ")) <= 1
                && !isLabelAndOneWord(by.group(), t.substring(by.end()))) {
            return new Byline(names(t.substring(by.end())), true);
        }
        if (words <= INFORMATION_NOTE_WORDS && t.indexOf(',') < 0 && INFORMATION_NOTE.matcher(t).lookingAt()) {
            return new Byline(null, false);
        }
        if (words <= NOTE_MAX_WORDS && (CONTRIBUTION_NOTE.matcher(t).lookingAt() // every form is anchored at the start
                || t.toLowerCase(Locale.ROOT).contains("contributed") && CONTRIBUTED.matcher(t).find())) {
            return new Byline(null, false);
        }
        if (words <= 5 && SIGN_OFF.matcher(t).matches()) {
            return new Byline(names(LEADING_DASH.matcher(t).replaceFirst("")), true);
        }
        if (words <= 6 && BARE_AGENCY.matcher(t).matches()) {
            return new Byline(null, false);
        }
        if (isEmailAlone(t)) {
            return new Byline(null, false);
        }
        if (words <= 20 && Text.hasDigit(t)) {
            Matcher inner = INNER_BY.matcher(t);
            if (inner.find() && inner.start() > 0 && lowerWordsOutsideByline(t.substring(inner.end())) <= 1
                    && !endsWithSentence(t) && (DateExpressions.find(t.substring(0, inner.start()), 0, false) != null
                    || CLOCK.matcher(t.substring(0, inner.start())).find())) {
                return new Byline(names(t.substring(inner.end())), true);
            }
        }
        if (words <= 10 && EMAIL.matcher(t).find() && Text.startsUpper(t) && !endsWithSentence(t)) {
            return new Byline(names(t), true);
        }
        if (words <= 8 && NAME_WITH_TITLE.matcher(t).matches()) {
            return new Byline(t, true);
        }
        if (words <= 3 && t.length() <= 40) {
            Matcher cjk = CJK_REPORTER.matcher(t);
            if (cjk.matches()) {
                return new Byline(cjk.group("name") != null ? cjk.group("name") : cjk.group("name2"), true);
            }
        }
        if (words <= 20 && Text.startsUpper(t) && Text.hasDigit(t)) { // the date after the label has digits
            Matcher run = NAME_THEN_PUBLISHED.matcher(t);
            if (run.matches() && !ARTICLE_FIRST.matcher(t).lookingAt()
                    && (DateExpressions.find(t, run.end("name"), false) != null || CLOCK.matcher(t).find(run.end("name")))) {
                String org = run.group("org");
                return new Byline(org == null ? run.group("name") : run.group("name") + ", " + org, true);
            }
        }
        return null;
    }

    private static final Pattern LABEL_ALONE = Pattern.compile(
            "^(?:" + Vocabulary.alternation("byline-prefixes", false) + ")\\s*:?$");

    /** True if {@code text} is an author-line word and nothing else: "Von", "By", "Autor:" (the name stands apart). */
    public boolean isLabelAlone(String text) {
        return text.length() <= 40 && LABEL_ALONE.matcher(text.strip()).matches();
    }

    /**
     * The note about the author that closes many stories: who the author is ("Ana Rossi is a
     * reporter for ...", "Der Autor ist ...") or how to reach them ("She can be reached at ...").
     * Only where the story ends: the same words open story paragraphs about journalists.
     */
    public boolean isAuthorNote(String text) {
        String t = text.strip();
        int words = Text.words(t);
        return words <= 70 && (AUTHOR_NOTE.matcher(t).lookingAt() || words <= 60 && REACHED_AT.matcher(t).find());
    }

    /** An e-mail address alone on its line, perhaps labelled ({@code E-Mail: ana.rossi@example.org}). */
    public boolean isEmailAlone(String text) {
        String t = text.strip();
        return t.indexOf('@') > 0 && Text.words(t) <= 3 && EMAIL_ALONE.matcher(t).matches();
    }

    /**
     * A noun label ("Text", "Autor", "Reporter"), not "By", "Von" or the newsroom, without its colon, then one
     * capitalised word that is no agency and not in capitals: a control's label ("Text Size"),
     * not an author line. After a colon, or after "By", one word may be a name ("By Agencies").
     */
    private static boolean isLabelAndOneWord(String label, String rest) {
        String r = rest.strip();
        return label.indexOf(':') < 0 && !BY_WORD.matcher(label.strip()).matches() && Text.words(r) == 1
                && !r.equals(r.toUpperCase(Locale.ROOT)) && !BARE_AGENCY.matcher(r).matches();
    }

    /**
     * The name an author label gives inside a line that also holds the date ("Piše: P. Mucović
     * prije 26 minuta", "Ouest-France Recueilli par Patrick ANGEVIN. Publié le 02/11/2023 à 14h49"):
     * the label at the start or after a separator, then a name (an initial may open it); null if
     * the line has no digit or no such label. roles.md: the byline and the date in one line are BYLINE.
     */
    public String labelledNameBesideDate(String text) {
        Matcher m = labelledNameInDatedLine(text.strip());
        return m != null && m.find() ? m.group("name") : null;
    }

    /** {@link #LABELLED_NAME} over a line that holds a digit and at most 20 words, or null for any other line. */
    private static Matcher labelledNameInDatedLine(String t) {
        return Text.hasDigit(t) && Text.words(t) <= 20 ? LABELLED_NAME.matcher(t) : null;
    }

    /**
     * A line that opens with an author label and a name ({@code Piše: P. Mucović prije 26 minuta}, {@code By Ana Ruiz
     * 2 hours ago}): the name and the text after it, or null. The caller decides whether that text is a date.
     */
    public String[] openingLabelledName(String text) {
        String t = text.strip();
        Matcher m = labelledNameInDatedLine(t);
        return m != null && m.lookingAt() ? new String[] {m.group("name"), t.substring(m.end())} : null;
    }

    /** What joins two authors in one author line ({@code Ana Ruiz und Tom Ash}, {@code Ana Ruiz, Tom Ash}). */
    public static final Pattern AUTHOR_JOIN = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");

    /** {@code text} is an author line that ends with {@code author}'s name: {@code Von Anna Müller}, {@code Kommentar von Ingo Arzt}. */
    public boolean isLabelledAuthor(String text, String author) {
        return text.length() > author.length()
                && text.regionMatches(true, text.length() - author.length(), author, 0, author.length())
                && isAuthorLine(text);
    }

    /** True if {@code text} is an author line in its own words ("By Ana Rossi", "von Inga Buller"), not a source or a bare name. */
    public boolean isAuthorLine(String text) {
        Byline b = detect(text);
        return b != null && b.authorLine();
    }

    /**
     * The name a sentence about a person opens with, as its subject: two to four capitalised
     * words, perhaps after Dr. or Prof., then a word in lower case ("Frank Bodani is a writer
     * ...", "Dr. Arne Sjöström ist ...", "Aidan Joly joined ..."); null if the text opens otherwise.
     */
    public String openingSubject(String text) {
        Matcher m = OPENING_SUBJECT.matcher(text.strip());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** A line opening with a writer's title ("Redakteur in der Wirtschaft."): the author box's second line, under the name. */
    public boolean opensWithTitle(String text) {
        String t = text.strip();
        return Text.words(t) <= 40 && OPENS_WITH_TITLE.matcher(t).lookingAt();
    }

    /**
     * A short line that ends with a journalist's title ({@code 이용민 기자}, {@code Sport Reporter}):
     * a name or a desk and the title the page gives its author.
     */
    public boolean endsWithTitle(String text) {
        String t = text.strip();
        return Text.words(t) <= 6 && ENDS_WITH_TITLE.matcher(t).find();
    }

    /** An agency's name alone ({@code dpa}, {@code (AFP)}, {@code AP/dpa}): a byline or a picture credit, as its neighbours say. */
    public boolean isAgencyAlone(String text) {
        String t = text.strip();
        return Text.words(t) <= 6 && BARE_AGENCY.matcher(t).matches();
    }

    /** A label naming the story's source ({@code Bron: ANP}, {@code Quelle: dpa}, {@code Fuente: EFE}): a byline or a picture credit, as its neighbours say. */
    public boolean isSourceLine(String text) {
        String t = text.strip();
        return Text.words(t) <= 8 && SOURCE_LINE.matcher(t).lookingAt();
    }

    /**
     * A name (two to four capitalised words, or in capitals), or two names joined by and / und
     * / et / y / e ..., and nothing else: the author, when its neighbours say so (a bare name
     * is also a caption's subject, a heading, a title).
     */
    public boolean isBareName(String text) {
        String t = text.strip();
        return Text.words(t) <= 9 && BARE_NAME.matcher(t).matches();
    }

    private static boolean endsWithSentence(String t) {
        if (!Text.endsLikeSentence(t)) {
            return false;
        }
        // "By John Smith Jr." or "by J.R. Stone." end with an abbreviation, not a sentence
        int i = t.length() - 1;
        while (i >= 0 && !Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        String last = t.substring(i + 1);
        return !(last.equals("Jr.") || last.equals("Sr.") || (last.length() == 2 && Character.isUpperCase(last.charAt(0))));
    }

    private static int lowerWordsOutsideByline(String rest) {
        Matcher m = LOWER_WORD.matcher(rest);
        int n = 0;
        while (m.find()) {
            if (!BYLINE_LOWER_WORDS.contains(m.group())) {
                n++;
            }
        }
        return n;
    }

    /** The names of an author line: cut at the date, e-mail, separators; handles become commas. */
    static String names(String rest) {
        String s = NAME_END.matcher(rest).replaceFirst("");
        s = TRAILING_DATE.matcher(s).replaceFirst("");
        s = HANDLE.matcher(s).replaceAll(", ");
        s = COMMA_SPACE.matcher(s).replaceAll(",");
        s = TRAILING_PUNCT.matcher(s).replaceFirst("");
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
