package org.newsarchive.etl.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.write.CsvFiles;

/**
 * Scores a run's {@code paragraphs.csv} against gold labels with the measures of
 * {@code shared/tools/score_roles.py}: gold paragraphs are matched one-to-one to written
 * paragraphs by normalised text similarity (best pairs first, threshold 0.8); per role
 * precision, recall and F1; extraction recall (gold paragraphs found) and precision (written
 * non-boilerplate paragraphs that are article text).
 */
public final class RoleScorer {

    static final double THRESHOLD = 0.8;

    /** Per-role counts and measures. */
    public record RoleScore(int tp, int fp, int fn) {
        public Double precision() {
            return tp + fp == 0 ? null : (double) tp / (tp + fp);
        }

        public Double recall() {
            return tp + fn == 0 ? null : (double) tp / (tp + fn);
        }

        public Double f1() {
            if (tp == 0) {
                return fp > 0 || fn > 0 ? 0.0 : null;
            }
            return 2 * precision() * recall() / (precision() + recall());
        }
    }

    /** The result for one gold folder. */
    public record Score(int articles, List<String> missingArticles, int goldParagraphs, double extractionRecall,
                        double extractionPrecision, double roleAccuracy, Map<Role, RoleScore> roles,
                        Map<String, Integer> confusion) {

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "articles %d  missing %d  gold paragraphs %d%n", articles,
                    missingArticles.size(), goldParagraphs));
            sb.append(String.format(Locale.ROOT, "extraction recall %.3f  extraction precision %.3f  role accuracy %.3f%n",
                    extractionRecall, extractionPrecision, roleAccuracy));
            sb.append(String.format(Locale.ROOT, "%-14s %5s %5s %5s  prec   rec    f1%n", "role", "tp", "fp", "fn"));
            for (Map.Entry<Role, RoleScore> e : roles.entrySet()) {
                RoleScore s = e.getValue();
                sb.append(String.format(Locale.ROOT, "%-14s %5d %5d %5d  %s %s %s%n", e.getKey(), s.tp(), s.fp(), s.fn(),
                        fmt(s.precision()), fmt(s.recall()), fmt(s.f1())));
            }
            return sb.toString();
        }

        public double f1(Role role) {
            Double f1 = roles.get(role).f1();
            return f1 == null ? 1.0 : f1;
        }

        private static String fmt(Double d) {
            return d == null ? "  -  " : String.format(Locale.ROOT, "%.3f", d);
        }
    }

    private record Written(int index, Role role, String text) {
    }

    /**
     * One gold article as the scorer matched it: the gold role of each written paragraph, by its
     * {@code paragraph_index} (a written paragraph no gold paragraph matches is page furniture,
     * BOILERPLATE, as the scores count it), and the gold paragraphs ({role, text}) that no
     * written paragraph matched.
     */
    public record ArticleMatch(String goldFile, String articleId, Map<Integer, Role> goldRoles,
                               List<String[]> unmatchedGold) {
    }

    private RoleScorer() {
    }

    public static Score score(Path outDir, Path goldDir) throws IOException {
        return score(outDir, goldDir, m -> { });
    }

    /** Scores the run and hands each gold article's match to {@code matches} (the review page's compare mode). */
    public static Score score(Path outDir, Path goldDir, java.util.function.Consumer<ArticleMatch> matches) throws IOException {
        Map<String, String> stemToId = new HashMap<>();
        Map<String, List<Written>> byArticle = new HashMap<>();
        for (Path p : find(outDir, "articles.csv")) {
            for (CSVRecord r : read(p)) {
                String src = r.get("source_path").replace('\\', '/');
                String[] parts = src.split("!");
                stemToId.put(stem(parts[parts.length - 1]), r.get("article_id"));
            }
        }
        for (Path p : find(outDir, "paragraphs.csv")) {
            for (CSVRecord r : read(p)) {
                byArticle.computeIfAbsent(r.get("article_id"), k -> new ArrayList<>()).add(
                        new Written(Integer.parseInt(r.get("paragraph_index")), Role.valueOf(r.get("role")), r.get("text")));
            }
        }
        byArticle.values().forEach(v -> v.sort(Comparator.comparingInt(Written::index)));

        Map<Role, int[]> counts = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            counts.put(r, new int[3]);
        }
        Map<String, Integer> confusion = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        int goldTotal = 0, found = 0, predContent = 0, predContentMatched = 0, articles = 0;
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path gpath : golds) {
            articles++;
            String stem = stem(gpath.getFileName().toString()).replace(".gold", "");
            List<String[]> gold = GoldFile.paragraphs(gpath);
            List<Written> pred = byArticle.getOrDefault(stemToId.get(stem), List.of());
            if (pred.isEmpty()) {
                missing.add(stem);
            }
            int[][] m = match(gold, pred);
            int[] gm = m[0], pm = m[1];
            matches.accept(articleMatch(gpath, stemToId.get(stem), gold, pred, gm, pm));
            goldTotal += gold.size();
            for (int i = 0; i < gold.size(); i++) {
                Role grole = Role.valueOf(gold.get(i)[0]);
                Role prole = gm[i] >= 0 ? pred.get(gm[i]).role() : null;
                if (gm[i] >= 0) {
                    found++;
                }
                confusion.merge(grole + "->" + (prole == null ? "-" : prole.name()), 1, Integer::sum);
                if (prole == grole) {
                    counts.get(grole)[0]++;
                } else {
                    counts.get(grole)[2]++;
                    if (prole != null) {
                        counts.get(prole)[1]++;
                    }
                }
            }
            for (int j = 0; j < pred.size(); j++) {
                Written p = pred.get(j);
                if (pm[j] >= 0) {
                    if (p.role() != Role.BOILERPLATE) {
                        predContent++;
                        predContentMatched++;
                    }
                    continue;
                }
                if (p.role() == Role.BOILERPLATE) {
                    counts.get(Role.BOILERPLATE)[0]++;
                } else {
                    predContent++;
                    counts.get(p.role())[1]++;
                    counts.get(Role.BOILERPLATE)[2]++;
                }
            }
        }
        Map<Role, RoleScore> roles = new EnumMap<>(Role.class);
        int micro = 0;
        for (Role r : Role.values()) {
            int[] c = counts.get(r);
            roles.put(r, new RoleScore(c[0], c[1], c[2]));
            if (r != Role.BOILERPLATE) {
                micro += c[0];
            }
        }
        return new Score(articles, missing, goldTotal, goldTotal == 0 ? 0 : (double) found / goldTotal,
                predContent == 0 ? 0 : (double) predContentMatched / predContent,
                goldTotal == 0 ? 0 : (double) micro / goldTotal, roles, confusion);
    }

    private static ArticleMatch articleMatch(Path goldFile, String articleId, List<String[]> gold, List<Written> pred,
                                             int[] gm, int[] pm) {
        Map<Integer, Role> goldRoles = new HashMap<>();
        for (int j = 0; j < pred.size(); j++) {
            goldRoles.put(pred.get(j).index(), pm[j] >= 0 ? Role.valueOf(gold.get(pm[j])[0]) : Role.BOILERPLATE);
        }
        List<String[]> unmatched = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gm[i] < 0) {
                unmatched.add(gold.get(i));
            }
        }
        return new ArticleMatch(goldFile.getFileName().toString(), articleId, goldRoles, unmatched);
    }

    /**
     * For each of {@code texts} (an article's paragraphs in order), the index of the gold
     * paragraph the scorer would match it to, or -1: the same matching as {@link #score}.
     */
    public static int[] goldIndexOf(List<String[]> gold, List<String> texts) {
        List<Written> pred = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            pred.add(new Written(i + 1, Role.BODY, texts.get(i)));
        }
        return match(gold, pred)[1];
    }

    /** Greedy one-to-one matching by similarity, best pairs first; -1 where unmatched. */
    static int[][] match(List<String[]> gold, List<Written> pred) {
        List<String> gn = gold.stream().map(g -> norm(g[1])).toList();
        List<String> pn = pred.stream().map(p -> norm(p.text())).toList();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < gn.size(); i++) {
            for (int j = 0; j < pn.size(); j++) {
                String g = gn.get(i), p = pn.get(j);
                if (Math.min(g.length(), p.length()) < 0.5 * Math.max(g.length(), p.length())) {
                    continue;
                }
                double s = similarity(g, p);
                if (s >= THRESHOLD) {
                    pairs.add(new double[] {s, i, j});
                }
            }
        }
        // Python sorts (s, i, j) tuples in reverse: highest score, then highest i, then highest j
        pairs.sort((x, y) -> {
            for (int k = 0; k < 3; k++) {
                int c = Double.compare(y[k], x[k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        int[] gm = new int[gn.size()];
        int[] pm = new int[pn.size()];
        java.util.Arrays.fill(gm, -1);
        java.util.Arrays.fill(pm, -1);
        for (double[] pair : pairs) {
            int i = (int) pair[1], j = (int) pair[2];
            if (gm[i] < 0 && pm[j] < 0) {
                gm[i] = j;
                pm[j] = i;
            }
        }
        return new int[][] {gm, pm};
    }

    static double similarity(String g, String p) {
        if (g.isEmpty() || p.isEmpty()) {
            return 0.0;
        }
        if (g.equals(p)) {
            return 1.0;
        }
        String shorter = g.length() <= p.length() ? g : p;
        String longer = g.length() <= p.length() ? p : g;
        if (longer.contains(shorter) && shorter.length() >= 0.85 * longer.length()) {
            return 0.95;
        }
        return SequenceRatio.ratio(g, p);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> sb.append('"');
                case '\u2018', '\u2019' -> sb.append('\'');
                case '\u2013', '\u2014' -> sb.append('-');
                case '\u00a0' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        // Python's str.lower() and \s: close enough for news text (ASCII and Latin letters)
        Matcher m = SPACES.matcher(sb.toString().toLowerCase(Locale.ROOT));
        return m.replaceAll(" ").strip();
    }

    static String stem(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    static List<Path> find(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    static List<CSVRecord> read(Path file) throws IOException {
        return CsvFiles.read(file);
    }
}
