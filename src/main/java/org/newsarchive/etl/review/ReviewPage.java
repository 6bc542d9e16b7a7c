package org.newsarchive.etl.review;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import org.newsarchive.etl.evaluation.RoleScorer;
import org.newsarchive.etl.model.Role;

/**
 * The run's review page, {@value #FILE_NAME}: one self-contained HTML file (styles, SVG charts
 * and a few lines of script inline, nothing from the network) with the run overview, the charts,
 * the rejected files, and the paragraphs of a deterministic sample of articles coloured by role
 * with the cues that decided each role. Rendered by the JTE template {@code src/main/jte/review/report.jte},
 * compiled to a Java class at build time (jte-maven-plugin), with HTML escaping of every value.
 *
 * <p>The sample is the {@code reportArticles} articles whose ids come first in id order (an id is
 * a hash of the source path, so they are spread over the run and the same on a restart), plus
 * every article that has a rare role. In compare mode the articles are those with a gold file,
 * disagreements first, each paragraph with its gold role beside the written one.
 */
public final class ReviewPage {

    public static final String FILE_NAME = "report.html";
    /** The sample's size when the job parameter is not given. */
    public static final int DEFAULT_ARTICLES = 200;
    /** The longest text of a paragraph the page shows (BOILERPLATE: {@link #MAX_FURNITURE_TEXT}); the CSV has it all. */
    static final int MAX_TEXT = 2000;
    static final int MAX_FURNITURE_TEXT = 300;

    /** The role colours: the legend, the paragraphs and the role chart. */
    static final Map<Role, String> COLORS = new EnumMap<>(Map.of(
            Role.HEADLINE, "#1f4e79", Role.SUBHEADING, "#2e75b6", Role.PHOTO_CREDIT, "#8a6d00",
            Role.PHOTO_CAPTION, "#c28f00", Role.DATELINE, "#7030a0", Role.BYLINE, "#c55a11",
            Role.QUOTE, "#2e7d32", Role.BODY, "#505050", Role.BOILERPLATE, "#9a9a9a"));

    /** A line of the overview. */
    public record Item(String name, String value) {
    }

    /** A legend entry. */
    public record Legend(String role, String color, long paragraphs) {
    }

    /** A paragraph as shown: written role, cues, and in compare mode the gold role. */
    public record Para(int index, String role, String text, int cutChars, String cues, String gold, boolean disagrees,
                       List<RunRows.QuoteRow> quotes) {
    }

    /** An article as shown; {@code disagreements} counts its paragraphs whose gold role differs and its unmatched gold paragraphs. */
    public record Story(String id, String title, String sourcePath, String language, String dateline, String place,
                        String date, String agency, String byline, String why, List<Para> paragraphs,
                        List<String[]> missedGold, int disagreements) {
    }

    /** A disagreement of compare mode, listed on top. */
    public record Disagreement(String articleId, String title, int index, String written, String gold, String text) {
    }

    /** A line of the compare table. */
    public record ScoreRow(String role, int tp, int fp, int fn, String precision, String recall, String f1) {
    }

    /** What the template shows: its one parameter. */
    public record View(String runName, List<Item> overview, List<Legend> legend, Map<String, String> colors,
                       List<Charts.Chart> charts, List<RunRows.RejectRow> rejects, List<Story> stories, Set<String> languages,
                       Compare compare, String sampleNote) {
    }

    /** The template's name under src/main/jte, and the package of its generated class (pom.xml, jte-maven-plugin). */
    static final String TEMPLATE = "review/report.jte";
    static final String TEMPLATE_PACKAGE = "org.newsarchive.etl.review.template";

    private static final TemplateEngine ENGINE = engine();

    private ReviewPage() {
    }

