package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.split.ParagraphSplitter;

/** The role model without Spring: its cues, its trainer, its file, and how the tagger uses it. */
class RoleModelTest {

    private static final Role[] CLASSES = Role.values();

    // ---- cues

    private static List<String> cues(List<Paragraph> ps, Role[] rule, int i) {
        boolean[] markup = new boolean[ps.size()];
        for (int k = 0; k < ps.size(); k++) {
            markup[k] = !"text".equals(ps.get(k).tag());
        }
        String[] cue = new String[ps.size()];
        return RoleFeatures.shared().of(new RoleFeatures.Context(ps, rule, cue, markup, 0, 2), i);
    }

    @Test
    void classAndIdTokensOfAnyLanguageNameTheirGroup() {
        List<Paragraph> ps = List.of(
                new Paragraph(1, "Ein Titel", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, "Jana Vogt", "span", "body>article>div.articleAuthorBox>span#bylineName", 0, null),
                new Paragraph(3, "Der Hafen am Morgen", "p", "body>article>figure>div.bildunterschrift>p", 0, null));
        Role[] rule = {Role.HEADLINE, Role.BODY, Role.BODY};
        List<String> byline = cues(ps, rule, 1);
        assertThat(byline).contains("class byline", "own class byline", "name shape", "1 after headline",
                "html: class byline", "rule BODY", "before: rule HEADLINE", "tag span");
        List<String> caption = cues(ps, rule, 2);
        assertThat(caption).contains("class caption", "in figure").doesNotContain("class byline");
        assertThat(RoleFeatures.shared().group("imagecaption")).isEqualTo("caption");
        assertThat(RoleFeatures.shared().group("paragraph")).isNull();
    }

    @Test
    void plainTextHasNoMarkupCuesButItsVocabularyAndShapes() {
        List<Paragraph> ps = List.of(Paragraph.plain(1, "Foto: dpa"), Paragraph.plain(2, "BERLIN, 5. März 2024 – Der Tag."));
        Role[] rule = {Role.PHOTO_CREDIT, Role.DATELINE};
        List<String> credit = cues(ps, rule, 0);
        assertThat(credit).contains("opens with a credit word", "agency", "text: agency", "early colon")
                .noneMatch(c -> c.startsWith("tag ") || c.startsWith("class ") || c.startsWith("html: "));
        assertThat(cues(ps, rule, 1)).contains("year", "month name", "spaced dash", "text: year");
    }

    @Test
    void aRuleCueIsReducedToItsKind() {
        assertThat(RoleFeatures.cueKind("credit word \"Foto:\"; just before a credit line")).isEqualTo("credit word");
        assertThat(RoleFeatures.cueKind("heading element (h2)")).isEqualTo("heading element");
        assertThat(RoleFeatures.cueKind(null)).isEqualTo("none");
    }

    // ---- trainer

