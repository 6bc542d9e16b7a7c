package org.newsarchive.etl.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.job.ImportParameters;
import org.newsarchive.etl.model.Role;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the real job on the labelled corpora in {@code ../shared/corpus} and scores the output
 * with the measures of {@code shared/tools} (ported in {@link RoleScorer} and
 * {@link DatelineScorer}); fails below the floors set here. The score tables are printed and
 * saved under {@code target/evaluation/}. Skipped where {@code ../shared} is absent.
 *
 * <p>The floors are the targets of the issues where the pipeline reaches them, and otherwise
 * the level it has reached, so that a change that makes things worse fails the build.
 */
@SpringBatchTest
@SpringBootTest(classes = NewsArchiveEtlApplication.class, properties = {
        "news.command-line.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:corpus-evaluation;shutdown=false"})
class CorpusEvaluationTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
    static final Path REPORTS = Path.of("target", "evaluation");
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path output;

    private Path runJob(String corpus) throws Exception {
        Path input = CORPUS.resolve(corpus);
        assumeTrue(Files.isDirectory(input), "corpus not present: " + input);
        Path out = output.resolve(corpus.replace('/', '-'));
        JobExecution[] execution = {jobOperatorTestUtils.startJob(ImportParameters.from(Map.of(
                ImportParameters.INPUT_DIR, input.toString(),
                ImportParameters.OUTPUT_DIR, out.toString()), LocalDate.now()))};
        assertThat(execution[0].getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return out;
    }

    private static void report(String name, String table) throws IOException {
        System.out.println("== " + name + System.lineSeparator() + table);
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve(name + ".txt"), table);
    }

    @Test
    void seedArticle() throws Exception {
        Path out = runJob("seed/txt");
        RoleScorer.Score score = RoleScorer.score(out, CORPUS.resolve("seed/gold"));
        report("seed", score.table());
        assertThat(score.roleAccuracy()).isEqualTo(1.0);

        CSVRecord article = RoleScorer.read(RoleScorer.find(out, "articles.csv").get(0)).get(0);
        assertThat(article.get("dateline_date")).isEqualTo("2023-06-19");
        List<CSVRecord> quotes = RoleScorer.read(RoleScorer.find(out, "quotes.csv").get(0));
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.get("quote_text")).startsWith("I often say that the foundation of China-US relations");
            assertThat(q.get("speaker")).isEqualTo("Xi Jinping"); // "Xi said": the full name the article introduced
            assertThat(q.get("speaker_as_written")).isEqualTo("Xi");
            assertThat(q.get("speaker_title")).isEqualTo("Chinese President");
        });
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.get("quote_text")).startsWith("I hope that through this visit");
            assertThat(q.get("speaker")).isEqualTo("Xi Jinping");
            assertThat(q.get("speaker_as_written")).isEqualTo("the Chinese leader");
        });
        // "He said" after "Wang pointed out", and a statement's author after a description that names nobody
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.get("quote_text")).startsWith("the misperception of China");
            assertThat(q.get("speaker")).isEqualTo("Wang Yi");
        });
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.get("quote_text")).startsWith("stressed the importance of responsibly");
            assertThat(q.get("speaker")).isEqualTo("Matthew Miller");
        });
        assertQuotesCovered("seed-quotes", out, CORPUS.resolve("seed/gold"));
    }

    /**
     * Every quoted span of 4+ words in a gold QUOTE paragraph is in quotes.csv, and those the
     * paragraph attributes (a speech verb outside the quotes) have a speaker at least 90% of the time.
     */
    private static void assertQuotesCovered(String name, Path out, Path goldDir) throws IOException {
        QuoteCoverage.Result quotes = QuoteCoverage.measure(out, goldDir);
        report(name, quotes.line() + "missing: " + quotes.missing() + System.lineSeparator()
                + "attributed without speaker: " + quotes.noSpeaker() + System.lineSeparator());
        assertThat(quotes.spans()).isPositive();
        assertThat(quotes.missing()).as("quoted spans not in quotes.csv").isEmpty();
        assertThat(quotes.speakerShare()).as("speaker share of attributed quotations").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void devTextRendition() throws Exception {
        Path out = runJob("dev/txt");
        RoleScorer.Score score = RoleScorer.score(out, CORPUS.resolve("dev/gold-txt"));
        report("dev-txt", score.table());
        for (Role role : List.of(Role.DATELINE, Role.PHOTO_CREDIT, Role.PHOTO_CAPTION, Role.QUOTE, Role.BYLINE,
                Role.SUBHEADING)) {
            assertThat(score.f1(role)).as("F1 of %s", role).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(score.extractionRecall()).isEqualTo(1.0);
        assertLanguages(out, CORPUS.resolve("dev/gold-txt"));
        assertQuotesCovered("dev-txt-quotes", out, CORPUS.resolve("dev/gold-txt"));
    }

    @Test
    void devHtmlPages() throws Exception {
        Path out = runJob("dev/html");
        RoleScorer.Score score = RoleScorer.score(out, CORPUS.resolve("dev/gold"));
        report("dev-html", score.table());
        assertThat(score.extractionRecall()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.extractionPrecision()).isGreaterThanOrEqualTo(0.95);
        for (Role role : List.of(Role.HEADLINE, Role.SUBHEADING, Role.PHOTO_CAPTION, Role.PHOTO_CREDIT,
                Role.DATELINE, Role.BYLINE, Role.QUOTE)) {
            assertThat(score.f1(role)).as("F1 of %s", role).isGreaterThanOrEqualTo(0.95);
        }
        assertLanguages(out, CORPUS.resolve("dev/gold"));
        assertQuotesCovered("dev-html-quotes", out, CORPUS.resolve("dev/gold"));
    }

    /** Every article's {@code language} is the gold file's (the text rendition has no metadata: all detected). */
    private static void assertLanguages(Path out, Path goldDir) throws IOException {
        Map<String, String> written = new TreeMap<>();
        for (Path csv : RoleScorer.find(out, "articles.csv")) {
            for (CSVRecord a : RoleScorer.read(csv)) {
                String file = Path.of(a.get("source_path")).getFileName().toString();
                written.put(file.substring(0, file.lastIndexOf('.')), a.get("language"));
            }
        }
        Map<String, String> gold = new TreeMap<>();
        try (var files = Files.list(goldDir)) {
            for (Path g : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String stem = g.getFileName().toString().replace(".json", "");
                gold.put(stem, MAPPER.readTree(g.toFile()).path("language").asText());
            }
        }
        assertThat(gold).hasSize(30);
        assertThat(written).as("language per article").isEqualTo(gold);
    }

    @Test
    void reutersDatelines() throws Exception {
        Path out = runJob("reuters-dev/txt");
        DatelineScorer.Score score = DatelineScorer.score(out, CORPUS.resolve("reuters-dev/gold.csv"));
        report("reuters-dev", score.line());
        assertThat(score.found()).isGreaterThanOrEqualTo(0.995);
        assertThat(score.locationExact()).isGreaterThanOrEqualTo(0.99);
    }
}
