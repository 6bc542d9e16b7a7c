package org.newsarchive.etl.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.evaluation.RoleScorer;
import org.newsarchive.etl.job.ImportParameters;
import org.newsarchive.etl.model.Role;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs the real job and opens its {@code report.html} in headless Chromium: the page loads with
 * no console error and no network request, the legend and the four charts are there, the role
 * filter hides the other roles; and {@code review --gold} on the dev corpus's run lists the
 * disagreements first. Screenshots at 1,400 px and at a phone's 390 px are kept under
 * {@code target/review-screenshots/}. Skipped where {@code chromium} is not installed (CI
 * installs it), the dev part where {@code ../shared/corpus/dev} is absent.
 */
@SpringBatchTest
@SpringBootTest(classes = NewsArchiveEtlApplication.class, properties = {
        "news.command-line.enabled=false",
        "spring.datasource.url=jdbc:hsqldb:mem:reviewpagebrowsertest;shutdown=false"})
class ReviewPageBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/review-screenshots");
    static final Path DEV = Path.of("../shared/corpus/dev");

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path tmp;

    @BeforeEach
    void needsChromium() {
        assumeTrue(HeadlessChromium.binary() != null, "chromium is not installed");
    }

    private Path runJob(Path input, String runDate) throws Exception {
        Path output = tmp.resolve("output");
        JobExecution execution = jobOperatorTestUtils.startJob(ImportParameters.from(Map.of(
                ImportParameters.INPUT_DIR, input.toString(), ImportParameters.OUTPUT_DIR, output.toString(),
                ImportParameters.RUN_DATE, runDate), LocalDate.parse(runDate)));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return ImportParameters.runFolder(output.toAbsolutePath(), LocalDate.parse(runDate),
                execution.getJobInstance().getInstanceId());
    }

    @Test
    void fixtureRunsPageLoadsOfflineWithLegendChartsAndFilter() throws Exception {
        Path input = tmp.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        Files.write(input.resolve("empty.txt"), new byte[0]); // a reject, for the rejects chart and list
        Path run = runJob(input, "2026-01-05");
        Path page = run.resolve(ReviewPage.FILE_NAME);
        assertThat(page).exists();

        try (HeadlessChromium chromium = new HeadlessChromium()) {
            chromium.open(page, 1400, 1000);
            checkLoadedOffline(chromium, page);
            checkLegendAndCharts(chromium);
            assertThat(chromium.eval("document.querySelectorAll('#rejects tbody tr').length").asInt()).isEqualTo(1);
            assertThat(chromium.eval("document.querySelector('#rejects td').textContent").asText()).isEqualTo("empty.txt");
            checkRoleFilter(chromium, "BODY");
            chromium.screenshot(SCREENSHOTS.resolve("fixtures-1400.png"));
            chromium.open(page, 390, 844);
            checkLoadedOffline(chromium, page);
            chromium.screenshot(SCREENSHOTS.resolve("fixtures-390.png"));
        }
    }

    @Test
    void devRunsPageAndCompareModeListTheDisagreementsFirst() throws Exception {
        assumeTrue(Files.isDirectory(DEV.resolve("html")) && Files.isDirectory(DEV.resolve("gold")), "no ../shared/corpus/dev");
        Path run = runJob(DEV.resolve("html").toAbsolutePath(), "2026-01-06");
        Path page = run.resolve(ReviewPage.FILE_NAME);
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            chromium.open(page, 1400, 1000);
            checkLoadedOffline(chromium, page);
            checkLegendAndCharts(chromium);
            checkRoleFilter(chromium, "PHOTO_CAPTION");
            chromium.screenshot(SCREENSHOTS.resolve("dev-1400.png"));
            chromium.screenshot(SCREENSHOTS.resolve("dev-1400-articles.png"), "#articles", 1200);
            chromium.open(page, 390, 844);
            checkLoadedOffline(chromium, page);
            chromium.screenshot(SCREENSHOTS.resolve("dev-390.png"));
            chromium.screenshot(SCREENSHOTS.resolve("dev-390-top.png"), null, 1400);
            chromium.screenshot(SCREENSHOTS.resolve("dev-390-articles.png"), "#articles", 1400);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = NewsArchiveEtlApplication.run(new String[] {"review", "--gold", DEV.resolve("gold").toString(),
                    run.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(page.toString());
            RoleScorer.Score score = RoleScorer.score(run, DEV.resolve("gold"));
            // every gold paragraph not given its role, and every written one no gold paragraph holds
            int expected = score.roles().values().stream().mapToInt(RoleScorer.RoleScore::fn).sum();

            chromium.open(page, 1400, 1000);
            checkLoadedOffline(chromium, page);
            assertThat(chromium.eval("document.querySelectorAll('#score-table tbody tr').length").asInt())
                    .isEqualTo(Role.values().length);
            assertThat(chromium.eval("document.querySelectorAll('#disagreements tr.disagreement').length").asInt())
                    .isEqualTo(expected);
            List<Integer> perArticle = HeadlessChromium.texts(chromium.eval(
                    "Array.from(document.querySelectorAll('article.story')).map(a => a.dataset.disagreements)"))
                    .stream().map(Integer::parseInt).toList();
            assertThat(perArticle).hasSize(score.articles());
            assertThat(perArticle.stream().mapToInt(Integer::intValue).sum()).isEqualTo(expected);
            assertThat(perArticle).isSortedAccordingTo((a, b) -> Integer.compare(b, a)); // disagreements first
            assertThat(perArticle.get(0)).isPositive();
            // the table's articles are the first cards, in the same order
            List<String> tableArticles = HeadlessChromium.texts(chromium.eval(
                    "Array.from(document.querySelectorAll('#disagreements tr.disagreement a')).map(a => a.getAttribute('href').substring(1))"))
                    .stream().distinct().toList();
            List<String> firstCards = HeadlessChromium.texts(chromium.eval(
                    "Array.from(document.querySelectorAll('article.story')).slice(0, " + tableArticles.size() + ").map(a => a.id)"));
            assertThat(firstCards).isEqualTo(tableArticles);
            chromium.screenshot(SCREENSHOTS.resolve("compare-1400.png"));
            chromium.open(page, 390, 844);
            chromium.screenshot(SCREENSHOTS.resolve("compare-390.png"));
            chromium.screenshot(SCREENSHOTS.resolve("compare-390-top.png"), null, 1400);
        }
    }

    private static void checkLoadedOffline(HeadlessChromium chromium, Path page) throws IOException {
        assertThat(chromium.errors).as("console errors").isEmpty();
        assertThat(chromium.requests).as("requests besides the page itself").allMatch(u -> u.equals(page.toUri().toString()));
        chromium.requests.clear();
    }

    private static void checkLegendAndCharts(HeadlessChromium chromium) throws Exception {
        assertThat(HeadlessChromium.texts(chromium.eval(
                "Array.from(document.querySelectorAll('#legend li')).map(li => li.dataset.role)")))
                .containsExactly(Stream.of(Role.values()).map(Role::name).toArray(String[]::new));
        for (String chart : List.of("chart-roles", "chart-rejects", "chart-languages", "chart-dates")) {
            JsonNode bars = chromium.eval("(() => { const f = document.getElementById('" + chart + "');"
                    + " return f === null ? -1 : f.querySelectorAll('svg rect').length + (f.querySelector('p.muted') ? 1000 : 0); })()");
            assertThat(bars.asInt()).as(chart).isNotNegative().isNotEqualTo(0);
        }
        assertThat(chromium.eval("document.querySelectorAll('#chart-roles svg rect').length").asInt())
                .isEqualTo(Role.values().length);
        // the SVG is drawn: its bars have a size on screen
        assertThat(chromium.eval("document.querySelector('#chart-roles svg').getBoundingClientRect().width").asDouble())
                .isGreaterThan(200);
    }

    /** Choosing a role hides every paragraph of the other roles and shows those of that role. */
    private static void checkRoleFilter(HeadlessChromium chromium, String role) throws Exception {
        int all = chromium.eval("document.querySelectorAll('.para').length").asInt();
        int ofRole = chromium.eval("document.querySelectorAll('.para[data-role=\"" + role + "\"]').length").asInt();
        assertThat(ofRole).isPositive().isLessThan(all);
        chromium.eval("(() => { const s = document.getElementById('filter-role'); s.value = '" + role + "';"
                + " s.dispatchEvent(new Event('input')); })()");
        assertThat(HeadlessChromium.texts(chromium.eval("Array.from(document.querySelectorAll('.para'))"
                + ".filter(p => p.offsetParent !== null).map(p => p.dataset.role)")))
                .hasSize(ofRole).containsOnly(role);
        chromium.eval("(() => { const s = document.getElementById('filter-role'); s.value = '';"
                + " s.dispatchEvent(new Event('input')); })()");
        assertThat(chromium.eval("Array.from(document.querySelectorAll('.para')).filter(p => p.offsetParent !== null).length")
                .asInt()).isEqualTo(all);
    }
}
