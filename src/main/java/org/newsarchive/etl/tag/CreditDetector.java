package org.newsarchive.etl.tag;

import java.util.regex.Pattern;

/**
 * Recognises image credits: lines that only credit an image ({@code Leah Millis | AFP | Getty
 * Images}, {@code (AP Photo/Andy Wong)}, {@code Photo: Reuters}, {@code Image copyright Reuters},
 * {@code (Bild: Audi)}, {@code Bildrechte: dpa}, {@code Bron: ANP}, {@code Crédito: EFE},
 * {@code Credit: ...}, {@code Courtesy of ...}, {@code Getty Images/Jane Doe}, {@code Jane Doe, AP},
 * {@code © Jane Doe}, an agency alone), credits embedded at the end of a caption
 * ({@code ... Photograph: Guy Smallman/Getty Images}, {@code ... (Matt Stone/Boston Herald)},
 * {@code ... Foto: Hersteller}, {@code ... EFE/Ana Gil}), and caption labels
 * ({@code Image caption ...}, {@code Media caption...}). The words are data: credit labels and
 * photo sources in {@code vocabulary/}.
 */
public final class CreditDetector {

    /** Photo agencies and picture desks whose name alone marks a credit ({@code vocabulary/photo-sources.txt}). */
    static final String PHOTO_SOURCE = Vocabulary.alternation("photo-sources", true);

    /** A credit label ({@code vocabulary/credit-labels.txt}), perhaps after where the picture stands ({@code Left Image:}). */
    private static final String LABEL = "(?iu:(?:(?:left|right|top|bottom|main|lead|header|featured|cover|above|below|inset)\\s+)?"
            + Vocabulary.alternation("credit-labels", false) + ")";

