package org.newsarchive.etl.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.job.ImportParameters;
import org.newsarchive.etl.write.OutputTables;

/** The page's bounds on a run of 10,000 articles, its sample, and what it escapes. */
class ReviewPageTest {

    private static final Pattern ARTICLE = Pattern.compile("<article class=\"story[^\"]*\" id=\"([^\"]+)\"");
    private static final String SENTENCE = "The harbour board voted on Friday to raise landing dues by four percent, "
            + "the first increase since 2015, citing the cost of dredging the north basin and repairs to the pier. ";

    @TempDir
    Path run;

    /** The CSV files' field delimiter ({@code csvDelimiter}). */
    private char delimiter = ',';

    /** 10,000 wire-sized articles of 8 paragraphs; every 500th has a photo credit (rare), every 10th a subheading. */
    private Set<String> writeRun(int articles) throws IOException {
        Set<String> credited = new LinkedHashSet<>();
        try (CSVPrinter a = printer("articles.csv", OutputTables.ARTICLE_COLUMNS);
             CSVPrinter p = printer("paragraphs.csv", OutputTables.PARAGRAPH_COLUMNS);
             CSVPrinter q = printer("quotes.csv", OutputTables.QUOTE_COLUMNS);
             CSVPrinter r = printer("rejects.csv", OutputTables.REJECT_COLUMNS)) {
            for (int i = 0; i < articles; i++) {
                String id = String.format("a%016x", (i * 0x9E3779B97F4A7C15L) >>> 4);
                LocalDate date = LocalDate.of(2024, 1, 1).plusDays(i % 400);
                a.printRecord(id, "wire/story-" + i + ".txt", "Harbour dues rise <b>" + i + "</b>", date, i % 7 == 0 ? "de" : "en",
                        "KIRKWALL, May 2 (Reuters) -", "KIRKWALL", date, "Reuters", "Eilidh Grant", 8, "", "Reuters", 1, "");
                List<String[]> ps = new ArrayList<>(List.of(new String[] {"HEADLINE", "Harbour dues rise", "h1"},
                        new String[] {"BYLINE", "By Eilidh Grant", "author line"},
                        new String[] {"DATELINE", "KIRKWALL, May 2 (Reuters) - " + SENTENCE, "dateline: place + agency + dash"},
                        new String[] {"BODY", SENTENCE + SENTENCE, "story text"},
                        new String[] {"QUOTE", "“We have no choice,” said Ann Roe. " + SENTENCE, "quotation marks"},
                        new String[] {"BODY", SENTENCE + SENTENCE + SENTENCE, "story text"},
                        new String[] {"BODY", SENTENCE, "story text"}));
                ps.add(i % 10 == 0 ? new String[] {"SUBHEADING", "What comes next", "between paragraphs: short heading-shaped line"}
                        : new String[] {"BODY", SENTENCE, "story text"});
                if (i % 500 == 0) {
                    ps.set(7, new String[] {"PHOTO_CREDIT", "Photo: Reuters", "credit word \"Photo:\""});
                    credited.add(id);
                }
                for (int k = 0; k < ps.size(); k++) {
                    p.printRecord(id, k + 1, ps.get(k)[0], ps.get(k)[1], ps.get(k)[2], "");
                }
                q.printRecord(id, 5, 1, "We have no choice", "Ann Roe", "");
            }
            r.printRecord("broken/empty.txt", "empty file", "", "");
            r.printRecord("broken/x.pdf", "no text found in application/pdf", "", "");
        }
        return credited;
    }

