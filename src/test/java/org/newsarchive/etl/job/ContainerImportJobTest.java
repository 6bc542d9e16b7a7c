package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.etl.source.ContainerFixtures.entries;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.Fixtures;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.source.ContainerFixtures;
import org.newsarchive.etl.source.ContainerFixtures.Capture;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real job on the same articles as loose files, in a zip, in a tar.gz, nested, and as
 * WARC captures: every container entry is an article of its own, with the same paragraphs
 * and roles as the loose file.
 */
@SpringBatchTest
@SpringBootTest(classes = NewsArchiveEtlApplication.class, properties = {
        "news.command-line.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:containerjobtest;shutdown=false"})
class ContainerImportJobTest {

    static final Instant CAPTURED = Instant.parse("2025-07-01T06:00:00Z");
    static final Instant ARC_CAPTURED = Instant.parse("2004-03-09T17:45:12Z");

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @TempDir
    Path output;

    @BeforeEach
    void writeFixtures() throws IOException {
        jdbc.update("DELETE FROM quote");
        jdbc.update("DELETE FROM paragraph");
        jdbc.update("DELETE FROM article");
        jdbc.update("DELETE FROM reject");
        Map<String, byte[]> articles = entries("web/skerry-ferry.html", Fixtures.NEWS_PAGE,
                "wire/oberau-landslide.txt", Fixtures.WIRE_STORY);
        for (Map.Entry<String, byte[]> e : articles.entrySet()) {
            ContainerFixtures.write(input.resolve("loose").resolve(e.getKey()), e.getValue());
        }
        ContainerFixtures.write(input.resolve("bundles/articles.zip"), ContainerFixtures.zip(articles));
        ContainerFixtures.write(input.resolve("bundles/articles.tar.gz"), ContainerFixtures.tarGz(articles));
        ContainerFixtures.write(input.resolve("bundles/outer.zip"), ContainerFixtures.zip(entries(
                "inner.tar.gz", ContainerFixtures.tarGz(articles))));
        // the HTTP header says ISO-8859-1; the page's own meta tag is wrong: the header wins
        byte[] latin1 = ("<html><head><meta charset=\"utf-8\"></head><body><h1>Caf\u00e9 reopens</h1>"
                + "<p>The caf\u00e9 on the quay reopened on Monday after a refit.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        // the crawl went back to the cafe page a day later and found it changed: a second capture
        byte[] recrawl = ContainerFixtures.warc(true, CAPTURED.plusSeconds(86400),
                new Capture("https://coast.example/cafe", 200, "text/html; charset=utf-8",
                        ("<html><body><h1>Caf\u00e9 reopening delayed</h1><p>The caf\u00e9 on the quay will now reopen"
                                + " on Thursday, the owners said.</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        ContainerFixtures.write(input.resolve("crawl/news.warc.gz"), concat(ContainerFixtures.warc(true, CAPTURED,
                new Capture("https://coast.example/skerry-ferry", 200, "text/html; charset=utf-8",
                        Fixtures.NEWS_PAGE.getBytes(StandardCharsets.UTF_8)),
                new Capture("https://coast.example/style.css", 200, "text/css", "p{}".getBytes()),
                new Capture("https://coast.example/oberau-landslide.txt", 200, "text/plain; charset=utf-8",
                        Fixtures.WIRE_STORY.getBytes(StandardCharsets.UTF_8)),
                new Capture("https://coast.example/cafe", 200, "text/html; charset=ISO-8859-1", latin1)), recrawl));
        // the same pages in the Internet Archive's older ARC format, plain and gzipped per record
        Capture[] arcCaptures = {
                new Capture("http://coast.example/skerry-ferry", 200, "text/html; charset=utf-8",
                        Fixtures.NEWS_PAGE.getBytes(StandardCharsets.UTF_8)),
                new Capture("http://coast.example/style.css", 200, "text/css", "p{}".getBytes()),
                new Capture("http://coast.example/moved", 301, "text/html", "<p>moved</p>".getBytes()),
                new Capture("http://coast.example/oberau-landslide.txt", 200, "text/plain; charset=utf-8",
                        Fixtures.WIRE_STORY.getBytes(StandardCharsets.UTF_8)),
                new Capture("http://coast.example/cafe", 200, "text/html; charset=ISO-8859-1", latin1)};
        ContainerFixtures.write(input.resolve("crawl/old.arc.gz"),
                ContainerFixtures.arc(true, "old.arc.gz", ARC_CAPTURED, arcCaptures));
        ContainerFixtures.write(input.resolve("crawl/older.arc"),
                ContainerFixtures.arc(false, "older.arc", ARC_CAPTURED, arcCaptures));
    }

    @Test
    void everyArticleInAContainerIsAnArticleRowWithTheSameParagraphsAsTheLooseFile() throws Exception {
        JobParameters params = ImportParameters.from(Map.of(
                ImportParameters.INPUT_DIR, input.toString(),
                ImportParameters.OUTPUT_DIR, output.toString(),
                ImportParameters.RUN_DATE, "2025-10-01"), LocalDate.parse("2025-10-01"));
        JobExecution execution = jobOperatorTestUtils.startJob(params);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path runFolder = ImportParameters.runFolder(output, LocalDate.of(2025, 10, 1),
                execution.getJobInstance().getInstanceId());
        List<CSVRecord> articles = readCsv(runFolder.resolve("articles.csv"));
        List<CSVRecord> paragraphs = readCsv(runFolder.resolve("paragraphs.csv"));

        assertThat(articles).extracting(r -> r.get("source_path")).contains(
                "bundles/articles.tar.gz!/web/skerry-ferry.html", "bundles/articles.tar.gz!/wire/oberau-landslide.txt",
                "bundles/articles.zip!/web/skerry-ferry.html", "bundles/articles.zip!/wire/oberau-landslide.txt",
                "bundles/outer.zip!/inner.tar.gz!/web/skerry-ferry.html",
                "bundles/outer.zip!/inner.tar.gz!/wire/oberau-landslide.txt",
                "crawl/news.warc.gz!/https://coast.example/skerry-ferry",
                "crawl/news.warc.gz!/https://coast.example/oberau-landslide.txt",
                "crawl/news.warc.gz!/https://coast.example/cafe",
                "loose/web/skerry-ferry.html", "loose/wire/oberau-landslide.txt");

        List<String> ferry = rolesAndTexts(paragraphs, articles, "loose/web/skerry-ferry.html");
        List<String> wire = rolesAndTexts(paragraphs, articles, "loose/wire/oberau-landslide.txt");
        assertThat(texts(paragraphs, articles, "loose/web/skerry-ferry.html"))
                .contains("\u201cThe island has been cut off for far too long this summer,\u201d said council leader Morag Bain.");
        assertThat(wire).hasSize(8);
        for (String prefix : List.of("bundles/articles.zip!/", "bundles/articles.tar.gz!/", "bundles/outer.zip!/inner.tar.gz!/")) {
            assertThat(rolesAndTexts(paragraphs, articles, prefix + "web/skerry-ferry.html")).isEqualTo(ferry);
            assertThat(rolesAndTexts(paragraphs, articles, prefix + "wire/oberau-landslide.txt")).isEqualTo(wire);
        }
        assertThat(rolesAndTexts(paragraphs, articles, "crawl/news.warc.gz!/https://coast.example/skerry-ferry")).isEqualTo(ferry);
        assertThat(rolesAndTexts(paragraphs, articles, "crawl/news.warc.gz!/https://coast.example/oberau-landslide.txt")).isEqualTo(wire);
        for (String arc : List.of("crawl/old.arc.gz!/", "crawl/older.arc!/")) {
            assertThat(rolesAndTexts(paragraphs, articles, arc + "http://coast.example/skerry-ferry")).isEqualTo(ferry);
            assertThat(rolesAndTexts(paragraphs, articles, arc + "http://coast.example/oberau-landslide.txt")).isEqualTo(wire);
            assertThat(row(articles, arc + "http://coast.example/skerry-ferry").get("url"))
                    .isEqualTo("http://coast.example/skerry-ferry");
            assertThat(row(articles, arc + "http://coast.example/skerry-ferry").get("published_date")).isEqualTo("2025-06-18");
            CSVRecord arcCafe = row(articles, arc + "http://coast.example/cafe");
            assertThat(arcCafe.get("published_date")).isEqualTo("2004-03-09"); // the ARC's archive date
            assertThat(arcCafe.get("url")).isEqualTo("http://coast.example/cafe");
            assertThat(texts(paragraphs, articles, arc + "http://coast.example/cafe"))
                    .isEqualTo(texts(paragraphs, articles, "crawl/news.warc.gz!/https://coast.example/cafe"));
        }
        assertThat(articles).filteredOn(r -> r.get("source_path").contains(".arc")).hasSize(6);

        // WARC: the record's URI goes to url; the capture date is the published date's last fallback
        CSVRecord ferryWarc = row(articles, "crawl/news.warc.gz!/https://coast.example/skerry-ferry");
        assertThat(ferryWarc.get("url")).isEqualTo("https://coast.example/skerry-ferry");
        assertThat(ferryWarc.get("published_date")).isEqualTo("2025-06-18"); // the page's own date first
        CSVRecord cafe = row(articles, "crawl/news.warc.gz!/https://coast.example/cafe");
        assertThat(cafe.get("published_date")).isEqualTo("2025-07-01");
        assertThat(cafe.get("url")).isEqualTo("https://coast.example/cafe");
        // the HTTP charset is honoured over the page's wrong meta tag
        assertThat(texts(paragraphs, articles, "crawl/news.warc.gz!/https://coast.example/cafe"))
                .contains("The caf\u00e9 on the quay reopened on Monday after a refit.");
        assertThat(row(articles, "loose/web/skerry-ferry.html").get("url")).isEmpty();
        // a page captured twice: both captures are articles, the later one numbered, each with its own id and date
        CSVRecord cafeAgain = row(articles, "crawl/news.warc.gz!/https://coast.example/cafe#2");
        assertThat(cafeAgain.get("url")).isEqualTo("https://coast.example/cafe");
        assertThat(cafeAgain.get("published_date")).isEqualTo("2025-07-02");
        assertThat(cafeAgain.get("title")).isEqualTo("Caf\u00e9 reopening delayed");
        assertThat(cafeAgain.get("article_id")).isNotEqualTo(cafe.get("article_id"))
                .isEqualTo(ArticleProcessor.articleId("crawl/news.warc.gz!/https://coast.example/cafe#2"));
        assertThat(texts(paragraphs, articles, "crawl/news.warc.gz!/https://coast.example/cafe"))
                .doesNotContain("The caf\u00e9 on the quay will now reopen on Thursday, the owners said.");
        assertThat(articles).extracting(r -> r.get("article_id")).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class)).isEqualTo(articles.size());

