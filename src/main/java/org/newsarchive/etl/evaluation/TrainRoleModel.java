package org.newsarchive.etl.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParseException;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleModel;
import org.newsarchive.etl.tag.RoleModelTrainer;
import org.newsarchive.etl.tag.RoleTagger;

/**
 * Trains the role model ({@link RoleModel}) on the tuning part of the materialised development
 * corpus (docs/dev-corpus.md) and on the labelled sets given with {@code --also} (the shared dev
 * pages), never on the validation part:
 * <pre>
 * eval/corpus/train-model.sh /tmp/corpus-mat        # = this class with
 *   --corpus /tmp/corpus-mat --sources eval/corpus/sources.tsv --also ../shared/corpus/dev
 *   --out src/main/resources/tagger/role-model.tsv
 * </pre>
 * Each tuning page (HTML and its text rendition) goes through the job's own stages in process
 * (parse → split → the rule tagger), its paragraphs are matched to the gold paragraphs as the
 * scorer matches them (unmatched: BOILERPLATE), and each paragraph's cues and gold role are an
 * example. The override threshold of each rendition is chosen by 5-fold cross-validation grouped
 * by publisher (a publisher's pages are all in one fold): the thresholds with the best mean F1 over
 * the roles of {@link #SCORED} on the held-out folds among those that lower no single role's F1 nor
 * the extraction's recall or precision against the rules alone; "never" (the model does not
 * override) where no threshold qualifies; the {@code --also} pages must moreover keep each figure
 * at {@link #FLOOR} held out. Prints the cross-validated F1 per role, rules against model.
 */
public final class TrainRoleModel {

    static final Role[] SCORED = {Role.HEADLINE, Role.SUBHEADING, Role.PHOTO_CREDIT, Role.PHOTO_CAPTION, Role.DATELINE,
        Role.BYLINE, Role.QUOTE};
    static final int FOLDS = 5;
    static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    /** What the {@code --also} pages (the shared dev set) must keep of each figure, held out, where the rules reach it. */
    static final double FLOOR = 0.95;
    /** Where a threshold is never reached: the model does not override. */
    static final double NEVER = 1.01;

    /** A tuning paragraph: what the model sees, its gold role, and its publisher's fold. */
    record Sample(RoleModel.Input input, Role gold, int fold) {
    }

