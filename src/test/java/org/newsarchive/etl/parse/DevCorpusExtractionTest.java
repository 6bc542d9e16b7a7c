package org.newsarchive.etl.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.split.ParagraphSplitter;

/**
 * The extraction targets on the shared dev set (../shared/corpus/dev, not part of the project:
 * skipped when absent). Matching is by normalised text, one gold paragraph to one written
 * paragraph, preferring non-boilerplate paragraphs among equal texts; close to
 * score_roles.py, which also accepts near matches (so its recall can only be higher).
 */
class DevCorpusExtractionTest {

    private static final Path DEV = Path.of("../shared/corpus/dev");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    @Test
    void extractionTargetsOnDevHtml() throws Exception {
        assumeTrue(Files.isDirectory(DEV.resolve("html")) && Files.isDirectory(DEV.resolve("gold")),
                "../shared/corpus/dev not present");
        DocumentParser parser = new DocumentParser();
        ParagraphSplitter splitter = new ParagraphSplitter();
        ObjectMapper json = new ObjectMapper();
        int gold = 0;
        int found = 0;
        int content = 0;
        int contentMatched = 0;
        int pages = 0;
        int headlines = 0;
        List<String> report = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(DEV.resolve("html"))) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : files) {
            String stem = file.getFileName().toString().replace(".html", "");
            Path goldFile = DEV.resolve("gold").resolve(stem + ".json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            pages++;
            List<Paragraph> paragraphs = splitter.split(parser.parse(
                    new SourceDocument(file.getFileName().toString(), file, Files.size(file))).blocks());
            JsonNode goldParagraphs = json.readTree(goldFile.toFile()).get("paragraphs");
            boolean[] used = new boolean[paragraphs.size()];
            String[] written = new String[paragraphs.size()];
            for (int j = 0; j < written.length; j++) {
                written[j] = norm(paragraphs.get(j).text());
            }
            int pageFound = 0;
            for (JsonNode g : goldParagraphs) {
                gold++;
                String text = norm(g.get("text").asText());
                int match = -1;
                for (int pass = 0; pass < 2 && match < 0; pass++) {
                    for (int j = 0; j < paragraphs.size(); j++) {
                        Paragraph p = paragraphs.get(j);
                        boolean boilerplate = p.hint() == Role.BOILERPLATE;
                        if (!used[j] && (pass == 1 || !boilerplate) && similar(text, written[j])) {
                            match = j;
                            break;
                        }
                    }
                }
                if (match >= 0) {
                    used[match] = true;
                    found++;
                    pageFound++;
                    if (g.get("role").asText().equals("HEADLINE") && paragraphs.get(match).hint() == Role.HEADLINE) {
                        headlines++;
                    }
                }
            }
            int pageContent = 0;
            int pageMatched = 0;
            for (int j = 0; j < paragraphs.size(); j++) {
                if (paragraphs.get(j).hint() != Role.BOILERPLATE) {
                    pageContent++;
                    if (used[j]) {
                        pageMatched++;
                    }
                }
            }
            content += pageContent;
            contentMatched += pageMatched;
            report.add(String.format(Locale.ROOT, "%s found %d/%d, content %d/%d", stem, pageFound,
                    goldParagraphs.size(), pageMatched, pageContent));
        }
        assumeTrue(pages > 0, "no gold pages");
        double recall = (double) found / gold;
        double precision = (double) contentMatched / content;
        double headlineRate = (double) headlines / pages;
        String summary = String.format(Locale.ROOT, "recall %.3f precision %.3f headlines %d/%d%n%s", recall,
                precision, headlines, pages, String.join("\n", report));
        System.out.println(summary);
        assertTrue(recall >= 0.97, summary);
        assertTrue(precision >= 0.95, summary);
        assertTrue(headlineRate >= 0.95, summary);
    }

    private static boolean similar(String gold, String written) {
        if (gold.equals(written)) {
            return true;
        }
        String shorter = gold.length() <= written.length() ? gold : written;
        String longer = shorter == gold ? written : gold;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() >= 0.85 * longer.length();
    }

    /** As score_roles.py: NFKC, typographic quotes and dashes folded, lower case, whitespace collapsed. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('“', '"').replace('”', '"').replace('„', '"').replace('«', '"').replace('»', '"')
                .replace('‘', '\'').replace('’', '\'').replace('–', '-').replace('—', '-').replace('\u00a0', ' ');
        return WHITESPACE.matcher(t).replaceAll(" ").strip();
    }
}