    /**
     * The engine of the precompiled template: it loads the generated class with the thread's context
     * class loader as it is when the engine is made, so that is set to this class's own (the jar's
     * application class loader) whatever thread first uses the page.
     */
    private static TemplateEngine engine() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ReviewPage.class.getClassLoader());
        try {
            return TemplateEngine.createPrecompiled(null, ContentType.Html, null, TEMPLATE_PACKAGE);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The sample: the first {@code size} article ids in id order. */
    public static Set<String> sample(List<RunRows.ArticleRow> articles, int size) {
        TreeSet<String> ids = new TreeSet<>();
        for (RunRows.ArticleRow a : articles) {
            ids.add(a.id());
            if (ids.size() > size) {
                ids.pollLast();
            }
        }
        return ids;
    }

    /**
     * Writes the page of a run into its folder.
     *
     * @param overview  the run's parameters and counts, as the job knows them (before the counts read from the rows)
     * @param articles  the sample's size ({@code reportArticles}); 0 writes no page
     * @return the page, or null when none was written
     */
    public static Path write(Path runFolder, List<Item> overview, int articles) throws IOException {
        if (articles <= 0) {
            return null;
        }
        Set<String> sample = new TreeSet<>();
        RunRows rows = RunRows.read(runFolder, all -> {
            sample.addAll(sample(all, articles));
            return sample::contains;
        }, rareUpTo(articles));
        return render(runFolder, rows, overview, stories(rows, sample, Map.of()), null, List.of());
    }

    /** A role that at most this many articles have is rare: all its articles are on the page. */
    static int rareUpTo(int articles) {
        return Math.max(10, articles / 8);
    }

    /** Compare mode: the page of a finished run folder with the gold roles of {@code goldDir} beside the written ones. */
    public static Path compare(Path runFolder, Path goldDir, List<Item> overview) throws IOException {
        Map<String, RoleScorer.ArticleMatch> matches = new LinkedHashMap<>();
        RoleScorer.Score score = RoleScorer.score(runFolder, goldDir, m -> {
            if (m.articleId() != null) {
                matches.put(m.articleId(), m);
            }
        });
        RunRows rows = RunRows.read(runFolder, all -> matches::containsKey, 0);
        List<Story> stories = stories(rows, matches.keySet(), matches);
        stories.sort(Comparator.comparingInt((Story s) -> -s.disagreements()).thenComparing(Story::id));
        List<Disagreement> disagreements = new ArrayList<>();
        for (Story s : stories) {
            for (Para p : s.paragraphs()) {
                if (p.disagrees()) {
                    disagreements.add(new Disagreement(s.id(), s.title(), p.index(), p.role(), p.gold(),
                            Charts.shorten(p.text(), 140)));
                }
            }
            for (String[] g : s.missedGold()) {
                disagreements.add(new Disagreement(s.id(), s.title(), 0, "(not written)", g[0], Charts.shorten(g[1], 140)));
            }
        }
        List<Item> all = new ArrayList<>(overview);
        all.add(new Item("gold folder", goldDir.toAbsolutePath().normalize().toString()));
        all.add(new Item("gold articles", score.articles() + (score.missingArticles().isEmpty() ? ""
                : " (not in the run: " + String.join(", ", score.missingArticles()) + ")")));
        all.add(new Item("role accuracy", fmt(score.roleAccuracy())));
        all.add(new Item("extraction recall / precision", fmt(score.extractionRecall()) + " / " + fmt(score.extractionPrecision())));
        List<ScoreRow> table = new ArrayList<>();
        score.roles().forEach((role, s) -> table.add(new ScoreRow(role.name(), s.tp(), s.fp(), s.fn(),
                fmt(s.precision()), fmt(s.recall()), fmt(s.f1()))));
        Compare compare = new Compare(table, disagreements);
        return render(runFolder, rows, all, stories, compare, List.of());
    }

    /** What compare mode adds: the score table and the disagreements. */
    public record Compare(List<ScoreRow> table, List<Disagreement> disagreements) {
    }

    private static List<Story> stories(RunRows rows, Set<String> chosen, Map<String, RoleScorer.ArticleMatch> gold) {
        Map<String, Set<Role>> rareOf = new TreeMap<>();
        rows.rareRoleArticles.forEach((role, ids) -> ids.forEach(id -> rareOf.computeIfAbsent(id, k -> new TreeSet<>()).add(role)));
        List<Story> out = new ArrayList<>();
        for (RunRows.ArticleRow a : rows.articles) {
            List<RunRows.ParagraphRow> ps = rows.kept.get(a.id());
            if (ps == null) {
                continue;
            }
            RoleScorer.ArticleMatch match = gold.get(a.id());
            Map<Integer, List<RunRows.QuoteRow>> quotes = new TreeMap<>();
            rows.keptQuotes.getOrDefault(a.id(), List.of()).forEach(q -> quotes.computeIfAbsent(q.paragraphIndex(),
                    k -> new ArrayList<>()).add(q));
            List<Para> paras = new ArrayList<>();
            int disagreements = 0;
            for (RunRows.ParagraphRow p : ps) {
                int max = p.role() == Role.BOILERPLATE ? MAX_FURNITURE_TEXT : MAX_TEXT;
                String text = p.text().length() <= max ? p.text() : p.text().substring(0, max);
                String goldRole = match == null ? null : match.goldRoles().get(p.index()).name();
                boolean disagrees = goldRole != null && !goldRole.equals(p.role().name());
                disagreements += disagrees ? 1 : 0;
                paras.add(new Para(p.index(), p.role().name(), text, p.text().length() - text.length(), p.cues(), goldRole,
                        disagrees, quotes.getOrDefault(p.index(), List.of())));
            }
            if (match != null) {
                disagreements += match.unmatchedGold().size();
            }
            String why = chosen.contains(a.id()) ? (match != null ? "gold file " + match.goldFile() : "sample")
                    : "rare role " + String.join(", ", rareOf.getOrDefault(a.id(), Set.of()).stream().map(Role::name).toList());
            out.add(new Story(a.id(), a.title(), a.sourcePath(), a.language(), a.dateline(), a.place(), a.date(), a.agency(),
                    a.byline(), why, paras, match == null ? List.of() : match.unmatchedGold(), disagreements));
        }
        return out;
    }

    private static Path render(Path runFolder, RunRows rows, List<Item> overview, List<Story> stories, Compare compare,
                               List<Item> extra) throws IOException {
        String runName = runFolder.toAbsolutePath().normalize().getFileName().toString().replaceFirst("\\.partial$", "");
        List<Item> counts = new ArrayList<>(overview);
        Set<String> languages = new TreeSet<>();
        rows.articles.forEach(a -> languages.add(a.language() == null || a.language().isEmpty() ? "unknown" : a.language()));
        counts.add(new Item("articles", String.valueOf(rows.articles.size())));
        counts.add(new Item("paragraphs", String.valueOf(rows.paragraphs)));
        counts.add(new Item("quotes", String.valueOf(rows.quotes)));
        counts.add(new Item("rejected files", String.valueOf(rows.rejects.size())));
        counts.add(new Item("languages", languages.size() + " (" + String.join(", ", languages) + ")"));
        counts.addAll(extra);
        List<Legend> legend = new ArrayList<>();
        for (Role r : Role.values()) {
            legend.add(new Legend(r.name(), COLORS.get(r), rows.paragraphsPerRole.get(r)));
        }
        Map<String, String> colors = new LinkedHashMap<>();
        COLORS.forEach((r, c) -> colors.put(r.name(), c));
        View view = new View(runName, counts, legend, colors, charts(rows), rows.rejects, stories, languages, compare,
                String.format(Locale.ROOT, "%d of %d articles", stories.size(), rows.articles.size()));
        Path target = runFolder.resolve(FILE_NAME);
        Path tmp = runFolder.resolve(FILE_NAME + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            ENGINE.render(TEMPLATE, view, new WriterOutput(w));
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static List<Charts.Chart> charts(RunRows rows) {
        Map<String, Long> perRole = new LinkedHashMap<>();
        Map<String, String> roleColors = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            perRole.put(r.name(), rows.paragraphsPerRole.get(r));
            roleColors.put(r.name(), COLORS.get(r));
        }
        Map<String, Long> reasons = descending(rows.rejects.stream().map(r -> reasonKind(r.reason())).toList());
        Map<String, Long> languages = descending(rows.articles.stream()
                .map(a -> a.language() == null || a.language().isEmpty() ? "unknown" : a.language()).toList());
        return List.of(
                Charts.bars("chart-roles", "Paragraphs per role", perRole, roleColors, "no paragraphs"),
                Charts.bars("chart-rejects", "Rejected files by reason", reasons, Map.of(), "no file was rejected"),
                Charts.bars("chart-languages", "Articles per language", languages, Map.of(), "no articles"),
                Charts.byDate("chart-dates", "Articles per dateline date",
                        rows.articles.stream().map(RunRows.ArticleRow::date).toList(), "no article has a dateline date"));
    }

    /** Counts of each value, the most frequent first (then by name), at most 12 and the rest as "other". */
    private static Map<String, Long> descending(List<String> values) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        long other = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < 12) {
                out.put(sorted.get(i).getKey(), sorted.get(i).getValue());
            } else {
                other += sorted.get(i).getValue();
            }
        }
        if (other > 0) {
            out.put("other", other);
        }
        return out;
    }

    /** A reason's kind for the chart: the words before its first colon, digits and quoted names left out. */
    static String reasonKind(String reason) {
        String r = reason == null ? "" : reason;
        int colon = r.indexOf(':');
        String kind = (colon > 0 ? r.substring(0, colon) : r).replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N").strip();
        return kind.isEmpty() ? "(no reason)" : kind;
    }

    private static String fmt(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.3f", d);
    }
}
