package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The searches that try a pattern only where it may start ({@link Text#find}) find exactly what
 * the plain {@code Matcher.find()} loop finds: compared on written sentences and on many random
 * mixes of their pieces, with the letters that fold in unexpected ways under Unicode case
 * (dotted capital I, long s, Kelvin sign) and letters outside the BMP.
 */
class StartScanTest {

    @Test
    void theAsciiShortcutForWhitespaceAgreesWithTheUnicodeTables() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Text.isWhitespace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void theAsciiShortcutForCapitalsAgreesWithTheUnicodeTables() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Text.upperCaseAt(String.valueOf(c), 0)).as("U+%04X", (int) c)
                    .isEqualTo(Character.getType(c) == Character.UPPERCASE_LETTER);
        }
        assertThat(Text.upperCaseAt("x\uD835\uDC00", 1)).isTrue(); // MATHEMATICAL BOLD CAPITAL A, outside the BMP
    }

    @Test
    void aWordTableAnswersForAStretchWhatItsSetAnswersForTheSubstring() {
        java.util.Set<String> words = java.util.Set.of("statement", "report", "e-mail", "poll", "ab", "x", "Über", "sagte");
        WordTable table = new WordTable(words);
        for (String text : texts()) {
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= Math.min(text.length(), from + 12); to++) {
                    assertThat(table.contains(text, from, to)).as("[%s] %d-%d", text, from, to)
                            .isEqualTo(words.contains(text.substring(from, to)));
                }
            }
        }
        String t = "the statement, a report, an e-mail, a poll: x ab Über sagte; statements reporter";
        for (String w : words) {
            int at = t.indexOf(w);
            assertThat(table.contains(t, at, at + w.length())).as(w).isTrue();
        }
        assertThat(table.contains(t, t.indexOf("statements"), t.indexOf("statements") + 10)).isFalse();
    }

    @Test
    void theRegexSpaceTestIsWhatBackslashSMatches() {
        java.util.regex.Pattern space = java.util.regex.Pattern.compile("\\s");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Text.isRegexSpace(c)).as("U+%04X", (int) c).isEqualTo(space.matcher(String.valueOf(c)).matches());
        }
    }


    private static final String[] PIECES = {
        "June 19, 2023", "19 June 2023", "19. Juni 2023", "19 février 2020", "2023-06-19", "19.06.2023",
        "23/10/2020", "Jun. 19", "Feb 26", "MARCH 3", "märz 4", "Mär 4", "DÉC 12", "déc. 1", "1er mai",
        "3rd Sept", "sept 31", "Jänner 2", "İst 3", "ſep 9", "ſept 10", "jUL 4th", "Aoû 15", "août 15",
        "5. 3. 2024", "1 / 12 / 2020", "05-03-2024", "2024. március 5.", "2024年3月5日", "2024년 3월 5일",
        "Mayor Bill de Blasio said", "Dr. Ana Ruiz, a spokeswoman for the agency, told", "Herr Müller sagte",
        "Sen. Lee (D) would also have said", "the minister said", "M. Dupont a déclaré", "Lindner nennt",
        "She said", "Xi Jinping has repeatedly warned", "O'Brien added", "Ólafur Ragnarsson explained",
        "𝐀lpha said", "\u212Aelvin said", "Éric Zemmour a dit", "McDonald says", "NASA announced",
        "said", "in", "the", "on", "Monday", "12", "2024", "15:30", "(AP)", "—", "“", "”", "\"", ",", ".",
        " ", " ", " ", "\n", "x", "Ab", "mar", "jan", "1", "31", "Mayo", "Junio",
    };

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add("ROME, June 19, 2023 (Reuters) - Mayor Bill de Blasio said on Monday that 19.06.2023 was late.");
        texts.add("Berlin, 19. Juni 2023. Herr Müller sagte am 3. März, er komme am 1er mai.");
        texts.add("");
        texts.addAll(mixes(PIECES, 20261129, 20_000, 12));
        return texts;
    }

    /** {@code count} texts of 1 to {@code most} pieces drawn at random (a fixed seed), most followed by a space. */
    private static List<String> mixes(String[] pieces, long seed, int count, int most) {
        List<String> texts = new ArrayList<>();
        Random random = new Random(seed);
        for (int n = 0; n < count; n++) {
            StringBuilder b = new StringBuilder();
            int k = 1 + random.nextInt(most);
            for (int p = 0; p < k; p++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            texts.add(b.toString());
        }
        return texts;
    }

    @Test
    void dateSearchFindsWhatThePlainSearchFinds() {
        int found = 0;
        for (String text : texts()) {
            for (int from : new int[] {0, text.length() / 2}) {
                for (boolean dayFirst : new boolean[] {true, false}) {
                    DateExpressions.FoundDate expected = plainDateFind(text, from, dayFirst);
                    assertThat(DateExpressions.find(text, from, dayFirst)).as("%s from %d", text, from).isEqualTo(expected);
                    found += expected == null ? 0 : 1;
                }
            }
        }
        assertThat(found).as("dates among the texts").isGreaterThan(10_000);
    }

    @Test
    void reportedSpeakerFindsWhatThePlainSearchFinds() {
        QuoteExtractor quotes = new QuoteExtractor();
        int found = 0;
        for (String text : texts()) {
            String expected = plainReportedSpeaker(text);
            assertThat(quotes.reportedSpeaker(text)).as(text).isEqualTo(expected);
            found += expected == null ? 0 : 1;
        }
        assertThat(found).as("speakers among the texts").isGreaterThan(5_000);
    }

    private static final String[] NAME_PIECES = {
        "Mr.", "Mr", "Mrs", "M.", "Mme", "Dr", "Sen.", "Senator", "President", "Speaker", "Pope", "Rev.", "Judge",
        "J.", "A.", "de", "van", "der", "del", "al", "bin", "la", "le", "von", "da", "di", "Trump’s", "Clinton's", "Obama’",
        "O’Brien", "Smith-Jones", "Smith-", "McDonald", "Ólafur", "Éric", "İlham", "DÉC", "NASA", "X", "Xi", "A",
        "ab", "the", "said", "3", "4th", "’s", "'", "’", "-", ".", ",", "\u00A0", "\t", "\n", " ", " ", " ", "  ",
    };

    private static List<String> nameTexts() {
        List<String> texts = new ArrayList<>(texts());
        texts.add("Mr. J. de Vries’s aide, Dr Ana van der Berg and Senator Smith-Jones met M. Dupont and Mme. Lo.");
        texts.add("Speaker Paul Ryan, President Obama’ and Pope Francis; 3Mr Smith; .Mr Smith; x'Mr Smith");
        texts.add("ORRIN TEXTILES REPORTS ANNUAL REVENUE UP SHARPLY AS NEW MILLS IN THE SOUTH OPEN AND EXPAND OUTPUT");
        // abbreviated titles are titles only with their full stop ("Det Norske" is no title)
        texts.add("Staff Sgt. Jane Roe, Cpl. Ana Lee, Lt.-Gov. Ruiz, Det Norske Veritas, Const Smith and Msgr.  Peter Black's aide");
        texts.addAll(mixes(NAME_PIECES, 20261206, 40_000, 14));
        return texts;
    }

    @Test
    void nameScanFindsWhatTheNamePatternFinds() throws java.io.IOException {
        List<String> texts = nameTexts();
        java.nio.file.Path seed = java.nio.file.Path.of("../shared/corpus/seed/txt");
        if (java.nio.file.Files.isDirectory(seed)) { // real paragraphs too, where the corpus is beside the project
            try (var files = java.nio.file.Files.list(seed)) {
                for (java.nio.file.Path f : files.toList()) {
                    texts.addAll(List.of(java.nio.file.Files.readString(f).split("\n\\s*\n")));
                }
            }
        }
        int found = 0;
        for (String text : texts) {
            Matcher m = NameScan.PATTERN.matcher(text);
            NameScan scan = new NameScan(text);
            // every match from every position, as a scan that resumes anywhere would meet it
            for (int from = 0; from <= text.length(); from++) {
                boolean expected = m.find(from);
                assertThat(scan.find(from)).as("[%s] from %d", text, from).isEqualTo(expected);
                if (expected) {
                    assertThat(new Object[] {scan.start(), scan.end(), scan.title(), scan.name(), scan.possessive()})
                            .as("[%s] from %d", text, from)
                            .containsExactly(m.start(), m.end(), m.group("title"), m.group("name"), m.group("poss") != null);
                    found++;
                    from = Math.max(from, m.start()); // (the next start tried is the one after this match's start)
                }
            }
        }
        assertThat(found).as("names among the texts").isGreaterThan(20_000);
    }

    @Test
    void aStartTestOnlyRulesOutPositions() {
        // a test that accepts nothing finds nothing; one that accepts everything is the plain search
        Matcher m = Text.scanner(DateExpressions.DATE, "on June 19, 2023");
        assertThat(Text.find(m, "on June 19, 2023", 0, (s, i) -> false)).isFalse();
        assertThat(Text.find(m, "on June 19, 2023", 0, (s, i) -> true)).isTrue();
        assertThat(m.start()).isEqualTo(3);
        assertThat(m.group()).isEqualTo("June 19, 2023");
    }

    /**
     * What DateExpressions.find did before it scanned for starts: the first date of the common forms, or of the rarer
     * ones if one starts earlier (looked for in a text with their marks only).
     */
    private static DateExpressions.FoundDate plainDateFind(String text, int from, boolean dayFirst) {
        DateExpressions.FoundDate first = plainDateFind(DateExpressions.DATE, text, from, dayFirst);
        DateExpressions.FoundDate more = DateExpressions.mayHoldMore(text)
                ? plainDateFind(DateExpressions.DATE_MORE, text, from, dayFirst) : null;
        return more != null && (first == null || more.start() < first.start()) ? more : first;
    }

    private static DateExpressions.FoundDate plainDateFind(Pattern p, String text, int from, boolean dayFirst) {
        Matcher m = p.matcher(text);
        int pos = from;
        while (pos <= text.length() && m.find(pos)) {
            DateExpressions.FoundDate d = DateExpressions.toDate(m, dayFirst);
            if (d != null) {
                return d;
            }
            pos = m.start() + 1;
        }
        return null;
    }

    /** What QuoteExtractor.reportedSpeaker did before it scanned for capitals. */
    private static String plainReportedSpeaker(String text) {
        Matcher m = QuoteExtractor.NAMED_REPORTER.matcher(text);
        String last = null;
        while (m.find()) {
            String who = m.group("who").strip();
            if (QuoteExtractor.isNamed(who) && !QuoteExtractor.insideQuotation(text, m.start("who"))) {
                last = who;
            }
        }
        return last;
    }
    @Test
    void wordsAreWhatSplittingAtSpacesGives() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        List<String> texts = texts();
        texts.addAll(List.of(" ", "   ", " a", "a ", "\t a \n b\r", "\u00A0a b\u2003c", "a\u000Bb\fc"));
        for (String text : texts) {
            assertThat(Text.splitAtSpaces(text)).as("[%s]", text).containsExactly(spaces.split(text));
        }
    }

    @Test
    void thePronounAfterANameIsThePatternsFirstMatch() {
        java.util.regex.Pattern pronoun = java.util.regex.Pattern.compile(
                "(?<![\\p{L}])(he|him|his|she|her|hers)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE);
        List<String> texts = texts();
        texts.addAll(List.of("Ana Ruiz said she would go", "Tom Okafor, whose HIS account", "Lee: ſhe, \u212Aher, hers",
                "Theo hero sheer HER", "Ro he\u0301 said", "X 𝐀he said", "Jo Hers", "hehe she"));
        int found = 0;
        for (String text : texts) {
            for (int from = 0; from < text.length(); from += 1 + text.length() / 7) {
                for (int stop : new int[] {text.length(), Math.min(text.length(), from + 9)}) {
                    java.util.regex.Matcher p = pronoun.matcher(text).region(from, stop);
                    char expected = 0;
                    if (p.find() && p.start() - from < 30) {
                        String w = p.group(1).toLowerCase(java.util.Locale.ROOT);
                        expected = w.startsWith("h") && !w.equals("her") && !w.equals("hers") ? 'm' : 'f';
                    }
                    assertThat(SpeakerResolver.pronounAfter(text, from, stop, 30)).as("%s from %d to %d", text, from, stop)
                            .isEqualTo(expected);
                    found += expected == 0 ? 0 : 1;
                }
            }
        }
        assertThat(found).as("pronouns among the texts").isGreaterThan(1_000);
    }
    @Test
    void anAlternationGroupedByFirstLetterMatchesWhatItMatched() {
        String alternation = "(?:said|says|\\Qha detto\\E|(?:avait|a)(?:\\s+\\p{Ll}+ment)?\\s+dit|emphasi[sz]ed|so|a-t-il|sagte)";
        String grouped = Text.byFirstLetter(alternation);
        assertThat(grouped).startsWith("(?:(?=s)(?:said|says|so|sagte)|(?=h)");
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("il a dit", "elle avait alors dit", "a-t-il", "emphasized", "emphasised so", "ha detto", "sagte"));
        assertSameMatches(alternation, grouped, texts);
        // an alternative whose first letter cannot be told (an optional group first) leaves the alternation as it is
        assertThat(Text.byFirstLetter("(?:(?:a\\s+)?dit|said)")).isEqualTo("(?:(?:a\\s+)?dit|said)");
        assertThat(Text.byFirstLetter("(?:[Ss]aid|told)")).isEqualTo("(?:[Ss]aid|told)");
    }

    @Test
    void theFirstWordsOfAnAlternationAreTheWordsItsMatchesOpenWith() {
        assertThat(Text.firstWords("(?:said|says|\\Qha detto\\E|(?:avait|a)(?:\\s+\\p{Ll}+ment)?\\s+dit|emphasi[sz]ed|a-t-il|pointed\\s+out)"))
                .containsExactly("said", "says", "ha", "avait", "a", "emphasised", "emphasized", "pointed");
        // what letters may follow, or a quantified letter, cannot be told: no answer rather than a wrong one
        assertThat(Text.firstWords("(?:said|sag(?:t|te))")).isNull();
        assertThat(Text.firstWords("(?:said|e-?mailed|says?)")).isNull();
        assertThat(Text.firstWords("(?:said|\\p{Ll}+ly)")).isNull();
        assertThat(Text.firstWords("(?:(?:a|b)c|d)")).isNull();
        assertThat(Text.firstWords("said")).isNull();
        // every verb of the list opens with one of the speech verbs' first words
        java.util.Set<String> words = Text.firstWords(QuoteExtractor.VERB_ALTERNATIVES);
        for (String verb : SpeakerResolver.lines("quotes/speech-verbs.txt")) {
            assertThat(words).as(verb).contains(verb.split("[^\\p{L}]")[0]);
        }
    }

    @Test
    void theLastSpeechVerbIsTheLastMatchOfThePlainSearch() {
        java.util.regex.Pattern verb = java.util.regex.Pattern.compile("(?<=\\s)" + QuoteExtractor.VERB + "(?![\\p{L}])");
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("il a dit", "elle avait alors dit que", " a-t-il dit", "x\uD835\uDC00 said", "said", " said", "sagte\tso"));
        int found = 0;
        for (String text : texts) {
            int expected = -1;
            for (int q = 0; q < text.length(); q++) {
                if (verb.matcher(text).region(q, text.length()).useTransparentBounds(true).lookingAt()) {
                    expected = q;
                }
            }
            assertThat(QuoteExtractor.lastVerbStart(text)).as(text).isEqualTo(expected);
            found += expected < 0 ? 0 : 1;
        }
        assertThat(found).as("verbs among the texts").isGreaterThan(5_000);
    }

    @Test
    void theDocumentMakersPatternsStartOnlyWhereTheirStartTestsAllow() {
        String[] pieces = {"Cook", "Mr. Cook", "The Democratic Party", "the FDIC", "Clinton’s campaign", "Clinton's", "In", "in",
            "a", "an", "the", "The", "A", "statement", "report", "e-mail", "poll", "memo", "said in", "issued", "released by",
            "emailed", "will sue", "tweeted", "campaign", "written", ",", ".", " ", " ", "\n", "’s", "from", "by", "Ín", "İn"};
        assertThat(startScansFindWhatFindFinds(SpeakerResolver.MAKES, SpeakerResolver.MAKES_START, mixes(pieces, 20261207, 20_000, 10)))
                .as("documents among the texts").isGreaterThan(2_000);
    }

    @Test
    void theLowerCaseMakersPatternsStartOnlyWhereTheirStartTestsAllow() {
        String[] pieces = {"he", "He", "she", "She", "they", "They", "his", "His", "her", "Her", "their", "campaign", "office",
            "the business mogul", "The", "In", "in", "a", "the", "statement", "report", "e-mail", "memo", "sent out", "issued",
            "also", "said", "told", ",", ".", " ", " ", "\n", "’s", "Cook", "Ín", "İn", "Ha", "sHe"};
        assertThat(startScansFindWhatFindFinds(SpeakerResolver.LOWER_MAKES, SpeakerResolver.LOWER_MAKES_START,
                mixes(pieces, 20261208, 20_000, 10))).as("documents among the texts").isGreaterThan(300);
    }

    /**
     * Asserts that each pattern, tried only where its start test allows ({@link Text#find}), finds in {@link #texts()}
     * and {@code more} what its plain {@code find()} finds; returns how many matches there were.
     */
    private static int startScansFindWhatFindFinds(List<Pattern> patterns, List<Text.StartTest> starts, List<String> more) {
        assertThat(starts).hasSameSizeAs(patterns);
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(more);
        int found = 0;
        for (String text : texts) {
            for (int k = 0; k < patterns.size(); k++) {
                List<String> expected = new ArrayList<>();
                for (Matcher m = patterns.get(k).matcher(text); m.find(); ) {
                    expected.add(m.start() + ":" + m.group());
                }
                List<String> actual = new ArrayList<>();
                Matcher m = Text.scanner(patterns.get(k), text);
                for (int from = 0; Text.find(m, text, from, starts.get(k)); from = m.end()) {
                    actual.add(m.start() + ":" + m.group());
                }
                assertThat(actual).as("pattern %d in %s", k, text).isEqualTo(expected);
                found += expected.size();
            }
        }
        return found;
    }

    @Test
    void aDocumentMakersPatternIsSkippedOnlyWhereItsKindOfDocumentWordIsAbsent() {
        // the noun patterns need a document noun among the words, the verb pattern a document verb: where
        // documentWords says the kind is absent, the pattern finds no document named by a whole word
        List<String> texts = new ArrayList<>(texts());
        String[] pieces = {"Cook", "The Democratic Party", "Clinton’s campaign", "In", "a", "the", "statement", "report",
            "e-mail", "memo", "said in", "issued", "released by", "emailed", "e-mailed", "will sue", "is suing", "sued",
            "tweeted", "campaign", "he", "his", ",", ".", " ", " ", "’s", "from", "by"};
        texts.addAll(mixes(pieces, 20261209, 20_000, 10));
        int checked = 0;
        for (String text : texts) {
            int kinds = SpeakerResolver.documentWords(text);
            for (int k = 0; k < SpeakerResolver.MAKES.size(); k++) {
                int needs = k == SpeakerResolver.MAKES_BY_VERB ? SpeakerResolver.VERB : SpeakerResolver.NOUN;
                for (Matcher m = SpeakerResolver.MAKES.get(k).matcher(text); m.find(); ) {
                    if (wholeWord(text, m.start("doc"), m.end("doc"))) {
                        assertThat(kinds & needs).as("pattern %d in %s", k, text).isNotZero();
                        checked++;
                    }
                }
            }
            for (int k = 0; k < SpeakerResolver.LOWER_MAKES.size(); k++) {
                for (Matcher m = SpeakerResolver.LOWER_MAKES.get(k).matcher(text); m.find(); ) {
                    if (wholeWord(text, m.start("doc"), m.end("doc"))) {
                        assertThat(kinds & SpeakerResolver.NOUN).as("lower pattern %d in %s", k, text).isNotZero();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("documents among the texts").isGreaterThan(2_000);
    }

    /** True if {@code text} holds a word of letters and hyphens from {@code from} to {@code to}, no more. */
    private static boolean wholeWord(String text, int from, int to) {
        return (from == 0 || !Character.isLetter(text.charAt(from - 1)))
                && (to == text.length() || !Character.isLetter(text.charAt(to)) && text.charAt(to) != '-');
    }

    @Test
    void theGroupedSpeechVerbsMatchWhatTheirListMatches() {
        assertThat(QuoteExtractor.VERB).isNotEqualTo(QuoteExtractor.VERB_ALTERNATIVES).contains("(?=s)");
        List<String> texts = new ArrayList<>(texts());
        for (String verb : SpeakerResolver.lines("quotes/speech-verbs.txt")) {
            texts.add("Ana Ruiz " + verb + " that");
            texts.add(verb + "s " + verb.toUpperCase(java.util.Locale.ROOT));
        }
        texts.addAll(List.of("a-t-il dit", "a -t-il", "elle a notamment déclaré", "hatte gesagt", "pointed  out", "emphasised"));
        assertSameMatches(QuoteExtractor.VERB_ALTERNATIVES, QuoteExtractor.VERB, texts);
    }

    @Test
    void theGroupedTitlesMatchWhatTheirListsMatch() {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("the Rev. Al Sharpton", "the  Rev Ana", "Rev. Ana", "Mrs. Ruiz and Ms Lee", "Mme Dupont, M. Roux",
                "Secretary Blinken", "Pope Leo", "President Ruiz", "Mr Mrs Ms Miss Mayor Minister Mme M"));
        assertSameMatches("(?:(?:the\\s+)?Rev|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Sir|Dame|Lord|Lady|Herr|Frau|M|Mme)",
                Text.byFirstLetter(QuoteExtractor.TITLE_WORD_ALTERNATIVES), texts);
        String nameTitles = "(?:" + String.join("|", NameScan.TITLES.stream().sorted().toList()) + ")";
        assertSameMatches(nameTitles, Text.byFirstLetter(nameTitles), texts);
    }

    private static void assertSameMatches(String before, String after, List<String> texts) {
        java.util.regex.Pattern a = java.util.regex.Pattern.compile("(?<![\\p{L}])(?<v>" + before + ")(?![\\p{L}])");
        java.util.regex.Pattern b = java.util.regex.Pattern.compile("(?<![\\p{L}])(?<v>" + after + ")(?![\\p{L}])");
        int found = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            for (Matcher m = a.matcher(text); m.find(); ) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> actual = new ArrayList<>();
            for (Matcher m = b.matcher(text); m.find(); ) {
                actual.add(m.start() + ":" + m.group());
            }
            assertThat(actual).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("matches among the texts").isGreaterThan(100);
    }
}