    private CSVPrinter printer(String name, List<String> columns) throws IOException {
        Writer w = Files.newBufferedWriter(run.resolve(name), StandardCharsets.UTF_8);
        w.write('\uFEFF');
        List<String> header = new ArrayList<>(columns);
        header.add(OutputTables.TRUNCATED_COLUMNS);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader(header.toArray(String[]::new)).get());
    }

    private static List<String> articleIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ARTICLE.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void tenThousandArticlesGiveTheSamplePlusRareRolesUnderFiveMegabytes() throws IOException {
        Set<String> credited = writeRun(10_000);
        RunRows all = RunRows.read(run, rows -> id -> false, 0);
        Set<String> sample = ReviewPage.sample(all.articles, 200);

        Path page = ReviewPage.write(run, List.of(new ReviewPage.Item("parameter inputDir", "/archive")), 200);

        assertThat(Files.size(page)).isLessThan(5_000_000);
        String html = Files.readString(page);
        List<String> shown = articleIds(html);
        Set<String> expected = new HashSet<>(sample);
        expected.addAll(credited); // 20 articles have a photo credit: a rare role
        assertThat(shown).doesNotHaveDuplicates();
        assertThat(new HashSet<>(shown)).isEqualTo(expected);
        assertThat(sample).hasSize(200).isSubsetOf(all.articles.stream().map(RunRows.ArticleRow::id).toList());
        // the same rows give the same page
        byte[] first = Files.readAllBytes(page);
        ReviewPage.write(run, List.of(new ReviewPage.Item("parameter inputDir", "/archive")), 200);
        assertThat(Files.readAllBytes(page)).isEqualTo(first);
        // the counts and charts are of every row, not of the sample
        assertThat(html).contains("<th>paragraphs</th><td>80000</td>").contains("<th>rejected files</th><td>2</td>");
        assertThat(html).contains("id=\"chart-roles\"").contains("id=\"chart-rejects\"").contains("id=\"chart-languages\"")
                .contains("id=\"chart-dates\"").contains("articles per month, 2024-01 to 2025-02");
        // cells are text: the title's markup is escaped
        assertThat(html).contains("Harbour dues rise &lt;b&gt;").doesNotContain("rise <b>");
    }

    @Test
    void filesWrittenWithASemicolonOrTabAreReadAsWithACommaByTheirHeader() throws IOException {
        writeRun(40);
        String comma = Files.readString(ReviewPage.write(run, List.of(), 200));
        for (char other : new char[] {';', '\t'}) {
            delimiter = other;
            writeRun(40);
            String page = Files.readString(ReviewPage.write(run, List.of(), 200));
            assertThat(articleIds(page)).hasSize(40).isEqualTo(articleIds(comma));
            assertThat(page).contains("<th>paragraphs</th><td>320</td>").contains("Ann Roe");
            // rejects.csv starts with source_path, not article_id: its delimiter is read from its own header
            assertThat(page).contains("<td>broken/x.pdf</td><td>no text found in application/pdf</td>");
        }
    }

    @Test
    void everyValueIsEscapedInTextAndInAttributes() throws IOException {
        try (CSVPrinter a = printer("articles.csv", OutputTables.ARTICLE_COLUMNS);
             CSVPrinter p = printer("paragraphs.csv", OutputTables.PARAGRAPH_COLUMNS);
             CSVPrinter q = printer("quotes.csv", OutputTables.QUOTE_COLUMNS);
             CSVPrinter r = printer("rejects.csv", OutputTables.REJECT_COLUMNS)) {
            a.printRecord(row(OutputTables.ARTICLE_COLUMNS, Map.of("article_id", "a1", "source_path", "in/<script>bad()</script>.html",
                    "title", "Dues <i>rise</i> & \"more\"", "language", "en\" onclick=\"bad()", "dateline", "PLACE <em>",
                    "byline", "By <u>Ann</u>")));
            p.printRecord(row(OutputTables.PARAGRAPH_COLUMNS, Map.of("article_id", "a1", "paragraph_index", "1", "role", "QUOTE",
                    "text", "<img src=x onerror=bad()>", "role_cues", "a <cue>")));
            q.printRecord(row(OutputTables.QUOTE_COLUMNS, Map.of("article_id", "a1", "paragraph_index", "1", "quote_index", "1",
                    "quote_text", "</span><script>bad()</script>", "speaker", "Ann <Roe>")));
            r.printRecord(row(OutputTables.REJECT_COLUMNS, Map.of("source_path", "bad/<x>.pdf", "reason", "no <text>")));
        }
        String html = Files.readString(ReviewPage.write(run, List.of(new ReviewPage.Item("parameter <kbd>", "<var>")), 200));

        assertThat(articleIds(html)).containsExactly("a1");
        // the page's own script is its only one; no value became an element or an attribute
        assertThat(html.split("<script", -1)).hasSize(2);
        for (String tag : List.of("<i>", "<img", "<em>", "<u>", "<cue>", "<Roe>", "<x>", "<text>", "<kbd>", "<var>")) {
            assertThat(html).doesNotContain(tag);
        }
        assertThat(html).doesNotContain("=\"en\" onclick=\"bad"); // in text the quotes are harmless
        assertThat(html).contains("Dues &lt;i&gt;rise&lt;/i&gt; &amp; ").contains("&lt;img src=x onerror=bad()&gt;")
                .contains("&lt;/span&gt;&lt;script&gt;bad()&lt;/script&gt;").contains("Ann &lt;Roe&gt;")
                .contains("<td>bad/&lt;x&gt;.pdf</td><td>no &lt;text&gt;</td>").containsPattern("data-lang=\"en(&#34;|&quot;) onclick=");
    }

    /** A row of {@code columns}: the cells by name, the rest (and the truncated-columns cell) empty. */
    private static List<String> row(List<String> columns, Map<String, String> cells) {
        List<String> row = new ArrayList<>(columns.stream().map(c -> cells.getOrDefault(c, "")).toList());
        row.add("");
        return row;
    }

    @Test
    void noPageWhenReportArticlesIsZero() throws IOException {
        writeRun(3);
        assertThat(ReviewPage.write(run, List.of(), 0)).isNull();
        assertThat(run.resolve(ReviewPage.FILE_NAME)).doesNotExist();
    }

    @Test
    void reportArticlesIsAWholeNumberAndNotPartOfTheRunsIdentity(@TempDir Path dir) {
        var params = ImportParameters.from(Map.of("inputDir", dir.toString(), "outputDir", dir.resolve("o").toString(),
                "reportArticles", "50"), LocalDate.of(2026, 1, 1));
        assertThat(ImportParameters.reportArticles(params)).isEqualTo(50);
        assertThat(params.getIdentifyingParameters()).noneMatch(p -> p.name().equals("reportArticles"));
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.toString(), "reportArticles", "-1"),
                LocalDate.of(2026, 1, 1))).hasMessageContaining("reportArticles");
    }
}