        // the container counts are in the step's execution context for the run summary
        var context = importStep(execution)[0].getExecutionContext();
        Map<String, Long> counts = SourceDocumentReader.containerCounts(context);
        assertThat(counts).containsEntry("containers", 7L).containsEntry("skipped.warc-request", 5L)
                .containsEntry("skipped.warc-revisit", 2L).containsEntry("skipped.warc-not-html", 1L)
                .containsEntry("skipped.arc-filedesc", 2L).containsEntry("skipped.arc-not-http", 2L)
                .containsEntry("skipped.arc-not-html", 2L).containsEntry("skipped.arc-status-not-200", 2L);
        assertThat(SourceDocumentReader.containerSummary(context)).startsWith("containers: 7 (");
        assertThat(importStep(execution)[0].getReadCount()).isEqualTo(articles.size()
                + readCsv(runFolder.resolve("rejects.csv")).size());
    }

    @Test
    void theRealFormatSamplesGiveStructuredArticleRows() throws Exception {
        Path samples = Path.of("..", "shared", "corpus", "formats").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(samples.resolve("nitf")), "samples not present");
        JobParameters params = ImportParameters.from(Map.of(
                ImportParameters.INPUT_DIR, samples.toString(),
                ImportParameters.OUTPUT_DIR, output.toString(),
                ImportParameters.RUN_DATE, "2025-10-02"), LocalDate.parse("2025-10-02"));
        JobExecution execution = jobOperatorTestUtils.startJob(params);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path runFolder = ImportParameters.runFolder(output, LocalDate.of(2025, 10, 2),
                execution.getJobInstance().getInstanceId());
        List<CSVRecord> articles = readCsv(runFolder.resolve("articles.csv"));
        List<CSVRecord> paragraphs = readCsv(runFolder.resolve("paragraphs.csv"));

        CSVRecord ap = row(articles, "nitf/ap-nitf.xml");
        assertThat(ap.get("title")).isEqualTo("Can trading pollution like stocks help fight climate change?");
        assertThat(ap.get("dateline_location")).isEqualTo("NEW YORK");
        assertThat(ap.get("byline")).isNotBlank();
        assertThat(ap.get("published_date")).isEqualTo("2015-12-10");
        CSVRecord reuters = row(articles, "newsml/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5.xml");
        assertThat(reuters.get("dateline_location")).isEqualTo("DAMASCUS");
        assertThat(reuters.get("dateline_agency")).isEqualTo("Reuters");
        assertThat(reuters.get("language")).isEqualTo("en");
        assertThat(row(articles, "newsml/dpa.xml").get("dateline")).isEqualTo("London (dpa) -");
        assertThat(row(articles, "nitf/nitf-ntb.xml").get("dateline_location")).isEqualTo("Oslo");
        assertThat(rolesAndTexts(paragraphs, articles, "nitf/nitf-fishing.xml"))
                .contains("PHOTO_CAPTION|The tides, captured on film late yesterday.")
                // the reader hints PHOTO_CREDIT (NewsXmlReaderTest); the tagger currently turns a
                // PHOTO_CREDIT hint it does not recognise as a credit line into PHOTO_CAPTION
                .anyMatch(r -> r.equals("PHOTO_CREDIT|Karben") || r.equals("PHOTO_CAPTION|Karben"));
        assertThat(rolesAndTexts(paragraphs, articles, "nitf/nitf-ntb.xml"))
                // a media-caption that only credits the photo: the tagger's credit rule makes it PHOTO_CREDIT
                .anyMatch(r -> r.matches("PHOTO_(CAPTION|CREDIT)\\|Foto: NTB / Scanpix, montasje av Faktisk.no"));
        for (String path : List.of("nitf/ap-nitf.xml", "nitf/nitf-fishing.xml", "nitf/nitf-ntb.xml", "nitf/efe_nitf.xml",
                "newsml/LISTING_22_Sports_story_in_NewsML-G2NITF.xml", "newsml/dpa.xml",
                "newsml/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5.xml")) {
            List<String> rows = rolesAndTexts(paragraphs, articles, path);
            List<String> roles = rows.stream().map(r -> r.substring(0, r.indexOf('|'))).toList();
            assertThat(roles).as(path).contains("HEADLINE", "DATELINE");
            // the story's text: a BODY paragraph, or (EFE's one-line sample) the paragraph its dateline opens
            assertThat(rows).as(path).anyMatch(r -> r.startsWith("BODY|")
                    || r.startsWith("DATELINE|") && r.matches("DATELINE\\|.*(?:-|—|–)\\s*\\p{Lu}.*"));
            if (!path.equals("newsml/dpa.xml")) { // dpa's only credit is the bare "dpa" creditline
                assertThat(roles).as(path).contains("BYLINE");
            }
            assertThat(row(articles, path).get("title")).as(path).isNotBlank();
        }
        // WARC: one article per HTML (or text) response record, with its URL and capture date
        assertThat(articles).extracting(r -> r.get("source_path")).contains(
                "warc/example.warc!/http://example.com/",
                "warc/wikipedia-main-page-2012.warc.gz!/http://en.wikipedia.org/wiki/Main_Page",
                "warc/IAH-20080430204825-00000-blackbook-truncated.warc.gz!/http://www.archive.org/index.php");
        CSVRecord wiki = row(articles, "warc/wikipedia-main-page-2012.warc.gz!/http://en.wikipedia.org/wiki/Main_Page");
        assertThat(wiki.get("url")).isEqualTo("http://en.wikipedia.org/wiki/Main_Page");
        assertThat(wiki.get("published_date")).isEqualTo("2012-01-19");
        assertThat(texts(paragraphs, articles, wiki.get("source_path"))).anyMatch(t -> t.contains("(pictured)"));
        assertThat(articles).filteredOn(r -> r.get("source_path").startsWith("warc/example.warc!/")).hasSize(1);
        var context = importStep(execution)[0].getExecutionContext();
        assertThat(SourceDocumentReader.containerCounts(context)).containsEntry("containers", 3L)
                .containsEntry("skipped.warc-revisit", 1L);
    }

    /**
     * The import step (the partitions' counts are summed into it), in an array: Spring Batch
     * Test would call a method that returns a step execution to make one.
     */
    private static org.springframework.batch.core.step.StepExecution[] importStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(ImportJobConfiguration.STEP_NAME))
                .toArray(org.springframework.batch.core.step.StepExecution[]::new);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static CSVRecord row(List<CSVRecord> articles, String sourcePath) {
        return articles.stream().filter(a -> a.get("source_path").equals(sourcePath)).findFirst().orElseThrow();
    }

    private static List<String> rolesAndTexts(List<CSVRecord> paragraphs, List<CSVRecord> articles, String sourcePath) {
        String id = row(articles, sourcePath).get("article_id");
        return paragraphs.stream().filter(p -> p.get("article_id").equals(id))
                .map(p -> p.get("role") + "|" + p.get("text")).toList();
    }

    private static List<String> texts(List<CSVRecord> paragraphs, List<CSVRecord> articles, String sourcePath) {
        return rolesAndTexts(paragraphs, articles, sourcePath).stream().map(s -> s.substring(s.indexOf('|') + 1)).toList();
    }

    /** The run's CSV files start with a byte-order mark (spreadsheet-safe CSV). */
    private static List<CSVRecord> readCsv(Path file) throws IOException {
        return ImportJobTest.readCsv(file);
    }
}
