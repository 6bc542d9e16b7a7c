package org.newsarchive.etl.tag;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises datelines, the two kinds news style has:
 * <ul>
 * <li><b>story-opening</b>: the place (in capitals, or any case when a date or agency
 * follows), optionally a region, a date and the agency in brackets, then a dash, then the
 * story: {@code BEIJING, June 19 (Reuters) -}, {@code WASHINGTON (AP) —},
 * {@code NEW YORK, March 26 -}, {@code NAPA COUNTY, Calif. (KGO) --},
 * {@code Frankfurt/Main (dpa) -}, {@code KOBE –};</li>
 * <li><b>date-only</b>: a short line that gives only the date (and time, and a label such as
 * {@code Published}, {@code Updated}, {@code Stand:}, {@code Créé:}): {@code date 2023-06-19},
 * {@code Published Nov 8, 2023}, {@code Stand: 06.05.2022}, {@code 6 hours ago}.</li>
 * </ul>
 */
public final class DatelineParser {

    /** What a dateline says. {@code date} may be null (no date, or a date without a year and no reference). */
    public record ParsedDateline(String text, String location, LocalDate date, String agency,
                                 boolean storyOpening, boolean hasDate) {
    }

    // A place word in capitals: BEIJING, ST., O'HARE, WINSTON-SALEM, FRANKFURT/MAIN
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.&/\\-]*";
    private static final String CAPS_PLACE = CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){0,4}";
    // A place word in any case: Frankfurt/Main, New York, La paz, Saint-Denis
    // or a word of a script without capitals (القاهرة, 東京), which only counts with a date or an agency
    private static final String ANY_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:/\\p{L}[\\p{L}\\p{M}.\\-]*)?|\\p{Lo}[\\p{Lo}\\p{M}]{0,14})";
    private static final String ANY_PLACE = ANY_WORD + "(?:\\s+(?:" + ANY_WORD + "|\\p{Ll}\\p{L}{0,3}(?!\\p{L}))){0,3}";
    // Region after the place: Calif., N.Y., British Columbia, Jamaica, Texas
    private static final String REGION = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’\\-]*){0,2}";
    private static final String MONTH_CI = "(?iu:" + DateExpressions.MONTH + ")";
    private static final String MONTH_AFTER_DAY_CI = "(?iu:" + DateExpressions.MONTH_AFTER_DAY + ")";
    // 19 June, 19. Juni, 5 mar, 12 MAG, 5 de marzo; June 19, Jun. 19, 2023
    // "5 de marzo de 2024", "5 de março de 2024": the Spanish and Portuguese year after its "de"; "MADRID, 5 (EUROPA
    // PRESS) -", "Bogotá, 5 (EFE) -": the Spanish agencies' day alone, before the agency's bracket
    private static final String DATE = "(?:\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH_AFTER_DAY_CI + "\\.?(?:\\s+(?:de\\s+)?\\d{4})?|"
            + MONTH_CI + "\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}(?=\\s*\\())";
    // "(Reuters)"; the press-release wires write "/PRNewswire/" and "--(BUSINESS WIRE)--"
    private static final String AGENCY = "(?:--)?(?:\\((?<agency>[^()]{2,40})\\)|/(?<slashAgency>\\p{L}[\\p{L}\\d .\\-]{1,38})/)";
    // the dash stands apart ("BERLIN - The", "BERLIN -- The"), never inside a word ("NDR-Reporter");
    // EFE puts a full stop between the agency and the dash: "(EFE).- La"
    private static final String DASH = "(?:(?<=\\S)(?:--|—|–)|(?<=[\\s)\\d]|\\)\\.)(?:-{1,3}|–|—|‒|―))(?=\\s+\\S|\\p{Lu})";

    /** Capitals place, then optional region / date / agency, then a dash. */
    static final Pattern CAPS_OPENING = Pattern.compile(
            "^(?<pre>[^\\p{L}\\d(\"“„«]{0,6})(?:\\((?<lead>[^()]{2,40})\\)\\s*(?:-{1,3}|–|—)\\s*)?(?<loc>" + CAPS_PLACE + "(?:\\s*,\\s*(?!" + DATE + "\\b)" + REGION + "){0,2})"
                    + "(?:\\s*,?\\s*(?<date>" + DATE + "))?\\s*(?:,\\s*)?(?:" + AGENCY + "\\.?)?\\s*" + DASH + "(?=\\s*\\S)",
            0);
    /** Place in any case: needs a date or an agency. */
    static final Pattern ANY_OPENING = Pattern.compile(
            "^(?<loc>" + ANY_PLACE + "(?:,\\s*(?!" + DATE + "\\b)" + REGION + "){0,2})"
                    + "(?:,\\s*(?<date>" + DATE + "))?\\s*(?:" + AGENCY + "\\.?)?\\s*" + DASH + "(?=\\s*\\S)",
            0);
    /**
     * The colon form of South Asian and Gulf papers: a place in capitals, optionally a region,
     * date and agency, then a colon and the story's first sentence ({@code NEW DELHI: The ...}).
     */
    static final Pattern CAPS_COLON_OPENING = Pattern.compile(
            "^(?<pre>[^\\p{L}\\d(\"“„«]{0,6})(?<loc>" + CAPS_PLACE + "(?:\\s*,\\s*(?!" + DATE + "\\b)" + REGION + "){0,2})"
                    + "(?:\\s*,?\\s*(?<date>" + DATE + "))?\\s*(?:" + AGENCY + ")?\\s*:\\s+(?=[\\p{Lu}“\"„«‘])",
            0);
    /**
     * A known agency in brackets without a dash after it, the story following at once
     * ({@code TORONTO (AP) Raptors guard ...}); and a known agency alone before the dash, the
     * place left out ({@code (Reuters) - The ...}). An unknown bracket ({@code NASA (the agency)
     * said}) is no dateline.
     */
    static final Pattern CAPS_AGENCY_NO_DASH = Pattern.compile(
            "^(?<pre>[^\\p{L}\\d(\"“„«]{0,6})(?<loc>" + CAPS_PLACE + "(?:\\s*,\\s*(?!" + DATE + "\\b)" + REGION + "){0,2})"
                    + "(?:\\s*,?\\s*(?<date>" + DATE + "))?\\s*\\(\\s*(?<agency>" + BylineDetector.AGENCY + ")\\s*\\)\\s+(?=[\\p{Lu}“\"])");
    /**
     * A place in any case or script, perhaps a date, then a known agency in brackets and the story at once
     * ({@code Mumbai, Mar 5 (PTI) The ...}, {@code Helsinki (STT) Hallitus ...}).
     */
    static final Pattern ANY_AGENCY_NO_DASH = Pattern.compile(
            "^(?<loc>" + ANY_PLACE + ")(?:,\\s*(?<date>" + DATE + "))?\\s*\\(\\s*(?<agency>" + BylineDetector.AGENCY
                    + ")\\s*\\)\\s+(?=[\\p{Lu}\\p{Lo}“\"])");
    /**
     * The Russian wires' form: the place, the date with a full stop, then the agency between slashes or before a
     * dash ({@code МОСКВА, 5 марта. /ТАСС/. Правительство ...}, {@code Москва. 5 марта. INTERFAX.RU - ...}).
     */
    static final Pattern DATE_STOP_AGENCY_OPENING = Pattern.compile(
            "^(?<loc>" + ANY_PLACE + ")[,.]\\s*(?<date>" + DATE + ")\\.\\s*(?:/(?<slashAgency>\\p{L}[\\p{L}\\d .\\-]{1,38})/\\.?\\s+"
                    + "|(?<agency>\\p{Lu}[\\p{L}.\\-]{1,30})\\s*" + DASH + "\\s*)(?=[\\p{Lu}“\"«])");
    static final Pattern AGENCY_ONLY_OPENING = Pattern.compile(
            "^(?<loc>)(?<date>(?!x)x)?\\(\\s*(?<agency>" + BylineDetector.AGENCY + ")\\s*\\)\\s*" + DASH + "(?=\\s*\\S)");
    /** Hindi's place and danda, the story after it: {@code नई दिल्ली। केंद्र सरकार ने ...}, {@code लखनऊ, 5 मार्च (भाषा)। ...}. */
    static final Pattern DANDA_OPENING = Pattern.compile(
            "^(?<loc>\\p{Lo}[\\p{Lo}\\p{M}]*(?:\\s+\\p{Lo}[\\p{Lo}\\p{M}]*)?)(?:\\s*,\\s*(?<date>\\d{1,2}\\s+\\p{Lo}[\\p{Lo}\\p{M}]*))?"
                    + "\\s*(?:\\((?<agency>[^()]{2,40})\\))?\\s*।\\s+(?=\\S)");
    /**
     * The Chinese papers' reporter and place in brackets before the story ({@code 〔記者王小明／台北報導〕},
     * {@code 【记者王小明／北京报道】}, {@code 記者王小明／台北即時報導}).
     */
    static final Pattern REPORTER_PLACE_OPENING = Pattern.compile(
            "^[〔【\\[（(]?\\s*(?:記者|记者)[^／/〔〕【】\\[\\]（）()]{1,12}[／/](?<loc>\\p{IsHan}{1,8}?)(?:即時|即时|綜合|综合)?(?:報導|报道)"
                    + "[〕】\\]）)]?\\s*(?<date>(?!x)x)?(?<agency>(?!x)x)?(?=\\S)");
    /** The Chinese wires' dateline: agency, place, day and 电 ({@code 新华社北京3月5日电}, {@code 中新社上海3月5日电}). */
    static final Pattern CJK_WIRE_OPENING = Pattern.compile(
            "^(?<agency>新华社|新華社|中新社|中新网|中新網)(?<loc>\\p{IsHan}{1,8}?)(?<date>\\d{1,2}月\\d{1,2}日)(?:电|電)");
    /** The Persian agencies' "according to ... from" place: {@code به گزارش ایرنا از مشهد، ...}. */
    static final Pattern PERSIAN_REPORT_OPENING = Pattern.compile(
            "^به\\s+گزارش\\s+[^،.]{2,80}?\\s+از\\s+(?<loc>\\p{L}[\\p{L}\\u200c]*(?:\\s+\\p{L}[\\p{L}\\u200c]*)?)\\s*،(?<date>(?!x)x)?(?<agency>(?!x)x)?");
    /** A numeric date, a dash and the story: {@code 06.11.23 - Sensation in ...}, {@code 5.3.2024 – Der Rat ...}. */
    static final Pattern NUMERIC_DATE_OPENING = Pattern.compile(
            "^(?<loc>)(?<date>\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2}))\\s*(?:-|–|—)\\s+(?<agency>(?!x)x)?(?=[\\p{Lu}„“\"«])");

    /** The colon form and a mixed-case place with only a dash need a sentence after them, not a label. */
    private static final int MIN_STORY_WORDS = 8;
    /** Pronouns and answers that open a transcript's turn ("SMITH: I think ..."), not a story. */
    private static final Pattern SPOKEN_TURN = Pattern.compile(
            "^[“\"„«‘]?(?:I|I'm|I’m|We|You|My|Our|Well|Yes|No|Thank|Thanks|Oh|OK|Okay|Hi|Hello|Good|So|And|But|Ich|Wir|Je|Nous|Yo|Io)(?![\\p{L}])");

    /** Wire-copy slugs, labels, sentence openers and publication words: not places ({@code vocabulary/dateline-not-places.txt}). */
    private static final String NOT_PLACE = "(?iu:" + Vocabulary.alternation("dateline-not-places", false) + ")";
    private static final Pattern WIRE_SLUG = Pattern.compile(NOT_PLACE + "(?:\\s+\\d+)?");
    /** A picture label before its colon ({@code BILDE:}, {@code FOTO:}, {@code PHOTO:}): a caption or credit, no place. */
    private static final Pattern PICTURE_LABEL = Pattern.compile("(?iu:" + Vocabulary.alternation("credit-labels", false) + ")");
    /** One of the place's words is not a place word (or its plural: NOTES, UPDATES). */
    private static final Pattern HAS_NOT_PLACE_WORD = Pattern.compile("(?<![\\p{L}'’])" + NOT_PLACE + "(?iu:s)?(?![\\p{L}'’])");
    /** A word of a place written in mixed case: capitalised, or a connector ({@code Saint-Denis}, {@code Rio de Janeiro}). */
    private static final Pattern MIXED_PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’.\\-/]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-/]*|de|do|da|del|di|am|an|la|le|sur|upon|on))*"
                    + "(?:,\\s*\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’\\-]*){0,2})?");
    private static final Pattern HAS_UPPER_RUN = Pattern.compile("\\p{Lu}{2}");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}");
    /** A letter in lower case, or of a script without capitals (Arabic, Chinese): a sentence, not a line in capitals. */
    private static final Pattern SENTENCE_LETTER = Pattern.compile("[\\p{Ll}\\p{Lo}]");

    /** The units of a time since, up to weeks, in the languages both a date line and a time alone write it in. */
    private static final String SINCE_EN = "second|minute|min|hour|hr|day|week|month";
    private static final String SINCE_DE = "Sekunden|Minuten|Stunden|Stunde|Tagen|Tag|Wochen";
    private static final String SINCE_ES = "segundos?|minutos?|horas?|días?|semanas?";
    private static final String SINCE_PT = "segundos?|minutos?|horas?|dias?|semanas?";
    private static final String SINCE_IT = "secondi|minuti|minuto|ore|ora|giorni|giorno|settimane";

    /** Labels, times, weekdays, time zones and fillers that may surround the date of a date-only line ({@code vocabulary/date-line-words.txt}). */
    private static final Pattern DATE_LINE_FILLER = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + Vocabulary.alternation("date-line-words", false) + "|"
                    + "\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?(?:\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|uhr|h))?|"
                    + "\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)|"
                    // the time since, beside the date ("Published 2 months ago on June 12, 2026", "Publicado hace 2 días el ..."):
                    // RELATIVE_TIME's units, and months and years
                    + "\\d{1,3}\\s+(?:" + SINCE_EN + "|year)s?\\s+ago|"
                    + "vor\\s+\\d{1,3}\\s+(?:" + SINCE_DE + "|Monaten|Jahren)|"
                    + "hace\\s+\\d{1,3}\\s+(?:" + SINCE_ES + "|meses|mes|años?)|"
                    + "há\\s+\\d{1,3}\\s+(?:" + SINCE_PT + "|meses|mês|anos?)|"
                    + "\\d{1,3}\\s+(?:" + SINCE_IT + "|mesi|anni)\\s+fa"
                    + ")(?![\\p{L}])"
                    // a clock time in Chinese, Japanese or Korean, written on to the next word ("12時34分配信")
                    + "|\\d{1,2}\\s?[時时시点點](?:\\s?\\d{1,2}\\s?[分분])?");
    /** "6 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 3 horas", "3 ore fa", "3 uur geleden", "3 godziny temu". */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?iu)^(?:(?:updated|published|posted)\\s*:?\\s*)?(?:\\d{1,3}|an?|one)\\s+(?:" + SINCE_EN + ")s?\\s+ago$"
                    + "|^vor\\s+\\d{1,3}\\s+(?:" + SINCE_DE + ")$"
                    + "|^il\\s+y\\s+a\\s+\\d{1,3}\\s+(?:secondes?|minutes?|heures?|jours?|semaines?)$"
                    + "|^hace\\s+\\d{1,3}\\s+(?:" + SINCE_ES + ")$"
                    + "|^há\\s+\\d{1,3}\\s+(?:" + SINCE_PT + ")$"
                    + "|^\\d{1,3}\\s+(?:" + SINCE_IT + ")\\s+fa$"
                    + "|^\\d{1,3}\\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken)\\s+geleden$"
                    + "|^(?:för\\s+)?\\d{1,3}\\s+(?:sekunder|minuter|minut|timmar|timme|dagar|dag|veckor)\\s+sedan$"
                    + "|^\\d{1,3}\\s+(?:sekund|sekundy|minut|minuty|minutę|godzin|godziny|godzinę|dni|dzień|tygodni)\\s+temu$"
                    + "|^p[řr]ed\\s+\\d{1,3}\\s+(?:sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týždňami|dňami)$"
                    + "|^\\d{1,3}\\s+(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юьи])\\s+назад$"
                    + "|^\\d{1,3}\\s+(?:секунд[иу]?|хвилин[иу]?|годин[иу]?|дн(?:і|ів)|день|тижн(?:і|ів)|тиждень)\\s+тому$"
                    + "|^(?:prije|pre)\\s+\\d{1,3}\\s+(?:sekund[ie]?|minut[ae]?|sat[ai]?|dan[ai]?|sedmic[ae]?|tjed(?:an|na|ana))$"
                    + "|^\\d{1,3}\\s+(?:saniye|dakika|saat|gün|hafta)\\s+önce$"
                    + "|^\\d{1,3}\\s+(?:detik|menit|jam|hari|minggu)\\s+(?:yang\\s+)?lalu$");
    /** Today or yesterday in a line of its own with a clock time ({@code vocabulary/relative-days.txt}). */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + Vocabulary.alternation("relative-days", false) + ")(?![\\p{L}])");
    private static final Pattern CLOCK_TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:.h]\\d{2}(?!\\d)");
    private static final Pattern LEFTOVER_WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");

    /**
     * The text without the date-line words it ends with ({@code Tom Davies Associated Press
     * Published} gives {@code Tom Davies Associated Press}), stripped; the text itself, stripped,
     * if it ends with none.
     */
    public String withoutTrailingDateWords(String text) {
        String t = text.strip();
        for (Matcher m = TRAILING_DATE_WORDS.matcher(t); m.find(); m = TRAILING_DATE_WORDS.matcher(t)) {
            t = t.substring(0, m.start()).strip();
        }
        return t;
    }

    private static final Pattern TRAILING_DATE_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + Vocabulary.alternation("date-line-words", false) + ")[:.,]?$");

    /** Reads a story-opening dateline at the start of {@code text}, or returns null. */
    public ParsedDateline parseOpening(String text, LocalDate reference) {
        Matcher m = mayHoldDash(text) ? dashOpening(text) : null;
        if (m == null && mayHoldColon(text)) {
            m = colonOpening(text);
        }
        if (m == null && text.indexOf(')') > 0) {
            m = bracketOpening(text);
        }
        int stop = text.indexOf('.');
        if (m == null && stop > 0 && stop < 40) {
            m = dateStopAgencyOpening(text);
        }
        if (m == null) {
            m = scriptOpening(text);
        }
        if (m == null) {
            return null;
        }
        String rest = text.substring(m.end());
        if (!SENTENCE_LETTER.matcher(rest).find()) {
            return null; // "ECONOMIC SPOTLIGHT - JAPAN BUDGET": a headline, not a dateline before a sentence
        }
        if (m.group("date") == null && agency(m) == null && (m.pattern() != CAPS_OPENING || m.group("lead") == null)
                && (Text.words(placeBeforeRegion(m.group("loc"))) > 3 || WIRE_SLUG.matcher(m.group("loc")).matches())) {
            return null; // "CORRECTED - ...", "ARGENTINA COULD SUSPEND DEBT PAYMENTS - ..."
        }
        if (PICTURE_LABEL.matcher(m.group("loc").strip()).matches()) {
            return null; // "Photo (AFP) - Protesters gather ...": a picture's credit, then its caption
        }
        String agency = agency(m);
        if (agency == null && m.pattern() == CAPS_OPENING) {
            agency = m.group("lead"); // ANSA puts it first: "(ANSA) - ROMA, 12 MAG -"
        }
        if (agency != null && !plausibleAgency(agency)) {
            return null;
        }
        String location = m.group("loc").strip();
        if (location.endsWith(",")) {
            location = location.substring(0, location.length() - 1).strip();
        }
        while (location.endsWith("-")) { // "NEW YORK--(BUSINESS WIRE)--"
            location = location.substring(0, location.length() - 1).strip();
        }
        if (location.isEmpty()) {
            location = null; // "(Reuters) - ...": the agency without its place
        }
        LocalDate date = null;
        boolean hasDate = m.group("date") != null;
        if (hasDate) {
            DateExpressions.FoundDate d = DateExpressions.find(m.group("date"), 0, true);
            date = d == null ? null : d.resolve(reference);
        }
        return new ParsedDateline(text.substring(0, m.end()).strip(), location, date, agency, true, hasDate);
    }

    /**
     * The dash forms: a place in capitals ({@code BEIJING, June 19 (Reuters) -}); a place in
     * any case with a date or agency ({@code Frankfurt/Main (dpa) -}, {@code Madrid, 5 mar (EFE).-});
     * or a place in mixed case alone before an en or em dash ({@code Indianapolis – The ...}) when its
     * words are capitalised place words, none a slug, opener or publication word
     * ({@code Kaieteur News – ...} is a paper), and a sentence follows. Null if none.
     */
    private static Matcher dashOpening(String text) {
        Matcher m = CAPS_OPENING.matcher(text);
        if (m.find() && isCapsPlace(m.group("loc"))) {
            return m;
        }
        m = ANY_OPENING.matcher(text);
        if (!m.find()) {
            return null;
        }
        if (m.group("date") != null || agency(m) != null) {
            return m;
        }
        String loc = m.group("loc").strip();
        String dash = text.substring(m.start("loc") + m.group("loc").length(), m.end()).strip();
        if (!(dash.startsWith("–") || dash.startsWith("—") || dash.startsWith("--"))) {
            return null; // a topic kicker before a hyphen ("Desaparecimento - Luana ..."), not a place
        }
        boolean place = Text.words(loc) <= 3 && MIXED_PLACE.matcher(loc).matches() && !HAS_NOT_PLACE_WORD.matcher(loc).find();
        return place && startsStory(text.substring(m.end())) ? m : null;
    }

    /** Longest place named alone on its line ({@link #isPlaceAlone}). */
    private static final int MAX_PLACE_ALONE = 40;

    /**
     * A place named alone ({@code München}, {@code Rio de Janeiro}, {@code LEXINGTON, Ky.}): one to
     * three capitalised place words, perhaps a region after a comma, no digit, no slug, label or
     * date word. The shape alone does not make a place (a kicker, a section name has it too): the
     * caller needs the page's word for it, an element named as the dateline or the location.
     */
    public boolean isPlaceAlone(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_PLACE_ALONE && MIXED_PLACE.matcher(t).matches()
                && Text.words(placeBeforeRegion(t)) <= 3 && !HAS_NOT_PLACE_WORD.matcher(t).find()
                && !DATE_LINE_FILLER.matcher(t).find() && (!t.endsWith(".") || t.contains(",")); // "Ky." ends a region
    }

    /** The place of a line that names it alone ({@link #isPlaceAlone}), as a dateline with neither date nor agency; null otherwise. */
    public ParsedDateline parsePlaceAlone(String text) {
        String t = text.strip();
        return isPlaceAlone(t) ? new ParsedDateline(t, t, null, null, false, false) : null;
    }

    /** A dash closing a place that stands alone on its line ({@code Düsseldorf -}): the story begins in the next paragraph. */
    private static final Pattern TRAILING_DASH = Pattern.compile("\\s+(?:-{1,2}|[–—])$");
    /**
     * A capitals place alone on its line with a region, a date or an agency, perhaps a dash
     * ({@code LEXINGTON, Ky.}, {@code SEATTLE Jan 14, 2008 (AP)}): the wire's dateline set as a
     * paragraph of its own.
     */
    private static final Pattern CAPS_ALONE = Pattern.compile(
            "^(?<loc>" + CAPS_PLACE + "(?<region>(?:\\s*,\\s*(?!" + DATE + "\\b)" + REGION + "){1,2})?)"
                    + "(?:\\s*,?\\s*(?<date>" + DATE + "))?\\s*(?:" + AGENCY + "\\.?)?\\s*(?:-{1,3}|–|—)?$");

    /**
     * A dateline alone on its line, the story in the next paragraph: a place before a dash
     * ({@code Düsseldorf -}, {@code LONDON —}), or a capitals place with its region, date or
     * agency ({@code LEXINGTON, Ky.}, {@code SEATTLE Jan 14, 2008 (AP)}); some papers and old wire
     * copy set the dateline as a paragraph of its own. Null otherwise.
     */
    public ParsedDateline parseDatelineAlone(String text, LocalDate reference) {
        String t = text.strip();
        if (t.length() > 80) {
            return null;
        }
        Matcher dash = TRAILING_DASH.matcher(t);
        if (t.length() <= MAX_PLACE_ALONE + 3 && dash.find()) {
            String place = t.substring(0, dash.start());
            if (isPlaceAlone(place)) {
                return new ParsedDateline(t, place, null, null, true, false);
            }
        }
        Matcher m = CAPS_ALONE.matcher(t);
        if (!m.matches() || !isCapsPlace(m.group("loc")) || HAS_NOT_PLACE_WORD.matcher(m.group("loc")).find()
                || Text.words(placeBeforeRegion(m.group("loc"))) > 3) {
            return null;
        }
        String agency = agency(m);
        if (m.group("region") == null && m.group("date") == null && agency == null
                || agency != null && !plausibleAgency(agency)) {
            return null;
        }
        LocalDate date = null;
        if (m.group("date") != null) {
            DateExpressions.FoundDate d = DateExpressions.find(m.group("date"), 0, true);
            date = d == null ? null : d.resolve(reference);
        }
        return new ParsedDateline(t, m.group("loc").strip(), date, agency, true, m.group("date") != null);
    }

    /** The agency of an opening: in brackets, or between slashes in the press-release wires' form. */
    private static String agency(Matcher m) {
        String a = m.group("agency");
        if (a == null && (m.pattern() == CAPS_OPENING || m.pattern() == ANY_OPENING || m.pattern() == CAPS_COLON_OPENING
                || m.pattern() == DATE_STOP_AGENCY_OPENING)) { // (the patterns with an agency between slashes)
            a = m.group("slashAgency");
        }
        return a;
    }

    /**
     * A known agency in brackets: after a capitals place without a dash, after a place in any case or script without
     * one, or alone before the dash. Null if none.
     */
    private static Matcher bracketOpening(String text) {
        Matcher m = AGENCY_ONLY_OPENING.matcher(text);
        if (text.startsWith("(") && m.find()) {
            return m;
        }
        m = CAPS_AGENCY_NO_DASH.matcher(text);
        if (m.find() && isCapsPlace(m.group("loc"))) {
            return m;
        }
        m = ANY_AGENCY_NO_DASH.matcher(text);
        if (m.find() && !HAS_NOT_PLACE_WORD.matcher(m.group("loc")).find()) {
            return m;
        }
        return null;
    }

    /**
     * The openings of presses that write neither the dash nor the colon ({@link #DANDA_OPENING},
     * {@link #REPORTER_PLACE_OPENING}, {@link #CJK_WIRE_OPENING}, {@link #PERSIAN_REPORT_OPENING}), and a numeric date
     * before the dash ({@link #NUMERIC_DATE_OPENING}), each tried only where its first character is (for the danda, a
     * Devanagari or Bengali letter and a danda in the first 80 characters); null if none.
     */
    private static Matcher scriptOpening(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char c = text.charAt(0);
        Pattern p;
        if (c >= '0' && c <= '9') {
            p = NUMERIC_DATE_OPENING;
        } else if (c == '新' || c == '中') {
            p = CJK_WIRE_OPENING;
        } else if ("〔【[（(記记".indexOf(c) >= 0) {
            p = REPORTER_PLACE_OPENING;
        } else if (text.startsWith("به")) {
            p = PERSIAN_REPORT_OPENING;
        } else {
            // (only a place in a script that writes the danda: Devanagari or Bengali)
            int danda = c >= '\u0900' && c <= '\u09ff' ? text.indexOf('।') : -1;
            if (danda < 0 || danda > 80) {
                return null;
            }
            p = DANDA_OPENING;
        }
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        // (a short sentence of its own, "हाँ।", before a paragraph's few words is no place before a story)
        return p != DANDA_OPENING || Text.words(text.substring(m.end())) >= MIN_STORY_WORDS ? m : null;
    }

    /** The Russian wires' form ({@link #DATE_STOP_AGENCY_OPENING}), or null. */
    private static Matcher dateStopAgencyOpening(String text) {
        Matcher m = DATE_STOP_AGENCY_OPENING.matcher(text);
        return m.find() && !HAS_NOT_PLACE_WORD.matcher(m.group("loc")).find() ? m : null;
    }

    /** The colon form ({@code NEW DELHI: The ...}): capitals place, not a label, before a story sentence. */
    private static Matcher colonOpening(String text) {
        Matcher m = CAPS_COLON_OPENING.matcher(text);
        if (!m.find() || !isCapsPlace(m.group("loc")) || HAS_NOT_PLACE_WORD.matcher(m.group("loc")).find()
                || PICTURE_LABEL.matcher(m.group("loc").strip()).matches()) {
            return null;
        }
        String rest = text.substring(m.end());
        DateExpressions.FoundDate date = DateExpressions.find(rest, 0, true);
        boolean dateFirst = date != null && rest.substring(0, date.start()).isBlank(); // "PUBLISHED: November 8, 2023 ..."
        return startsStory(rest) && !dateFirst && !SPOKEN_TURN.matcher(rest).find() ? m : null;
    }

    /**
     * What follows a dateline with no date or agency must be a story sentence: a capital, enough
     * words, most of them in lower case (a title-case headline, "Brexit – What Happens Next for
     * the UK", is not a dateline before a sentence).
     */
    static boolean startsStory(String rest) {
        String r = rest.strip();
        int words = Text.words(r);
        return words >= MIN_STORY_WORDS && Text.capitalisedWords(r) * 2 < words
                && (Text.startsUpper(r) || r.startsWith("“") || r.startsWith("\"") || r.startsWith("„") || r.startsWith("«"));
    }

    /** Whether {@code text} holds a colon, without which {@link #CAPS_COLON_OPENING} cannot match. */
    static boolean mayHoldColon(String text) {
        return text.indexOf(':') >= 0;
    }

    /**
     * Whether {@code text} holds a dash where {@link #DASH} could match: an en, em, figure or
     * horizontal bar dash, or a hyphen that follows whitespace, a bracket or a digit or is doubled.
     * Both opening patterns end in that dash; most paragraphs have none, and for them the
     * patterns' backtracking over place, region, date and agency (a tenth of the partition
     * threads' time on 100,000 short wire stories) is not needed.
     */
    static boolean mayHoldDash(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '–' || c == '—' || c == '‒' || c == '―') {
                return true;
            }
            if (c == '-' && (i + 1 < text.length() && text.charAt(i + 1) == '-'
                    || i > 0 && isDashLead(text.charAt(i - 1)) || i > 1 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == ')')) {
                return true;
            }
        }
        return false;
    }

    /** What may stand before a hyphen dash ({@code [\s)\d]} in {@link #DASH}). */
    private static boolean isDashLead(char c) {
        return Text.isRegexSpace(c) || c == ')' || (c >= '0' && c <= '9');
    }

    /** The place without its region: {@code DUBAI} of {@code DUBAI, United Arab Emirates}. */
    private static String placeBeforeRegion(String loc) {
        int comma = loc.indexOf(',');
        return comma < 0 ? loc : loc.substring(0, comma);
    }

    /** The place must look like a place in capitals: at least two capitals in a row, no lower case in its first word. */
    private static boolean isCapsPlace(String loc) {
        int end = 0;
        while (end < loc.length() && loc.charAt(end) != ',' && !Character.isWhitespace(loc.charAt(end))) {
            end++;
        }
        String first = loc.substring(0, end);
        return HAS_UPPER_RUN.matcher(first).find() && !LOWER.matcher(first).find();
    }

    /** An agency tag is a short name, not a clause: no more than four words, starting with a letter ("dpa"). */
    private static boolean plausibleAgency(String agency) {
        String a = agency.strip();
        return !a.isEmpty() && Character.isLetter(a.codePointAt(0)) && Text.words(a) <= 4;
    }

    /**
     * Reads a date-only line ({@code Published Nov 8, 2023}, {@code Stand: 28.04.2020 18:00 Uhr},
     * {@code 6 hours ago}), or returns null. A line may hold two dates (published / updated);
     * the first is taken.
     */
    public ParsedDateline parseDateOnly(String text, LocalDate reference, boolean dayFirst) {
        String written = text.strip();
        if (written.isEmpty() || written.length() > 130) {
            return null;
        }
        String t = asciiDigits(written); // (read as written: "٠٥/٠٣/٢٠٢٤" is 05/03/2024)
        if (RELATIVE_TIME.matcher(t).matches()) {
            return new ParsedDateline(written, null, null, null, false, false);
        }
        DateExpressions.FoundDate first = DateExpressions.find(t, 0, dayFirst);
        if (first == null) {
            return isRelativeDayLine(t) ? new ParsedDateline(written, null, null, null, false, false) : null;
        }
        // remove every date, then every filler; what is left must be (almost) nothing
        String rest = DateExpressions.withoutDates(t, " ");
        rest = DATE_LINE_FILLER.matcher(rest).replaceAll(" ");
        int[] left = leftoverWords(rest);
        int words = left[0];
        // a stray label ("News", "report") may stand beside the date
        if (words > 1 || left[1] > 8) {
            return null;
        }
        if (rest.chars().filter(Character::isDigit).count() > 4) {
            return null;
        }
        if (!first.hasYear() && words > 0) {
            return null;
        }
        return new ParsedDateline(written, null, first.resolve(reference), null, false, true);
    }

    /**
     * Today or yesterday and a clock time, with at most a label beside them ({@code heute, 12:09
     * Uhr}, {@code сегодня в 05:46}, {@code Online seit heute, 12.09 Uhr}): a date line whose date
     * is the day the page was seen, which the line does not give.
     */
    private static boolean isRelativeDayLine(String t) {
        if (t.length() > 60 || !CLOCK_TIME.matcher(t).find()) {
            return false;
        }
        Matcher day = RELATIVE_DAY.matcher(t);
        if (!day.find()) {
            return false;
        }
        String rest = DATE_LINE_FILLER.matcher(day.replaceAll(" ")).replaceAll(" ");
        int[] left = leftoverWords(rest);
        return left[0] <= 1 && left[1] <= 8 && rest.chars().noneMatch(Character::isDigit);
    }

    /**
     * {@code text} with the Arabic-Indic and Eastern Arabic (Persian, Urdu) digits as ASCII digits, which the date
     * patterns read; {@code text} itself where it has none.
     */
    public static String asciiDigits(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int v = ch >= '\u0660' && ch <= '\u0669' ? ch - '\u0660' : ch >= '\u06F0' && ch <= '\u06F9' ? ch - '\u06F0' : -1;
            if (v >= 0) {
                c = c == null ? text.toCharArray() : c;
                c[i] = (char) ('0' + v);
            }
        }
        return c == null ? text : new String(c);
    }

    /** The words left in a line once its date and fillers are removed: how many, and their letters. */
    private static int[] leftoverWords(String rest) {
        Matcher w = LEFTOVER_WORD.matcher(rest);
        int words = 0;
        int letters = 0;
        while (w.find()) {
            words++;
            letters += w.group().length();
        }
        return new int[] {words, letters};
    }

    /** The first date with a year in a date-only line, used as the article's reference date. */
    LocalDate yearDate(String text, boolean dayFirst) {
        DateExpressions.FoundDate d = DateExpressions.find(text, 0, dayFirst);
        return d != null && d.hasYear() ? d.resolve(null) : null;
    }
}