    /**
     * A line that starts with a credit label: {@code Photo: Reuters}, {@code (Credit: X / Y)},
     * {@code Left Image: ...}, {@code Bildrechte: dpa}, {@code (Photos by ...)}, {@code Foto de Ana Gil},
     * {@code fot. Jan Nowak/PAP} (a label with its own full stop needs no colon), {@code Foto. Cortesía} (a full stop for
     * the colon, before a short capitalised rest).
     */
    private static final Pattern LABELLED = Pattern.compile(
            "^\\(?\\s*(" + LABEL + "\\s*(?::|：|=|\\||/|—|–|-|by\\b|(?<=\\.)|\\.(?=\\s+\\p{Lu}[^.]{0,40}$)|(?iu:von|de|di|da|van|par|por|av|af)\\s+(?=\\p{Lu})))\\s*\\S.*$",
            Pattern.DOTALL);
    private static final Pattern LEADING_MARKS = Pattern.compile("^[.,;·•]+\\s+");
    /**
     * {@code © Jane Doe}, {@code ©AFP}, {@code (c) picture alliance / dpa}, {@code © Halden Racing F1 Team}: a copyright
     * sign before a name; a year ({@code © 2024 Harbour Media}) makes it the page's copyright footer.
     */
    private static final Pattern COPYRIGHT_SIGN = Pattern.compile("^\\(?\\s*(?:©|\\([cC]\\))\\s*(?!.*\\d{4})[\\p{L}\\d][^\\n]*$");
    private static final Pattern RIGHTS_RESERVED = Pattern.compile(
            "(?iu)rights\\s+reserved|droits\\s+réservés|rechte\\s+vorbehalten|derechos\\s+reservados|diritti\\s+riservati");
    /** A person's name then a photo source: {@code Jane Doe, AP}, {@code (Ana Gil, EFE)}, {@code Jane Doe, AFP via Getty Images}. */
    private static final Pattern NAME_COMMA_SOURCE = Pattern.compile(
            "^\\(?\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,3}\\s*,\\s*" + PHOTO_SOURCE
                    + "(?:\\s*(?:/|via)\\s*" + PHOTO_SOURCE + ")?\\)?$");
    /** {@code Image copyright Reuters}, {@code Copyright photo: ...}. */
    private static final Pattern IMAGE_COPYRIGHT = Pattern.compile(
            "^(?iu:(?:image|photo|picture|video)\\s+(?:copyright|source|credit)|copyright\\s+(?:image|photo))\\b.*$");
    /** {@code (AP Photo/Andy Wong)}, {@code AFP Photo / John Smith}, {@code Reuters Photo}. */
    private static final Pattern AGENCY_PHOTO = Pattern.compile(
            "^\\(?\\s*(?:" + PHOTO_SOURCE + ")\\s+(?iu:photo|foto|bild|pictures?|images?)\\b.*$");
    /** A paper's own picture desk in brackets: {@code (Courier Photo/Ivo Brandt)}, {@code (Star Tribune Photo / Jane Doe)}. */
    private static final Pattern DESK_PHOTO = Pattern.compile(
            "^\\(\\s*\\p{Lu}[\\p{L}.&'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.&'’\\-]*){0,3}\\s+(?:Photo|Photograph|Foto|Staff\\s+Photo)"
                    + "\\s*/\\s*\\p{Lu}[^()]{1,60}\\)$");
    /**
     * A photographer and the paper or agency, pipe-separated, without a known photo source:
     * {@code Dana Whitlock | Halden Courier}. The first part must be a person's name (two or three
     * capitalised words) and every part capitalised, so navigation ({@code News | Sport}) and
     * headlines with the site's name do not match.
     */
    static final Pattern NAME_PIPE_SOURCE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,2}"
                    + "(?:\\s*\\|\\s*\\p{Lu}[\\p{L}.&'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}.&'’\\-]*|of|for|the|and|de|du|der|des|la|le))*){1,3}$");
    /** {@code Courtesy of ...}, {@code Care of ...}, {@code Handout}. */
    private static final Pattern COURTESY = Pattern.compile(
            "^\\(?\\s*(?iu:(?:photo\\s+|image\\s+)?courtesy(?:\\s+of)?|care\\s+of|handout(?:\\s+photo)?|source\\s+photo|via)\\b\\s*:?\\s*(?:(?:the|The|der|die|le|la)\\s+)?\\p{Lu}.*$");
    /** Pipe or slash separated names with a photo source: {@code Leah Millis | AFP | Getty Images}, {@code Jonathan Nackstrand/AFP}. */
    static final Pattern SEPARATED = Pattern.compile(
            "^\\(?[\\p{Lu}][^|/]{0,60}(?:\\s*[|/]\\s*[^|/]{1,60}){1,4}\\)?$");
    private static final Pattern HAS_PHOTO_SOURCE = Pattern.compile("(?<![\\p{L}])" + PHOTO_SOURCE + "(?![\\p{L}])");
    /** A slash credit in brackets on its own line: {@code (Matt Stone/Boston Herald)}; checked as {@link #SLASH_CREDIT_IN_BRACKETS}. */
    private static final Pattern SLASH_IN_BRACKETS_ALONE = Pattern.compile("^\\(\\p{Lu}[^/()]*/\\p{Lu}[^/()]*\\)$");
    /** A bare photo source on its own line: {@code Getty Images}, {@code AFP}, {@code AFP via Getty Images}. */
    private static final Pattern BARE_SOURCE = Pattern.compile("^\\(?" + PHOTO_SOURCE + "(?:\\s*(?:[/|]|\\svia\\s)\\s*" + PHOTO_SOURCE + ")*\\)?$");

    /** How far from the end {@link #endsWithCredit} looks: more than the longest credit the pattern takes. */
    private static final int TAIL = 400;

    /** A credit at the end of a caption. */
    static final Pattern EMBEDDED_AT_END = Pattern.compile(
            "(?:[.,;:!?)\\]”\"’']|\\s|^)\\s*(?:"
                    // (a photo source spelt in lower case after the label: "... Foto: dpa")
                    + "\\(?" + LABEL + "\\s*(?::|=|\\.{3}|…)\\s*(?:[\\p{Lu}\\p{Lo}]|(?=" + PHOTO_SOURCE + "(?![\\p{L}]))\\p{L})[^:]{1,90}\\)?"
                    + "|(?iu:photo|image|foto|bild)\\s+(?iu:via|by|von|courtesy\\s+of)\\s+\\p{Lu}[^.]{1,70}"
                    + "|(?iu:courtesy)(?:\\s+of)?\\s+\\p{Lu}[^.]{1,60}"
                    + "|\\(\\s*(?iu:(?:photo|image|foto)\\s+)?(?iu:courtesy)(?:\\s+of)?\\s+[^()]{2,60}\\)" // "(Courtesy of the city)"
                    + "|\\((?:" + PHOTO_SOURCE + ")\\s+(?iu:photo|foto)[^)]{0,60}\\)"
                    + "|\\(\\s*" + LABEL + "\\s+(?iu:by|von|de|di|par|por|door|av)\\s+\\p{Lu}[^()]{1,60}\\)"
                    + "|\\(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}\\s*/\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}\\)"
                    + "|(?iu:credit)(?:\\.{3}|…|:)\\s*\\S[^.]{1,80}"
                    + "|[/|]\\s*" + LABEL + "\\s+\\S[^/|:.,;]{0,70}"
                    + "|\\[(?:" + PHOTO_SOURCE + ")\\]"
                    // "... de Mujeres Populares. (Teresa Canino Rivera)": a name of two to four capitalised words in
                    // brackets after the caption's last full stop
                    + "|(?<=[.!?]\\s{0,2})\\(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}\\)"
                    + ")\\s*$");
    /** A word for where a picture comes from ({@code vocabulary/source-labels.txt}): only after a caption's last sentence. */
    private static final String SOURCE_LABEL = "(?iu:" + Vocabulary.alternation("source-labels", false) + ")";
    /** {@code ... in Carlton. Source: Getty Images}, {@code ... nach Open Interest. Quelle: Coinglass}. */
    static final Pattern SOURCE_AFTER_SENTENCE = Pattern.compile(
            "[.!?]\\s+" + SOURCE_LABEL + "\\s*:\\s*[\\p{Lu}\\p{Lo}][^:.!?]{0,60}\\.?\\s*$");

    /** A photo source in brackets that ends a line: {@code (Reuters)}, {@code (AFP/Getty Images)}, {@code (رويترز)}. */
    private static final Pattern SOURCE_IN_BRACKETS_AT_END = Pattern.compile(
            "\\(\\s*" + PHOTO_SOURCE + "(?:\\s*(?:[/|]|\\svia\\s)\\s*" + PHOTO_SOURCE + ")*\\s*\\)\\s*$");
    /** A copyright sign and a name, no year, that end a line: {@code ... outside city hall © Jane Doe}, {@code ... © dpa}. */
    private static final Pattern COPYRIGHT_AT_END = Pattern.compile("\\s©\\s*\\p{L}[^©\\d]{0,60}$");
    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"“”„«»「」]");
    /** A Chinese or Japanese credit mark in brackets that ends a line ({@code vocabulary/bracket-credit-marks.txt}). */
    private static final Pattern MARK_IN_BRACKETS_AT_END = Pattern.compile(
            "[（(][^（）()]{0,30}" + Vocabulary.alternation("bracket-credit-marks", false) + "[^（）()]{0,30}[）)]\\s*$");

    /** A slash credit in brackets must name two sides, one of at least two words: (Matt Stone/Boston Herald). */
    private static final Pattern SLASH_CREDIT_IN_BRACKETS = Pattern.compile(
            "\\((\\p{Lu}[^/()]*)/(\\p{Lu}[^/()]*)\\)\\s*$");

    /** An e-mail address makes a line a contact / author line, not a credit. */
    static final Pattern CONTACT = Pattern.compile("\\[email(?:&#160;|\\s)protected\\]|[\\w.+\\-]+@[\\w\\-]+\\.\\w");
    /** {@code Image caption ...}, {@code Media caption...}, {@code Caption: ...}. */
    static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(?iu:(?:image|media|video|photo|picture)\\s*caption|caption\\s*:|bildunterschrift|légende\\s*:|légende\\s+photo)");

    /** The cue of a photographer's name and a source between bars, without a known photo source. */
    public static final String PHOTOGRAPHER_SOURCE = "photographer | source";

    private static final Pattern LABEL_ALONE = Pattern.compile("^" + LABEL + "\\s*[:=]$");

    /** True if {@code text} is a credit label with its colon and nothing else ("Foto:"): the credit stands apart. */
    public boolean isLabelAlone(String text) {
        return text.length() <= 40 && LABEL_ALONE.matcher(text.strip()).matches();
    }

    /** A line that does nothing but credit an image. */
    public boolean isCreditLine(String text) {
        return creditCue(text) != null;
    }

    /**
     * Why a line does nothing but credit an image, as a short phrase for the paragraph's role
     * cues ({@code credit word "Foto:"}, {@code agency photo}, ...); null when it is no credit line.
     */
    public String creditCue(String text) {
        // ". Imagen: Télam", "· Foto: EFE": a stray mark left of a separator before the credit
        String t = LEADING_MARKS.matcher(text.strip()).replaceFirst("");
        int words = Text.words(t);
        if (t.isEmpty() || words > 14 || Text.endsLikeSentence(t) && words > 6 && !t.endsWith(".)")) {
            return null;
        }
        // CAPTION_LABEL is anchored at the start: lookingAt answers as find() would
        if (CAPTION_LABEL.matcher(t).lookingAt() || mayBeContact(t) && CONTACT.matcher(t).find()) {
            return null;
        }
        if (IMAGE_COPYRIGHT.matcher(t).matches()) {
            return "image copyright line";
        }
        if (AGENCY_PHOTO.matcher(t).matches()) {
            return "agency photo";
        }
        if (DESK_PHOTO.matcher(t).matches()) {
            return "picture desk / photographer";
        }
        var labelled = LABELLED.matcher(t);
        if (labelled.matches()) {
            return "credit word \"" + labelled.group(1).strip() + "\"";
        }
        if (words <= 8 && COURTESY.matcher(t).matches()) {
            return "courtesy line";
        }
        if (words <= 6 && (t.indexOf('©') >= 0 || t.contains("(c)") || t.contains("(C)"))
                && COPYRIGHT_SIGN.matcher(t).matches() && !RIGHTS_RESERVED.matcher(t).find()) {
            return "copyright sign and name";
        }
        if (words <= 8 && t.indexOf(',') > 0 && NAME_COMMA_SOURCE.matcher(t).matches()) {
            return "name, photo agency";
        }
        if (words <= 8 && t.indexOf('/') > 0 && SLASH_IN_BRACKETS_ALONE.matcher(t).matches() && isSlashCredit(t)) {
            return "name/agency in brackets";
        }
        boolean pipe = t.indexOf('|') >= 0; // both patterns below need a separator
        if (pipe && sentenceBeforeSeparator(t)) {
            return null; // "Declan Rice after the win. | Foto: Reuters": a caption that ends with its credit
        }
        if (words <= 10 && (pipe || t.indexOf('/') >= 0) && SEPARATED.matcher(t).matches() && HAS_PHOTO_SOURCE.matcher(t).find()) {
            return "names with a photo agency";
        }
        if (words <= 8 && pipe && NAME_PIPE_SOURCE.matcher(t).matches()) {
            return PHOTOGRAPHER_SOURCE;
        }
        return words <= 6 && BARE_SOURCE.matcher(t).matches() ? "bare photo agency" : null;
    }

    /**
     * A sentence of at least {@value #CAPTION_SENTENCE_WORDS} words, closed by a full stop after a
     * lower-case letter, before the first bar: the line describes a picture before it credits it.
     */
    static boolean sentenceBeforeSeparator(String t) {
        int bar = t.indexOf('|');
        int stop = bar - 1;
        while (stop > 0 && Text.isWhitespace(t.charAt(stop))) {
            stop--;
        }
        return stop > 0 && ".!?".indexOf(t.charAt(stop)) >= 0 && Character.isLowerCase(t.charAt(stop - 1))
                && Text.words(t.substring(0, stop)) >= CAPTION_SENTENCE_WORDS;
    }

    private static final int CAPTION_SENTENCE_WORDS = 4;

    /** What {@link #CONTACT} needs: an {@code @}, or the {@code [email} of a protected address. */
    static boolean mayBeContact(String t) {
        return t.indexOf('@') >= 0 || t.contains("[email");
    }

    /** A paragraph that starts with a credit label but goes on to describe the image. */
    public boolean startsWithCreditThenCaption(String text) {
        String t = text.strip();
        return Text.words(t) > 14 && (LABELLED.matcher(t).matches() || IMAGE_COPYRIGHT.matcher(t).matches());
    }

    /** A paragraph that ends with an image credit: {@code ... Photograph: Guy Smallman/Getty Images}. */
    public boolean endsWithCredit(String text) {
        String t = text.strip();
        // a credit at the end is short: look only at the tail (the bounds are transparent and do
        // not anchor, so the pattern sees the text before it and ^ still means the real start)
        int tail = Math.max(0, t.length() - TAIL);
        if (Text.words(t) < 3) {
            return endsWithBracket(t) && endsWithMarkInBrackets(t, tail); // (a script without spaces: "...張數為18張。（資料照）" is one "word")
        }
        if (endsWithUnlabelledCredit(t, tail)) {
            return true;
        }
        if (!mayEndWithCredit(t, tail)) {
            return endsWithSourceCredit(t);
        }
        var m = EMBEDDED_AT_END.matcher(t);
        m.region(tail, t.length()).useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.find()) {
            if (t.indexOf(':', tail) >= 0) {
                var source = SOURCE_AFTER_SENTENCE.matcher(t);
                source.region(tail, t.length()).useTransparentBounds(true).useAnchoringBounds(false);
                if (source.find()) {
                    return true;
                }
            }
            return endsWithSourceCredit(t);
        }
        var slash = SLASH_CREDIT_IN_BRACKETS.matcher(t);
        if (slash.find() && slash.start() >= m.start() - 1) {
            return isSlashCredit(slash);
        }
        return m.start() > 0;
    }

    /**
     * A description, then who took its picture, without a label: {@code ... near the capital (Reuters)},
     * {@code ... outside city hall © Jane Doe}, {@code ... mit Reportern. © dpa}, {@code ...。（資料照）}. A photo source in
     * brackets counts only where no sentence ends before it: "... sagte er. (dpa)" closes a story with its agency.
     */
    static boolean endsWithUnlabelledCredit(String t, int tail) {
        if (endsWithBracket(t)) {
            var source = SOURCE_IN_BRACKETS_AT_END.matcher(t).region(tail, t.length()).useTransparentBounds(true);
            return source.find() && describes(t.substring(0, source.start()), false) || endsWithMarkInBrackets(t, tail);
        }
        int sign = t.lastIndexOf('©');
        if (sign > tail) {
            var c = COPYRIGHT_AT_END.matcher(t).region(sign - 1, t.length());
            return c.find() && Text.words(t.substring(sign + 1)) <= 6 && !RIGHTS_RESERVED.matcher(t).find()
                    && describes(t.substring(0, sign), true);
        }
        return false;
    }

    /** "...本期千萬中獎張數為18張。（資料照）", "（記者王小明攝）": a Chinese or Japanese credit mark in brackets after a caption. */
    private static boolean endsWithMarkInBrackets(String t, int tail) {
        var mark = MARK_IN_BRACKETS_AT_END.matcher(t).region(tail, t.length()).useTransparentBounds(true);
        return mark.find() && mark.start() > 0;
    }

    /**
     * Words that describe a picture: at least four, two of them lower-case (in a script with case: a byline's
     * "By Jane Doe and Ann Roe" has one), no quotation and no opening that refers back (story text: "“We will not
     * give up,” the minister said (AFP)", "He said ..." credit the story's agency) and, unless {@code sentenceEnds},
     * no sentence end last.
     */
    private static boolean describes(String before, boolean sentenceEnds) {
        char last = Text.lastSignificant(before);
        if (!sentenceEnds && (last == '.' || last == '!' || last == '?' || last == '…') || CaptionCues.refersBack(before)
                || QUOTATION_MARK.matcher(before).find()) {
            return false;
        }
        String[] words = Text.splitAtSpaces(before.strip());
        if (words.length < 4) {
            return false;
        }
        int lower = 0;
        boolean cased = false;
        for (String w : words) {
            char first = w.charAt(0);
            lower += Character.isLowerCase(first) && w.length() > 1 ? 1 : 0;
            cased |= Character.isLowerCase(first) || Character.isUpperCase(first);
        }
        return lower >= 2 || !cased;
    }

    /**
     * A slash credit in brackets names a photographer and a paper: two sides, one of at least
     * two words, or a photo source. (ats/nxp)-style signatures are lower case and do not match
     * the pattern; (Reuters/Ipsos) has one word per side.
     */
    private static boolean isSlashCredit(java.util.regex.Matcher slash) {
        return Text.words(slash.group(1)) + Text.words(slash.group(2)) >= 3 || HAS_PHOTO_SOURCE.matcher(slash.group()).find();
    }

    private static boolean isSlashCredit(String t) {
        var slash = SLASH_CREDIT_IN_BRACKETS.matcher(t);
        return slash.find() && isSlashCredit(slash);
    }

    /** How far from the end {@link #endsWithSourceCredit} looks for the sentence end before the credit. */
    private static final int SOURCE_TAIL = 100;

    /**
     * A caption whose last sentence is followed by a slash or pipe credit naming a photo source,
     * without a label: {@code ... in Madrid on Monday. EFE/Ana Gil}, {@code ... on Friday. Jane Doe/AFP}; or by a
     * separator and a photo source ({@code ... city hall. / AFP}); or a description by a dash and such a credit
     * ({@code ... city hall - Jane Doe / AFP}); or the last sentence by a photographer and a paper between bars
     * ({@code ... en Managua. Carlos Herrera | Archivo | Confidencial.}).
     */
    static boolean endsWithSourceCredit(String t) {
        char last = Text.lastSignificant(t);
        int end = t.length();
        if (last == '.' && t.indexOf('|', Math.max(0, end - SOURCE_TAIL)) >= 0) {
            end = t.lastIndexOf('.'); // "| Confidencial.": the credit's own full stop
        } else if (!Character.isLetter(last)) {
            return false; // a credit ends with a name; most story paragraphs end with a full stop
        }
        int cut = -1;
        boolean dash = false;
        for (int i = end - 2; i >= Math.max(0, end - SOURCE_TAIL); i--) {
            if (".!?…)”\"’".indexOf(t.charAt(i)) >= 0 && Text.isWhitespace(t.charAt(i + 1))) {
                cut = i + 1;
                break;
            }
            if ("-–—".indexOf(t.charAt(i)) >= 0 && Text.isWhitespace(t.charAt(i + 1)) && i > 0 && Text.isWhitespace(t.charAt(i - 1))) {
                cut = i + 1;
                dash = true;
                break;
            }
        }
        if (cut < 0) {
            return false;
        }
        String tail = t.substring(cut, end).strip();
        boolean separated = !tail.isEmpty() && (tail.charAt(0) == '/' || tail.charAt(0) == '|');
        if (separated) {
            tail = tail.substring(1).strip(); // ". / AFP", ". | Reuters"
        }
        if (Text.words(tail) > 8 || (dash || separated) && !describes(t.substring(0, cut - 1), true)) {
            return false;
        }
        if (end < t.length()) {
            return tail.indexOf('|') > 0 && NAME_PIPE_SOURCE.matcher(tail).matches();
        }
        return (tail.indexOf('/') >= 0 || tail.indexOf('|') >= 0) && SEPARATED.matcher(tail).matches() && HAS_PHOTO_SOURCE.matcher(tail).find()
                || separated && BARE_SOURCE.matcher(tail).matches();
    }

    /**
     * What one of the forms of {@link #EMBEDDED_AT_END} needs, checked before the pattern is tried
     * at each of the tail's positions. Most story paragraphs have none of them:
     * <ul>
     * <li>the bracketed forms ({@code (AP Photo/...)}, {@code (Kim Roe/Valley Herald)},
     * {@code [AFP]}) end the text with {@code )} or {@code ]}, at most whitespace and a final line
     * terminator after it (where the pattern's {@code \s*$} still matches);</li>
     * <li>the labelled forms ({@code Photograph: ...}, {@code Credit... ...}) have a colon or an
     * ellipsis in the tail, and a label after a separator ({@code ... / Фото РБК}) a slash or a
     * bar;</li>
     * <li>the rest ({@code Photo by ...}, {@code Courtesy of ...}) have one of the words photo,
     * image, foto, bild, courtesy, фото (in any case) at the start of a word, and no full stop
     * after it (the name they end with is {@code [^.]}).</li>
     * </ul>
     */
    static boolean mayEndWithCredit(String t, int from) {
        if (endsWithBracket(t) || t.indexOf(':', from) >= 0 || t.indexOf('=', from) >= 0 || t.indexOf('…', from) >= 0
                || t.indexOf("...", from) >= 0
                || t.indexOf('/', from) >= 0 || t.indexOf('|', from) >= 0) { // "… / Фото РБК": a label after a slash or bar
            return true;
        }
        for (int i = Math.max(from, t.lastIndexOf('.') + 1); i < t.length(); i++) {
            char c = t.charAt(i);
            // the words start a word; beyond ASCII, a letter may fold onto one of theirs
            char l = c < 128 ? (char) (c | 0x20) : c;
            if ((l == 'p' || l == 'i' || l == 'f' || l == 'b' || l == 'c' || c > 127)
                    && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
                for (String word : CREDIT_WORDS) {
                    if (t.regionMatches(true, i, word, 0, word.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True if the text ends with {@code )}, give or take what {@code \s*$} lets follow it. */
    private static boolean endsWithBracket(String t) {
        int end = t.length();
        if (end > 0 && isLineTerminator(t.charAt(end - 1))) {
            end--; // $ matches before a final line terminator
            if (end > 0 && t.charAt(end) == '\n' && t.charAt(end - 1) == '\r') {
                end--;
            }
        }
        while (end > 0 && Text.isRegexSpace(t.charAt(end - 1))) {
            end--;
        }
        return end > 0 && (t.charAt(end - 1) == ')' || t.charAt(end - 1) == ']' || t.charAt(end - 1) == '）');
    }

    /** The line terminators of {@link Pattern} without {@code UNIX_LINES}. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static final String[] CREDIT_WORDS = {"photo", "image", "foto", "bild", "courtesy", "фото"};

    /** A paragraph that announces itself as a caption: {@code Image caption ...}, {@code Media caption...}. */
    public boolean hasCaptionLabel(String text) {
        return CAPTION_LABEL.matcher(text.strip()).lookingAt();
    }
}