    private TrainRoleModel() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = null, sources = Path.of("eval/corpus/sources.tsv"), out = null;
        List<Path> also = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[i + 1]);
                case "--sources" -> sources = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--also" -> also.add(Path.of(args[i + 1]));
                default -> usage();
            }
        }
        if (corpus == null || out == null) {
            usage();
        }
        List<Sample> samples = new ArrayList<>(samples(corpus.resolve("tuning"), publishers(sources)));
        int tuning = samples.size();
        for (Path set : also) {
            // a labelled set laid out as ../shared/corpus/dev; each page counts as its own publisher
            samples.addAll(samples(set, Map.of()));
        }
        System.out.printf(Locale.ROOT, "%d training paragraphs (%d HTML, %d text) from tuning%s%n", samples.size(),
                samples.stream().filter(s -> s.input().markup()).count(),
                samples.stream().filter(s -> !s.input().markup()).count(),
                also.isEmpty() ? "" : " and " + also);
        RoleModel model = train(samples, System.out, also.isEmpty() ? samples.size() : tuning);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, List.of("The role model: multinomial logistic regression over RoleFeatures' cues (docs/roles.md).",
                    "Written by TrainRoleModel from the tuning part of eval/corpus and ../shared/corpus/dev; retrain with",
                    "eval/corpus/train-model.sh CORPUS_DIR. Do not edit by hand."));
        }
        System.out.println("wrote " + out);
    }

    /** Cross-validates the thresholds, then trains on all samples; prints the cross-validated table to {@code log}. */
    static RoleModel train(List<Sample> samples, java.io.PrintStream log) {
        return train(samples, log, samples.size());
    }

    /**
     * As {@link #train(List, java.io.PrintStream)}, and prints the cross-validated figures of the
     * samples from {@code alsoFrom} on (the pages of {@code --also}) apart.
     */
    static RoleModel train(List<Sample> samples, java.io.PrintStream log, int alsoFrom) {
        Role[] classes = Role.values();
        RoleModelTrainer trainer = new RoleModelTrainer();
        RoleModel.Prediction[] held = new RoleModel.Prediction[samples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<RoleModelTrainer.Example> train = new ArrayList<>();
            for (Sample s : samples) {
                if (s.fold() != fold) {
                    train.add(new RoleModelTrainer.Example(s.input().cues(), s.gold()));
                }
            }
            RoleModel m = trainer.train(train, classes);
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).fold() == fold) {
                    held[i] = m.predict(samples.get(i).input().cues());
                }
            }
        }
        if (Boolean.getBoolean("train.diagnose")) {
            diagnose(samples, held, classes);
        }
        RoleModel fin = trainer.train(samples.stream()
                .map(s -> new RoleModelTrainer.Example(s.input().cues(), s.gold())).toList(), classes);
        double[][] chosen = new double[2][];
        for (int r = 0; r < 2; r++) {
            boolean markup = r == 0;
            double[] never = new double[classes.length];
            java.util.Arrays.fill(never, NEVER);
            double[] rules = f1(samples, held, fin.withThresholds(never, never), markup);
            double[] t = thresholds(samples, held, fin, markup, alsoFrom);
            chosen[r] = t;
            double[] model = f1(samples, held, fin.withThresholds(t, t), markup);
            StringBuilder th = new StringBuilder();
            for (int k = 0; k < classes.length; k++) {
                th.append(' ').append(classes[k]).append(t[k] >= NEVER ? " -" : String.format(Locale.ROOT, " %.2f", t[k]));
            }
            log.printf(Locale.ROOT, "%s, cross-validated by publisher (%d folds); thresholds:%s%n",
                    markup ? "HTML" : "text", FOLDS, th);
            for (int k = 0; k < SCORED.length; k++) {
                log.printf(Locale.ROOT, "  %-18s rules %.3f  model %.3f%n", SCORED[k], rules[k], model[k]);
            }
            log.printf(Locale.ROOT, "  %-18s rules %.3f  model %.3f%n", "content (extract)", rules[SCORED.length],
                    model[SCORED.length]);
            log.printf(Locale.ROOT, "  %-18s rules %.3f  model %.3f%n", "content recall", rules[SCORED.length + 1],
                    model[SCORED.length + 1]);
            log.printf(Locale.ROOT, "  %-18s rules %.3f  model %.3f%n", "content precision", rules[SCORED.length + 2],
                    model[SCORED.length + 2]);
            log.printf(Locale.ROOT, "  %-18s rules %.3f  model %.3f%n", "objective", objective(rules, markup),
                    objective(model, markup));
            if (alsoFrom < samples.size()) {
                List<Sample> part = samples.subList(alsoFrom, samples.size());
                RoleModel.Prediction[] partHeld = java.util.Arrays.copyOfRange(held, alsoFrom, samples.size());
                double[] pr = f1(part, partHeld, fin.withThresholds(never, never), markup);
                double[] pm = f1(part, partHeld, fin.withThresholds(t, t), markup);
                StringBuilder line = new StringBuilder("  --also pages alone, held out:");
                for (int k = 0; k <= SCORED.length + 2; k++) {
                    String name = k < SCORED.length ? SCORED[k].name() : k == SCORED.length ? "extract" : k == SCORED.length + 1 ? "recall" : "precision";
                    line.append(String.format(Locale.ROOT, " %s %.3f>%.3f", name, pr[k], pm[k]));
                }
                log.println(line);
            }
        }
        double[] text = chosen[1];
        return fin.withThresholds(chosen[0], text);
    }

    /**
     * The thresholds of one rendition: coordinate ascent (two sweeps in class order, candidates in
     * {@link #THRESHOLDS} order) on the cross-validated {@link #objective}, but a setting is only
     * taken where it {@link #lowersNothing lowers nothing} against the rules alone: no role of
     * {@link #SCORED}, nor the extraction's F1, recall or precision. A threshold that would raise
     * the mean by trading one role for another stays "never" (issue 19).
     */
    static double[] thresholds(List<Sample> samples, RoleModel.Prediction[] held, RoleModel fin, boolean markup) {
        return thresholds(samples, held, fin, markup, samples.size());
    }

    /**
     * As {@link #thresholds(List, RoleModel.Prediction[], RoleModel, boolean)}, and the samples
     * from {@code floorFrom} on (the {@code --also} pages: the shared dev set) must also keep each
     * figure at {@link #FLOOR} or at the rules' own figure if that is lower: the "dev
     * stays ≥ 0.95", checked on held-out predictions, not on pages the final model has seen.
     */
    static double[] thresholds(List<Sample> samples, RoleModel.Prediction[] held, RoleModel fin, boolean markup,
                               int floorFrom) {
        Role[] classes = fin.classes();
        double[] t = new double[classes.length];
        java.util.Arrays.fill(t, NEVER);
        double[] rules = f1(samples, held, fin.withThresholds(t, t), markup);
        List<Sample> part = samples.subList(floorFrom, samples.size());
        RoleModel.Prediction[] partHeld = java.util.Arrays.copyOfRange(held, floorFrom, samples.size());
        double[] partFloor = f1(part, partHeld, fin.withThresholds(t, t), markup);
        for (int k = 0; k < partFloor.length; k++) {
            partFloor[k] = Math.min(partFloor[k], FLOOR);
        }
        double best = objective(rules, markup);
        for (int sweep = 0; sweep < 2; sweep++) {
            for (int k = 0; k < classes.length; k++) {
                double keep = t[k];
                for (double c : THRESHOLDS) {
                    t[k] = c;
                    double[] f = f1(samples, held, fin.withThresholds(t, t), markup);
                    double score = objective(f, markup);
                    if (score > best + 1e-9 && lowersNothing(f, rules)
                            && lowersNothing(f1(part, partHeld, fin.withThresholds(t, t), markup), partFloor)) {
                        best = score;
                        keep = c;
                    }
                }
                t[k] = keep;
            }
        }
        return t;
    }

    /** Whether every figure of {@link #f1} (each role, extraction F1, recall, precision) is at least the rules' one. */
    static boolean lowersNothing(double[] model, double[] rules) {
        for (int k = 0; k < rules.length; k++) {
            if (model[k] < rules[k] - 1e-9) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the thresholds are chosen for: the mean F1 of the roles of {@link #SCORED} and of the
     * extraction (article text against furniture); in text HEADLINE aside (the text gold has none).
     */
    static double objective(double[] f1, boolean markup) {
        double s = 0;
        int n = 0;
        for (int k = markup ? 0 : 1; k <= SCORED.length; k++) {
            s += f1[k];
            n++;
        }
        return s / n;
    }

    /** Held-out overrides at probability 0.5 by (rule → model): how many right, how many undo a right rule. */
    private static void diagnose(List<Sample> samples, RoleModel.Prediction[] held, Role[] classes) {
        RoleModel any = new RoleModel(classes, Map.of(), 0.0, 0.0);
        Map<String, int[]> t = new java.util.TreeMap<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            Role o = any.override(s.input(), held[i]);
            if (o == null) {
                continue;
            }
            int bucket = (int) Math.min(9, Math.floor(held[i].probability() * 10));
            int[] c = t.computeIfAbsent((s.input().markup() ? "html " : "text ") + s.input().rule() + " -> " + o
                    + " p" + bucket, k -> new int[3]);
            c[0]++;
            c[1] += o == s.gold() ? 1 : 0;
            c[2] += s.input().rule() == s.gold() ? 1 : 0;
        }
        t.forEach((k, c) -> System.err.printf(Locale.ROOT, "%-50s n %4d  model right %4d  rule right %4d%n", k, c[0], c[1], c[2]));
    }

    /**
     * Per role of {@link #SCORED}: F1 over the paragraphs of one rendition with the model's held-out
     * predictions; then the extraction's (article text against BOILERPLATE) F1, recall and precision.
     */
    static double[] f1(List<Sample> samples, RoleModel.Prediction[] held, RoleModel m, boolean markup) {
        Map<Role, int[]> c = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            c.put(r, new int[3]);
        }
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (s.input().markup() != markup) {
                continue;
            }
            Role o = m.override(s.input(), held[i]);
            Role p = o == null ? s.input().rule() : o;
            if (p == s.gold()) {
                c.get(p)[0]++;
            } else {
                c.get(p)[1]++;
                c.get(s.gold())[2]++;
            }
        }
        double[] out = new double[SCORED.length + 3];
        for (int k = 0; k < SCORED.length; k++) {
            out[k] = f1(c.get(SCORED[k]));
        }
        int[] content = new int[3];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (s.input().markup() != markup) {
                continue;
            }
            Role o = m.override(s.input(), held[i]);
            boolean p = (o == null ? s.input().rule() : o) != Role.BOILERPLATE;
            boolean g = s.gold() != Role.BOILERPLATE;
            content[p && g ? 0 : p ? 1 : g ? 2 : 0] += p || g ? 1 : 0;
        }
        out[SCORED.length] = f1(content);
        out[SCORED.length + 1] = content[0] + content[2] == 0 ? 1.0 : (double) content[0] / (content[0] + content[2]);
        out[SCORED.length + 2] = content[0] + content[1] == 0 ? 1.0 : (double) content[0] / (content[0] + content[1]);
        return out;
    }

    private static double f1(int[] x) {
        return x[0] + x[1] + x[2] == 0 ? 1.0 : 2.0 * x[0] / (2.0 * x[0] + x[1] + x[2]);
    }

    /** The examples of every page of {@code part}'s {@code html/} and {@code txt/}, pages in name order. */
    static List<Sample> samples(Path part, Map<String, String> publisher) throws IOException {
        DocumentParser parser = new DocumentParser();
        ParagraphSplitter splitter = new ParagraphSplitter();
        RoleTagger rules = new RoleTagger();
        List<Sample> out = new ArrayList<>();
        for (String rendition : List.of("html", "txt")) {
            Path dir = part.resolve(rendition);
            Path goldDir = part.resolve(rendition.equals("html") ? "gold" : "gold-txt");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> pages;
            try (Stream<Path> s = Files.list(dir)) {
                pages = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path page : pages) {
                String name = page.getFileName().toString();
                String stem = name.substring(0, name.lastIndexOf('.'));
                Path goldFile = goldDir.resolve(stem + ".json");
                if (!Files.exists(goldFile)) {
                    continue;
                }
                ParsedDocument parsed;
                try {
                    parsed = parser.parse(new SourceDocument(name, page, Files.size(page)));
                } catch (DocumentParseException e) {
                    System.err.println(name + ": " + e.getMessage());
                    continue;
                }
                List<Paragraph> paragraphs = splitter.split(parsed.blocks());
                DocumentMetadata meta = parsed.metadata();
                List<RoleModel.Input> inputs = rules.modelInputs(paragraphs, meta);
                List<String[]> gold = GoldFile.paragraphs(goldFile);
                int[] g = RoleScorer.goldIndexOf(gold, inputs.stream().map(RoleModel.Input::text).toList());
                int fold = Math.floorMod(publisher.getOrDefault(stem, stem).hashCode(), FOLDS);
                for (int i = 0; i < inputs.size(); i++) {
                    Role role = g[i] >= 0 ? Role.valueOf(gold.get(g[i])[0]) : Role.BOILERPLATE;
                    out.add(new Sample(inputs.get(i), role, fold));
                }
            }
        }
        return out;
    }

    /** Page id → publisher, from {@code sources.tsv}. */
    static Map<String, String> publishers(Path sources) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
        List<String> head = List.of(lines.get(0).split("\t"));
        int id = head.indexOf("id"), pub = head.indexOf("publisher");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length > Math.max(id, pub)) {
                out.put(f[id], f[pub]);
            }
        }
        return out;
    }

    private static void usage() {
        System.err.println("usage: TrainRoleModel --corpus MATERIALISED_DIR [--sources eval/corpus/sources.tsv]"
                + " [--also LABELLED_DIR ...] --out MODEL_FILE");
        System.exit(2);
    }
}