    /** Two cue families that decide the role, noise cues that do not; separable. */
    private static List<RoleModelTrainer.Example> toy() {
        List<RoleModelTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String noise = "noise " + (i % 7);
            out.add(new RoleModelTrainer.Example(List.of("bias", "class byline", noise), Role.BYLINE));
            out.add(new RoleModelTrainer.Example(List.of("bias", "26-50 words", noise), Role.BODY));
            out.add(new RoleModelTrainer.Example(List.of("bias", "class caption", noise), Role.PHOTO_CAPTION));
        }
        return out;
    }

    @Test
    void theTrainerLearnsASeparableProblem() {
        RoleModel m = new RoleModelTrainer().train(toy(), CLASSES);
        RoleModel.Prediction b = m.predict(List.of("bias", "class byline", "noise 3"));
        assertThat(b.role()).isEqualTo(Role.BYLINE);
        assertThat(b.probability()).isGreaterThan(0.9);
        assertThat(b.topCues()).first().isEqualTo("class byline");
        assertThat(m.predict(List.of("bias", "26-50 words")).role()).isEqualTo(Role.BODY);
        assertThat(m.predict(List.of("bias", "class caption", "never seen")).role()).isEqualTo(Role.PHOTO_CAPTION);
    }

    @Test
    void twoTrainingsWriteTheSameFile() throws IOException {
        assertThat(write(new RoleModelTrainer().train(toy(), CLASSES)))
                .isEqualTo(write(new RoleModelTrainer().train(toy(), CLASSES)));
    }

    private static String write(RoleModel m) throws IOException {
        StringWriter w = new StringWriter();
        m.write(w, List.of("test"));
        return w.toString();
    }

    // ---- file

    @Test
    void aWrittenModelReadsBackAndPredictsAlike() throws IOException {
        RoleModel m = new RoleModelTrainer().train(toy(), CLASSES).withThresholds(
                new double[] {0.5, 0.5, 0.5, 0.6, 0.5, 0.7, 1.01, 0.5, 0.5}, new double[] {1.01, 0.5, 0.5, 0.5, 0.5, 0.5, 1.01, 1.01, 1.01});
        RoleModel back = RoleModel.read(new ByteArrayInputStream(write(m).getBytes(StandardCharsets.UTF_8)));
        assertThat(write(back)).isEqualTo(write(m));
        List<String> c = List.of("bias", "class byline");
        assertThat(back.probabilities(c)).containsExactly(m.probabilities(c));
        assertThat(back.threshold(true, Role.BYLINE)).isEqualTo(0.7);
        assertThat(back.threshold(false, Role.HEADLINE)).isEqualTo(1.01);
    }

    @Test
    void aBrokenModelFileIsRefusedWithItsLine() {
        String broken = "classes\tBODY\tBYLINE\nthreshold html\t0.5\t0.5\nthreshold text\t0.5\t0.5\ncue\t0.1\n";
        assertThatThrownBy(() -> RoleModel.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 4");
    }

    @Test
    void theBundledModelLoadsWithAWeightPerRole() {
        RoleModel m = RoleModel.bundled();
        assertThat(m).isNotNull();
        assertThat(m.classes()).containsExactly(Role.values());
        assertThat(m.probabilities(List.of("bias", "rule BYLINE"))).hasSize(Role.values().length);
    }

    @Test
    void theJobsOneLookupPerCueGivesWhatTheTwinCuesGive() {
        RoleModel m = RoleModel.bundled();
        List<Paragraph> ps = List.of(
                new Paragraph(1, "Ein Titel", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, "Jana Vogt", "span", "body>article>div.articleAuthorBox>span#bylineName", 0, null),
                new Paragraph(3, "Der Hafen am Morgen. Foto: dpa", "p", "body>article>figure>div.bildunterschrift>p", 0, null),
                Paragraph.plain(4, "BERLIN, 5. März 2024 – Der Tag begann früh, sagte sie."));
        Role[] rule = {Role.HEADLINE, Role.BODY, Role.PHOTO_CAPTION, Role.DATELINE};
        boolean[] markup = {true, true, true, false};
        RoleFeatures.Context c = new RoleFeatures.Context(ps, rule, new String[ps.size()], markup, 0, 3);
        for (int i = 0; i < ps.size(); i++) {
            RoleModel.Prediction twins = m.predictRole(RoleFeatures.shared().of(c, i));
            RoleModel.Prediction once = m.predictRole(RoleFeatures.shared().plain(c, i), markup[i]);
            assertThat(once.role()).isEqualTo(twins.role());
            assertThat(once.probability()).isCloseTo(twins.probability(), org.assertj.core.data.Offset.offset(1e-9));
            // the job's path: no names, the same sums in the same order, so the very same probability
            RoleModel.Prediction job = m.predictRole(c, i);
            assertThat(job.role()).isEqualTo(once.role());
            assertThat(job.probability()).isEqualTo(once.probability());
        }
    }

    /**
     * The job's path against the names' path on every paragraph of the dev pages (skipped without
     * ../shared/corpus/dev): the same role and the very same probability (the job writes it), and
     * the one-pass letter counts it reads are those of Text's separate counts.
     */
    @Test
    void onTheDevPagesTheJobsPathScoresAsTheCueNamesDo() throws Exception {
        Path dev = Path.of("../shared/corpus/dev");
        assumeTrue(Files.isDirectory(dev.resolve("html")), "no ../shared/corpus/dev");
        RoleModel m = RoleModel.bundled();
        DocumentParser parser = new DocumentParser();
        ParagraphSplitter splitter = new ParagraphSplitter();
        RoleTagger rules = new RoleTagger();
        int paragraphs = 0;
        for (String rendition : List.of("html", "txt")) {
            List<Path> pages;
            try (Stream<Path> s = Files.list(dev.resolve(rendition))) {
                pages = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path page : pages) {
                ParsedDocument parsed = parser.parse(new SourceDocument(page.getFileName().toString(), page, Files.size(page)));
                List<Paragraph> ps = splitter.split(parsed.blocks());
                RoleFeatures.Context c = rules.modelContext(ps, parsed.metadata());
                for (int i = 0; i < ps.size(); i++, paragraphs++) {
                    String where = page.getFileName() + " #" + i;
                    RoleModel.Prediction named = m.predictRole(RoleFeatures.shared().plain(c, i), c.markup()[i]);
                    RoleModel.Prediction job = m.predictRole(c, i);
                    assertThat(job.role()).as(where).isEqualTo(named.role());
                    assertThat(job.probability()).as(where).isEqualTo(named.probability());
                    String t = ps.get(i).text();
                    Text.Letters letters = Text.Letters.of(t);
                    assertThat(letters.upperShare()).as(where).isEqualTo(Text.upperShare(t));
                    assertThat(letters.capitalisedWords()).as(where).isEqualTo(Text.capitalisedWords(t));
                    assertThat(letters.asciiDigit()).as(where).isEqualTo(t.matches("(?s).*\\d.*"));
                }
            }
        }
        assertThat(paragraphs).isGreaterThan(1000);
    }

    /**
     * The vocabulary cues read the first 60 words (runs of letters and digits, of the lower-case
     * text), a two-word entry's second word may be the 61st, and a word is matched whole.
     */
    @Test
    void theVocabularyCuesReadTheFirstSixtyWordsAndTwoWordEntries() {
        String sixty = "word ".repeat(59);
        // "Associated Press" names an agency and a photo source; its second word is the 61st word
        assertThat(vocabularyCues(sixty + "Associated Press")).containsExactly("agency", "photo source");
        assertThat(vocabularyCues(sixty + "Press Association")).containsExactly("agency");
        assertThat(vocabularyCues(sixty + "word Reuters")).isEmpty();
        assertThat(vocabularyCues(sixty + "Reuters")).containsExactly("agency", "photo source");
        // in the order of their first hits: "AP", then "am" (a date-line word), then "März"
        assertThat(vocabularyCues("— (Foto: AP) am 3. März")).containsExactly("opens with a credit word", "agency",
                "photo source", "date word", "month name");
        assertThat(vocabularyCues("Reutersberg and Marching Press")).isEmpty();
        assertThat(vocabularyCues("By the Associated-Press, photo: Getty Images")).containsExactly(
                "opens with a byline word", "agency", "photo source", "credit word");
        assertThat(vocabularyCues("...")).isEmpty();
    }

    private static final java.util.Set<String> VOCABULARY_CUES = java.util.Set.of("opens with a byline word",
            "opens with a credit word", "credit word", "agency", "photo source", "month name", "date word");

    private static List<String> vocabularyCues(String text) {
        List<Paragraph> ps = List.of(Paragraph.plain(1, text));
        return RoleFeatures.shared().plain(new RoleFeatures.Context(ps, new Role[] {Role.BODY}, new String[1],
                new boolean[1], -1, 0), 0).stream().filter(VOCABULARY_CUES::contains).toList();
    }

    // ---- the tagger with a model

    /** A model that says BYLINE with weight {@code w} on "class byline" and nothing else. */
    private static RoleModel bylineClassModel(double w, double threshold) {
        Map<String, double[]> weights = new HashMap<>();
        double[] v = new double[CLASSES.length];
        v[Role.BYLINE.ordinal()] = w;
        weights.put("class byline", v);
        weights.put("html: class byline", v.clone());
        double[] other = new double[CLASSES.length];
        other[Role.BYLINE.ordinal()] = 0.5;
        weights.put("name shape", other);
        return new RoleModel(CLASSES, weights, threshold, threshold);
    }

    private static List<Paragraph> page() {
        String story = "The harbour opened on Monday after three years of work, the port authority said in a statement to the press.";
        return List.of(
                new Paragraph(1, "Harbour reopens", "h1", "body>article>h1", 0, Role.HEADLINE),
                new Paragraph(2, "Ines Falk", "div", "body>article>div.author-name", 0, null),
                new Paragraph(3, story, "p", "body>article>p", 0, null),
                new Paragraph(4, "Ships had waited outside for weeks, and the first of them came in at dawn with a cargo of grain.",
                        "p", "body>article>p", 0, null));
    }

    @Test
    void aConfidentModelOverridesTheRulesAndItsCueNamesWhatDecided() {
        List<TaggedParagraph> rules = new RoleTagger().tag(page(), DocumentMetadata.EMPTY).paragraphs();
        assertThat(rules.get(1).role()).isNotEqualTo(Role.BYLINE);
        List<TaggedParagraph> out = new RoleTagger(bylineClassModel(12, 0.9)).tag(page(), DocumentMetadata.EMPTY).paragraphs();
        assertThat(out.get(1).role()).isEqualTo(Role.BYLINE);
        assertThat(out.get(1).cues()).startsWith("model: BYLINE 1.00 (class byline, name shape)")
                .contains("rules: " + rules.get(1).role());
        assertThat(out.get(0).role()).isEqualTo(Role.HEADLINE); // the model's BYLINE is not confident there
        assertThat(out.get(0).cues()).doesNotContain("model:");
    }

    @Test
    void belowItsThresholdTheRulesStand() {
        List<TaggedParagraph> rules = new RoleTagger().tag(page(), DocumentMetadata.EMPTY).paragraphs();
        List<TaggedParagraph> out = new RoleTagger(bylineClassModel(1, 0.9)).tag(page(), DocumentMetadata.EMPTY).paragraphs();
        assertThat(out).isEqualTo(rules);
    }

    /**
     * The text header's short line is a caption only as a cue: a model that reads it as a caption
     * confirms it, one that reads a byline there changes it, and one that says nothing leaves story text.
     */
    @Test
    void aTentativeRoleNeedsTheModel() {
        String story = "The harbour opened on Monday after three years of work, the port authority said in a statement to the press.";
        List<Paragraph> text = List.of(Paragraph.plain(1, "Harbour reopens"), Paragraph.plain(2, "Ines Falk"),
                Paragraph.plain(3, story));
        String cue = "text: rule cue header: short line without a full stop";
        assertThat(new RoleTagger().modelInputs(text, DocumentMetadata.EMPTY).get(1).rule()).isEqualTo(Role.PHOTO_CAPTION);
        assertThat(roleOfLine(new RoleModel(CLASSES, Map.of(), 0.9, 0.9), text)).isEqualTo(Role.BODY);
        assertThat(roleOfLine(oneCueModel(cue, Role.PHOTO_CAPTION), text)).isEqualTo(Role.PHOTO_CAPTION);
        assertThat(roleOfLine(oneCueModel(cue, Role.BYLINE), text)).isEqualTo(Role.BYLINE);
    }

    private static Role roleOfLine(RoleModel m, List<Paragraph> text) {
        return new RoleTagger(m).tag(text, DocumentMetadata.EMPTY).paragraphs().get(1).role();
    }

    /** A model that gives {@code role} a large weight on {@code cue} and nothing else. */
    private static RoleModel oneCueModel(String cue, Role role) {
        double[] v = new double[CLASSES.length];
        v[role.ordinal()] = 12;
        return new RoleModel(CLASSES, Map.of(cue, v), 0.9, 0.9);
    }

    @Test
    void theModelDoesNotChooseBetweenBodyAndQuote() {
        RoleModel m = new RoleModel(CLASSES, Map.of(), 0.0, 0.0);
        RoleModel.Prediction body = new RoleModel.Prediction(Role.BODY, 0.99, List.of());
        assertThat(m.override(new RoleModel.Input("“Yes,” he said.", Role.QUOTE, List.of(), true, true), body)).isNull();
        assertThat(m.override(new RoleModel.Input("“Yes,” he said.", Role.PHOTO_CAPTION, List.of(), true, true), body))
                .isEqualTo(Role.QUOTE);
        assertThat(m.override(new RoleModel.Input("Yes.", Role.PHOTO_CAPTION, List.of(), true, false), body))
                .isEqualTo(Role.BODY);
    }
}
