package org.newsarchive.etl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.tag.TaggingResult;

/**
 * The acceptance targets, measured on ../shared when it is there (skipped otherwise). Gold
 * paragraphs are matched to tagged paragraphs by normalised text, in order, as the shared
 * scorer does for these corpora (whose text renditions split one to one).
 */
class SharedCorpusTargetsTest {

    private static final Path SHARED = Paths.get("..", "shared", "corpus");
    private static final Pattern GOLD_PARA = Pattern.compile(
            "\"role\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void seedArticleIsTaggedExactly() throws IOException {
        Path dir = SHARED.resolve("seed");
        assumeTrue(Files.isDirectory(dir), "../shared/corpus/seed is not present");
        List<TextCorpusEvaluation.Result> results = TextCorpusEvaluation.run(dir.resolve("txt"));
        Counts c = score(results, dir.resolve("gold"));
        assertThat(c.accuracy()).isEqualTo(1.0);
        TaggingResult r = results.get(0).tagging();
        assertThat(r.dateline().date()).isEqualTo(LocalDate.of(2023, 6, 19));
        assertThat(r.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Xi"));
        assertThat(r.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Wang"));
    }

    @Test
    void devSetRolesReachF1Targets() throws IOException {
        Path dir = SHARED.resolve("dev");
        assumeTrue(Files.isDirectory(dir.resolve("txt")), "../shared/corpus/dev is not present");
        Counts c = score(TextCorpusEvaluation.run(dir.resolve("txt")), dir.resolve("gold-txt"));
        for (Role role : List.of(Role.DATELINE, Role.PHOTO_CAPTION, Role.PHOTO_CREDIT, Role.QUOTE, Role.BYLINE)) {
            assertThat(c.f1(role)).as("F1 of %s", role).isGreaterThanOrEqualTo(0.90);
        }
        assertThat(c.f1(Role.SUBHEADING)).as("F1 of SUBHEADING").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void reutersDatelinesAreFound() throws IOException {
        Path dir = SHARED.resolve("reuters-dev");
        assumeTrue(Files.isDirectory(dir.resolve("txt")), "../shared/corpus/reuters-dev is not present");
        Map<String, TaggingResult> byId = new HashMap<>();
        for (TextCorpusEvaluation.Result r : TextCorpusEvaluation.run(dir.resolve("txt"))) {
            byId.put(r.articleId(), r.tagging());
        }
        int stories = 0;
        int found = 0;
        int location = 0;
        try (Reader in = Files.newBufferedReader(dir.resolve("gold.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord g : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!"1".equals(g.get("dateline_std"))) {
                    continue;
                }
                stories++;
                TaggingResult r = byId.get(g.get("newid"));
                if (r != null && r.dateline() != null) {
                    found++;
                    if (norm(r.dateline().location()).equals(norm(g.get("dateline_location")))) {
                        location++;
                    }
                }
            }
        }
        assertThat((double) found / stories).isGreaterThanOrEqualTo(0.995);
        assertThat((double) location / stories).isGreaterThanOrEqualTo(0.99);
    }

    private static String norm(String s) {
        return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toUpperCase(java.util.Locale.ROOT);
    }

    /** Per-role true positives, false positives and false negatives. */
    record Counts(Map<Role, int[]> byRole, int correct, int total) {

        double accuracy() {
            return (double) correct / total;
        }

        double f1(Role r) {
            int[] v = byRole.getOrDefault(r, new int[3]);
            return v[0] == 0 ? 0 : 2.0 * v[0] / (2.0 * v[0] + v[1] + v[2]);
        }
    }

    private static Counts score(List<TextCorpusEvaluation.Result> results, Path goldDir) throws IOException {
        Map<Role, int[]> counts = new EnumMap<>(Role.class);
        int correct = 0;
        int total = 0;
        for (TextCorpusEvaluation.Result r : results) {
            Path gold = goldDir.resolve(r.articleId() + ".json");
            if (!Files.exists(gold)) {
                continue;
            }
            List<String[]> goldParas = new ArrayList<>();
            Matcher m = GOLD_PARA.matcher(Files.readString(gold, StandardCharsets.UTF_8));
            while (m.find()) {
                goldParas.add(new String[] {m.group(1), unescape(m.group(2))});
            }
            List<TaggedParagraph> tagged = r.tagging().paragraphs();
            int j = 0;
            for (String[] g : goldParas) {
                total++;
                Role want = Role.valueOf(g[0]);
                int k = j;
                while (k < tagged.size() && !norm(tagged.get(k).text()).equals(norm(g[1]))) {
                    k++;
                }
                Role got = k < tagged.size() ? tagged.get(k).role() : null;
                if (k < tagged.size()) {
                    j = k + 1;
                }
                if (got == want) {
                    correct++;
                    counts.computeIfAbsent(want, x -> new int[3])[0]++;
                } else {
                    counts.computeIfAbsent(want, x -> new int[3])[2]++;
                    if (got != null) {
                        counts.computeIfAbsent(got, x -> new int[3])[1]++;
                    }
                }
            }
        }
        return new Counts(counts, correct, total);
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
