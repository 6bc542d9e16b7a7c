package org.newsarchive.etl.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the words at a quotation's attribution to the named person or body of the article,
 * one article at a time. It follows the article in reading order ({@link #observe}): every
 * capitalised name outside quotation marks is a mention; a name of two or more words introduces
 * an entity under its full name ("Darian Lonechild"), a later "Lonechild" or "Ms. Lonechild"
 * is the same entity. An entity's gender comes from Mr./Mrs./Ms., a first name of the name
 * lists and the pronoun that follows it in its sentence; its title from the role words before
 * its name ("White House press secretary Josh Earnest") or an apposition after it (", the chief
 * executive of Time Warner,"); its age from ", 63,".
 *
 * <p>{@link #resolve}: a name becomes the entity's full name; he/she the most recent mention of
 * that gender (the last speaker when it was mentioned as recently); they the last speaker or
 * the most recent mention; a description ("the senator", "the 63-year-old") the most recent
 * entity whose title or age fits. What cannot be resolved is null: a speaker cell never holds a
 * pronoun or a description.
 */
public final class SpeakerResolver {

    /** The resolved speaker (null: none), the words at the attribution, and a title the article gives. */
    public record Resolved(String speaker, String asWritten, String title) {

        /** This speaker, as the attribution wrote it ({@code "he"} for a name found otherwise); null if nobody. */
        public Resolved writtenAs(String written) {
            return speaker == null ? null : new Resolved(speaker, written, title);
        }
    }

    private static final Set<String> FEMALE = words("quotes/female-names.txt");
    private static final Set<String> MALE = words("quotes/male-names.txt");
    /** First names of one sex in the US name counts: read only for names the hand-made lists do not hold. */
    private static final Set<String> FEMALE_COUNTED = words("quotes/female-names-ssa.txt");
    private static final Set<String> MALE_COUNTED = words("quotes/male-names-ssa.txt");
    /** First names given to both sexes (Terry, Leslie): the gender a list gives them yields to the article's he or she. */
    private static final Set<String> UNISEX_COUNTED = words("quotes/unisex-names-ssa.txt");
    /** Every first name of the lists above and its sex by {@link #sexOf} ('?' for both): one lookup per word of a name. */
    private static final Map<String, Character> FIRST_NAMES = firstNames();
    /** role noun (senator) → the words that introduce it before a name (Sen., Senator). */
    private static final Map<String, List<String>> ROLES = roles("quotes/role-nouns.txt");
    /** occupation noun (investor) → its title words: a description of one refers only to a person of that title. */
    private static final Map<String, List<String>> OCCUPATIONS = roles("quotes/occupation-nouns.txt");
    /** The abbreviations among those words, lower case without the dot ("sen", "rep", "gov"): "GOP Sen. John McCain". */
    private static final Set<String> ROLE_ABBREVIATIONS = roleAbbreviations();
    /** body noun (newspaper) → the words that end such a body's name (Times, Post). */
    private static final Map<String, List<String>> BODIES = roles("quotes/body-nouns.txt");
    /** The words that end a newspaper's name ("Times", "Advocate"): body-nouns.txt's line for "newspaper". */
    private static final Set<String> PUBLICATION_WORDS = Set.copyOf(bodyEnds("newspaper"));
    /** Words after which a name is no subject ("negotiated by Obama"): no antecedent of a pronoun. */
    private static final Set<String> NOT_SUBJECT_BEFORE = words("quotes/not-subject-before.txt");
    /** Roles that speak for another ("the spokesman"): with no one of that title named, nobody named. */
    private static final Set<String> SPEAKING_FOR = words("quotes/speaking-for-nouns.txt");
    /** Capitalised words that end a title inside a run of capitals: "FBI Director James Comey". */
    private static final Set<String> TITLE_IN_NAME = Set.of("Director", "President", "Secretary", "Chairman", "Chairwoman",
            "Senator", "Sen.", "Rep.", "Gov.", "Governor", "Mayor", "Judge", "Justice", "General", "Gen.", "Attorney",
            "Minister", "Chancellor", "Speaker", "Leader", "Commissioner", "Chief", "Officer", "Ambassador", "Representative",
            "Congressman", "Congresswoman", "Spokesman", "Spokeswoman", "Adviser", "Advisor", "Dr.", "Prof.", "Professor",
            "Lt.", "Col.", "Sgt.", "Adm.", "Admiral", "Candidate", "Nominee", "CEO", "Founder", "Host", "Anchor", "Rev.",
            // German nouns are capitalised, and other languages' titles are met capitalised before a name
            "Ministerin", "Bürgermeister", "Bürgermeisterin", "Kanzler", "Kanzlerin", "Präsident", "Präsidentin", "Senatorin",
            "Sprecher", "Sprecherin", "Vorsitzende", "Vorsitzender", "Ministre", "Ministra", "Ministro", "Presidente",
            "Présidente", "Sindaco", "Alcalde", "Alcaldesa", "Prefeito", "Prefeita", "Maire", "Premier");

    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
    /** People of a country, region or state ({@code demonyms.txt}). */
    private static final Set<String> DEMONYMS = words("quotes/demonyms.txt");
    /** "a Republican official": a party's word before a role, no body that speaks ({@code quotes/party-words.txt}). */
    private static final Set<String> PARTY_WORDS = words("quotes/party-words.txt");
    /**
     * "a Google spokeswoman", "an Amazon spokesperson", "a Pentagon official": someone unnamed who speaks for the body
     * that one capitalised word names (group {@code b}; two or more words are an embedded name already).
     */
    private static final Pattern SPEAKS_FOR_BODY = Pattern.compile(
            "(?:a|an|one|another)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}(?<b>\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*[\\p{L}\\p{N}])\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}"
                    + "(?:spokesman|spokeswoman|spokesperson|official|representative)");
    /** The legal forms that end a company's name ("Nikko Securities Co Ltd", "Siemens AG"). */
    private static final Set<String> COMPANY_FORMS = words("quotes/company-forms.txt");
    private static final Pattern INDEFINITE = Pattern.compile(
            "(?:a|an|another|one|some|un|une|ein|eine|einer|uno|una|um|uma|otro|otra|un['’])(?:\\s|$)");
    private static final Pattern YEAR_OLD = Pattern.compile("(\\d{2})-year-old");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Runs of white space: a compiled pattern, since String.split with a pattern compiles it on every call. */
    private static final Pattern OFFICE_BEFORE_OF = Pattern.compile("((?:\\p{Lu}[\\p{L}.]*\\s+){1,3})of $");
    private static final Pattern AGE = Pattern.compile("^(?:\\s+of\\s+[^,.;]{1,60})?,\\s*(\\d{2}),");
    private static final Pattern APPOSITION = Pattern.compile("^,\\s+(?:(?:the|a|an)\\s+)?(?<t>[\\p{Ll}\\p{Lu}][^,;.()“”\"]{2,90}?),");
    private static final Set<String> NOT_NAMES = words("quotes/not-names.txt");
    /** Words that never open a name: these, and {@code quotes/sentence-openers.txt} (other languages' openers). */
    private static final Set<String> STOP = withOpeners("The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On",
            "At", "But", "And", "Or", "If", "When", "While", "As", "After", "Before", "Speaking", "According", "He", "She",
            "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Upon", "During", "For", "With", "So", "Then",
            "Now", "Today", "Yesterday", "Later", "Here", "There", "Still", "Yet", "Also", "Even", "Asked", "Like", "Unlike",
            "Though", "Although", "Because", "Since", "Until", "Under", "Over", "From", "To", "By", "Of", "Not", "No", "Yes",
            "What", "Who", "Why", "How", "Where", "Which", "Meanwhile", "However", "Instead", "Despite", "Among", "Both",
            "Neither", "Either", "Each", "Every", "All", "Some", "Many", "Most", "Another", "Other", "One", "Two", "Three",
            "Mr", "Mrs", "Ms", "Dr", "Der", "Die", "Das", "Le", "La", "Les", "Il", "Elle", "El", "Los", "Las", "Lo",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Republican",
            "Republicans", "Democrat", "Democrats", "Democratic", "American", "Americans", "Former", "Retired", "Read",
            "Top", "Senior", "Longtime", "Veteran", "Sen", "Rep", "Gov", "Gen", "President", "Senator", "Governor", "Secretary");

    /** {@link #STOP} as a table: a name's words are looked up in it as they are read, most of them in no such list. */
    private static final WordTable STOP_TABLE = new WordTable(STOP);

    private static boolean isStop(String w) {
        return STOP_TABLE.contains(w, 0, w.length());
    }

    /** {@code words} and the words of {@code quotes/sentence-openers.txt}: words that open no name. */
    static Set<String> withOpeners(String... words) {
        Set<String> out = new HashSet<>(List.of(words));
        out.addAll(words("quotes/sentence-openers.txt"));
        return Set.copyOf(out);
    }

    private static final Set<String> BEFORE_STOP = Set.of("the", "a", "an", "and", "or", "but", "said", "says", "told", "to",
            "of", "by", "with", "for", "that", "from", "in", "on", "at", "as", "is", "was", "were", "are", "be", "has", "have",
            "had", "who", "which", "when", "while", "after", "before", "than", "then", "also", "not", "asked", "added",
            "according", "like", "about", "his", "her", "their", "its", "our", "this", "these", "those", "if", "because",
            "la", "le", "les", "l", "el", "los", "las", "il", "lo", "gli", "o", "os", "der", "die", "das", "den", "dem", "des",
            "un", "une", "una", "uno", "um", "uma", "ein", "eine", "einer", "du", "de", "del", "della", "do", "da", "von");

    /**
     * Titles of courtesy, not of office: a role the article gives in apposition is the speaker's title instead (Mr.,
     * Mrs., Sir, Dame ... say only the sex, and are no title at all).
     */
    private static final Set<String> COURTESY_TITLES = Set.of("Dr", "Prof", "Rev", "Fr", "Msgr", "Hon", "Sra", "Srta", "Dra",
            "Sig", "Dott", "Hr", "Mgr");

    /** The generation after a surname ("Jr", "III"): no name a person is known by alone ({@code quotes/generations.txt}). */
    private static final Set<String> GENERATIONS = words("quotes/generations.txt");

    private static final class Entity {
        String full; // a surname-only entity ("Mr. Trump") takes the full name when the article gives it
        final String last;
        String first;
        char gender; // 'm', 'f' or '?'
        boolean unsure; // the gender is a first-name list's guess for a name of both sexes
        String title;
        boolean courtesy; // the title is a courtesy title ("Dr.", "Rev."), which a role given later replaces
        String age;
        final boolean body;

        Entity(String full) {
            this.full = full;
            String[] w = Text.splitAtSpaces(full);
            // "Robert F. Kennedy Jr": known as Kennedy, not as Jr
            this.last = w[w.length > 2 && GENERATIONS.contains(w[w.length - 1]) ? w.length - 2 : w.length - 1];
            this.first = w[0];
            boolean multi = w.length > 1;
            // a first name on both lists ("Jean", "Kim") says nothing
            if (multi) {
                genderByFirstName();
            } else {
                this.gender = '?';
            }
            boolean b = false;
            // a first name that is a body's word too opens a person's name ("Bill Millis"), not a body's ("Farm Bill")
            for (int k = multi && isFirstName(w[0]) ? 1 : 0; k < w.length; k++) {
                b |= BODY_WORD_TABLE.contains(w[k], 0, w[k].length());
            }
            this.body = b || PLACES.contains(full) || multi && COMPANY_FORMS.contains(last); // ("Harbor Securities Co Ltd")
        }

        boolean multi() {
            return full.indexOf(' ') > 0;
        }

        /** The gender of the first name, unsure for a name of both sexes. */
        void genderByFirstName() {
            gender = genderOf(first);
            unsure = gender != '?' && UNISEX_COUNTED.contains(first);
        }
    }

    /** Words that may open a title though they open no name ("Former", "Retired", "Senior", "Sen", "President"). */
    private static final Set<String> TITLE_OPENERS = words("quotes/title-openers.txt");

    /** A title a headline may give: up to three words, the last a title word ("Premier", "Ohio Gov.", "FBI Director"). */
    private static boolean headlineTitle(String title) {
        String[] w = Text.splitAtSpaces(title);
        String last = w[w.length - 1];
        return w.length <= 3 && !PARTY_WORDS.contains(last) // ("Republican": a party, no office)
                && (TITLE_IN_NAME.contains(last) || isTitle(last) || ROLES.containsKey(last.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@code title} without the words that open its sentence rather than the title ("So Labor Secretary" → "Labor
     * Secretary"); null if nothing is left.
     */
    private static String withoutOpeningWords(String title) {
        if (title == null) {
            return null;
        }
        String t = title;
        for (int sp = t.indexOf(' '); sp > 0; sp = t.indexOf(' ')) {
            String w = t.substring(0, sp);
            if (!isStop(w) || TITLE_OPENERS.contains(w.replace(".", ""))) {
                break;
            }
            t = t.substring(sp + 1).strip();
        }
        // (a place alone is no role: "South Carolina Sen. Tim Scott" is a senator, "in Tokyo Tomas de Hora" nothing)
        return t.isEmpty() || isStop(t) && !TITLE_OPENERS.contains(t.replace(".", "")) || PLACES.contains(t) ? null : t;
    }

    /** A determiner just before a run of capitals: "the same Dirty Dancing posters", "those Trump signs": no person. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:the|a|an|same|this|that|these|those|its|our|my|your|their)\\s+$");

    /** An apposition that introduces the person named before it: ", a delegate from Michigan", ", president of NARAL", ", 49,". */
    private static final Pattern INTRODUCING_APPOSITION = Pattern.compile(
            ",\\s+(?:(?:a|an|the)\\s+\\p{Ll}|\\d{1,3},|(?:\\p{Ll}+\\s+){0,2}(?:president|director|head|chief|founder|chairman|chairwoman|leader)\\s+of\\s)");
    /** The writer of a text named after it: "a message from Undersecretary for Political Affairs Wendy Sherman". */
    private static final Pattern WRITER_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:message|post|e-?mail|letter|note|memo|statement|tweet|column|essay|op-ed)\\s+(?:from|by)\\s+"
            + "(?:\\p{Lu}[\\p{L}.\\-]*\\s+(?:(?:for|of)\\s+)?){0,6}$");
    /** Two capitals in a row: an acronym, in no person's name ("HSV-Comeback"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}\\p{Lu}");

    /**
     * A name in the text; {@code subject}: not after a preposition or an object-taking verb, not a possessive;
     * {@code opening}: the subject that opens its sentence; {@code introduced}: first named, as no subject, with an
     * apposition (see {@link #INTRODUCING_APPOSITION}) or as the writer of a text ({@link #WRITER_BEFORE}).
     */
    private record Mention(Entity entity, long pos, boolean subject, long sentence, boolean leadingClause, boolean opening,
            boolean introduced) {
        Mention(Entity entity, long pos, boolean subject, long sentence, boolean leadingClause) {
            this(entity, pos, subject, sentence, leadingClause, false, false);
        }

        Mention(Entity entity, long pos, boolean subject, long sentence) {
            this(entity, pos, subject, sentence, false);
        }
    }

    /** Countries (Java's names in English: "North Korea", "United States") and {@code place-names.txt}: never he or she. */
    private static final Set<String> PLACES = places();

    private static Set<String> places() {
        Set<String> out = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            out.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        for (String w : words("quotes/place-names.txt")) {
            out.add(w.replace('_', ' '));
        }
        return Set.copyOf(out);
    }

    /** Words of the names of bodies and places, which a he or she never stands for. */
    private static final Pattern BODY_WORD = Pattern.compile(
            "(?:Republic|Administration|Committee|Party|University|Department|House|Court|News|Times|Post|Foundation|Institute"
                    + "|Center|Centre|Association|Council|Agency|Service|Office|Campaign|Company|Corp|Inc|Group|Network|Club|Union"
                    + "|Church|School|College|States?|Street|County|City|Senate|Congress|Fund|Bank|Project|Coalition|Caucus"
                    + "|Journal|Magazine|Channel|Press|Reuters|Ministry|Commission|Bureau|Board|Army|Navy|Police|Airport|Hospital"
                    + "|Museum|Park|Hotel|Tower|Hall|Square|Island|Islands|Sea|River|Valley|America|Europe|Africa|Asia|Kingdom|Union"
                    + "|Republicans|Democrats|Obamacare|Act|Bill|Plan|Day|Week|Street|Avenue|Road|Nation|Nations|Tribe|Band|Province"
                    + "|Region|Territory|Ministry|Parliament|Assembly|Organization|Organisation|Authority|Trust|League)");
    private static final Set<String> BODY_WORDS = bodyWords();
    private static final WordTable BODY_WORD_TABLE = new WordTable(BODY_WORDS);
    /** Last words of bodies named after a person ("Trayvon Martin Foundation"): no role words before a name there. */
    private static final Set<String> NAMED_AFTER = Set.of("Foundation", "Institute", "Fund", "Center", "Centre", "Trust",
            "Society", "Prize", "Award", "School", "University", "College", "Hospital", "Museum", "Library", "Stadium");

    /** The rest of a body's name after "of", "on" or "for": "… of (the) Flight Attendants", "… on Presidential Debates". */
    private static final Pattern BODY_TAIL = Pattern.compile(
            "\\s+(?:of|on|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:(?:of|for|and|the)\\s+)?\\p{Lu}[\\p{L}'’\\-]*){0,5}");

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byWord = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    /**
     * Bodies that open a sentence ("The Washington Post reported ...", "IRNA's report said ..."), for a later "it said"
     * ({@link #mentions} takes a body as a subject only as a possessor: a he or she never stands for one).
     */
    private final List<Mention> bodySubjects = new ArrayList<>();
    /** {@link #strip} of the names this article has stripped ({@link #NOTHING_LEFT} for null): a name comes back often. */
    private final Map<String, String> strippedNames = new HashMap<>();
    private static final String NOTHING_LEFT = "";
    private Entity lastSpeaker;
    private long lastSpeakerPos = Long.MIN_VALUE;

    /** Reads a paragraph's names outside its quotation spans ({@code [start, end)} pairs). */
    public void observe(int paragraph, String text, List<int[]> quoted) {
        observe(paragraph, text, quoted, titleCase(text));
        int documentWords = documentWords(text);
        if (documentWords != 0) {
            documents(paragraph, text, quoted, documentWords);
        }
    }

    // ---------------------------------------------------------------- documents that speak

    private static final Set<String> DOCUMENTS = words("quotes/document-nouns.txt");
    /** Verbs that make a document of their own: "emailed" an email, "sued" a lawsuit, "tweeted" a tweet. */
    private static final Set<String> DOCUMENT_VERBS = Set.of("emailed", "e-mailed", "tweeted", "sued", "sue", "suing");
    /** The document nouns and verbs in one table: {@link #documentWords} asks it of every lower-case word. */
    private static final WordTable DOCUMENT_WORDS = new WordTable(
            java.util.stream.Stream.concat(DOCUMENTS.stream(), DOCUMENT_VERBS.stream()).toList());
    private static final WordTable DOCUMENT_NOUNS = new WordTable(DOCUMENTS);
    private static final String DOCUMENT = Text.byFirstLetter("(?:" + String.join("|", DOCUMENTS.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
            .map(Pattern::quote).toList()) + ")");
    private static final String MAKER = "(?<maker>\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:of\\s+|for\\s+)?\\p{Lu}[\\p{L}'’.\\-]*){0,5})";
    private static final String DETERMINER = "(?:a|an|the|its|his|her|their|this)\\s+(?:[\\p{L}\\d\\-]+\\s+){0,2}?";
    /** The verbs by which a maker puts a document out ("issued a statement", "said in a letter", "sent out an email"). */
    private static final String MAKE_VERB = "(?:provid(?:ed|es|ing)|issu(?:ed|es|ing)|releas(?:ed|es|ing)"
            + "|publish(?:ed|es|ing)|sen(?:t|ds|ding)(?:\\s+out)?|put(?:s|ting)?\\s+out|wr(?:ote|ites|iting)|post(?:ed|s|ing)|gave|gives"
            + "|giving|fil(?:ed|es|ing)|circulat(?:ed|es|ing)|said\\s+in|says\\s+in|wrote\\s+in|writes\\s+in"
            + "|added\\s+in|air(?:ed|s|ing)|ran|runs|running|launch(?:ed|es|ing)|unveil(?:ed|s|ing)|beg(?:an|ins|inning)\\s+airing)";
    /** A maker in small letters, resolved where it stands: "he", "his campaign", "the business mogul" (three words at most). */
    private static final String LOWER_MAKER = "(?<who>(?:[Hh]e|[Ss]he|[Tt]hey)|(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:campaign|office)"
            + "|[Tt]he\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?[\\p{Ll}\\-]+)";
    /**
     * Where an article says who made a document with a pronoun or a description: "his campaign sent out a fundraising
     * email", "In a statement, the business mogul announced", "she issued a statement", "his tweet".
     */
    static final List<Pattern> LOWER_MAKES = List.of(
            Pattern.compile("(?<![\\p{L}])" + LOWER_MAKER + "\\s+(?:(?:also|then|later)\\s+)?(?:(?:has|have|had|will)\\s+)?"
                    + MAKE_VERB + "\\s+" + DETERMINER + "(?<doc>" + DOCUMENT + ")(?![\\p{L}])"),
            Pattern.compile("(?<![\\p{L}])[Ii]n\\s+" + DETERMINER + "(?<doc>" + DOCUMENT + "),\\s+" + LOWER_MAKER
                    + "\\s+(?:also\\s+)?(?:\\p{Ll}+(?:ed|s)|said|told|wrote)(?![\\p{L}])"),
            // (not "sent her a letter": "her" the one it was sent to)
            Pattern.compile("(?<![\\p{L}])(?<who>[Hh]is|[Hh]er)\\s+(?:(?!(?:a|an|the|this|that|some|any|no)\\s)[\\p{Ll}\\-]+\\s+)?(?<doc>"
                    + DOCUMENT + ")(?![\\p{L}])"));
    /**
     * Where an article says who made a document: "Cook provided a written statement", "Cook said in a statement", "In
     * a statement, the FDIC said", "the committee’s report", "a report by the committee", "the Quinnipiac poll", "the
     * Vox Populi (Voice of the People) column".
     */
    static final List<Pattern> MAKES = List.of(
            Pattern.compile(MAKER + "(?<campaign>(?:['’]s?)?\\s+campaign)?\\s+(?:(?:also|then|later)\\s+)?"
                    + "(?:(?:is|are|was|were|has|have|had|will)\\s+)?" + MAKE_VERB + "\\s+"
                    + DETERMINER + "(?<doc>" + DOCUMENT + ")(?![\\p{L}])"),
            // "Huma Abedin, vice chairwoman for Clinton's campaign, emailed supporters", "The Democratic Party and the
            // campaigns of Clinton and Sanders will sue the state": a verb that makes the document
            Pattern.compile(MAKER + "(?:,\\s[^,.;]{2,80},)?(?:\\s+and\\s+[^.,;]{2,80}?)?\\s+(?:(?:also|then|later)\\s+)?(?<doc>"
                    + "e-?mailed|tweeted|sued|(?:will|would|plans?\\s+to|planned\\s+to|is|are)\\s+su(?:e|ing))(?![\\p{L}])"),
            Pattern.compile("(?<![\\p{L}])[Ii]n\\s+" + DETERMINER + "(?<doc>" + DOCUMENT + "),\\s+(?:the\\s+)?" + MAKER
                    + "(?![\\p{L}])"),
            Pattern.compile(MAKER + "['’]s?\\s+(?:[\\p{L}\\-]+\\s+){0,2}?(?<doc>" + DOCUMENT + ")(?![\\p{L}])"),
            Pattern.compile("(?<![\\p{L}])(?<doc>" + DOCUMENT + ")\\s+(?:from|by|(?:(?:has\\s+been|had\\s+been|was)\\s+)?(?:issued|released|signed|written|filed)\\s+by)\\s+"
                    + "(?:the\\s+)?" + MAKER),
            Pattern.compile("(?<![\\p{L}])[Tt]he\\s+" + MAKER + "(?:\\s+\\([^()]{1,40}\\))?\\s+(?<doc>" + DOCUMENT + ")(?![\\p{L}])"),
            // "a Clinton campaign memo": the candidate's campaign made it
            Pattern.compile("(?<![\\p{L}])(?:[Aa]n?|[Tt]he)\\s+" + MAKER + "(?<campaign>\\s+campaign)\\s+(?:[\\p{Ll}\\-]+\\s+)?(?<doc>" + DOCUMENT
                    + ")(?![\\p{L}])"));
    /**
     * Where each pattern of {@link #MAKES} can start: a capital (the maker's name), "In", "The", "A"/"The" or a
     * document noun (lower case). A pattern is tried only there: tried at every character, the seven patterns were most
     * of the cost of a paragraph that names a document.
     */
    static final List<Text.StartTest> MAKES_START = List.of(Text::upperCaseAt, Text::upperCaseAt,
            (s, i) -> s.charAt(i) == 'I' || s.charAt(i) == 'i', Text::upperCaseAt, SpeakerResolver::documentNounAt,
            (s, i) -> s.charAt(i) == 'T' || s.charAt(i) == 't',
            (s, i) -> s.charAt(i) == 'A' || s.charAt(i) == 'a' || s.charAt(i) == 'T' || s.charAt(i) == 't');
    /** Where each pattern of {@link #LOWER_MAKES} can start: its pronoun, possessive or "the"; "In". */
    static final List<Text.StartTest> LOWER_MAKES_START = List.of(
            (s, i) -> "HhSsTt".indexOf(s.charAt(i)) >= 0, (s, i) -> s.charAt(i) == 'I' || s.charAt(i) == 'i',
            (s, i) -> s.charAt(i) == 'H' || s.charAt(i) == 'h');
    /** The pattern of {@link #MAKES} whose document is a verb ("emailed", "will sue"): the others need a noun. */
    static final int MAKES_BY_VERB = 1;
    /** The patterns of {@link #MAKES} that may find a candidate's campaign as the maker. */
    private static final Set<Pattern> WITH_CAMPAIGN = Set.of(MAKES.get(0), MAKES.get(MAKES.size() - 1));
    private static final Pattern DOCUMENT_DESCRIPTION = Pattern.compile(
            "(?:the|this|that)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?(?<doc>" + DOCUMENT + ")");

    private static final Pattern TRAILING_MARKS = Pattern.compile("[.’']+$");

    private record Made(String document, String maker, long pos) {
    }

    private final List<Made> made = new ArrayList<>();

    /** {@link #documentWords}: a document noun ("statement") is named; a verb that makes one ("emailed"). */
    static final int NOUN = 1, VERB = 2;

    /**
     * Which kinds of document word {@code text} has, {@link #NOUN} and {@link #VERB} or'ed; 0 if none (read word by
     * word: this runs on every paragraph).
     */
    static int documentWords(String text) {
        int n = text.length();
        int kinds = 0;
        for (int i = 0; i < n && kinds != (NOUN | VERB); ) {
            if (!Character.isLowerCase(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int e = wordEnd(text, i);
            if (e - i >= 2 && DOCUMENT_WORDS.contains(text, i, e)) {
                kinds |= DOCUMENT_NOUNS.contains(text, i, e) ? NOUN : VERB;
            }
            i = e;
        }
        return kinds;
    }

    /** Where the word of letters and hyphens that starts at {@code i} ends. */
    private static int wordEnd(CharSequence text, int i) {
        int e = i;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        return e;
    }

    /** A {@link Text.StartTest}: a document noun in small letters starts a word at {@code i}. */
    private static boolean documentNounAt(CharSequence s, int i) {
        return Character.isLowerCase(s.charAt(i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))
                && DOCUMENT_NOUNS.contains(s.toString(), i, wordEnd(s, i));
    }

    /** Records who this paragraph says made a document, outside its quotations. */
    private void documents(int paragraph, String text, List<int[]> quoted, int documentWords) {
        for (int k = 0; k < MAKES.size(); k++) {
            if ((documentWords & (k == MAKES_BY_VERB ? VERB : NOUN)) == 0) {
                continue; // (each pattern's document is a word of one kind)
            }
            Pattern p = MAKES.get(k);
            Matcher m = Text.scanner(p, text);
            for (int from = 0; Text.find(m, text, from, MAKES_START.get(k)); from = m.end()) {
                if (inside(m.start("maker"), quoted)) {
                    continue;
                }
                String whole = TRAILING_MARKS.matcher(m.group("maker")).replaceAll("");
                Entity e = lookup(whole); // ("Republican National Committee": known whole, though it opens with a party)
                String run = e != null ? whole : strip(whole);
                if (run != null && run.indexOf(' ') < 0 && BODY_WORDS.contains(run) && whole.endsWith(run)) {
                    // "The Democratic Party": no party word before a person's name, but the body's own
                    run = whole.startsWith("The ") ? whole.substring(4) : whole;
                }
                if (run == null || NOT_NAMES.contains(run) || DEMONYMS.contains(run)) {
                    continue; // (nor "The Greek statement": a people makes no document)
                }
                e = e != null ? e : lookup(run);
                String maker = e != null ? e.full : run;
                if (WITH_CAMPAIGN.contains(p) && m.group("campaign") != null) {
                    maker = (e != null ? e.last : run) + " campaign"; // "Clinton's campaign sent out an email"
                }
                made.add(new Made(documentKind(m.group("doc")), maker, pos(paragraph, m.start("doc"))));
            }
        }
        for (int k = 0; k < LOWER_MAKES.size() && (documentWords & NOUN) != 0; k++) {
            Matcher m = Text.scanner(LOWER_MAKES.get(k), text);
            for (int from = 0; Text.find(m, text, from, LOWER_MAKES_START.get(k)); from = m.end()) {
                if (inside(m.start("who"), quoted)) {
                    continue;
                }
                // whom the pronoun or description stands for there ("the business mogul": Donald Trump)
                String who = m.group("who");
                Resolved r = resolve(QuoteExtractor.isPossessivePronoun(who) ? personal(who) : who, paragraph, m.start("who"));
                if (r.speaker() != null) {
                    made.add(new Made(documentKind(m.group("doc")), r.speaker(), pos(paragraph, m.start("doc"))));
                }
            }
        }
    }

    /** "the statement", "the written statement": the maker of the last such document the article told of, or null. */
    private String documentMaker(String lower, long at) {
        Matcher d = DOCUMENT_DESCRIPTION.matcher(lower);
        if (!d.matches()) {
            return null;
        }
        String best = null;
        long bestPos = Long.MIN_VALUE;
        for (Made x : made) {
            if (x.document().equals(documentKind(d.group("doc"))) && x.pos() < at && x.pos() >= bestPos) {
                best = x.maker();
                bestPos = x.pos();
            }
        }
        return best;
    }

    /** A document noun as one kind: "the suit" is the lawsuit the article told of, "the e-mail" its email. */
    private static String documentKind(String doc) {
        if (doc.endsWith("sue") || doc.endsWith("sued") || doc.endsWith("suing")) {
            return "lawsuit"; // (made by its verb: "will sue")
        }
        return switch (doc) {
            case "suit" -> "lawsuit";
            case "e-mail", "emailed", "e-mailed" -> "email";
            case "tweeted" -> "tweet";
            case "advertisement" -> "ad";
            case "memorandum" -> "memo";
            default -> doc;
        };
    }

    /** {@code headline}: a name starts at a known first name (a headline's capitals say little). */
    private void observe(int paragraph, String text, List<int[]> quoted, boolean headline) {
        if (headline && !hasLowerCaseLetter(text)) {
            // a headline in capitals ("ORRIN TEXTILES REPORTS ANNUAL REVENUE"): a name there starts at a known first
            // name, which a word in capitals never is: it introduces nobody, and could only mention a name that a short
            // line in capitals brought in. It is not read at all: a run of twelve capitalised words is the name
            // pattern's dearest input, and wire copy has one above every story.
            return;
        }
        NameScan m = new NameScan(text);
        int from = 0;
        int titleFrom = -1; // where an abbreviated title before the next name began, and where it ended
        int titleTo = -1;
        int prevEnd = -1; // where the last name of this paragraph ended, and whether it was a subject
        boolean prevSubject = true;
        sentenceFrom = 1;
        sentenceCount = 0;
        List<SubjectPronoun> pronouns = headline ? List.of() : subjectPronouns(text);
        int nextPronoun = 0;
        while (m.find(from)) {
            from = m.end();
            for (; nextPronoun < pronouns.size() && pronouns.get(nextPronoun).at() < m.start(); nextPronoun++) {
                pronounSubject(paragraph, text, quoted, pronouns.get(nextPronoun));
            }
            if (inside(m.start(), quoted)) {
                continue;
            }
            String name = m.name();
            boolean titled = titleFrom >= 0 && onlySpacesOrHyphen(text, titleTo, m.start());
            if (!m.possessive() && endsInAbbreviatedTitle(text, m.end(), name)) {
                // "Staff Sgt. Jane Roe", "Lt. Gov. Dan Patrick", "RCMP Cpl. Mike Smith": a run ending in an abbreviated
                // title, then its full stop, titles the name that follows and names nobody itself
                titleFrom = titled ? titleFrom : m.start();
                titleTo = m.end() + 1;
                continue;
            }
            String title = m.title();
            String runTitle = null;
            if (titled) {
                runTitle = (text.substring(titleFrom, m.start()) + (title == null ? "" : title)).replaceAll("\\s+", " ").strip();
                // "Lt.-Gov. Ana Ruiz": two titles make one; a run alone ("Staff Sgt.") counts where no other title is
                // known ("former Massachusetts Gov." says more than the run "Massachusetts Gov.")
                title = title == null ? null : runTitle;
            }
            titleFrom = -1;
            if (title == null && m.start() >= 4 && text.startsWith(" of ", m.start() - 4) && Text.splitAtSpaces(name).length >= 3
                    && !COMPANY_FORMS.contains(name.substring(name.lastIndexOf(' ') + 1))) {
                // "Secretary of State Antony Blinken": the word after "of" ends the title (not in "manager of Nikko
                // Securities Co Ltd": a company's name, which is no person's)
                int sp = name.indexOf(' ');
                Matcher office = OFFICE_BEFORE_OF.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
                title = (office.find() ? office.group(1) + "of " : "") + name.substring(0, sp);
                name = name.substring(sp + 1);
            }
            boolean bodyOf = false;
            if (!m.possessive() && BODY_WORD_TABLE.contains(name, name.lastIndexOf(' ') + 1, name.length())) {
                // "Commission on Presidential Debates", "Association of Flight Attendants": one body's name, not a body
                // followed by a run of capitals ("Presidential Debates") that a he or she could be taken for
                Matcher tail = BODY_TAIL.matcher(text).region(m.end(), text.length());
                if (tail.lookingAt() && !inside(tail.start(), quoted)) {
                    name = name + tail.group();
                    from = tail.end();
                    bodyOf = true;
                }
            }
            // "FBI Director James Comey", "Grünen-Fraktionschefin Katrin Göring-Eckardt": the name is what follows the
            // last title word of the run
            String[] parts = Text.splitAtSpaces(name);
            String[] np = parts; // (the words of name, split again only if it changes)
            for (int k = parts.length - 2; k >= 0; k--) {
                if (TITLE_IN_NAME.contains(parts[k]) || isCompoundRole(parts[k])) {
                    title = String.join(" ", java.util.Arrays.copyOfRange(parts, 0, k + 1));
                    name = String.join(" ", java.util.Arrays.copyOfRange(parts, k + 1, parts.length));
                    np = Text.splitAtSpaces(name);
                    break;
                }
            }
            int firstAt = firstNameAt(np, np.length - 1);
            if (np.length >= 3 && firstAt > 0 && firstAt < np.length - 1 && !NAMED_AFTER.contains(np[np.length - 1])
                    && !(firstAt == 1 && BODY_WORDS.contains(np[0]))) { // ("Universidad Paulo Freire": a body's namesake)
                // "Verkehrssenatorin Anna Berger", "City Public Advocate Trish James", "Senate Minority Whip Richard J.
                // Durbin": capitalised role words before a first name (not in a body's name: "Trayvon Martin Foundation")
                String role = String.join(" ", java.util.Arrays.copyOfRange(np, 0, firstAt));
                title = title == null ? role : title + " " + role;
                name = String.join(" ", java.util.Arrays.copyOfRange(np, firstAt, np.length));
            }
            int and = name.lastIndexOf(" And ");
            if (and > 0) {
                name = name.substring(and + 5); // "Trump And Marco Rubio" (a headline): two names, the last one here
            }
            if (headline && name.indexOf(' ') > 0 && lookup(name) == null) {
                // a headline in title case runs words into names ("More Offensive Things Donald Trump Said"): a name
                // there is a known first name and the word after it (after an initial: "Donald J. Trump"), and a run
                // with no first name introduces nobody
                String[] hw = Text.splitAtSpaces(name);
                int k = firstNameAt(hw, hw.length - 1);
                if (k == hw.length - 1) {
                    continue;
                }
                int end = k + 2 < hw.length && hw[k + 1].length() == 2 && hw[k + 1].endsWith(".") ? k + 3 : k + 2;
                name = String.join(" ", java.util.Arrays.copyOfRange(hw, k, end));
            }
            // the name's last word takes in an apostrophe ("Trump’s"): a possessive all the same
            boolean possessive = m.possessive()
                    || (name.indexOf('\'') >= 0 || name.indexOf('’') >= 0) && POSSESSIVE_END.matcher(name).find();
            String stripped = stripOnce(name);
            if (stripped != null && name.length() == stripped.length() + 4 && name.startsWith("The ")
                    && PUBLICATION_WORDS.contains(stripped) && lookup(stripped) == null) {
                // "The Advocate", "The Guardian": a paper named by one word keeps its article (not "The Journal" after
                // "The Wall Street Journal": that one again)
                stripped = name;
            }
            if (stripped == null && monthSurname(name) != null && !digitAfter(text, m.end())) {
                stripped = name; // "May told reporters", after "Theresa May"
            }
            name = stripped;
            if (name == null || QuoteExtractor.isCapitalHeading(name)) {
                continue; // (nor "IOWA POLLS NOT NECESSARILY WRONG", a heading run into the paragraph)
            }
            if (possessive) {
                // "Clinton’s campaign": a mention of Clinton, but not a name introduced here
                Entity known = lookup(name);
                fullName(known, name);
                if (known == null && name.indexOf(' ') > 0 && !hasLowerWord(name)) {
                    known = new Entity(name); // "Bill Clinton’s": a person named in the possessive is named all the same
                    entities.add(known);
                    byWord.putIfAbsent(known.last, known);
                    byWord.putIfAbsent(known.full, known);
                }
                if (known != null && !beforeRoleAndName(text, m.end())) {
                    // "Blinken’s meeting with Xi echoed ...": the possessor opening a sentence is its topic ("Clinton's
                    // spokeswoman Jennifer Palmieri": the spokeswoman is, though Clinton is named all the same)
                    Mention possessor = new Mention(known, pos(paragraph, m.start()), sentenceStart(text, m.start()),
                            sentence(paragraph, text, m.start()));
                    mentions.add(possessor);
                    if (possessor.subject() && isBody(known)) {
                        bodySubjects.add(possessor); // "IRNA's report said ...", for a later "it said"
                    }
                }
                continue;
            }
            if (name.indexOf(' ') < 0 && isFirstName(name) && kinBefore(paragraph, text, m.start(), name)) {
                continue; // "his wife, Jane, called for ...": Jane, of her husband's name
            }
            Entity e = lookup(name);
            if (e == null && name.indexOf(' ') > 0 && QuoteExtractor.nounMarkerBefore(text, m.start())
                    && noFirstName(Text.splitAtSpaces(name))) {
                // "eine Vielzahl von Rollen": capitalised nouns after their article, no first name among them: no person
                continue;
            }
            if (TITLE_IN_NAME.contains(name.substring(name.lastIndexOf(' ') + 1))) {
                continue; // "US Secretary (of State)": a title, nobody named yet
            }
            fullName(e, name);
            boolean oneName = name.indexOf(' ') < 0 && isFirstName(name) && calledBefore(text, m.start());
            boolean created = false;
            if (e == null && (name.indexOf(' ') > 0 || title != null || oneName)) {
                created = true;
                e = new Entity(name);
                if (oneName) {
                    e.genderByFirstName();
                }
                entities.add(e);
                Entity holder = byWord.get(e.last);
                if (holder != null && holder.multi() && !holder.body && !isFirstName(holder.first) && isFirstName(e.first)) {
                    // "Understated Perez" (a headline's word before the surname), then "Thomas Perez": "Perez" is he
                    byWord.put(e.last, e);
                } else if (!bodyOf) {
                    byWord.putIfAbsent(e.last, e); // ("Coalition for Trump" is no Trump)
                }
                if (e.multi()) {
                    byWord.putIfAbsent(e.full, e);
                }
            }
            if (e == null) {
                continue;
            }
            if (title != null) {
                String t = title.replace(".", "");
                if (t.equals("Mr") || t.equals("Herr") || t.equals("M") || t.equals("Sir") || t.equals("Lord")) {
                    e.gender = 'm';
                    e.unsure = false;
                } else if (t.equals("Mrs") || t.equals("Ms") || t.equals("Miss") || t.equals("Frau") || t.equals("Mme")
                        || t.equals("Dame") || t.equals("Lady")) {
                    e.gender = 'f';
                    e.unsure = false;
                } else if (e.title == null && (!headline || headlineTitle(title))) {
                    // (a headline in title case runs its words into the name: "The National Review Crowd Does Not Like
                    // Trump" gives no title, "Premier Gordon Campbell" does; the story's own lines tell the rest)
                    e.title = withoutOpeningWords(title);
                    e.courtesy = e.title != null && COURTESY_TITLES.contains(t);
                }
            }
            if (e.title == null && !headline) {
                e.title = roleBefore(text, m.start());
                if (e.title == null) {
                    e.title = withoutOpeningWords(runTitle);
                }
            }
            // an age or an apposition starts with a comma or " of ": look only then, and only for what is still unknown
            int next = m.end() < text.length() ? text.charAt(m.end()) : 0;
            if ((next == ',' || next == ' ') && (e.age == null || e.title == null || e.courtesy) && !isBody(e)) {
                String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 120));
                Matcher age = AGE.matcher(rest);
                if (age.find()) {
                    e.age = age.group(1);
                } else if ((e.title == null || e.courtesy) && next == ',') {
                    // (a role in apposition says more than a courtesy title: "Dr. Theresa Tam, Canada's chief public
                    // health officer")
                    Matcher app = APPOSITION.matcher(rest);
                    if (app.find() && hasRole(app.group("t"))) {
                        e.title = app.group("t").strip();
                        e.courtesy = false;
                    }
                }
            }
            boolean place = QuoteExtractor.afterTown(text, m.start()); // "in Aurora, Colorado, ...": a state, no person
            if ((e.gender == '?' || e.unsure) && (e.multi() || title != null || e.title != null) && !isBody(e) && !place
                    && !DETERMINER_BEFORE.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find()) {
                // "Lonechild said she ...": the first he/she/his/her after the name, in its sentence (also for a
                // name of both sexes whose gender a list only guessed: "said 9/11 widow Terry Strada. She ...")
                char g = pronounAfter(text, m.end(), sentenceEnd(text, m.end()), 100);
                if (g != 0) {
                    e.gender = g;
                    e.unsure = false;
                }
            }
            // (a run of capitals after a determiner, "the same Dirty Dancing, 98 Degrees and Justin Timberlake posters
            // from her tween years", is no person: it takes no sex from the pronoun after it)
            // "a resident named Caroline": the person a noun introduces is the one the story goes on about
            boolean subject = (isSubject(text, m.start()) || calledBefore(text, m.start())) && !isBody(e) && !place
                    && !beforeRoleAndName(text, m.end());
            if (isBody(e) && !PLACES.contains(e.full) && !m.possessive() && (sentenceStart(text, m.start())
                    || m.start() >= 4 && text.startsWith("The ", m.start() - 4) && sentenceStart(text, m.start() - 4))) {
                bodySubjects.add(new Mention(e, pos(paragraph, m.start()), true, sentence(paragraph, text, m.start())));
            }
            if (subject && prevEnd >= 0 && !prevSubject && COORDINATED.matcher(text).region(prevEnd, m.start()).matches()) {
                subject = false; // "attacked Hillary Clinton and Marco Rubio": the second object is no subject either
            }
            // opening: the sentence's subject opens it ("Christyn Gionfriddo, a ..., is saddled with ..."; not "HONG KONG,
            // March 3 -", a dateline's place, nor "Trochowskis HSV-Comeback", a heading); introduced: first named, as no
            // subject, with an apposition ("joined on the call by Ilyse Hogue, president of NARAL.")
            boolean opening = subject && (sentenceStart(text, m.start()) || appositionToOpening(text, m.start(), m.end()))
                    && hasLowerCaseLetter(name) && !ACRONYM.matcher(name).find();
            boolean introduced = created && !subject && !isBody(e) && !place
                    && (INTRODUCING_APPOSITION.matcher(text).region(m.end(), text.length()).lookingAt()
                    || WRITER_BEFORE.matcher(text).region(Math.max(0, m.start() - 90), m.start()).find());
            mentions.add(new Mention(e, pos(paragraph, m.start()), subject, sentence(paragraph, text, m.start()),
                    inLeadingClause(text, m.start()), opening, introduced));
            prevEnd = m.end();
            prevSubject = subject;
        }
        for (; nextPronoun < pronouns.size(); nextPronoun++) {
            pronounSubject(paragraph, text, quoted, pronouns.get(nextPronoun));
        }
    }

    private static final Pattern ROLE_AND_NAME = Pattern.compile("^(?:['’]s?)?\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}(?<role>\\p{Ll}+),?\\s+\\p{Lu}\\p{Ll}");

    /**
     * True if the name ending at {@code end} qualifies a role that names someone else ("Clinton spokeswoman Jennifer
     * Palmieri", "Trump campaign manager Paul Manafort", "Trump's attorney, Alan Garten,", "Obama consultant Cornell
     * Belcher"): a modifier, no subject of its own.
     */
    private static boolean beforeRoleAndName(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        Matcher r = ROLE_AND_NAME.matcher(text).region(end, Math.min(text.length(), end + 80));
        return r.lookingAt() && (ROLES.containsKey(r.group("role")) || QuoteExtractor.ROLE_WORDS.contains(r.group("role")));
    }

    private static final Pattern KIN_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:(?<p>his|her|His|Her)|(?<owner>\\p{Lu}[\\p{L}\\-]+)['’]s)\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?"
                    + "(?<kin>wife|husband|daughter|son|mother|father|sister|brother|widow|widower),?\\s+$");
    private static final Set<String> FEMALE_KIN = Set.of("wife", "daughter", "mother", "sister", "widow");

    /**
     * A first name alone after "his wife", "her son", "Clinton's husband," ({@code start}): the relative is a person of
     * the kin word's sex, known by that first name and the surname of whom "his" or "her" stands for (or of the name
     * before "'s"), and mentioned here. False if the words before the name are no such phrase.
     */
    private boolean kinBefore(int paragraph, String text, int start, String first) {
        Matcher kin = KIN_BEFORE.matcher(text).region(Math.max(0, start - 30), start).useTransparentBounds(true);
        if (!kin.find()) {
            return false;
        }
        String owner = kin.group("owner");
        Entity of = owner != null ? lookup(owner) : byGender(kin.group("p").equalsIgnoreCase("his") ? 'm' : 'f',
                pos(paragraph, kin.start()), false, null);
        // (a possessor the article has not named in full lends its word as the surname, unless it is a first name:
        // "Schilling's son, Grant" is Grant Schilling, "Betsy's husband Tom" only Tom)
        String full = of != null && of.multi() && !of.body ? first + " " + of.last
                : owner != null && of == null && !isFirstName(owner) ? first + " " + owner : first;
        Entity e = lookup(full);
        if (e == null || !e.full.equals(full)) {
            e = new Entity(full);
            entities.add(e);
            byWord.putIfAbsent(full, e);
        }
        e.gender = FEMALE_KIN.contains(kin.group("kin")) ? 'f' : 'm';
        e.unsure = false;
        mentions.add(new Mention(e, pos(paragraph, start), isSubject(text, start), sentence(paragraph, text, start),
                inLeadingClause(text, start)));
        return true;
    }

    /** "He" or "She" opening a sentence ("She has gone public with her story again as ..."). */
    private static final Pattern OPENING_PRONOUN = Pattern.compile(
            "(?:^|(?<=[.!?][”\"]?\\s))(?:(?:But|And|Still|Yet|Now|Then),?\\s+)?(?<p>He|She)\\s+(?=\\p{Ll})");
    /** "he" or "she" opening a clause joined by "and" or "but" ("..., and she doesn't think ..."). */
    private static final List<String> JOINED_PRONOUNS = List.of(" and he ", " and she ", ", but he ", ", but she ");

    /** A he ({@code sex} 'm') or she ('f') at offset {@code at} that opens a sentence or a joined clause. */
    private record SubjectPronoun(int at, char sex) {
    }

    /**
     * The he's and she's that open a sentence or a joined clause, in text order. (The pattern only where it can match,
     * the joined forms by plain search: this reads every paragraph of every page.)
     */
    private static List<SubjectPronoun> subjectPronouns(String text) {
        List<SubjectPronoun> out = new ArrayList<>(0);
        if (text.contains("He ") || text.contains("She ")) {
            Matcher o = OPENING_PRONOUN.matcher(text);
            while (o.find()) {
                out.add(new SubjectPronoun(o.start("p"), o.group("p").equals("He") ? 'm' : 'f'));
            }
        }
        int opening = out.size();
        for (String j : JOINED_PRONOUNS) {
            boolean she = j.endsWith("she ");
            for (int i = text.indexOf(j); i >= 0; i = text.indexOf(j, i + 1)) {
                int end = i + j.length();
                if (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                    out.add(new SubjectPronoun(end - (she ? 4 : 3), she ? 'f' : 'm'));
                }
            }
        }
        if (out.size() > opening && out.size() > 1) {
            out.sort(java.util.Comparator.comparingInt(SubjectPronoun::at));
        }
        return out;
    }

    /**
     * A sentence (or a joined clause) that opens with "He" or "She" is about the person that pronoun stands for there:
     * it counts as that sentence's subject, so the person stays the one a later pronoun stands for, even when someone
     * of the same sex is named further on in the sentence ("She has gone public ... as his wife, Hillary Clinton,
     * pursues ...", "... and she doesn't think Clinton can ..."). A person of untold sex it stands for (a first name no
     * list holds: "Naureen Jahangir ... is among those ...; she had been ...") is of the pronoun's sex from then on.
     */
    private void pronounSubject(int paragraph, String text, List<int[]> quoted, SubjectPronoun pronoun) {
        int at = pronoun.at();
        if (inside(at, quoted)) {
            return;
        }
        long p = pos(paragraph, at);
        char g = pronoun.sex();
        Entity e = byGender(g, p, false, null);
        if (e != null && e.gender == '?' && !e.body && e.multi()) {
            e.gender = g;
        }
        if (e != null && e.gender == g && !e.body) {
            mentions.add(new Mention(e, p, true, sentence(paragraph, text, at)));
        }
    }

    private static final Pattern CALLED_BEFORE = Pattern.compile("(?<![\\p{L}])\\p{Ll}+ (?:named|called) $");

    /**
     * True if a noun and "named" or "called" stand just before {@code start}: "a resident named Caroline" (a person who
     * may be known by one name), not "Trump named Pence".
     */
    private static boolean calledBefore(String text, int start) {
        return (text.startsWith("named ", Math.max(0, start - 6)) || text.startsWith("called ", Math.max(0, start - 7)))
                && CALLED_BEFORE.matcher(text).region(Math.max(0, start - 40), start).find();
    }

    /**
     * "Mr. Trump" first, "Donald Trump" (or "Donald Trump’s") later: the entity {@code e} known by its surname gets the
     * full {@code name} and the first name's gender.
     */
    private void fullName(Entity e, String name) {
        if (e != null && !e.multi() && !e.body && name.indexOf(' ') > 0 && name.endsWith(" " + e.full)
                && !hasLowerWord(name) && isFirstName(name.substring(0, name.indexOf(' ')))) {
            e.full = name;
            e.first = name.substring(0, name.indexOf(' '));
            if (e.gender == '?') {
                e.genderByFirstName();
            }
            byWord.putIfAbsent(name, e);
        }
    }

    /**
     * Reads the names a headline introduces ("Hillary Clinton Goes After Donald Trump"), so that a
     * later "Clinton" is known as her; the headline is no antecedent of a pronoun.
     */
    public void introduce(int paragraph, String text) {
        int before = mentions.size();
        observe(paragraph, text, List.of(), true);
        mentions.subList(before, mentions.size()).clear();
    }

    /** Words opening a clause that comes before a sentence's subject: "When ..., X said", "Filling in for Y, X ...". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("When", "While", "After", "Before", "As", "Although", "Though",
            "If", "Because", "Since", "Until", "Unlike", "Like", "Despite", "During", "Following", "Once", "Whereas", "Asked",
            "Als", "Nachdem", "Während", "Obwohl", "Wenn", "Lorsque", "Quand", "Après", "Avant", "Comme", "Cuando", "Tras",
            "Mientras", "Quando", "Dopo", "Mentre");

    /**
     * True if the name at {@code start} stands in a clause that opens its sentence and ends at a comma before the
     * subject: "When Clinton and O'Malley spoke, Sanders ...", "Filling in for Sanders at the event, West ...".
     */
    static boolean inLeadingClause(String text, int start) {
        int s = start;
        while (s > 0 && !((text.charAt(s - 1) == ' ') && s >= 2 && ".!?".indexOf(text.charAt(s - 2)) >= 0)) {
            s--;
        }
        while (s < start && !Character.isLetter(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < start && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e >= start) {
            return false; // the name opens the sentence
        }
        String first = text.substring(s, e);
        if (first.equals("As") && text.startsWith(" for ", e)) {
            return false; // "As for Trump, he said ...": the name is the topic (see isSubject), not in a clause
        }
        if (!CLAUSE_OPENERS.contains(first) && !(first.length() > 5 && first.endsWith("ing") && Character.isUpperCase(first.charAt(0)))) {
            return false;
        }
        return text.indexOf(',', e) > start; // no comma yet between the opener and the name: still inside the clause
    }

    /** The only words an English headline in title case leaves in lower case. */
    private static final WordTable HEADLINE_SMALL = new WordTable(Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
            "but", "by", "with", "as", "vs", "from", "into", "is", "s", "t"));

    /**
     * True if {@code text} is an English headline in title case: four or more words of four letters or more, every
     * word capitalised but the small ones ("Ben Carson Slams the Media in One Answer").
     */
    static boolean titleCase(String text) {
        int words = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (Character.isLowerCase(text.charAt(i)) && (e - i > 4 || !HEADLINE_SMALL.contains(text, i, e))) {
                return false; // most paragraphs end here, at their first lower-case word
            }
            words += e - i >= 4 ? 1 : 0;
            i = e;
        }
        return words >= 4;
    }

    /**
     * The words between two names of one list: " and ", " or ", " und ", " et ", " y " (", " may be an apposition), and
     * capitalised words that qualify the second name's title (" or Vermont " Sen. Bernie Sanders).
     */
    private static final Pattern COORDINATED = Pattern.compile(",?\\s+(?:and|or|und|oder|et|ou|y|e)\\s+(?:\\p{Lu}[\\p{L}\\-]*\\.?\\s+){0,3}");

    /** A noun phrase in small letters opening a sentence, then its comma: "Her neighbour, ", "The mayor of the town, ". */
    private static final Pattern OPENING_NOUN_PHRASE = Pattern.compile(
            "(?:^|(?<=[.!?][”\"]?\\s))(?:Her|His|Their|Its|Our|My|The|A|An|One|Another)\\s+(?:[\\p{Ll}\\-’']+\\s+){0,4}?[\\p{Ll}\\-’']+,\\s+");

    /**
     * True if the name at {@code start}..{@code end} is set off by commas after a noun phrase that opens its sentence:
     * "Her neighbour, Raj Patel, agreed", "The mayor of the town, Wei Zhang, spoke next": the sentence's subject.
     */
    private static boolean appositionToOpening(String text, int start, int end) {
        if (start < 4 || end >= text.length() || text.charAt(end) != ',' || text.charAt(start - 2) != ',') {
            return false;
        }
        Matcher m = OPENING_NOUN_PHRASE.matcher(text).region(Math.max(0, start - 60), start).useTransparentBounds(true)
                .useAnchoringBounds(false);
        return m.find() && m.end() == start;
    }

    private static boolean sentenceStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '“' || text.charAt(i) == '"')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
    }

    private static boolean isTitle(String w) {
        boolean dot = w.endsWith(".");
        String bare = dot ? w.substring(0, w.length() - 1) : w;
        return NameScan.TITLES.contains(bare) || dot && NameScan.ABBREVIATIONS.contains(bare);
    }

    /**
     * True if the run {@code name}, which ends at {@code end}, ends in an abbreviated title ("Sgt", "Gov") whose full
     * stop follows, then a space or a hyphen and a capital: "Staff Sgt. Jane Roe", "Lt.-Gov. Ana Ruiz".
     */
    private static boolean endsInAbbreviatedTitle(String text, int end, String name) {
        if (end + 2 >= text.length() || text.charAt(end) != '.'
                || !NameScan.ABBREVIATIONS.contains(name.substring(name.lastIndexOf(' ') + 1))) {
            return false;
        }
        int next = end + 1;
        if (text.charAt(next) == '-') {
            next++;
        } else {
            while (next < text.length() && Text.isRegexSpace(text.charAt(next))) {
                next++;
            }
        }
        return next > end + 1 && next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    private static boolean onlySpacesOrHyphen(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Text.isRegexSpace(text.charAt(i)) && text.charAt(i) != '-') {
                return false;
            }
        }
        return from <= to;
    }

    private static boolean isBody(Entity e) {
        return e.body;
    }

    private static Set<String> bodyWords() {
        String alternatives = BODY_WORD.pattern().substring(3, BODY_WORD.pattern().length() - 1);
        Set<String> out = new HashSet<>();
        for (String a : alternatives.split("\\|")) {
            if (a.endsWith("s?")) {
                out.add(a.substring(0, a.length() - 2));
                out.add(a.substring(0, a.length() - 2) + "s");
            } else {
                out.add(a);
            }
        }
        out.addAll(words("quotes/body-words.txt")); // (other languages' body words)
        return Set.copyOf(out);
    }

    private int sentenceFrom;
    private int sentenceCount;

    /**
     * The sentence of a paragraph that {@code offset} is in, as a number ordered through the
     * article; offsets come in increasing order within a paragraph, so the count goes on from the last.
     */
    private long sentence(int paragraph, String text, int offset) {
        if (offset < sentenceFrom) {
            sentenceFrom = 1;
            sentenceCount = 0;
        }
        int i = Math.max(1, sentenceFrom);
        for (; i < offset && i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (text.charAt(i + 1) == ' ' && !Character.isUpperCase(text.charAt(i - 1))
                    || closesQuoteThenSentence(text, i + 1))) {
                sentenceCount++;
            }
        }
        sentenceFrom = i;
        return (long) paragraph << 16 | sentenceCount;
    }

    /**
     * A closing quotation mark at {@code at}, then a space and a capital: the stop before it ended the sentence
     * ("... a “new-media journalist.” Mosman saw ..."), unlike "“... war!” he said".
     */
    private static boolean closesQuoteThenSentence(String text, int at) {
        if (at + 2 >= text.length()) {
            return false;
        }
        char q = text.charAt(at);
        return (q == '”' || q == '"' || q == '’' || q == '»') && text.charAt(at + 1) == ' '
                && Character.isUpperCase(text.charAt(at + 2));
    }

    /** False if the word before {@code start} makes the name an object ("by Obama", "succeeding Obama"). */
    private static boolean isSubject(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String before = text.substring(b, e).toLowerCase(Locale.ROOT);
        if ((before.equals("said") || before.equals("says")) && PRONOUN_BEFORE.matcher(text).region(Math.max(0, b - 8), b).useTransparentBounds(true).find()) {
            return false; // "he said Ryan": the answer, not an inverted subject
        }
        if (b < e && isObjectVerb(before)) {
            return false; // "he found Trump to be very charming", "attacking Clinton": a verb's object
        }
        return b == e || !NOT_SUBJECT_BEFORE.contains(before) || AS_FOR.matcher(text).region(0, e).find();
    }

    /**
     * Words ending in "-ed" or "-ing" that are no verb before a name: participles as adjectives ("retired Gen. Michael
     * Flynn"), nouns ("morning"): {@code quotes/not-object-verbs.txt}.
     */
    private static final Set<String> NOT_OBJECT_VERBS = words("quotes/not-object-verbs.txt");

    /**
     * True if {@code w} (lower case) is a verb whose object a name after it is: "-ed" and "-ing" forms ("attacked",
     * "endorsing") that are no speech verb ("…,” added Smith": inverted, the subject) nor an adjective before a
     * name. The verbs of other forms are words of {@code quotes/not-subject-before.txt} ("met", "face").
     */
    private static boolean isObjectVerb(String w) {
        if (w.length() < 5 || !(w.endsWith("ed") || w.endsWith("ing")) || w.endsWith("thing") || NOT_OBJECT_VERBS.contains(w)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < 'a' || w.charAt(i) > 'z') {
                return false;
            }
        }
        return !QuoteExtractor.isSpeechVerb(w);
    }

    /** The pronoun a possessive ("his", "her", "their") belongs to: "he", "she", "they". */
    private static String personal(String possessive) {
        return switch (possessive.toLowerCase(Locale.ROOT)) {
            case "his" -> "he";
            case "her" -> "she";
            default -> "they";
        };
    }

    private static final Pattern OWN_CAMPAIGN = Pattern.compile("(his|her|their|His|Her|Their)\\s+campaign");
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?<![\\p{L}])(?:he|she|they|He|She|They)\\s+$");

    /** "As for Trump, he said ...", "And for Perez, that means ...": the name is the sentence's topic. */
    private static final Pattern AS_FOR = Pattern.compile("(?:^|[.!?][”\"]?\\s+)(?:(?:And|But)\\s+)?(?:[Aa]s for|[Ff]or)$");

    /** Lower-case words after a run of capitals, up to the next capital: " nominee ", " senior adviser ". */
    private static final Pattern ROLE_WORDS_THEN_NAME = Pattern.compile("\\s+(?<roles>(?:[\\p{Ll}\\-]+\\s+){1,3}?)(?=\\p{Lu})");

    /** True if every word of {@code words} is a role or occupation noun or a role word ("senior", "campaign", "manager"). */
    private static boolean allRoleWords(String words) {
        for (String w : Text.splitAtSpaces(words.strip())) {
            if (!ROLES.containsKey(w) && !OCCUPATIONS.containsKey(w) && !QuoteExtractor.ROLE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SENTENCE_SUBJECT = Pattern.compile(
            "^[\\s“\"„]*(?:(?:But|And|Meanwhile|However|Still|Later|Earlier|Then),?\\s+)?(?<run>(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,5}\\p{Lu}[\\p{L}'’\\-]*\\p{L})(?:\\s+\\([^()]{1,20}\\))?(?=,|\\s+\\p{Ll})");

    /**
     * The named subject that opens {@code sentence} ("Ohio Gov. John Kasich suspended ..."), as the
     * article's full name; null if the sentence does not open with a name.
     */
    public String sentenceSubject(String sentence) {
        Matcher time = QuoteExtractor.TIME_OPENER.matcher(sentence);
        if (time.lookingAt()) {
            sentence = sentence.substring(time.end()); // "Hours later, she issued a statement"
        }
        Matcher clause = QuoteExtractor.OPENING_CLAUSE.matcher(sentence);
        if (clause.lookingAt() && clause.end() < sentence.length() && Character.isLetter(sentence.charAt(clause.end()))) {
            sentence = sentence.substring(clause.end()); // "When Wallace died in 1998, President Clinton released ...:"
        }
        Matcher m = SENTENCE_SUBJECT.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        Matcher role = ROLE_WORDS_THEN_NAME.matcher(sentence).region(m.end("run"), sentence.length());
        if (role.lookingAt() && allRoleWords(role.group("roles"))) {
            // "Presumptive GOP nominee Donald Trump's first tweet was ...": the capitals qualify a role, the person is
            // named after it
            return sentenceSubject(sentence.substring(role.end("roles")));
        }
        String name = untitled(m.group("run"));
        if (name == null || name.endsWith("’") || isStop(firstWord(name))) {
            return null;
        }
        Entity e = lookup(name);
        return e != null ? e.full : name.indexOf(' ') > 0 && QuoteExtractor.isNamed(name) ? name : null;
    }

    /** True if the article has named someone or something {@code name} ("Clinton" after "Hillary Clinton"). */
    public boolean knows(String name) {
        return lookup(name) != null;
    }

    /** A run of capitalised words without the titles before its name ("Former House Speaker Newt Gingrich" → "Newt Gingrich"). */
    private static String untitled(String run) {
        String[] parts = Text.splitAtSpaces(run);
        int from = 0;
        for (int k = parts.length - 2; k >= 0; k--) {
            if (TITLE_IN_NAME.contains(parts[k]) || isTitle(parts[k])) {
                from = k + 1;
                break;
            }
        }
        return strip(String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length)));
    }

    /** Records that the entity named {@code speaker} spoke at this place (for a later "he said"). */
    public void spoke(String speaker, int paragraph, int offset) {
        String untitled = speaker != null && speaker.indexOf(' ') > 0 ? untitled(speaker) : null;
        if (untitled != null) {
            speaker = untitled; // a speaker the paragraph reports with a title is known by the name alone
        }
        Entity e = speaker == null ? null : lookup(speaker);
        if (e == null && speaker != null && QuoteExtractor.isNamed(speaker) && !hasLowerWord(speaker)
                && !NOT_NAMES.contains(speaker)) {
            e = new Entity(speaker); // a speaker named once, by surname ("Reynolds says")
            if (speaker.indexOf(' ') < 0 && isFirstName(speaker)) {
                e.genderByFirstName(); // or by first name only ("Melanie said")
            }
            entities.add(e);
            byWord.putIfAbsent(e.last, e);
        }
        if (e != null) {
            lastSpeaker = e;
            lastSpeakerPos = pos(paragraph, offset);
        }
    }

    /**
     * The speaker that the attribution words {@code who} (as the extractor found them; null: none)
     * name, for a quotation at {@code offset} of paragraph {@code paragraph}.
     */
    public Resolved resolve(String who, int paragraph, int offset) {
        return resolve(who, paragraph, offset, null);
    }

    /** True if the quotation {@code quotation} speaks of the person named {@code name} in the third person. */
    public boolean namedIn(String quotation, String name) {
        Entity e = lookup(name);
        return e != null && namedIn(quotation, e);
    }

    /**
     * True if {@code quotation} speaks of {@code e} (a person of a name of two words or more) by title and surname
     * ("Senator Sanders") or by a possessive of the surname ("Sanders's message"). A full name is no sign: politicians
     * name themselves ("it's not Bernie Sanders"), and a surname alone may be a modifier ("Trump supporters").
     */
    private static boolean namedIn(String quotation, Entity e) {
        if (quotation == null || e.body || !e.multi()) {
            return false;
        }
        for (int i = quotation.indexOf(e.last); i >= 0; i = quotation.indexOf(e.last, i + 1)) {
            int end = i + e.last.length();
            if (i > 0 && Character.isLetter(quotation.charAt(i - 1))
                    || end < quotation.length() && Character.isLetter(quotation.charAt(end))) {
                continue;
            }
            int b = i;
            while (b > 0 && Character.isWhitespace(quotation.charAt(b - 1))) {
                b--;
            }
            int a = b;
            while (a > 0 && !Character.isWhitespace(quotation.charAt(a - 1))) {
                a--;
            }
            if (isTitle(quotation.substring(a, b)) || quotation.startsWith("'s ", end) || quotation.startsWith("’s ", end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #resolve(String, int, int)} for the quotation {@code quotation} (null: none given): a he or she never
     * stands for someone the quotation speaks of by name ("“... whether Senator Sanders's message ... could go toe to
     * toe ...,” he said").
     */
    public Resolved resolve(String who, int paragraph, int offset, String quotation) {
        if (who == null || who.isBlank()) {
            return new Resolved(null, null, null);
        }
        String written = who.strip();
        Matcher own = OWN_CAMPAIGN.matcher(written);
        if (own.matches()) {
            // "his campaign sent out a text message": the campaign of whom "he" stands for
            Resolved r = resolve(personal(own.group(1)), paragraph, offset, quotation);
            Entity e = r.speaker() == null ? null : lookup(r.speaker());
            return new Resolved(e == null ? null : e.last + " campaign", written, null);
        }
        if (QuoteExtractor.isBodyPronoun(written)) {
            return new Resolved(itStandsFor(pos(paragraph, offset)), written, null);
        }
        if (QuoteExtractor.isPossessivePronoun(written)) {
            // "her remark that “...”": whom "she" would stand for here
            Resolved r = resolve(personal(written), paragraph, offset, quotation);
            return new Resolved(r.speaker(), written, r.title());
        }
        long at = pos(paragraph, offset);
        Entity e;
        String lower = written.toLowerCase(Locale.ROOT);
        Entity month = monthSurname(written); // "May told reporters", after "Theresa May"
        if (QuoteExtractor.isPronoun(written)) {
            char sex = pronounSex(written);
            e = sex != 0 ? byGender(sex, at, true, quotation) : lastSpeaker != null ? lastSpeaker : recent(at);
        } else if (month != null) {
            e = month;
        } else if (NOT_NAMES.contains(written)) {
            e = null; // "Critics called it ..."
        } else if (Character.isLowerCase(written.charAt(0)) || isStop(firstWord(written))) {
            String embedded = embeddedName(written);
            if (embedded != null) {
                // "le maire Jean Dupont devant", "la ministra María López": the name inside the description
                Entity named = lookup(embedded);
                return named != null ? new Resolved(named.full, written, named.title)
                        : new Resolved(embedded, written, null);
            }
            String named = stripOnce(written);
            e = named != null && Character.isUpperCase(named.charAt(0)) ? lookup(named) : null;
            if (e == null && named != null && named.indexOf(' ') > 0 && Character.isUpperCase(named.charAt(0))
                    && !hasLowerWord(named)) {
                return new Resolved(named, written, null);
            }
            Matcher body = e == null ? SPEAKS_FOR_BODY.matcher(written) : null;
            if (body != null && body.matches()) {
                String b = body.group("b");
                Entity known = lookup(b);
                if (known == null ? !isFirstName(b) && !DEMONYMS.contains(b) && !PARTY_WORDS.contains(b)
                        && !NOT_NAMES.contains(b) && !isStop(b) : isBody(known) || !personLike(known)) {
                    // "a Google spokeswoman said": the company speaks (not a person's spokesman, "a Smith spokesman")
                    return new Resolved(known == null ? b : known.full, written, null);
                }
            }
            String definite = e == null ? definiteName(written) : null;
            if (definite != null) {
                return new Resolved(definite, written, null); // "the FBI", "The Blaze", "the Israeli newspaper Haaretz"
            }
            String maker = e == null ? documentMaker(lower, at) : null;
            if (maker != null) {
                Entity m = lookup(maker);
                return new Resolved(maker, written, m == null ? null : m.title); // "the statement said": who made it
            }
            if (e == null && INDEFINITE.matcher(lower).lookingAt()) {
                // "a New Hampshire Republican said", "one source said", "un diplomate": an indefinite description
                // brings in someone not named before; only a definite one ("the senator") refers back. "one Republican
                // political strategist said": "the strategist" is that one later
                unnamed(lower, at);
            } else if (e == null) {
                e = byDescription(lower, at);
            }
        } else {
            String named = stripOnce(written);
            e = named == null ? null : lookup(named);
            if (e == null) {
                String clean = named == null ? null : named;
                // (nor a people's name alone that names nobody the article knows: "say Japanese buyers", "the Texan
                // said"; "Cuban said" after "Mark Cuban" was found above)
                return new Resolved(clean != null && QuoteExtractor.isNamed(clean) && !hasLowerWord(clean)
                        && !NOT_NAMES.contains(clean) && !DEMONYMS.contains(clean) ? clean : null, written, null);
            }
        }
        return e == null ? new Resolved(null, written, null) : new Resolved(e.full, written, e.title);
    }

    /**
     * Whom "it said" stands for at {@code at}: the most recent of the last speaker if a body (or one word: "IRNA"), a
     * body named as a subject, and the maker of a document the article told of ("The email includes a photo. At the
     * bottom it reads"), in this paragraph or the two before; null if none.
     */
    private String itStandsFor(long at) {
        String best = null;
        long bestPos = Long.MIN_VALUE;
        if (lastSpeaker != null && lastSpeakerPos < at
                && (isBody(lastSpeaker) || !lastSpeaker.multi() && !isFirstName(lastSpeaker.first))) {
            best = lastSpeaker.full;
            bestPos = lastSpeakerPos;
        }
        for (int i = bodySubjects.size() - 1; i >= 0 && bodySubjects.get(i).pos() > bestPos; i--) {
            Mention m = bodySubjects.get(i);
            if (m.pos() < at) {
                best = m.entity().full;
                bestPos = m.pos();
                break;
            }
        }
        for (Made x : made) {
            if (x.pos() < at && x.pos() > bestPos) {
                best = x.maker();
                bestPos = x.pos();
            }
        }
        return best != null && paragraphsApart(bestPos, at) <= 2 ? best : null;
    }

    /**
     * Who speaks where a speech verb has no subject written ("“…”, afirmó."): the last speaker, or a person who opens a
     * sentence after the last speaker spoke, whichever is later; none if neither. {@code asWritten} stays empty.
     */
    public Resolved unstated(int paragraph, int offset) {
        long at = pos(paragraph, offset);
        for (int i = mentions.size() - 1; i >= 0 && mentions.get(i).pos() > lastSpeakerPos; i--) {
            Mention m = mentions.get(i);
            // (the first name of its sentence: "tras el cierre de la Universidad Paulo Freire" speaks for nobody)
            boolean first = i == 0 || mentions.get(i - 1).sentence() != m.sentence();
            if (m.pos() < at && first && m.subject() && !m.leadingClause() && !m.entity().body && personLike(m.entity())
                    && m.entity().multi()) {
                return new Resolved(m.entity().full, null, m.entity().title);
            }
        }
        return lastSpeaker != null && lastSpeakerPos < at ? new Resolved(lastSpeaker.full, null, lastSpeaker.title)
                : new Resolved(null, null, null);
    }

    /**
     * True if {@code name} (a named speaker) may be what the pronoun {@code pronoun} stands for:
     * its gender is the pronoun's or unknown.
     */
    public boolean compatible(String pronoun, String name) {
        Entity e = lookup(name);
        char g = e == null ? '?' : e.gender;
        // "the Tax Foundation estimates ...": a body is never he or she, nor a place ("North Korea said"), nor a single
        // word the article never gave a person's name to ("Republican")
        boolean body = e != null ? e.body : PLACES.contains(name) || name.indexOf(' ') < 0 && !isFirstName(name);
        return !body && !otherSex(pronoun, g) || !isPersonal(pronoun);
    }

    /**
     * True if {@code name} has a first name of the other sex than {@code pronoun} ("she" and "Ben Jacobs"); a name whose
     * sex its first name does not tell is never of the other sex.
     */
    static boolean otherSex(String pronoun, String name) {
        return otherSex(pronoun, name.indexOf(' ') > 0 ? genderOf(name.substring(0, name.indexOf(' '))) : '?');
    }

    private static boolean otherSex(String pronoun, char g) {
        char sex = pronounSex(pronoun);
        return sex == 'm' ? g == 'f' : sex == 'f' && g == 'm';
    }

    /** He or she (in the languages read), not they or we. */
    private static boolean isPersonal(String pronoun) {
        return pronounSex(pronoun) != 0;
    }

    /**
     * 'm' for he in the languages read (he, er, il, ele, él), 'f' for she (she, elle, sie, ela, ella), 0 for any other
     * word (they, we). German "sie" is she: a plural rarely speaks ("sie sagte").
     */
    private static char pronounSex(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "er", "il", "ele", "él" -> 'm';
            case "she", "elle", "sie", "ela", "ella" -> 'f';
            default -> 0;
        };
    }

    private static final Pattern DEFINITE_ACRONYM = Pattern.compile("(?:the|The)\\s+(?<n>\\p{Lu}{2,6})");
    private static final Pattern DEFINITE_TITLE = Pattern.compile("The\\s+(?<n>\\p{Lu}\\p{Ll}{2,})");
    private static final Pattern NOUN_THEN_NAME = Pattern.compile(
            "(?:the|The)\\s+(?:\\p{Lu}\\p{L}+\\s+)?(?<noun>\\p{Ll}+)\\s+(?<n>\\p{Lu}\\p{Ll}+)");

    /**
     * The body a definite description names outright: "the FBI", "the ACU" (an acronym), "The Blaze", "The Hill" (a
     * masthead: capital The and one capitalised word that is no role, people or demonym: not "The Senator", "The
     * Texan"; "the Obama [administration]" is a cut description), "the Israeli newspaper
     * Haaretz" (a body noun, then its name); null otherwise.
     */
    private static String definiteName(String written) {
        Matcher m = DEFINITE_ACRONYM.matcher(written);
        if (m.matches()) {
            return m.group("n");
        }
        m = DEFINITE_TITLE.matcher(written);
        if (m.matches()) {
            String w = m.group("n");
            String low = w.toLowerCase(Locale.ROOT);
            boolean people = low.endsWith("an") || low.endsWith("ese") || low.endsWith("ish") || low.endsWith("s");
            return people || ROLES.containsKey(low) || BODIES.containsKey(low) || isStop(w) || NOT_NAMES.contains(w)
                    ? null : "The " + w;
        }
        m = NOUN_THEN_NAME.matcher(written);
        if (m.matches() && BODIES.containsKey(m.group("noun")) && !isStop(m.group("n"))) {
            return m.group("n");
        }
        return null;
    }

    private static final Pattern EMBEDDED_NAME = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{L}'’\\-]*\\p{L}(?:\\s+(?:(?:de|van|von|der|da|di|del|la|le)\\s+)?\\p{Lu}[\\p{L}'’\\-]*\\p{L})+");

    /** A name of two or more words inside a lower-case description, the first whose words are no stop words; else null. */
    private static String embeddedName(String description) {
        Matcher m = EMBEDDED_NAME.matcher(description);
        while (m.find()) {
            String n = strip(m.group());
            if (n != null && n.indexOf(' ') > 0 && !NOT_NAMES.contains(firstWord(n))) {
                return n;
            }
        }
        return null;
    }

    /**
     * {@code learn}: a person of unknown sex the pronoun is taken to stand for is of the pronoun's sex from then on;
     * {@code quotation} (null: none): the words the pronoun's person said, who never name that person by title.
     */
    private Entity byGender(char g, long at, boolean learn, String quotation) {
        Entity introduced = introducedJustBefore(g, at, quotation);
        if (introduced != null) {
            if (learn && introduced.gender == '?') {
                introduced.gender = g;
            }
            return introduced;
        }
        Entity recent = null;
        long recentPos = Long.MIN_VALUE;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.pos() < at && m.subject() && m.entity().gender == g && !namedIn(quotation, m.entity())) {
                recent = m.entity();
                recentPos = m.pos();
                // in that sentence, the first of that gender: its subject rather than a name further on
                for (int j = i - 1; j >= 0 && mentions.get(j).sentence() == m.sentence(); j--) {
                    Mention f = mentions.get(j);
                    if (f.subject() && f.entity().gender == g && !(f.leadingClause() && !m.leadingClause())
                            && !namedIn(quotation, f.entity())) {
                        recent = f.entity();
                    }
                }
                if (m.leadingClause()) {
                    // "Speaking where Governor Mark Tennison appeared, Wade took a swipe ...": the sentence's subject
                    // after the clause, if of no known gender, is the one it stands for
                    for (int j = i + 1; j < mentions.size() && mentions.get(j).sentence() == m.sentence()
                            && mentions.get(j).pos() < at; j++) {
                        Mention f = mentions.get(j);
                        if (f.subject() && !f.leadingClause() && f.entity().gender == '?' && f.entity().multi() && !f.entity().body
                                && !namedIn(quotation, f.entity())) {
                            recent = f.entity();
                            recentPos = f.pos();
                            break;
                        }
                    }
                }
                break;
            }
        }
        // a person of unknown gender who opens a sentence after everyone of that gender, and after the last speaker:
        // "Shook said ... Chinese Foreign Ministry spokesman Lu Kang repeated ... , he told reporters"
        Entity unknown = unknownSubjectSince(Math.max(recent == null ? Long.MIN_VALUE : recentPos,
                lastSpeaker != null && lastSpeaker.gender != (g == 'm' ? 'f' : 'm') ? lastSpeakerPos : Long.MIN_VALUE), at);
        if (unknown != null && !namedIn(quotation, unknown)) {
            if (learn) {
                unknown.gender = g; // the pronoun tells it
            }
            return unknown;
        }
        // the last speaker, of that gender, when nobody of that gender was named since
        if (lastSpeaker != null && lastSpeaker.gender != (g == 'm' ? 'f' : 'm') && !lastSpeaker.body && lastSpeakerPos < at
                && !namedIn(quotation, lastSpeaker) && (recent == null || recentPos <= lastSpeakerPos || recent == lastSpeaker)) {
            return lastSpeaker;
        }
        if (recent != null) {
            return recent;
        }
        // nobody known to be of that gender: a person of unknown gender named most recently
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.pos() < at && m.subject() && m.entity().gender == '?' && (m.entity().multi() || m.entity().title != null)
                    && !m.entity().body && (personLike(m.entity()) || opensSentenceNear(i, at)) && !namedIn(quotation, m.entity())) {
                return m.entity();
            }
        }
        // nobody of that gender as a subject: the one of that gender last named at all, in this paragraph or the one
        // before ("One of the central claims of President Barack Obama’s speech ... He told his audience:")
        for (int i = mentions.size() - 1; i >= 0 && paragraphsApart(mentions.get(i).pos(), at) <= 1; i--) {
            Mention m = mentions.get(i);
            if (m.pos() < at && m.entity().gender == g && !m.entity().body && !namedIn(quotation, m.entity())) {
                return m.entity();
            }
        }
        return null;
    }

    /**
     * True if mention {@code i} opens its sentence as its subject, in the paragraph of {@code at} or the one before:
     * "Christyn Gionfriddo, a Neptune, N.J., native ..., is saddled with ... “...,” she said" (a first name no list
     * holds).
     */
    private boolean opensSentenceNear(int i, long at) {
        Mention m = mentions.get(i);
        return m.opening() && paragraphsApart(m.pos(), at) <= 1;
    }

    /**
     * The person of sex {@code g} (or unknown) last named before {@code at}, if that mention introduced them as an object
     * with an apposition ("He was joined on the call by Ilyse Hogue, president of NARAL. She said ...", "courtesy of Wes
     * Nakagiri, a delegate from Michigan who ...") or as the writer of a text ("a message from ... Wendy Sherman") in
     * this paragraph or the one before, and nobody the pronoun could stand for was named since; null otherwise. The
     * person a story has just introduced is the one it quotes next.
     */
    private Entity introducedJustBefore(char g, long at, String quotation) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.pos() >= at) {
                continue;
            }
            Entity e = m.entity();
            if (e.body || otherSex(g == 'm' ? "he" : "she", e.gender) && !e.unsure) {
                continue; // ("... and rubber Hillary mask": none that "he" could be)
            }
            boolean fits = m.introduced() && (e.gender == g || e.gender == '?' || e.unsure)
                    && paragraphsApart(m.pos(), at) <= 1 && !namedIn(quotation, e);
            return fits ? e : null;
        }
        return null;
    }

    /**
     * The most recent person of unknown gender, known by a role or an age, who is the first subject of a sentence
     * (not in a clause opening it) after {@code since} and before {@code at}; null if none.
     */
    private Entity unknownSubjectSince(long since, long at) {
        for (int i = mentions.size() - 1; i >= 0 && mentions.get(i).pos() > since; i--) {
            Mention m = mentions.get(i);
            Entity e = m.entity();
            if (m.pos() >= at || !m.subject() || m.leadingClause() || e.gender != '?' || e.body || !e.multi()
                    || e.title == null && e.age == null && !m.opening()) {
                continue;
            }
            boolean first = true;
            for (int j = i - 1; j >= 0 && mentions.get(j).sentence() == m.sentence(); j--) {
                first &= !(mentions.get(j).subject() && !mentions.get(j).leadingClause());
            }
            if (first) {
                return e;
            }
        }
        return null;
    }

    private Entity recent(long at) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).pos() < at && mentions.get(i).subject() && mentions.get(i).entity().multi()) {
                return mentions.get(i).entity();
            }
        }
        return null;
    }

    /** Role or occupation noun → where an indefinite description of one last spoke ("one top strategist said"). */
    private final Map<String, Long> unnamedAt = new HashMap<>();

    /** Records the role and occupation nouns of an indefinite description that speaks at {@code at}. */
    private void unnamed(String lower, long at) {
        for (String w : NON_LETTERS.split(lower)) {
            if (ROLES.containsKey(w) || OCCUPATIONS.containsKey(w)) {
                unnamedAt.put(w, at);
            }
        }
    }

    /** True if an unnamed speaker of one of {@code nouns} spoke after {@code since}: "the strategist" is that one. */
    private boolean unnamedSince(List<String> nouns, long since) {
        for (String n : nouns) {
            if (unnamedAt.getOrDefault(n, Long.MIN_VALUE) > since) {
                return true;
            }
        }
        return false;
    }

    /** "the senator", "the Florida senator", "the 63-year-old", "the former secretary of state". */
    private Entity byDescription(String lower, long at) {
        Matcher age = YEAR_OLD.matcher(lower);
        String wantAge = age.find() ? age.group(1) : null;
        List<String> nouns = new ArrayList<>();
        boolean role = false;
        for (String w : NON_LETTERS.split(lower)) {
            if (ROLES.containsKey(w) || OCCUPATIONS.containsKey(w)) {
                nouns.add(w);
                role |= ROLES.containsKey(w);
            }
        }
        if (wantAge == null && nouns.isEmpty()) {
            return byBodyNoun(lower, at);
        }
        Set<Entity> seen = new HashSet<>();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            Entity e = m.entity();
            if (m.pos() >= at || !seen.add(e)) {
                continue;
            }
            if (wantAge != null && wantAge.equals(e.age)) {
                return e;
            }
            if (wantAge == null && e.title != null) {
                String t = e.title.toLowerCase(Locale.ROOT);
                for (String n : nouns) {
                    for (String cue : ROLES.getOrDefault(n, OCCUPATIONS.get(n))) {
                        if (Text.containsWord(t, cue.toLowerCase(Locale.ROOT))) {
                            return unnamedSince(nouns, m.pos()) ? null : e;
                        }
                    }
                }
            }
        }
        if (wantAge != null ? anyAgeKnown() : SPEAKING_FOR.containsAll(nouns) || !role || unnamedSince(nouns, Long.MIN_VALUE)) {
            // ("the spokesman said", and no spokesman named: not the one spoken for; nor an occupation's; nor "the
            // 58-year-old" where someone's age was told, and not that one)
            return null;
        }
        // no title fits: "the senator said" (or "the 46-year-old" where no age was told: "the Slovenia-born former
        // model delivered ... “...,” said the 46-year-old") after a person was named speaks of that person, the last speaker
        // when named as recently as anyone, else the most recent person named as a subject
        Entity recent = null;
        long recentPos = Long.MIN_VALUE;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.pos() < at && m.subject() && m.entity().multi() && !isBody(m.entity()) && personLike(m.entity())) {
                recent = m.entity();
                recentPos = m.pos();
                break;
            }
        }
        if (lastSpeaker != null && lastSpeakerPos < at && !isBody(lastSpeaker) && (lastSpeaker.multi() || personLike(lastSpeaker))
                && (recent == null || recentPos <= lastSpeakerPos)) {
            return lastSpeaker;
        }
        return recent;
    }

    /** True if the article told anyone's age ("Dora Wynn, 61,"). */
    private boolean anyAgeKnown() {
        for (Entity e : entities) {
            if (e.age != null) {
                return true;
            }
        }
        return false;
    }

    /** "the newspaper", "the committee": the most recent named body whose name ends in a word of that kind. */
    private Entity byBodyNoun(String lower, long at) {
        String[] words = lower.split("[^\\p{L}]+");
        Entity e = words.length == 0 ? null : byBodyEnd(bodyEnds(words[words.length - 1]), at);
        if (e == null && words.length >= 2 && !isRoleNoun(words[words.length - 1])) {
            // "the editorial board" when no board was named: a body noun before its head (not "the committee
            // chairmen": people)
            e = byBodyEnd(bodyEnds(words[words.length - 2]), at);
        }
        if (e == null && words.length > 0 && NAMED_BY_BRAND.contains(words[words.length - 1])) {
            e = recentBrand(at);
        }
        return e;
    }

    /**
     * Body nouns whose bodies often go by a bare brand ("Business Insider", "Harbor Freight"), no word of their kind in
     * it (a brand of one word is no name the resolver records: any word may open a sentence).
     */
    private static final Set<String> NAMED_BY_BRAND = Set.of("company", "firm");

    /**
     * "the company said" where no company's name ends in Inc or Corp: the most recent name, in this paragraph or the
     * one before, that was a sentence's subject and is no person's (no first name, title or age; no he or she), no
     * place's and no nation's (not "a farmer near Jefferson City").
     */
    private Entity recentBrand(long at) {
        long from = pos((int) (at >>> 32) - 1, 0);
        for (int i = mentions.size() - 1; i >= 0 && mentions.get(i).pos() >= from; i--) {
            Mention m = mentions.get(i);
            Entity e = m.entity();
            if (m.pos() < at && m.subject() && !personLike(e) && e.gender == '?' && !PLACES.contains(e.full)
                    && !DEMONYMS.contains(e.full) && !PARTY_WORDS.contains(e.full)) {
                return e;
            }
        }
        return null;
    }

    /** The words that end the name of a body {@code noun} stands for ("newspaper": Times, Post, ...); null for no body noun. */
    private static List<String> bodyEnds(String noun) {
        List<String> cues = BODIES.get(noun);
        return cues == null ? null : cues.subList(1, cues.size()); // (the first item is the noun itself)
    }

    /** The most recent named body whose name holds one of {@code ends}; null if none. */
    private Entity byBodyEnd(List<String> ends, long at) {
        if (ends == null) {
            return null;
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Entity e = mentions.get(i).entity();
            if (mentions.get(i).pos() < at) {
                for (String w : Text.splitAtSpaces(e.full)) {
                    if (ends.contains(w)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /** A role noun of role-nouns.txt, or its plural ("senators", "chairmen"). */
    private static boolean isRoleNoun(String w) {
        return ROLES.containsKey(w) || w.endsWith("men") && ROLES.containsKey(w.substring(0, w.length() - 3) + "man")
                || w.endsWith("s") && ROLES.containsKey(w.substring(0, w.length() - 1));
    }

    private static boolean personLike(Entity e) {
        return e.title != null || e.age != null || isFirstName(e.first);
    }

    /**
     * 'f' or 'm' for a first name of one sex, '?' otherwise: the hand-made lists decide (a name on both, "Jean" or
     * "Kim", says nothing), the US name counts only for a name they do not hold.
     */
    static char genderOf(String first) {
        return FIRST_NAMES.getOrDefault(first, '?');
    }

    private static Map<String, Character> firstNames() {
        Map<String, Character> out = new HashMap<>();
        for (Set<String> list : List.of(FEMALE, MALE, FEMALE_COUNTED, MALE_COUNTED, UNISEX_COUNTED)) {
            for (String name : list) {
                out.put(name, sexOf(name));
            }
        }
        return java.util.Collections.unmodifiableMap(out); // (a HashMap: a fifth quicker to ask than Map.copyOf's table)
    }

    /** The sex {@link #genderOf} gives a name of the lists, read from them once. */
    private static char sexOf(String first) {
        boolean f = FEMALE.contains(first);
        boolean m = MALE.contains(first);
        if (f || m) {
            return f == m ? '?' : f ? 'f' : 'm';
        }
        return FEMALE_COUNTED.contains(first) ? 'f' : MALE_COUNTED.contains(first) ? 'm' : '?';
    }

    private static boolean noFirstName(String[] words) {
        return firstNameAt(words, words.length) == words.length;
    }

    /** The index of the first known first name among {@code words} before {@code bound}; {@code bound} if none. */
    private static int firstNameAt(String[] words, int bound) {
        int k = 0;
        while (k < bound && !isFirstName(words[k])) {
            k++;
        }
        return k;
    }

    static boolean isFirstName(String w) {
        return FIRST_NAMES.containsKey(w);
    }

    private Entity lookup(String name) {
        Entity e = byWord.get(name);
        if (e != null) {
            return e;
        }
        if (name.endsWith(".") && name.length() > 1) {
            return lookup(name.substring(0, name.length() - 1)); // "Apple Inc.", "Robert F. Kennedy Jr." as read in a name
        }
        String[] w = Text.splitAtSpaces(name);
        e = byWord.get(w[w.length - 1]);
        if (e != null && (w.length == 1 || e.first.equals(w[0]) || !e.multi() || name.endsWith(" " + e.full))) {
            return e;
        }
        if (w.length == 1 && !DEMONYMS.contains(name)) { // ("Greek" is not "Greek Foreign Affairs Undersecretary Yannis Kapsis")
            for (Entity x : entities) {
                if (x.multi() && x.first.equals(name) && !TITLE_IN_NAME.contains(name)) {
                    return x; // "Hillary" for Hillary Clinton, "Wang" for Wang Yi (family name first)
                }
            }
            // a surname misspelt by one letter ("Leslie Wimes" … "Wines said"): the one person it can be
            Entity near = null;
            for (Entity x : entities) {
                if (x.multi() && !x.body && name.length() >= 5 && x.last.charAt(0) == name.charAt(0)
                        && oneEditApart(x.last, name)) {
                    if (near != null && near != x) {
                        return null;
                    }
                    near = x;
                }
            }
            return near;
        } else {
            for (Entity x : entities) {
                if (x.body && x.full.endsWith(" " + name)) {
                    return x; // "Presidential Debates" (announced) for the Commission on Presidential Debates
                }
            }
        }
        return null;
    }

    /** True if {@code a} becomes {@code b} by one letter replaced, added, dropped, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        // (in either case: "McClenney" without its C is "McLenney")
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** {@link #strip}, once per name and article. */
    private String stripOnce(String name) {
        String s = strippedNames.get(name);
        if (s == null) {
            s = strip(name);
            strippedNames.put(name, s == null ? NOTHING_LEFT : s);
            return s;
        }
        return s.isEmpty() ? null : s;
    }

    /** The name without leading words that are no part of it ("And Patrick", "When Clinton"); null if none left. */
    static String strip(String name) {
        String[] w = Text.splitAtSpaces(name.strip());
        int a = 0;
        while (a < w.length && (isStop(w[a].indexOf('.') < 0 ? w[a] : w[a].replace(".", "")) && !monthAsFirstName(w, a)
                || Character.isLowerCase(w[a].charAt(0))
                || !Character.isLetter(w[a].charAt(0)) || contraction(w[a])
                || a + 1 < w.length && w[a].endsWith("ing") && w[a].length() > 5 && !isFirstName(w[a]))) {
            // (also "It’s Bernie", "That’s Trump": a pronoun's contraction; "Debating Clinton", "Continuing Sanders":
            // a participle opening the sentence before the name)
            a++;
        }
        if (a >= w.length) {
            return null;
        }
        // "Washington Post’s Ishaan Tharoor": the possessor is no part of the name
        for (int k = w.length - 2; k >= a; k--) {
            if (w[k].endsWith("’s") || w[k].endsWith("'s")) {
                a = k + 1;
                break;
            }
        }
        // "Rep. Dina Titus", "Democratic Rep. Dina Titus": titles are not part of the name
        for (int k = w.length - 2; k >= a; k--) {
            if ((TITLE_IN_NAME.contains(w[k]) || isTitle(w[k]) || isCompoundRole(w[k])) && !middleInitial(w, k, a)) {
                a = k + 1;
                break;
            }
        }
        String out = String.join(" ", java.util.Arrays.copyOfRange(w, a, w.length));
        if (out.endsWith("'") || out.endsWith("’") || out.endsWith("'s") || out.endsWith("’s")) {
            out = POSSESSIVE_END.matcher(out).replaceAll("");
        }
        String last = out.substring(out.lastIndexOf(' ') + 1);
        if (isStop(last) && !(QuoteExtractor.SURNAME_MONTHS.contains(last) && out.indexOf(' ') > 0
                && (isFirstName(w[a]) || w.length - a >= 3))) {
            return null; // "L. She" (but "Theresa May", "Yin Myint May": a month that is a surname)
        }
        return out.length() < 2 ? null : out;
    }

    /**
     * {@code w[k]} is "M." after a name word and before the surname ("Harry M. Reid", "Virgie M. Rollins"): a middle
     * initial, not the French title, which opens the name or follows another title ("M. Dupont", "le maire M. Dupont").
     */
    private static boolean middleInitial(String[] w, int k, int a) {
        if (k <= a || w[k].length() != 2 || w[k].charAt(1) != '.') {
            return false;
        }
        String before = w[k - 1];
        return Character.isUpperCase(before.charAt(0)) && !before.endsWith(".") && !isTitle(before)
                && !TITLE_IN_NAME.contains(before) && !isStop(before);
    }

    private static final List<String> COMPOUND_ROLE_HEADS = lines("quotes/compound-role-heads.txt");

    /**
     * A compound that names a role ("Grünen-Fraktionschefin", "Landesinnenminister"): it ends in a role of
     * {@code compound-role-heads.txt} with at least three letters before it.
     */
    static boolean isCompoundRole(String word) {
        if (word.length() < 7 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String head : COMPOUND_ROLE_HEADS) {
            if (lower.length() >= head.length() + 3 && lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** {@code w[a]} is a month that is a first name before a surname ("April Ryan"), not a date ("April 5"). */
    private static boolean monthAsFirstName(String[] w, int a) {
        return QuoteExtractor.SURNAME_MONTHS.contains(w[a]) && isFirstName(w[a]) && a + 1 < w.length
                && Character.isUpperCase(w[a + 1].charAt(0)) && !isStop(w[a + 1]);
    }

    /**
     * A month alone ("May told reporters") that is the surname of a person the article named in full ("Theresa May"):
     * that person; else null.
     */
    private Entity monthSurname(String word) {
        if (!QuoteExtractor.SURNAME_MONTHS.contains(word)) {
            return null;
        }
        Entity e = byWord.get(word);
        return e != null && e.multi() && !e.body ? e : null;
    }

    /** A digit follows {@code end} after spaces: the word before it is a date's month ("May 5"). */
    private static boolean digitAfter(String text, int end) {
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && Character.isDigit(text.charAt(k));
    }

    /** "It’s", "That's", "There’re": a stop word's contraction, no part of a name. */
    private static boolean contraction(String w) {
        String base = Text.withoutContraction(w);
        return base != w && isStop(base);
    }

    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "da", "di", "bin", "al", "le", "la", "del");

    private static boolean hasLowerCaseLetter(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "al-Sabah", "el-Sisi": an Arabic name with its article joined by a hyphen. */
    private static boolean articledName(String w) {
        return w.length() > 4 && (w.startsWith("al-") || w.startsWith("el-")) && Character.isUpperCase(w.charAt(3));
    }

    private static boolean hasLowerWord(String s) {
        for (String w : Text.splitAtSpaces(s)) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NAME_PARTICLES.contains(w) && !articledName(w)) {
                return true;
            }
        }
        return false;
    }

    /** Up to six role words before a name: "White House press secretary", "retired neurosurgeon". */
    private static String roleBefore(String text, int nameStart) {
        int end = nameStart;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == ',') {
            end--; // "Kazakhstan's foreign minister, Erlan Idrissov,": the role, a comma, then the name
        }
        int start = end;
        int count = 0;
        int i = end;
        while (i > 0 && count < 6) {
            int j = i;
            while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '-' || text.charAt(j - 1) == '.'
                    || text.charAt(j - 1) == '’' || text.charAt(j - 1) == '\'')) {
                j--;
            }
            if (j == i) {
                break;
            }
            String w = text.substring(j, i);
            if (BEFORE_STOP.contains(w.toLowerCase(Locale.ROOT)) || w.endsWith("’s") || w.endsWith("'s")
                    || w.endsWith(".") && w.length() > 4 && w.equals(w.toLowerCase(Locale.ROOT))) {
                break; // "... said. -State Department spokesman": not across a sentence end
            }
            start = j;
            count++;
            if (j == 0 || text.charAt(j - 1) != ' ') {
                break;
            }
            i = j - 1;
        }
        int from = start;
        while (from < end && "-–—.".indexOf(text.charAt(from)) >= 0) {
            from++; // leading dashes and dots are no part of the role (no regex: this runs on every name)
        }
        String role = text.substring(from, end).strip();
        return !role.isEmpty() && hasRole(role) ? role : null;
    }

    private static boolean hasRole(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        // its words, as NON_LETTERS would split them (this runs for every name with a word before it)
        for (int i = 0, n = lower.length(); i < n; ) {
            int c = lower.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(c = lower.codePointAt(i))) {
                i += Character.charCount(c);
            }
            String w = lower.substring(start, i);
            if (ROLES.containsKey(w) || OCCUPATIONS.containsKey(w) || ROLE_ABBREVIATIONS.contains(w) || w.equals("chief") || w.equals("executive") || w.equals("ceo") || w.equals("head")
                    || w.equals("leader") || w.equals("member") || w.equals("president")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sex of the first he, him, his, she, her or hers (in any case) that stands as a word of its own in {@code [from,
     * stop)} and starts fewer than {@code within} characters after {@code from}: 'm', 'f', or 0 if there is none. This
     * is the first match of {@code (?<![\p{L}])(he|him|his|she|her|hers)(?![\p{L}])} (case-insensitive, ASCII) in
     * that region, read word by word rather than tried at every character.
     */
    static char pronounAfter(String text, int from, int stop, int within) {
        for (int i = from; i < stop && i - from < within; i++) {
            if (i > from && Character.isLetter(text.charAt(i - 1))) {
                continue; // inside a word (the pattern's look-behind reads one char, as here)
            }
            int e = i;
            int c;
            while (e < stop && Character.isLetter(c = text.codePointAt(e)) && e + Character.charCount(c) <= stop) {
                e += Character.charCount(c);
            }
            char g = e - i >= 2 && e - i <= 4 ? pronounGender(text, i, e) : 0;
            if (g != 0) {
                return g;
            }
        }
        return 0;
    }

    /**
     * 'm' if {@code text[start, end)} is he, him or his, 'f' if she, her or hers, in any case of ASCII letters; else 0.
     * (Read in place: this runs on every short word after a name.)
     */
    private static char pronounGender(String text, int start, int end) {
        int n = end - start;
        char a = asciiLower(text.charAt(start));
        char b = asciiLower(text.charAt(start + 1));
        char c = n > 2 ? asciiLower(text.charAt(start + 2)) : 'x';
        char d = n > 3 ? asciiLower(text.charAt(start + 3)) : 'x';
        if (a == 0 || b == 0 || c == 0 || d == 0) {
            return 0;
        }
        if (n == 2) {
            return a == 'h' && b == 'e' ? 'm' : 0;
        }
        if (n == 3) {
            if (a == 'h' && b == 'i' && (c == 'm' || c == 's')) {
                return 'm';
            }
            return a == 's' && b == 'h' && c == 'e' || a == 'h' && b == 'e' && c == 'r' ? 'f' : 0;
        }
        return a == 'h' && b == 'e' && c == 'r' && d == 's' ? 'f' : 0;
    }

    /** {@code c} in lower case if it is an ASCII letter, else 0. */
    private static char asciiLower(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c >= 'a' && c <= 'z' ? c : 0;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean inside(int offset, List<int[]> quoted) {
        for (int[] q : quoted) {
            if (offset >= q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** How many paragraphs place {@code from} lies before place {@code to} (both made by {@link #pos}). */
    private static long paragraphsApart(long from, long to) {
        return (to >>> 32) - (from >>> 32);
    }

    private static long pos(int paragraph, int offset) {
        return (long) paragraph << 32 | offset;
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return (sp < 0 ? s : s.substring(0, sp)).replace(".", "");
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> roleAbbreviations() {
        Set<String> out = new HashSet<>();
        for (List<String> cues : ROLES.values()) {
            for (String cue : cues) {
                if (cue.endsWith(".")) {
                    out.add(cue.substring(0, cue.length() - 1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(out);
    }

    private static Map<String, List<String>> roles(String resource) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : lines(resource)) {
            String[] p = line.split("\t");
            List<String> cues = new ArrayList<>(List.of(p[0]));
            if (p.length > 1) {
                cues.addAll(List.of(p[1].strip().split("\\s+")));
            }
            out.put(p[0], List.copyOf(cues));
        }
        return Map.copyOf(out);
    }

    /** The non-blank lines of a class-path resource that do not start with #. */
    static List<String> lines(String resource) {
        InputStream in = SpeakerResolver.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().replace("\\t", "\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
