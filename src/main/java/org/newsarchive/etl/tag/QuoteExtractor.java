package org.newsarchive.etl.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations: spans of at least {@value #MIN_WORDS} words inside “…”, "…", „…“,
 * ‘…’, «…» or »…«. Apostrophes (’ inside or at the end of a word) are not quotation marks. A
 * double or guillemet quotation opened and not closed runs to the end of the paragraph (the
 * multi-paragraph convention). Titles of works, project names and nicknames are left out: a
 * span announced by "titled", "called", "named", "Titel", "intitulé" ..., or one written in
 * title case.
 */
public final class QuoteExtractor {

    public static final int MIN_WORDS = 4;

    /** A quoted span: offsets of the text between the marks. */
    public record Span(int start, int end, String text, boolean closed, int words, boolean title) {

        public boolean countsAsQuote() {
            return words >= MIN_WORDS && !title;
        }
    }

    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "is",
            "der", "die", "das", "des", "dem", "den", "und", "im", "am", "von", "zu", "zur", "zum", "mit", "für", "auf",
            "de", "la", "le", "les", "et", "du", "en", "à", "au", "aux", "un", "une", "y", "el", "los", "las", "del");
    private static final Pattern TITLE_CUE = Pattern.compile(
            "(?iu)(?:titled|entitled|called|named|dubbed|nicknamed|nicknames?|known\\s+as|spitzname|surnom|headlined|labelled|labeled|hashtag|slogan|motto"
                    + "|titel|betitelt|namens|genannt|motto|überschrift|schlagzeile"
                    + "|intitulée?s?|baptisée?s?|nommée?s?|appelée?s?|surnommée?s?|titre)\\s*[,:]?\\s*$");
    /** Between two quoted names: "mkono wa damu," or "the man with the bloody hand". */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?iu)^[\\s,]*(?:or|oder|ou|also|aka|i\\.e\\.)[\\s,]*$");

    /** Extracts every quoted span of {@code text}, short ones and titles included (see {@link Span#countsAsQuote()}). */
    public List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int close = -1;
            int contentStart = i + 1;
            boolean closedFound;
            if (isDoubleOpener(text, i)) {
                close = findDoubleClose(text, i + 1);
            } else if (c == '«' || c == '»') {
                close = text.indexOf(c == '«' ? '»' : '«', i + 1);
            } else if (c == '‘' && isWordStartAfter(text, i)) {
                close = findSingleClose(text, i + 1);
                if (close < 0) {
                    i++;
                    continue; // an unclosed ‘ is more often an elision (‘90s) than a quotation
                }
            } else {
                i++;
                continue;
            }
            closedFound = close >= 0;
            int contentEnd = closedFound ? close : n;
            String inner = text.substring(contentStart, contentEnd).strip();
            if (!inner.isEmpty()) {
                int words = countWords(inner);
                boolean cued = TITLE_CUE.matcher(text.substring(Math.max(0, i - 30), i)).find();
                if (!cued && !out.isEmpty()) {
                    Span prev = out.get(out.size() - 1);
                    cued = prev.title() && prev.closed() && prev.end() + 1 <= i
                            && ALTERNATIVE.matcher(text.substring(prev.end() + 1, i)).matches();
                }
                boolean title = cued || isTitleCase(inner);
                out.add(new Span(contentStart, contentEnd, inner, closedFound, words, title));
            }
            i = closedFound ? close + 1 : n;
        }
        return out;
    }

    /** True if the paragraph has at least one direct quotation. */
    public boolean hasQuote(String text) {
        return hasQuote(spans(text));
    }

    /** True if one of {@code spans} (of {@link #spans}) is a direct quotation. */
    static boolean hasQuote(List<Span> spans) {
        for (Span s : spans) {
            if (s.countsAsQuote()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDoubleOpener(String t, int i) {
        char c = t.charAt(i);
        if (c == '“' || c == '„' || c == '"') {
            return true;
        }
        // Scandinavian and some web text open with ” too: only at a word start
        return c == '”' && (i == 0 || Character.isWhitespace(t.charAt(i - 1)))
                && i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
    }

    private static int findDoubleClose(String t, int from) {
        for (int j = from; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '”' || c == '"' || c == '“') {
                return j;
            }
        }
        return -1;
    }

    /** ‘ opens only at a word start: after a space, bracket, dash or start, and before a letter or digit. */
    private static boolean isWordStartAfter(String t, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
        return before && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
    }

    /** ’ closes only where no letter follows (a letter after it makes it an apostrophe: don’t). */
    private static int findSingleClose(String t, int from) {
        for (int j = from; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '’' || c == '\'') {
                boolean letterAfter = j + 1 < t.length() && Character.isLetter(t.charAt(j + 1));
                boolean letterBefore = j > 0 && Character.isLetter(t.charAt(j - 1));
                // "the players’ union": s’ followed by a space is a possessive when the quote would be one word
                if (!letterAfter && !(letterBefore && t.charAt(j - 1) == 's' && j + 1 < t.length()
                        && t.charAt(j + 1) == ' ' && countWords(t.substring(from, j)) <= 1)) {
                    return j;
                }
            }
        }
        return -1;
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        boolean hasAlnum = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i == s.length() ? ' ' : s.charAt(i);
            if (Text.isWhitespace(c)) {
                if (in && hasAlnum) {
                    n++;
                }
                in = false;
                hasAlnum = false;
            } else {
                in = true;
                if (!hasAlnum && Text.isLetterOrDigit(c)) {
                    hasAlnum = true;
                }
            }
        }
        return n;
    }

    /** Written in title case (every word but small words capitalised), without ! ? ; : at the end. */
    private static boolean isTitleCase(String inner) {
        // American style puts the comma inside: “Once Upon A Time in Hollywood,” is still a title
        char last = inner.charAt(inner.length() - 1);
        if (last == '!' || last == '?' || last == ';' || last == ':') {
            return false;
        }
        int content = 0;
        int lowerContent = 0;
        int n = inner.length();
        for (int from = 0; from <= n; ) {
            // the words between single spaces, without the punctuation around them; only the words up to the
            // first lower-case content word are read, none cut out but a lower-case one to look up
            int to = inner.indexOf(' ', from);
            if (to < 0) {
                to = n;
            }
            int a = from;
            int b = to;
            from = to + 1;
            while (a < b && !Text.isLetterOrDigit(inner.charAt(a))) {
                a++;
            }
            while (b > a && !Text.isLetterOrDigit(inner.charAt(b - 1))) {
                b--;
            }
            if (a == b || !Character.isLetter(inner.charAt(a))) {
                continue;
            }
            char first = inner.charAt(a);
            if (Character.isLowerCase(first) && SMALL_WORDS.contains(inner.substring(a, b).toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (!Character.isUpperCase(first)) {
                lowerContent++;
                break; // (a title has none: the rest of a long quotation need not be read)
            }
        }
        // "I" and sentence-initial capitals are normal in quotations; a title has (almost) no lower-case content word
        // "State of the Union", "Person of the Year": two capitalised words joined by small ones are a name too
        return (content >= 3 || content == 2 && content < countWords(inner)) && lowerContent == 0 && !inner.startsWith("I ");
    }

    // ---------------------------------------------------------------- speaker attribution

    static final String VERB_ALTERNATIVES = "(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes"
            + "|stated|states|declared|declares|insisted|insists|argued|argues|warned|warns|quipped|quips|replied|replies"
            + "|recalled|recalls|continued|continues|stressed|stresses|urged|urges|acknowledged|admitted|admits|claimed|claims"
            + "|concluded|emphasi[sz]ed|emphasi[sz]es|pointed\\s+out|tweeted|posted|announced|announces|commented|comments"
            + "|observed|remarked|suggested|suggests|cautioned|predicted|joked|jokes|laughed|shouted|testified|confirmed|confirms"
            + "|believes|believed|thinks|thought|described|describes|called|calls|vowed|vows|promised|promises|answered|agreed|agrees"
            + "|indicated|indicates|signalled|signaled|maintained|maintains|reiterated|reiterates|responded|responds"
            + "|sagt|sagte|sagten|sagen|erklärt|erklärte|erklären|betont|betonte|meint|meinte|fordert|forderte|schreibt|schrieb"
            + "|warnt|warnte|nennt|nannte|kritisiert|kritisierte|ergänzt|ergänzte|fügte|räumt|räumte|so"
            + "|schickt|schickte|twitterte|postete|estimated|estimates|saying|adding|writing|telling"
            + "|a\\s+déclaré|a\\s+dit|dit|déclare|estime|a\\s+estimé|a\\s+affirmé|affirme|a\\s+expliqué|explique|a\\s+ajouté|ajoute"
            + "|a\\s+souligné|souligne|a\\s+indiqué|indique|a\\s+précisé|précise|a\\s+assuré|assure|a\\s+-t-il|a-t-il|a-t-elle"
            + "|(?:avait|aurait|a)(?:\\s+\\p{Ll}+ment)?\\s+(?:déclaré|dit|estimé|affirmé|expliqué|ajouté|souligné|indiqué|précisé|assuré|confié|averti|prévenu|rappelé|lancé|insisté)"
            + "|hatte\\s+(?:gesagt|erklärt|betont)|hat\\s+(?:gesagt|erklärt|betont)" + dataVerbs() + ")";
    /** {@link #VERB_ALTERNATIVES} grouped by first letter: a dozen patterns try it after every name they read. */
    static final String VERB = Text.byFirstLetter(VERB_ALTERNATIVES);

    /** True if {@code w} is a speech verb of the attribution patterns ("said", "added", and those of speech-verbs.txt). */
    static boolean isSpeechVerb(String w) {
        return VERB_ONLY.matcher(w).matches();
    }

    /** The speech verbs of {@code quotes/speech-verbs.txt} as alternatives ("|dijo|ha detto"), longest first. */
    private static String dataVerbs() {
        StringBuilder b = new StringBuilder();
        SpeakerResolver.lines("quotes/speech-verbs.txt").stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .forEach(v -> b.append('|').append(Pattern.quote(v).replace(" ", "\\E\\s+\\Q")));
        return b.toString();
    }
    static final String TITLE_WORD_ALTERNATIVES = "(?:the\\s+Rev|Rev|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Sir|Dame|Lord|Lady|Herr|Frau|M|Mme)";
    /** (grouped by first letter: the name pattern tries it at every capital, and at the two words after it) */
    private static final String TITLE_WORD = Text.byFirstLetter(TITLE_WORD_ALTERNATIVES) + "\\.?";
    /** An abbreviated title with its full stop ("Cpl.", "Const.", "Msgr."; {@code vocabulary/title-abbreviations.txt}). */
    private static final String TITLE_ABBREVIATION = Text.byFirstLetter("(?:" + String.join("|",
            NameScan.ABBREVIATIONS.stream().sorted().toList()) + ")") + "\\.";
    /**
     * A title before a name: "Mr.", "Sen.", "Staff Sgt.", "Lt. Gov.", "Lt.-Gov.", "Det. Sgt.", "Air Force 1st Lt." (up to
     * two capitalised words, an ordinal after them, then one or two titles; it never opens with a digit).
     */
    private static final String TITLE = "(?:(?:\\p{Lu}[\\p{L}'’\\-]+\\s+(?:\\p{Lu}[\\p{L}'’\\-]+\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)\\s+)?)?(?:"
            + TITLE_WORD + "|"
            + TITLE_ABBREVIATION + ")(?:(?:\\s+|-)" + TITLE_ABBREVIATION + ")?\\s+)";
    private static final String NAME = TITLE + "?(?:\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?\\s+)?\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:v[oa]n\\s+de[rn]|de\\s+l[ao]s?)\\s+\\p{Lu}[\\p{L}'’\\-]+|(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’\\-]+|(?:al|el)-\\p{Lu}[\\p{L}'’\\-]+|(?:de|van|von|da|di|bin|al)(?=\\s+\\p{Lu}))){0,7}(?:\\s+(?:"
            + String.join("|", SpeakerResolver.lines("quotes/name-suffixes.txt").stream().map(Pattern::quote).toList()) + ")\\.){0,2})";
    private static final String PRONOUN = Text.byFirstLetter(
            "(?:he|she|they|He|She|They|er|sie|Er|Sie|il|elle|Il|Elle|ele|ela|Ele|Ela|él|ella)");
    /** "it said", "It added": a body or a document speaks (the resolver finds which). */
    private static final String BODY_PRONOUN = "(?:it|It)(?![\\p{L}'’])";
    /** "the Chinese leader", "one resident", "another": an article needs a noun after it ("a dit" is French for "said"). */
    private static final String DESCRIPTOR_WORD = "(?:\\s+(?!(?:" + VERB + "|" + PRONOUN + ")(?![\\p{L}]))[\\p{L}\\d\\-]+(?:['’]s)?)";
    private static final String DESCRIPTOR = "(?:(?:the|The|a|A|an|An|der|die|Der|Die|ein|eine|Ein|Eine|le|la|Le|La|un|une|Un|Une)"
            + DESCRIPTOR_WORD + "{1,3}?"
            + "|(?:one|One|another|Another|someone|Someone)" + DESCRIPTOR_WORD + "{0,3}?|somebody"
            + "|(?:his|her|their|His|Her|Their)\\s+campaign(?![\\p{L}]))"; // the candidate's campaign speaks
    private static final String ADVERB = "(?:\\s+(?:also|then|later|further|earlier|previously|again|once|simply|recently|repeatedly|\\p{Ll}+ly|auch|noch|dann|encore|aussi))?"
            + "(?:\\s+" + Text.byFirstLetter("(?:could|would|can|might|may|will|was|were|is|are|be|been|being|heard|seen|quoted|as|has|had|have|later|also)")
            + "(?![\\p{L}])){0,4}";

    /** Words that end a role: "Trump said in August after Nabisco announced ..." has none. */
    private static final String ROLE_NOT = Text.byFirstLetter("(?:said|says|told|tells|added|adds|wrote|writes|after|before|when|while|and|but|in)")
            + "\\s";
    /**
     * A title before a name, ending in a lower-case word after an optional organisation: "ISD spokesman",
     * "company spokeswoman", "White House press secretary", "Republican National Committee chairman", "super PAC
     * spokeswoman".
     */
    private static final String ROLE_BEFORE_NAME = "(?:(?:(?!" + ROLE_NOT + ")[\\p{L}\\d/'’\\-]+\\s+){0,4}?(?!" + ROLE_NOT
            + ")\\p{Ll}[\\p{L}'’\\-]*\\s+(?=\\p{Lu}))??";
    /**
     * An apposition between a name and its verb: ", a spokeswoman for the agency,", ", R-Wis.," (a full stop after a
     * capital or before the comma is an abbreviation's), "(SPD)", "(D-R.I.)," or ", who" ("Mike Lee, who declared").
     */
    private static final String APPOSITION_CHAR = "(?:[^,.!?“”\"«»„]|(?<=\\p{Lu})\\.|\\.(?=,))";
    private static final String APPOSITION = "(?:,\\s(?!(?:he|she|they|we|I|er|sie|il|elle)\\s)" + APPOSITION_CHAR + "{2,120},"
            // "Dianne Feinstein of California, the ranking Democrat on the committee, who said": a description, then who
            // (checked behind, once "who" is there: the apposition is read once)
            + "(?:\\s+who(?:\\s+(?:has|had|have))?(?=\\s)(?<=,\\s(?:the|a|an)\\s[^,]{2,120},\\s{1,5}who(?:\\s{1,5}(?:has|had|have))?))?"
            + "|\\s*\\([^()]{1,30}\\)"
            + "(?:,\\s(?!(?:he|she|they|we|I|er|sie|il|elle)\\s)" + APPOSITION_CHAR + "{2,120},|,)?|(?:,\\s+who|\\s+who(?<=\\p{Lu}[\\p{Ll}'’\\-]{1,30}\\s{1,5}who))(?:\\s+(?:has|had|have))?(?=\\s)"
            // "Mr. Morgan of the Sierra Club said": the body the person is of
            + "|\\s+of\\s+the\\s+\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,4})?";
    /** After the quote: {@code , Xi said}, {@code , said Xi}, {@code , the Chinese leader said}, {@code he added}. */
    private static final Pattern AFTER_SUBJECT_VERB = Pattern.compile(
            "^[\\s,.;:!?–—-]*(?!(?:And|But|Or)\\s)" + ROLE_BEFORE_NAME + "(?<who>" + PRONOUN + "|" + BODY_PRONOUN + "|" + NAME + "|" + DESCRIPTOR + ")" + APPOSITION + ADVERB + "\\s+" + VERB
                    + "(?![\\p{L}])");
    /**
     * After the quote, a name and an apposition of several commas: {@code , Harry Bond, 30, of Raleigh, N.C., who was
     * polled, said}, {@code , Anne Ray, assistant secretary for population, refugees, and migration, said}.
     */
    private static final Pattern AFTER_NAME_LONG_APPOSITION = Pattern.compile(
            "^[\\s,.;:!?–—-]*" + ROLE_BEFORE_NAME + "(?<who>" + NAME + ")(?:,\\s(?!(?:he|she|they|we|I)\\s)" + APPOSITION_CHAR + "{2,80}){2,4},"
                    + ADVERB + "\\s+" + VERB + "(?![\\p{L}])");
    /** After a verb the describing phrase runs on: "a déclaré à cette occasion le ministre de la Santé". */
    private static final String DESCRIPTOR_AFTER_VERB = "(?:the|The|a|A|an|An|le|la|Le|La|un|une|Un|Une|der|die|Der|Die|ein|eine|Ein|Eine|l['’]"
            + "|il|lo|gli|el|los|las|o|os|una|uno|um|uma|his|her|their|its)"
            + "(?:\\s+(?!(?:in|on|at|to|for|with|during|after|before|when|while|who|which|that|and|à|au|aux|en|dans|lors|pendant|qui|que|et"
            + "|im|am|bei|während|und)(?![\\p{L}]))[\\p{L}'’\\-]+){1,4}";
    private static final Pattern AFTER_VERB_SUBJECT = Pattern.compile(
            "^[\\s,.;:!?–—-]*(?<verb>" + VERB + ")(?:\\s+(?:to|on|in|at|of|à|au|aux|en|lors|devant|dans|vor|gegenüber|im|am)(?:\\s+[\\p{Ll}\\d][\\p{L}'’\\-]*){1,2})??"
                    + "\\s+(?:(?:\\p{Ll}[\\p{L}'’\\-]*|\\d[\\p{L}\\d/'’\\-]*|\\p{Lu}[\\p{L}'’\\-]*(?=\\s+\\p{Ll}))\\s+){0,4}?(?<who>" + NAME + "|" + DESCRIPTOR_AFTER_VERB + "|" + DESCRIPTOR + "|" + PRONOUN + ")(?![\\p{L}])");
    /** Later in the quote's sentence: {@code “...” if you have blackouts because ..., Mr. Powers said.} */
    private static final Pattern AFTER_IN_SENTENCE = Pattern.compile(
            "^[^.!?“”\"«»„]{0,120}?,\\s+" + ROLE_BEFORE_NAME + "(?<who>" + PRONOUN + "|" + NAME + "|" + DESCRIPTOR + ")" + APPOSITION + ADVERB + "\\s+" + VERB + "(?![\\p{L}])");
    /** Later in the quote's sentence, verb first: {@code Clinton “...” in the 2008 primary, said professor Paul Beck.} */
    private static final Pattern AFTER_IN_SENTENCE_INVERTED = Pattern.compile(
            "^[^.!?“”\"«»„]{0,120}?,\\s+" + AFTER_VERB_SUBJECT.pattern().substring(AFTER_VERB_SUBJECT.pattern().indexOf("(?<verb>")));
    /**
     * A role ending in a lower-case noun, then the name between commas: {@code Sanders's campaign manager, Jeff Weaver,
     * said}, {@code Florida’s attorney general, Pam Bondi, vowed}; after the quotation and before it. Tried last.
     */
    private static final String ROLE_COMMA_NAME = "(?<![\\p{L}])\\p{Ll}[\\p{L}\\-]*,\\s+(?<who>" + NAME + "),(?:\\s+\\([^()]{1,30}\\),?)?" + ADVERB
            + "\\s+(?<verb>" + VERB + ")(?![\\p{L}])";
    private static final Pattern ROLE_COMMA_NAME_AFTER = Pattern.compile("^[^.!?“”\"«»„]{0,80}?" + ROLE_COMMA_NAME);
    private static final Pattern ROLE_COMMA_NAME_BEFORE = Pattern.compile(ROLE_COMMA_NAME + "[^.!?]{0,160}$");
    /** Before the quote: {@code Judge Ford said: }, {@code Xi added that whether ...}, {@code Lindner told DW: }. */
    private static final Pattern BEFORE_SUBJECT_VERB = Pattern.compile(
            "(?<!\\d\\s)(?<![\\p{L}'’\\-])(?<who>" + PRONOUN + "|" + BODY_PRONOUN + "|" + NAME + "|" + DESCRIPTOR + ")" + APPOSITION + ADVERB + "\\s+(?<verb>" + VERB
                    + ")(?![\\p{L}])(?<tail>[^.!?]{0,160})$");
    /** Before the quote, verb first: {@code says a report highlighting the “...”}, {@code Dann schickt Gezer eine Nachricht: »...«}. */
    private static final Pattern BEFORE_VERB_SUBJECT = Pattern.compile(
            "(?<![\\p{L}])(?<!(?<![\\p{L}])to\\s)(?<verb>" + VERB + ")\\s+(?<who>" + PRONOUN + "|" + NAME + "|" + DESCRIPTOR + ")(?![\\p{L}])[^.!?]{0,120}$");
    /**
     * English verbs whose next words are their object, not their subject: "called the political system
     * “rotten”", "told Newsmax that ..."; so are a participle's ("saying the city embodied the “...”"). (German puts the subject after the
     * verb: "nennt Lindner die Lage „...“".)
     */
    private static final Pattern OBJECT_VERB = Pattern.compile(
            "(?:told|tells?|telling|call(?:ed|s|ing)?|ask(?:ed|s|ing)?|urg(?:ed|es|ing)|warn(?:ed|s|ing)|describ(?:ed|es|ing)"
                    + "|remind(?:ed|s|ing)|thank(?:ed|s|ing)|accus(?:ed|es|ing)|prais(?:ed|es|ing)|critici[sz](?:ed|es|ing)"
                    + "|promis(?:ed|es|ing)|answer(?:ed|s|ing)|assur(?:ed|es|ing)|quot(?:ed|es|ing)|cit(?:ed|es|ing)|post(?:ed|s|ing)|shar(?:ed|es|ing))");
    /** A participle leading into the quote: {@code Mr Grayling used his speech to warn ..., adding: “...”}. */
    private static final Pattern PARTICIPLE_INTRO = Pattern.compile(
            "(?<![\\p{L}])(?:adding|saying|writing|noting|telling(?:\\s+(?:the\\s+|a\\s+)?\\S+){1,2}|warning|insisting|arguing|declaring|explaining"
                    + "|calling|describing|asking|urging|tweeting|stating|claiming|boasting|vowing|promising)"
                    + "(?:\\s+[^.!?“”\"«»„:;]{0,80}?)?\\s*[:,]?\\s*$");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?:[Aa]ccording\\s+to|[Ll]aut|[Ss]elon|so)\\s+(?:the\\s+)?(?<who>" + NAME + "|(?:the|The)\\s+(?:[\\p{L}\\-]+\\s+){0,2}?"
                    + "(?:newspaper|paper|report|statement|outlet|network|magazine|agency|campaign|committee|commission|council"
                    + "|company|ministry|department|office|group|organization|organisation|study|survey|poll|website|site|lawsuit"
                    + "|complaint|letter|memo|document|filing|indictment|ruling))(?![\\p{L}])");
    /** Verbs that take an object and its complement ("described the plan as", "called the bill a"): never before their subject. */
    private static final Pattern COMPLEMENT_VERB = Pattern.compile("(?:described|describes|called|calls|dubbed|labell?ed|termed|branded)");
    /**
     * Just before the quotation, its speaker's possessive and a noun of speech: {@code her remark that “...”},
     * {@code his call for “...”}, {@code over Trump’s claim that “...”}; the words between hold no comma or sentence end. The
     * possessive follows a preposition or "and": after a verb it is an object ("called Mr. Obama's
     * remarks “a true wake-up call”" is the caller's).
     */
    private static final Pattern POSSESSIVE_SPEECH = Pattern.compile(
            "(?:(?<![\\p{L}])(?:over|of|in|on|about|with|from|after|despite|by|for|to|between|and|at|since|following|amid)\\s+)"
                    + "(?<who>his|her|their|His|Her|Their|" + NAME + "(?=['’]s?\\s))(?:['’]s?)?\\s+(?:[\\p{Ll}\\-]+\\s+)?"
                    + "(?:remarks?|comments?|claims?|assertions?|calls?|statements?|promises?|pledges?|vows?|words|warnings?"
                    + "|arguments?|suggestions?|insistence|declarations?|tweets?|messages?|answers?|responses?|reply|question"
                    + "|assurances?|admissions?|boasts?|charges?|accusations?|descriptions?|quip|plea|verdict)"
                    + "(?![\\p{L}])[^,.!?;:“”\"«»„]{0,50}[,:]?\\s*$");
    /** A name opening the paragraph, before a verb ("Wang pointed out") or an apposition ("Tom Fisk, who chairs ..."). */
    private static final Pattern SENTENCE_START_NAME = Pattern.compile(
            "^[\\s“\"„]*(?<who>" + NAME + ")(?:\\s+\\p{Ll}|(?<=\\S\\s\\S{1,40}),)");
    /** Words that are no name of a speaker: these, and {@code quotes/sentence-openers.txt} ("Dazu sagt Anna Kolbe:"). */
    private static final Set<String> NOT_NAMES = SpeakerResolver.withOpeners("The", "A", "An", "This", "That", "These", "Those", "It", "In", "On",
            "At", "But", "And", "Or", "If", "When", "While", "As", "After", "Before", "Speaking", "Der", "Die", "Das", "Le",
            "La", "Les", "Il", "Elle", "He", "She", "They", "We", "I", "You", "Upon", "During", "For", "With", "So", "Then",
            "Mr", "Mrs", "Ms", "Dr", "To", "Im", "Am", "Doch", "Aber", "Und", "Alors", "Mais",
            // sentence-opening adverbs, capitalised like names (and every German noun is)
            "Now", "Today", "Yesterday", "Later", "Here", "There", "Dann", "Danach", "Heute", "Gestern", "Jetzt", "Nun", "Hier",
            "Dort", "Später", "Zuvor", "Bereits", "Schon", "Auch", "Noch", "Deshalb", "Daher", "Trotzdem", "Zudem", "Außerdem",
            "Allerdings", "Jedoch", "Uhr", "Ensuite", "Puis", "Aujourd'hui", "Enfin",
            // words opening a clause before the subject ("Like Corker, Menendez ...", "Reached by phone, Bennett said")
            "Like", "Unlike", "Although", "Though", "Despite", "Reached", "Asked", "Both", "Rather", "Instead", "Meanwhile",
            // adverbs opening a sentence ("Even before Sanders took the stage, ...", "Still, Petrilli ...")
            "Even", "Still", "Yet", "However", "Indeed", "Also", "Again", "Thus", "Nevertheless", "Moreover", "Furthermore",
            "Finally", "Ultimately", "Separately", "Overall", "Similarly", "Likewise", "Just", "Only", "Perhaps", "Maybe");

    /**
     * Who said the quotation {@code span} of {@code text}, or null. A pronoun resolves to the name
     * that starts the paragraph, else to {@code lastSpeaker} (the last named speaker of the article).
     */
    public String speaker(String text, Span span, List<Span> all, String lastSpeaker) {
        String who = attribution(text, span, all);
        if (who == null) {
            return null;
        }
        if (isPronoun(who)) {
            return pronounSpeaker(text, span, lastSpeaker);
        }
        return who;
    }

    /**
     * The words that attribute the quotation {@code span} of {@code text} as written: a name, a
     * pronoun or a description ("the senator"); null if the paragraph does not attribute it.
     */
    public String attribution(String text, Span span, List<Span> all) {
        int afterStart = span.closed() ? Math.min(text.length(), span.end() + 1) : text.length();
        int afterEnd = text.length();
        int beforeStart = 0;
        for (Span other : all) {
            if (other.start() > span.end() && other.start() - 1 < afterEnd) {
                afterEnd = other.start() - 1;
            }
            if (other.end() < span.start() && other.end() + 1 > beforeStart) {
                beforeStart = Math.min(other.end() + 1, span.start() - 1);
            }
        }
        String after = text.substring(afterStart, Math.max(afterStart, Math.min(afterEnd, afterStart + 120)));
        String before = text.substring(Math.max(beforeStart, span.start() - 200), Math.max(0, span.start() - 1));
        // a transcript: the quotation opens with its speaker's name in capitals ("PENCE: Well, look, ...")
        Matcher label = TRANSCRIPT_LABEL.matcher(span.text());
        if (label.lookingAt() && !NOT_LABELS.contains(label.group("who"))) {
            return titleCased(label.group("who"));
        }
        // "“...” ― Pamela Padilla": a name after a dash, ending the paragraph (or before the next quotation), signs it
        Matcher signed = SIGNATURE.matcher(after);
        if (signed.matches() && isNamed(signed.group("who"))) {
            return withoutFullStop(signed.group("who"));
        }
        // the attribution patterns, most specific first; a capitalised word that is no name ("Dann") does not count
        String who = null;
        for (int k = 0; k < 11 && who == null; k++) {
            boolean matched = false; // (the first pattern's match, when it was already looked for)
            Matcher m = switch (k) {
                case 0 -> {
                    Matcher a = AFTER_SUBJECT_VERB.matcher(after);
                    // the long apposition only after a quotation that ends in a comma ("...,” Anne Ray, ..., said")
                    if (!span.text().strip().endsWith(",")) {
                        yield a;
                    }
                    matched = a.find();
                    yield matched ? a : AFTER_NAME_LONG_APPOSITION.matcher(after);
                }
                case 1 -> AFTER_VERB_SUBJECT.matcher(after);
                case 2 -> {
                    Matcher n = nearestSpeaker(BEFORE_SUBJECT_VERB, before);
                    matched = n != null; // (found already, or not there: nothing is looked for twice)
                    yield n != null ? n : BEFORE_SUBJECT_VERB.matcher(""); // (on nothing: finds nothing)
                }
                case 3 -> BEFORE_VERB_SUBJECT.matcher(before);
                case 4 -> null;
                case 5 -> AFTER_IN_SENTENCE.matcher(after);
                case 6 -> ACCORDING_TO.matcher(after);
                case 7 -> ACCORDING_TO.matcher(before);
                case 8 -> AFTER_IN_SENTENCE_INVERTED.matcher(after);
                case 9 -> ROLE_COMMA_NAME_AFTER.matcher(after);
                default -> ROLE_COMMA_NAME_BEFORE.matcher(before);
            };
            String searched = k == 0 || k == 1 || k == 5 || k == 6 || k == 8 || k == 9 ? after : before; // what m reads
            String found;
            if (m == null) {
                found = PARTICIPLE_INTRO.matcher(before).find()
                        ? participleSubject(lastSentence(text.substring(0, Math.max(0, span.start() - 1)))) : null;
            } else if ((matched || m.find()) && (k != 6 || m.start() < 40)
                    && !(k == 3 && OBJECT_VERB.matcher(m.group("verb")).matches())
                    // ("“...,” described the impact as": the object, not an inverted subject)
                    && !(k == 1 && COMPLEMENT_VERB.matcher(m.group("verb")).matches())
                    && !((k == 1 || k == 3 || k >= 8) && m.group("verb").endsWith("ing"))
                    && !(k == 2 && m.group("verb").endsWith("ing") && Character.isLowerCase(m.group("who").charAt(0))
                            && !isPronoun(m.group("who").strip()))
                    // ("who has in the past described the plan as", "at the time called": a description after a
                    // preposition of place or time says when or where, not who)
                    && !(TIME_DESCRIPTION.matcher(m.group("who")).lookingAt()
                            && PLACE_PREPOSITION_BEFORE.matcher(searched).region(0, m.start("who")).find())) {
                // (a participle's subject is the sentence's: "But a few days later, Reyer changed course, telling ..."
                // and "posted a photo of the quay, writing ..." have no description speaking)
                found = pronounAfterSentenceEnd(m.group("who").strip());
                // "said Montclair State University political scientist Brigid Harrison": the person after the role
                Matcher person = ROLE_THEN_NAME.matcher(searched).region(m.end("who"), searched.length());
                if (person.lookingAt() && roleWords(person.group("role"))) {
                    found = person.group("name").strip();
                } else if (Character.isLowerCase(found.charAt(0)) && !isPronoun(found)) {
                    // "A top strategist, John Weaver, said", "said her senior policy adviser, Jake Sullivan,", "the head of
                    // the Teamsters (IBT), Sean O'Brien, said": the name
                    String named = nameInApposition(searched, m.end("who"));
                    if (named != null) {
                        found = named;
                    }
                } else if (OF_BEFORE.matcher(searched).region(0, m.start("who")).find()) {
                    // "The president of the Federation of German Industries, Siegfried Russwurm, said": the name after
                    // "of" ends a description, the person it describes is named after it
                    String named = nameInApposition(searched, m.end("who"));
                    if (named != null && named.indexOf(' ') > 0) {
                        found = named;
                    }
                }
            } else {
                found = null;
            }
            if (found != null && m != null && isNamed(found)
                    && afterTown(searched, m.start("who")) && personBeforeOf(searched, m.start("who")) == null) {
                found = null; // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": no state speaks
            }
            if (found != null && m != null && (isNamed(found) || THE_NAME.matcher(found).matches())) {
                // "Stacy Baker of Columbia, South Carolina says", "Dean Johnson, a salesman from Sumter, South Carolina,
                // says": the name found before the verb is the place or body the person is from, the person is before it
                String person = personBeforeOf(searched, m.start("who"));
                if (person != null) {
                    found = person;
                }
            }
            if (found != null && k == 3 && !isPronoun(found) && AUXILIARY_AFTER.matcher(before).region(m.end("who"), before.length()).lookingAt()) {
                // "Falk said the council had ignored “...”": the subject of what was said, not who said it ("said he would
                // “...”" is the speaker's own report of himself, and the pronoun resolves to the speaker)
                found = null;
            }
            if (found != null && (k == 1 || k == 3 || k == 8) && Character.isLowerCase(found.charAt(0)) && !isPronoun(found)
                    && PREPOSITION_BEFORE.matcher(k == 3 ? before : after).region(0, m.start("who")).find()) {
                found = null; // "said in an interview", "wrote on his blog": what follows a preposition is no speaker
            }
            if (found != null && (k == 1 || k == 3 || k == 8) && Character.isLowerCase(found.charAt(0)) && !isPronoun(found)) {
                // "said one source", "said one former senior agency official": the description runs to its noun
                found = found + wholeDescription(k == 3 ? before : after, m.end("who"));
            }
            if (found != null && mayBeSpeaker(found, m == null ? -1 : m.start("who"), searched)) {
                who = found;
            }
        }
        if (who == null) {
            Matcher poss = POSSESSIVE_SPEECH.matcher(before);
            if (poss.find() && (isPossessivePronoun(poss.group("who")) || isNamed(poss.group("who")))) {
                who = poss.group("who"); // "over her remark that “...”": she made it
            }
        }
        if (who == null) {
            Matcher inv = FRENCH_INVERSION.matcher(after);
            if (inv.find()) {
                who = inv.group("who"); // "« ... », a-t-il dit", "« ... », dit-elle"
            }
        }
        // "In a statement, Miller said ..." / "... the doorman said. -State Department spokesman Matthew Miller in a
        // statement.": a named author of a statement outranks a description that names nobody
        if (who == null || Character.isLowerCase(who.charAt(0)) && !isPronoun(who)) {
            Matcher st = STATEMENT_AFTER.matcher(after);
            if (st.find()) {
                who = st.group("who").strip();
            } else if ((st = STATEMENT_BEFORE.matcher(before)).find()) {
                who = st.group("who").strip();
            }
        }
        return who == null ? null : who.strip();
    }

    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile(
            "\\s*(?<who>\\p{Lu}{3,}(?:[ '’\\-]\\p{Lu}{2,}){0,2})\\s*:\\s+\\S");
    /** Capitals before a colon that name no speaker. */
    private static final Set<String> NOT_LABELS = Set.of("BREAKING", "UPDATE", "UPDATED", "NOTE", "WARNING", "ALERT",
            "WATCH", "READ", "LISTEN", "VIDEO", "PHOTOS", "EXCLUSIVE", "CORRECTION", "URGENT", "FLASH", "SUMMARY", "PS");
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\s*[―—–]\\s*(?<who>\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,4})(?:,\\s*[^“”\"«»„]{1,80}?)?\\s*\\.?\\s*");

    private static final Pattern SIGNED_PARAGRAPH = Pattern.compile("[”\"»“]" + SIGNATURE.pattern() + "$");

    /**
     * The name that signs the whole paragraph after a dash at its end ("“… calls “hell” than …” ― Adriana Rodarte"),
     * or null: every quotation of the paragraph is the signer's, the parts a quotation inside it split off too.
     */
    public String signer(String text) {
        if (text.indexOf('―') < 0 && text.indexOf('—') < 0 && text.indexOf('–') < 0) {
            return null; // (no dash, no signature: the pattern is not tried at every quotation mark)
        }
        Matcher m = SIGNED_PARAGRAPH.matcher(text.strip());
        if (!m.find() || !isNamed(m.group("who"))) {
            return null;
        }
        return withoutFullStop(m.group("who"));
    }

    /** A name ending in an initial ("Martin Luther King Jr.", "Harry S."), whose full stop is its own. */
    private static final Pattern INITIAL_END = Pattern.compile("(?:\\s\\p{Lu}|Jr|Sr)\\.$");

    /** A signature's name without the full stop that ends its line ("― Carla Sanchez."), not an initial's. */
    private static String withoutFullStop(String name) {
        String who = name.strip();
        return who.endsWith(".") && !INITIAL_END.matcher(who).find() ? who.substring(0, who.length() - 1) : who;
    }

    /** "PENCE" → "Pence", "JOHN KASICH" → "John Kasich". */
    private static String titleCased(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean start = true;
        for (char c : caps.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /**
     * Whether the words {@code found} at an attribution, at {@code at} of {@code searched} (-1: found by no pattern), may
     * be its speaker: a pronoun, or words that are no mere description ({@code NOT_NAMES}) and no date ("in May",
     * though "said May" may be Theresa May's), and not a German or Romance noun after its article ("zum Beispiel").
     */
    private static boolean mayBeSpeaker(String found, int at, String searched) {
        boolean words = isPronoun(found) || isBodyPronoun(found) || !NOT_NAMES.contains(found)
                && (!isCalendarWord(found) || SURNAME_MONTHS.contains(found) && at >= 0 && !dateBefore(searched, at));
        return words && !(at >= 0 && (markedNoun(found, searched, at) || quotedByBefore(searched, at)));
    }

    /** True if {@code who}, found at {@code at} of {@code text}, is one word after a noun marker ("dessen Chef"). */
    private static boolean markedNoun(String who, String text, int at) {
        return who.indexOf(' ') < 0 && nounMarkerBefore(text, at);
    }

    /** True if {@link #NOUN_MARKER_BEFORE} stands just before {@code at}: the capitalised word there is a noun. */
    static boolean nounMarkerBefore(String text, int at) {
        // the pattern ends in a marker word and spaces, read within the eight characters before: that word is looked up
        // first (a capital follows a space and some word in almost every sentence, a marker word seldom)
        int from = Math.max(0, at - 8);
        int e = at;
        while (e > from && Text.isRegexSpace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > from && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return e < at && NOUN_MARKER_WORDS.contains(text, s, e) && NOUN_MARKER_BEFORE.matcher(text).region(from, at).find();
    }

    /** A report set off by commas inside a sentence: ", he added,", ", she said,". */
    private static final Pattern INSERTED_REPORT = Pattern.compile(
            ",\\s*(?<who>he|she|they|He|She|They)\\s+(?:" + VERB + ")\\s*,");

    /**
     * A matcher on the match of {@code p} (found already) that gives the subject and verb that attribute the
     * quotation after {@code text}: the first match, or a later named speaker whose verb leads straight into the
     * quotation ("a woman asked for a photo and Clinton said, “...”"); null if {@code p} finds none. A later match
     * with a description or more words before the quotation is an embedded clause ("Penwell said the world lost a
     * voice that said “...”").
     */
    private static Matcher nearestSpeaker(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        Matcher inserted = INSERTED_REPORT.matcher(text).region(m.start("tail"), text.length());
        if (inserted.find()) {
            // "Cost estimates, he added, were “...”": the report set in between names the speaker, not the words before
            Matcher r = p.matcher(text);
            r.region(inserted.start("who"), text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            return r.find() ? r : null;
        }
        if (countWords(m.group("tail")) <= 3) {
            return m; // the first leads straight into the quotation: nothing nearer
        }
        int at = -1;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String who = m.group("who");
            boolean wordStart = m.start() == 0 || !Character.isLetter(text.charAt(m.start() - 1))
                    && text.charAt(m.start() - 1) != '\'' && text.charAt(m.start() - 1) != '’';
            if (at < 0 || wordStart && isNamed(who) && !who.matches(".*['’]s?") && !m.group("verb").endsWith("ing")
                    && countWords(m.group("tail")) <= 3) {
                at = m.start();
                from = m.end("who"); // never a part of this name next ("Connell" of "McConnell")
            } else {
                from = m.start() + 1; // "a photo and Ortiz said": a name inside a description that failed
            }
        }
        m = p.matcher(text);
        if (at > 0) {
            m.region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        }
        return m.find() ? m : null;
    }

    private static final Pattern FRENCH_INVERSION = Pattern.compile(
            "^[\\s,.;:!?–—-]*(?:(?:a|avait|aurait|\\p{Ll}+e)-t-|(?:dit|fait|lance|ajoute|explique|poursuit|estime|affirme|souligne|précise|insiste|déclare|assure|conclut|répond|reconnaît)-)(?<who>il|elle)(?![\\p{L}])");
    private static final Pattern STATEMENT_AFTER = Pattern.compile(
            "^[^“”\"«»„]{0,80}?[-–—]\\s*(?:(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){0,3}(?:\\p{Ll}[\\p{L}'’\\-]*\\s+){1,3})?(?<who>" + NAME
                    + ")\\s+in\\s+a\\s+(?:statement|press\\s+release|written\\s+statement)");
    private static final Pattern STATEMENT_BEFORE = Pattern.compile(
            "(?i:in\\s+a\\s+(?:written\\s+)?statement)(?:\\s+\\p{Ll}+){0,3},?\\s+(?:(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){0,3}(?:\\p{Ll}[\\p{L}'’\\-]*\\s+){1,3})?(?<who>"
                    + NAME + ")" + APPOSITION + ADVERB + "\\s+" + VERB + "(?![\\p{L}])[^.!?]{0,160}$");
    /** The lower-case words of a role between an organisation or a person and a name ({@code quotes/role-words.txt}). */
    static final Set<String> ROLE_WORDS = Set.copyOf(SpeakerResolver.lines("quotes/role-words.txt").stream()
            .flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))).toList());
    /** A preposition of place or time just before a description: "in the past", "at the time", "in a way". */
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile("(?<![\\p{L}])(?:in|at|near)\\s+$");
    /** An English description, which after {@link #PLACE_PREPOSITION_BEFORE} is an adverbial of time or place. */
    private static final Pattern TIME_DESCRIPTION = Pattern.compile("(?:the|a|an)\\s");
    /** "of" or its kin right before a name: the name belongs to a description ("the president of the Federation of"). */
    private static final Pattern OF_BEFORE = Pattern.compile("(?<![\\p{L}])(?:of|des|der|du|de|di|del|della|do|da)\\s+$");
    /** A noun and "of" or its kin before a name: "the head of", "o titular da" (not a particle: "Bill de Blasio"). */
    private static final Pattern NOUN_OF_BEFORE = Pattern.compile(
            "(?<![\\p{L}])\\p{Ll}+\\s+(?:of|da|de|do|del|di|della|du|des)\\s+$");
    private static final Pattern NAME_IN_APPOSITION = Pattern.compile("(?:\\s*\\([^()]{1,30}\\))?,\\s+(?<name>" + NAME + "),");

    /** The name set off by commas right at {@code from} (", John Weaver,", " (IBT), Sean O'Brien,"), stripped; or null. */
    private static String nameInApposition(String text, int from) {
        Matcher named = NAME_IN_APPOSITION.matcher(text).region(from, text.length());
        return named.lookingAt() && isNamed(named.group("name")) ? named.group("name").strip() : null;
    }
    private static final Pattern ROLE_THEN_NAME = Pattern.compile(
            "(?<role>(?:\\s+(?:\\p{Ll}[\\p{L}'’\\-]*|\\d+(?:st|nd|rd|th)|Democrat|Republican)){1,4})\\s+(?<name>" + NAME + ")(?![\\p{L}])");

    /** True if every word of {@code words} may be part of a role and one is a role noun. */
    private static boolean roleWords(String words) {
        boolean noun = false;
        for (String w : Text.splitAtSpaces(words.strip())) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (VERB_ONLY.matcher(lw).matches()) {
                return false;
            }
            noun |= ROLE_WORDS.contains(lw);
        }
        return noun;
    }

    private static final Pattern VERB_ONLY = Pattern.compile(VERB);
    private static final Pattern AUXILIARY_AFTER = Pattern.compile(
            "\\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do|must|can|may|might)(?![\\p{L}])");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?<![\\p{L}])(?:in|on|at|during|after|before|with|from|by|via|over|through)\\s+$");
    private static final Pattern THE_NAME = Pattern.compile("(?:the|The)\\s+\\p{Lu}.*");

    /**
     * A person's name, an optional lower-case apposition (", a 55-year-old salesman", ", president"), then "of",
     * "from", "at", "for" or "with" and the capitalised words of a place or body up to where the speaker found starts:
     * "Joel Pollak of ", "Stacy Baker of Columbia, ", "Aris Shirvanian of the Armenian Patriarchate of ".
     */
    private static final Pattern PERSON_BEFORE = Pattern.compile(
            "(?<![\\p{L}'’.])(?<person>" + NAME + ")(?:,\\s+\\p{Ll}[^,;:.!?“”\"«»„()]{0,100}?)?\\s+$");
    /**
     * The words between "of" and the place or body: "the Armenian Patriarchate of ", "Columbia, ", "", "St. ". Not a
     * sentence's end ("moved to South Wales from Egypt. Alastair Osman called him"): a word ending in two small letters
     * and a full stop.
     */
    private static final Pattern PLACE_WORDS = Pattern.compile(
            "(?:(?:the|of|and|for|\\p{Lu}[\\p{L}'’.&\\-]*(?<!\\p{Ll}\\p{Ll}\\.))\\s+){0,6}(?:\\p{Lu}[\\p{L}'’.&\\-]*,\\s+)?");
    private static final String[] PLACE_PREPOSITIONS = {" of ", " from ", " at ", " for ", " with "};

    /**
     * The person of "X of Y" / "X, a ... from Y" when the speaker found at {@code whoStart} of {@code source} is that
     * Y; null if the words before it are not of that form. The person is a name of two or more words that is no
     * title or office ("Secretary of State John Kerry", "Bank of America spokesman Jo Ames" stay as found): "Joel
     * Pollak of ", "Stacy Baker of Columbia, ", "Aris Shirvanian of the Armenian Patriarchate of ", "Dean Johnson,
     * a 55-year-old salesman from ".
     */
    static String personBeforeOf(String source, int whoStart) {
        int from = Math.max(0, whoStart - 200);
        // the preposition furthest back whose following words up to the speaker are a place's or body's name
        int prep = -1;
        for (String p : PLACE_PREPOSITIONS) {
            for (int at = source.indexOf(p, from); at >= 0 && at < whoStart; at = source.indexOf(p, at + 1)) {
                if ((prep < 0 || at < prep) && at + p.length() <= whoStart
                        && PLACE_WORDS.matcher(source).region(at + p.length(), whoStart).matches()) {
                    prep = at;
                }
            }
        }
        if (prep < 0) {
            return null;
        }
        Matcher m = PERSON_BEFORE.matcher(source).region(Math.max(0, prep - 150), prep + 1);
        if (!m.find()) {
            return null;
        }
        String person = m.group("person").strip();
        if (NOT_NAMES.contains(firstWord(person)) && person.indexOf(' ') > 0) {
            person = person.substring(person.indexOf(' ') + 1); // "As Nora Castell of ..."
        }
        String[] words = Text.splitAtSpaces(person);
        int lead = 0;
        while (lead < words.length - 2 && ROLE_WORDS.contains(words[lead].toLowerCase(Locale.ROOT))) {
            lead++; // "Mayor Irene Stahl of Dunmore": the role before the name is no part of it
        }
        if (lead > 0) {
            words = java.util.Arrays.copyOfRange(words, lead, words.length);
            person = String.join(" ", words);
        }
        if (words.length < 2 || !isNamed(person)) {
            return null;
        }
        for (String w : words) {
            if (ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return null; // "Deputy Secretary of Homeland Security ...", "Prime Minister of Canada ..."
            }
        }
        return person;
    }

    private static final Pattern DESCRIPTION_GOES_ON = Pattern.compile(
            "(?:\\s+(?!(?:in|on|at|to|for|with|from|by|of|about|who|whom|which|that|and|or|but|than|as|when|while|after|before"
                    + "|is|was|were|are|has|had|have|would|will|could|said|says|told|added|wrote|also|familiar|close|involved"
                    + "|the|a|an|his|her|their|its|this|that|der|die|das|dem|den|le|la|les|el|il|lo|o|um|uma"
                    + "|am|im|an|auf|bei|mit|nach|vor|zu|zum|zur|für|über|gegenüber|während|à|au|aux|en|dans|pour|par|sur|avec"
                    + "|lors|pendant|con|por|para|per|nel|nella|em|no|na|com|ao|sobre|durante)(?![\\p{L}]))"
                    + "\\p{L}[\\p{L}\\-]*(?<!ing)(?![\\p{L}’']))+");
    /** Capitalised words ending a description's run: "one Republican political strategist" ends in its noun. */
    private static final Pattern CAPITALISED_END = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}\\-]*)+$");

    /**
     * The words that go on from a description cut short at {@code from} ("one" → " former campaign staffer", " Republican
     * political strategist"), at most four, the last in lower case.
     */
    private static String wholeDescription(String source, int from) {
        Matcher m = DESCRIPTION_GOES_ON.matcher(source).region(from, source.length());
        if (!m.lookingAt()) {
            return "";
        }
        // (capitalised words inside it qualify its noun, "one Republican political strategist"; none ends it)
        String more = CAPITALISED_END.matcher(m.group()).replaceFirst("");
        return !more.isEmpty() && Text.splitAtSpaces(more.strip()).length <= 4 ? more : "";
    }

    private static final Pattern NAME_COLON = Pattern.compile(
            "(?:^|[.!?”\"]\\s+|[-–—]\\s*)(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){1,5}\\s+)?(?<who>" + NAME + ")(?:\\s+(?:and|&)\\s+" + NAME
                    + ")?(?:\\s*\\([^()]{1,30}\\))?\\s*:\\s*$");

    /** "Williamson concludes:", "Trump leaned in and boomed:", "Stated Stone:": any verb in the past or present before a colon. */
    private static final Pattern NAME_VERB_COLON = Pattern.compile(
            "(?<![\\p{L}'’])(?<who>" + NAME + ")(?:\\s+\\p{Ll}+ly)?(?:\\s+(?:then|also|later|simply))?"
                    + "(?:\\s+\\p{Ll}+(?:ed|s)\\s+(?:in\\s+)?and)?\\s+\\p{Ll}{2,}(?:ed|es|s)\\s*:\\s*$");
    private static final Pattern VERB_NAME_COLON = Pattern.compile(
            "(?:^|[.!?”\"]\\s+)\\p{Lu}\\p{Ll}+ed\\s+(?<who>" + NAME + ")\\s*:\\s*$");

    /**
     * The name whose verb, any verb, leads by a colon into what follows: "Williamson concludes:", "Stated Stone:" (text
     * up to the colon); null if none. The verb need not be a speech verb: the colon says the words are theirs.
     */
    public String verbColonSpeaker(String before) {
        String tail = before.length() > 160 ? before.substring(before.length() - 160) : before;
        Matcher m = NAME_VERB_COLON.matcher(tail);
        if (!m.find()) {
            m = VERB_NAME_COLON.matcher(tail);
            if (!m.find()) {
                return null;
            }
        }
        String who = m.group("who").strip();
        return isNamed(who) && !possessive(who) && !markedNoun(who, tail, m.start("who")) ? who : null;
    }

    /**
     * The quotation is attributed by a speech verb with no subject written ("“…”, afirmó.", "“…”, confiesa.", "“…”,
     * disse."): in the languages that leave a known subject out, the verb's subject is the person the text is about.
     * True if a speech verb follows the quotation's closing mark and a comma, and after it comes the sentence's end
     * or a small word that opens no subject (an article after the verb would be its subject: "señaló la diputada").
     */
    public boolean unstatedSubject(String text, Span span) {
        if (!span.closed() || span.end() + 1 >= text.length()) {
            return false;
        }
        return UNSTATED_SUBJECT.matcher(text).region(span.end() + 1, text.length()).lookingAt();
    }

    private static final Pattern UNSTATED_SUBJECT = Pattern.compile(
            "\\s*[,–—]\\s*(?:según\\s+)?(?:" + VERB + ")(?![\\p{L}])"
                    // (no article after the verb, no capital before the sentence ends: "señaló la diputada", "lamenta,
                    // por su parte, Iris Avellaneda" name the subject after the verb)
                    + "(?!\\s+(?:el|la|los|las|lo|o|a|os|as|le|les|l['’]|un|una|unos|unas|um|uma|il|gli|i|der|die|das|er|sie"
                    + "|he|she|they|elle)(?![\\p{L}]))[^.;!?\\p{Lu}“”\"«»„]*(?:[.;!?]|$)");

    /** "Trump’s comments:", "Sanders’": a possessor is no speaker. */
    private static boolean possessive(String who) {
        int n = who.length();
        return n > 2 && (who.charAt(n - 1) == '’' || who.charAt(n - 1) == '\''
                || who.charAt(n - 1) == 's' && (who.charAt(n - 2) == '’' || who.charAt(n - 2) == '\''));
    }

    /**
     * The name that introduces the quotation {@code span} as in an interview or a transcript:
     * {@code Clinton: “...”}, {@code Pollsters agree - Carl Bialik: “...”}; null if none. The caller
     * decides whether a one-word name is a name the article knows ("Update:" is none).
     */
    public String colonSpeaker(String text, Span span) {
        String before = text.substring(Math.max(0, span.start() - 80), Math.max(0, span.start() - 1));
        Matcher m = NAME_COLON.matcher(before);
        // (a run of more than five capitalised words before a colon is a headline's, not a name)
        if (!m.find() || !isNamed(m.group("who")) || countWords(m.group("who")) > 5) {
            return null;
        }
        String who = m.group("who").strip();
        int sp = who.indexOf(' ');
        // "Continued Stone:": a verb of saying opens the run, the name is what follows it
        return sp > 0 && VERB_ONLY.matcher(who.substring(0, sp).toLowerCase(Locale.ROOT)).matches()
                ? who.substring(sp + 1) : who;
    }

    /** Who does what the participle says ("Trump told Newsmax that ..., adding, “...”"): the sentence's speaker, else its subject. */
    private String participleSubject(String sentence) {
        String reported = reportedSpeaker(sentence);
        return reported != null ? reported : leadingName(sentence);
    }

    /** A pronoun's speaker by the paragraph alone: the one it reports before the quote, its leading name, else {@code lastSpeaker}. */
    String pronounSpeaker(String text, Span span, String lastSpeaker) {
        {
            // "Lindner nennt ... “...”, sagte er": the person this paragraph reports as speaking before the quote,
            // else the name leading the paragraph ("Wang pointed out ... He said “...”"), else the last named speaker
            String reported = reportedSpeaker(text.substring(0, Math.max(0, span.start() - 1)));
            if (reported != null) {
                return reported;
            }
            String leading = leadingName(text);
            return leading != null && text.indexOf(leading) < span.start() ? leading : lastSpeaker;
        }
    }

    static final Pattern NAMED_REPORTER = Pattern.compile(
            "(?<![\\p{L}'’\\-])(?<who>" + NAME + ")" + APPOSITION + ADVERB + "\\s+" + VERB + "(?![\\p{L}])");

    private static final Pattern PRONOUN_REPORTER = Pattern.compile(
            "(?<![\\p{L}])(?<who>" + PRONOUN + ")" + ADVERB + "\\s+" + VERB + "(?![\\p{L}])");

    /**
     * Where a paragraph last reports a pronoun as saying something ("..., he told reporters."), so
     * that a quotation standing alone in the next paragraph has a speaker; -1 if nowhere.
     */
    public int lastPronounReport(String text) {
        return lastWho(PRONOUN_REPORTER, text);
    }

    /**
     * Where a paragraph last has a pronoun say something, with a verb of saying only ("This makes it hard to dislodge
     * misinformation, he said.", not "he continues to struggle"): the pronoun's offset, or -1.
     */
    public int lastPronounSaying(String text) {
        return lastWho(PRONOUN_SAYING, text);
    }

    private static final Pattern PRONOUN_SAYING = Pattern.compile(
            "(?<![\\p{L}])(?<who>he|she|He|She)\\s+(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes|argued|argues"
                    + "|insisted|insists|told)(?![\\p{L}])");

    /** Where the last match of {@code p} in {@code text} has its {@code who}; -1 if none. */
    private static int lastWho(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start("who");
        }
        return last;
    }

    /**
     * The last named person a paragraph reports as saying something ("Mayor Bill de Blasio
     * indicated ..."), so that "he said" in the next paragraph has a name; null if none.
     */
    public String reportedSpeaker(String text) {
        return reports(text, false, false).speaker();
    }

    /**
     * As {@link #reportedSpeaker}, and a report with the verb first too ("..., said Katie Harbath, Facebook's politics
     * director."): whom a "she said" later in the paragraph may stand for.
     */
    public String reportedSpeakerForPronoun(String text) {
        return reports(text, false, true).speaker();
    }

    /**
     * What a paragraph's reports say: {@code speaker}, as {@link #reportedSpeaker}; {@code asked}, if the last report is
     * a question ("Earhardt then asked Rubio which states he could win."), whom it asks: the name after the verb, ""
     * when none is named; null if the last report is no question. The one who answers is quoted next, not the one who
     * asked.
     */
    public record Reports(String speaker, String asked) {
    }

    /** The paragraph's {@link Reports}, both read in one scan. */
    public Reports reports(String text) {
        return reports(text, true, true);
    }

    private Reports reports(String text, boolean questions, boolean inverted) {
        // a match starts with a capital (of the name or its title): only capitals are tried. It
        // runs on every paragraph of a page; this cut its samples in a profile of 10,000 pages
        // from 252 to 72. And it ends in a speech verb: only capitals before the last one are tried
        // (the name pattern costs about a microsecond at each capital, and a wire story's paragraphs
        // are full of capitals that report nothing: places, companies, days, months).
        Matcher m = Text.scanner(NAMED_REPORTER, text);
        String last = null;
        int lastAt = -1;
        String asked = null;
        int from = 0;
        int lastVerb = lastVerbStart(text);
        while (from < lastVerb && Text.find(m, text, from, (s, i) -> i < lastVerb && Text.upperCaseAt(s, i))) {
            String who = m.group("who").strip();
            if (isNamed(who) && !afterTown(text, m.start("who")) && !isCalendarWord(who) // "Later on Sunday, ... writing"
                    // ("two contractors “heard Bob say” stand down": a report inside a quotation is the quoted one's)
                    && !insideQuotation(text, m.start("who"))
                    && !who.endsWith("’s") && !who.endsWith("'s") // not a possessor: "Donald Trump’s continued appeal"
                    // "pointing out that the paper's Robert Costa had reported": a report inside another's clause
                    && !thatBefore(text, m.start("who"))
                    && !quotedByBefore(text, m.start("who")) // ("was quoted by PAP as saying": the agency quoted)
                    // ("O titular da Defesa respondeu": the body the speaker heads)
                    && !(who.indexOf(' ') < 0 && NOUN_OF_BEFORE.matcher(text).region(0, m.start("who")).find())
                    && !markedNoun(who, text, m.start("who"))) { // ("dessen Chef sagt": a noun)
                String person = personBeforeOf(text, m.start("who")); // "Rep. Lee Zeldin of New York, a ..., said"
                last = person != null ? person : who;
                lastAt = m.start();
            }
            asked = null;
            if (questions && ASKS.matcher(text).region(m.start(), m.end()).find()) {
                Matcher whom = ASKED_NAME.matcher(text).region(m.end(), text.length());
                asked = whom.lookingAt() && isNamed(whom.group("who")) ? whom.group("who") : "";
            }
            from = m.end();
        }
        // "..., said Katie Harbath, Facebook's politics director.": the verb first, the name ending its clause (not "he
        // said Ryan", "said Trump was wrong": an answer, a clause's subject)
        if (inverted && (text.contains("said ") || text.contains("says "))) {
            Matcher inv = INVERTED_REPORTER.matcher(text);
            while (inv.find()) {
                String who = inv.group("who").strip();
                if (inv.start() > lastAt && isNamed(who) && !who.endsWith("’s") && !who.endsWith("'s")
                        && !SUBJECT_BEFORE_VERB.matcher(text).region(Math.max(0, inv.start() - 40), inv.start()).useTransparentBounds(true).find()) {
                    last = who;
                    lastAt = inv.start();
                    asked = null;
                }
            }
        }
        return new Reports(last, asked);
    }

    /** The words a speech verb of {@link #VERB} opens with ("said", "a" of "a déclaré", "dijo"). */
    private static final WordTable VERB_OPENINGS = new WordTable(
            java.util.Objects.requireNonNull(Text.firstWords(VERB_ALTERNATIVES), "the speech verbs' first words"));
    private static final Pattern VERB_AT = Pattern.compile(VERB + "(?![\\p{L}])");

    /**
     * Where the last speech verb of {@code text} that follows a space starts (as {@code \\s+VERB(?![\\p{L}])} would
     * find it); -1 if there is none. Read backwards word by word: the verb pattern is tried only at a word a verb
     * opens with.
     */
    static int lastVerbStart(String text) {
        Matcher v = null;
        int i = text.length();
        while (i > 0) {
            int e = i;
            while (e > 0 && !Character.isLetter(text.charAt(e - 1))) {
                e--;
            }
            int s = e;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            if (e == 0) {
                break;
            }
            if (s > 0 && Text.isRegexSpace(text.charAt(s - 1)) && VERB_OPENINGS.contains(text, s, e)) {
                v = v == null ? VERB_AT.matcher(text) : v;
                v.region(s, text.length());
                if (v.lookingAt()) {
                    return s;
                }
            }
            i = s;
        }
        return -1;
    }

    private static final Pattern INVERTED_REPORTER = Pattern.compile(
            "(?<![\\p{L}])(?:said|says)\\s+(?<who>" + NAME + ")(?=\\s*(?:[,.;]|$))");
    /** A pronoun or a capitalised word just before the verb: its subject ("he said Ryan", "Trump said Cruz, ..."). */
    private static final Pattern SUBJECT_BEFORE_VERB = Pattern.compile(
            "(?:(?<![\\p{L}])(?:he|she|they|we|I|He|She|They|We)|\\p{Lu}[\\p{L}'’\\-]*)\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?$");

    private static final Pattern ASKS = Pattern.compile("\\s(?:asked|asks)$");
    private static final Pattern ASKED_NAME = Pattern.compile(
            "\\s+(?<who>\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,2})(?=[\\s,.])");

    /** True if a quotation opened before {@code at} is still open there (curly marks, or an odd number of straight ones). */
    static boolean insideQuotation(String text, int at) {
        int open = text.lastIndexOf('“', at - 1);
        if (open >= 0) {
            return text.lastIndexOf('”', at - 1) < open;
        }
        int straight = 0;
        for (int i = text.indexOf('"'); i >= 0 && i < at; i = text.indexOf('"', i + 1)) {
            straight++;
        }
        return straight % 2 == 1;
    }

    /** True if "that" and up to three words stand just before {@code at} (within 40 characters). */
    private static boolean thatBefore(String text, int at) {
        int from = Math.max(0, at - 40);
        int that = text.indexOf("that", from); // (the pattern needs the word: it is not tried at 40 places without it)
        return that >= 0 && that < at && THAT_BEFORE.matcher(text).region(from, at).find();
    }

    private static final Pattern THAT_BEFORE = Pattern.compile("(?<![\\p{L}])that\\s+(?:[\\p{L}’'.\\-]+\\s+){0,3}$");

    /**
     * True if "quoted by" (or "quoted in") and up to five words stand just before {@code at}: "He was quoted by the
     * Irish magazine Business and Finance as saying": the name there is the medium that quoted, not who spoke.
     */
    private static boolean quotedByBefore(String text, int at) {
        int from = Math.max(0, at - 80);
        int quoted = text.indexOf("quoted", from); // (the pattern needs the word)
        return quoted >= 0 && quoted < at && QUOTED_BY_BEFORE.matcher(text).region(from, at).find();
    }

    private static final Pattern QUOTED_BY_BEFORE = Pattern.compile("(?<![\\p{L}])quoted\\s+(?:by|in)\\s+(?:[\\p{L}’'.\\-]+\\s+){0,5}$");

    private static final Pattern TOWN_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:in|at|from|of|near|outside|to)\\s+(?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){0,2}\\p{Lu}[\\p{L}.'’\\-]*,\\s+$");

    /**
     * True if the name at {@code start} of {@code text} follows a town after a preposition and a comma follows it: "in
     * Aurora, Colorado,", "from Salem, New Hampshire,": the state or country of a place, never a person who speaks.
     */
    static boolean afterTown(String text, int start) {
        if (start < 2 || text.charAt(start - 2) != ',') {
            return false;
        }
        // the state is followed by a comma ("Aurora, Colorado, in July"); "In Florida, Trump insisted" has a subject
        int e = start;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.' || text.charAt(e) == '-'
                || text.charAt(e) == ' ' && e + 1 < text.length() && Character.isUpperCase(text.charAt(e + 1)))) {
            e++;
        }
        return e < text.length() && text.charAt(e) == ','
                && TOWN_BEFORE.matcher(text).region(Math.max(0, start - 60), start).find();
    }

    private static final Pattern PRONOUN_THEN_WORDS = Pattern.compile(
            "(?:^|[\\s,;])(?<p>[Hh]e|[Ss]he)\\s+(?:[\\p{Ll}’'\\-]+\\s+){1,8}$");

    /**
     * The he or she that is the subject of {@code sentence} (the words of a sentence before a quotation that is part of
     * it, {@link #lastSentence}), with only lower-case words between ("That's why he wanted to “go an extra step”");
     * null if none.
     */
    String pronounSubjectBefore(String sentence) {
        Matcher m = PRONOUN_THEN_WORDS.matcher(sentence);
        return m.find() ? m.group("p") : null;
    }

    /** The last sentence of {@code text}: from after the last ". " / "! " / "? " to the end. */
    static String lastSentence(String text) {
        int cut = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
                    && i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2))
                    && !(c == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1)))) {
                cut = i + 2;
            }
        }
        return text.substring(cut);
    }

    /** The paragraph's leading name ("Wang pointed out ..."), used to resolve a pronoun when no speaker is known. */
    public String leadingName(String text) {
        Matcher time = TIME_OPENER.matcher(text);
        if (time.lookingAt()) {
            text = text.substring(time.end()); // "Hours later, Trump returned the compliment": the name after the time
        }
        Matcher clause = OPENING_CLAUSE.matcher(text);
        if (clause.lookingAt() && clause.end() < text.length() && Character.isLetter(text.charAt(clause.end()))) {
            text = text.substring(clause.end()); // "But a few days later, Trump reversed himself": the name after the phrase
        }
        Matcher start = SENTENCE_START_NAME.matcher(text);
        // "Relotius' engste Vertraute", "Blinken’s trip": a possessive is not the subject
        if (start.find() && (!NOT_NAMES.contains(firstWord(start.group("who"))) || TITLED.matcher(start.group("who")).matches())
                && !start.group("who").matches(".*(?:['’]|['’]s)$") && !isCalendarWord(start.group("who"))
                && !PARTICIPLE_OPENING.matcher(text).region(start.start("who"), text.length()).lookingAt()) {
            // "Band member Flea shared the news, writing", "Yahoo News and former TV network anchor Katie Couric has
            // promoted": the person after the bodies and the roles
            String who = start.group("who");
            Matcher person = ROLE_THEN_NAME.matcher(text);
            for (int from = start.end("who"); person.region(from, text.length()).lookingAt() && roleWords(person.group("role")); ) {
                who = person.group("name").strip();
                from = person.end("name");
            }
            return who;
        }
        return null;
    }

    /**
     * A participle opening the sentence before its object or phrase ("Describing this as a major departure, he told",
     * "Continuing the tour, ..."): no name, though capitalised ("Manning said", "Browning was" are names).
     */
    private static final Pattern PARTICIPLE_OPENING = Pattern.compile(
            "\\p{Lu}\\p{Ll}{3,}ing\\s+(?:this|that|these|those|the|a|an|his|her|their|its|our|my|to|on|with|about|from|at|in|into|up|out|back|over)\\s");

    /**
     * A subordinate clause opening a sentence, up to its comma: "When Wallace died in 1998, ", "After the vote, ";
     * a phrase of place or time: "At Sunday night’s debate, ", "Later on Sunday, ", "But a few days later, ",
     * "In 2014, "; not "As Breitbart News reported, " nor "According to ...", whose name is the source.
     */
    static final Pattern OPENING_CLAUSE = Pattern.compile(
            "^[\\s“\"„]*(?:(?:But|And|Yet|So|Then)\\s+)?(?:(?:When|While|After|Before|Although|Though|Because|Since|Once|During"
                    + "|Following|At|In|On|Over|Throughout|Amid|Earlier|Later|Last|Shortly|Speaking|Like|Unlike|Despite|Asked"
                    + "|Reached|Contacted|Here|Back)\\s[^,.!?;:“”\"]{1,80}"
                    + "|[^,.!?;:“”\"]{1,40}\\s(?:later|earlier|ago)),\\s+");

    /** A time opening a sentence, capitalised like a name: "Hours later, ", "Two days earlier, ", "Moments after, ". */
    static final Pattern TIME_OPENER = Pattern.compile(
            "^[\\s“\"„]*(?:\\p{Lu}\\p{Ll}+\\s+)?(?:hours|minutes|moments|days|weeks|months|years|Hours|Minutes|Moments|Days|Weeks"
                    + "|Months|Years)\\s+(?:later|earlier|after|before|ago),\\s+");

    /** "it" or "It": a body or a document that speaks ({@link SpeakerResolver} finds which). */
    static boolean isBodyPronoun(String who) {
        return "it".equals(who) || "It".equals(who);
    }

    /** "his", "her", "their": the speaker of a quotation they own ("her remark that “...”"). */
    static boolean isPossessivePronoun(String who) {
        return switch (who) {
            case "his", "her", "their", "His", "Her", "Their" -> true;
            default -> false;
        };
    }

    static boolean isPronoun(String who) {
        return switch (who) {
            // (Portuguese "ele/ela"; Spanish "él/ella" only in lower case, after the verb: "Ella" is a first name too)
            case "he", "she", "they", "He", "She", "They", "er", "sie", "Er", "Sie", "il", "elle", "Il", "Elle", "ele", "ela",
                 "Ele", "Ela", "él", "ella" -> true;
            default -> false;
        };
    }

    /** Party and national adjectives, capitalised like names: alone or ending a run, no speaker ("so many Republican claims", "the Wisconsin Republican"). */
    private static final Set<String> ADJECTIVES = Set.of("Republican", "Democratic", "Democrat", "American", "Conservative",
            "Liberal", "Progressive", "Libertarian", "European", "African", "Asian", "Hispanic", "Latino", "Muslim", "Jewish",
            "Catholic", "Evangelical", "Federal", "National", "Congressional", "Presidential");

    /**
     * "… attacks in the U.S. He says": the sentence ended inside the run of capitals the name pattern read (an
     * abbreviation's full stop before a pronoun), and the speaker is the pronoun opening the next sentence; after a
     * title ("Mr. He") the word is a surname.
     */
    static String pronounAfterSentenceEnd(String who) {
        int space = who.lastIndexOf(' ');
        if (space < 2 || who.charAt(space - 1) != '.' || !isPronoun(who.substring(space + 1))) {
            return who;
        }
        int start = who.lastIndexOf(' ', space - 1) + 1;
        return TITLE_BEFORE_PRONOUN.matcher(who.substring(start, space)).matches() ? who : who.substring(space + 1);
    }

    private static final Pattern TITLE_BEFORE_PRONOUN = Pattern.compile(TITLE_WORD);

    /** True if the speaker names a person or body (not a pronoun or a description like "the minister"). */
    static boolean isNamed(String who) {
        // (not a pronoun, also with a contraction: "He’d read that ..."; nor a run that ends in a pronoun: "Washington
        // D.C. He recalled": the sentence ended inside the run; nor a heading in capitals: "IOWA POLLS NOT NECESSARILY
        // WRONG")
        return who != null && !isPronoun(Text.withoutContraction(firstWord(who))) && Character.isUpperCase(who.charAt(0))
                && !ADJECTIVES.contains(lastWord(who.strip()))
                && !isPronoun(lastWord(who.strip())) && !isCapitalHeading(who)
                && (!NOT_NAMES.contains(firstWord(who)) || TITLED.matcher(who).matches())
                && (!isCalendarWord(who) || SURNAME_MONTHS.contains(who)); // "said May": the resolver decides
    }

    private static final Pattern TITLED = Pattern.compile(TITLE_WORD + "\\s+\\p{Lu}.*");

    private static final Set<String> CAPITAL_FUNCTION_WORDS = Set.of("THE", "OF", "NOT", "AND", "IN", "TO", "FOR", "A", "IS",
            "ON", "AT", "WITH", "BY", "ARE", "WAS", "JUST", "TOO", "HOW", "WHY", "WHAT");

    /**
     * Three or more words in capitals, one of them a function word ("IOWA POLLS NOT NECESSARILY WRONG", "TELLING OF THE
     * SYRIAN REFUGEE CRISIS"): a heading run into the paragraph, not a name ("RANDY SPORTAK" has none).
     */
    static boolean isCapitalHeading(String who) {
        int spaces = 0;
        for (int i = 0; i < who.length(); i++) { // (this runs for every name the resolver reads: no copies until needed)
            char c = who.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            spaces += c == ' ' ? 1 : 0;
        }
        if (spaces < 2) {
            return false;
        }
        for (String x : Text.splitAtSpaces(who.strip())) {
            if (CAPITAL_FUNCTION_WORDS.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Months that are names too ("Theresa May", "April Ryan", "June Carter"). Alone at an attribution ("said May", "May
     * told reporters") the resolver decides, by the names the article gave; never after a word that makes it a date
     * ("in early June, … telling reporters").
     */
    static final Set<String> SURNAME_MONTHS = Set.of("April", "May", "June", "August");

    private static final Pattern DATE_WORD_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:in|early|late|last|next|mid|since|until|till|by|of|this|that|from|through|before|after|during|on)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** A word that makes the month at {@code start} a date stands before it ("in early June", "since May"). */
    private static boolean dateBefore(String text, int start) {
        return DATE_WORD_BEFORE.matcher(text).region(Math.max(0, start - 12), start).find();
    }

    /**
     * A lower-case article or contracted preposition of German or a Romance language just before a word: the word is a
     * noun ("zum Beispiel sagen", "über den Moment"), capitalised as German nouns are, not a speaker's name. (Not the
     * articles that are name particles too: "Michery el Soheil", "Sami al-Hamad", "Marine le Pen", "della Casa"; nor
     * "der" or "den" after "von" or "van": "von der Leyen".)
     */
    private static final String NOUN_MARKERS = "der|die|das|dem|den|des|ein|eine|einen|einem|einer|zum|zur|im|am|vom|beim|les|une|los|las"
            + "|um|uma|os|il|lo|gli|dello|dessen|deren|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|unser|unsere|dieser"
            + "|diese|diesem|diesen|jeder|jede|kein|keine";
    private static final Pattern NOUN_MARKER_BEFORE = Pattern.compile("(?<![\\p{L}])(?<!(?:von|van)\\s)(?:" + NOUN_MARKERS + ")\\s+$");
    /** {@link #NOUN_MARKERS} as a table: the word before the spaces is looked up before the pattern is tried. */
    private static final WordTable NOUN_MARKER_WORDS = new WordTable(List.of(NOUN_MARKERS.split("\\|")));

    /** Month and weekday names are capitalised like names (German: like every noun) but never speak. */
    private static boolean isCalendarWord(String who) {
        if (who.indexOf(' ') >= 0) {
            return false; // "Jan Hamáček", "Theresa May": a calendar word inside a name is part of the name
        }
        String w = who.toLowerCase(Locale.ROOT);
        return DateExpressions.MONTHS.containsKey(w) || WEEKDAYS.contains(w);
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }
}
