package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.hostile.HostileFixtures;

/**
 * The acceptance run of the hostile-input issue, with the real command line in child JVMs
 * under {@code -Xmx512m}: 500 generated good stories mixed with every bad file of
 * {@link HostileFixtures} (zip bombs, 20-deep archives, a 50 MB line, 100,000-deep HTML, XXE,
 * ...) completes with exit code 3, lists each bad file in {@code rejects.csv} with its reason,
 * and writes the 500 good articles exactly as a run over the good stories alone does (CSV rows
 * and database rows). No XML in it reads the local secret file or connects to the loopback
 * port it names.
 */
class HostileRunTest {

    private static final int GOOD = 500;
    private static final String RUN_DATE = "2026-05-01";

    @TempDir
    Path work;

    @Test
    void mixedRunRejectsEveryBadFileAndWritesTheGoodOnesAsAlone() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!trap.isClosed()) {
                    try (Socket s = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "xxe-trap");
            acceptor.setDaemon(true);
            acceptor.start();

            Path mixedInput = work.resolve("mixed-input");
            Path goodInput = work.resolve("good-input");
            NightlyFixtures.writeStories(goodInput.resolve("good"), GOOD);
            NightlyFixtures.writeStories(mixedInput.resolve("good"), GOOD);
            HostileFixtures.write(mixedInput, work.resolve("secret.txt"), trap.getLocalPort());

            Process alone = launch(goodInput, work.resolve("alone"), "alone.log");
            Process mixed = launch(mixedInput, work.resolve("mixed"), "mixed.log");
            assertThat(alone.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(mixed.waitFor(240, TimeUnit.SECONDS)).as(log("mixed.log")).isTrue();
            assertThat(alone.exitValue()).as(log("alone.log")).isEqualTo(ImportCommandLine.EXIT_OK);
            assertThat(mixed.exitValue()).as(log("mixed.log")).isEqualTo(ImportCommandLine.EXIT_COMPLETED_WITH_REJECTS);
            assertThat(log("mixed.log")).doesNotContain("OutOfMemoryError");

            Map<String, String> mixedFiles = NightlyFixtures.runFolderFiles(work.resolve("mixed"));
            Path mixedRun = runFolder(work.resolve("mixed"));
            Path aloneRun = runFolder(work.resolve("alone"));

            // every bad file is listed with its reason and exception class
            List<CSVRecord> rejects = NightlyFixtures.readCsv(mixedRun.resolve("rejects.csv"));
            Map<String, String> reasons = rejects.stream().collect(Collectors.toMap(r -> r.get("source_path"),
                    r -> r.get("reason") + " [" + r.get("exception_class") + "]", (a, b) -> a + " | " + b));
            for (Map.Entry<String, String> e : HostileFixtures.EXPECTED.entrySet()) {
                if (e.getValue() != null) {
                    assertThat(reasons).as(e.getKey()).containsKey(e.getKey());
                    assertThat(reasons.get(e.getKey())).as(e.getKey()).contains(e.getValue());
                }
            }
            assertThat(rejects).filteredOn(r -> !r.get("reason").startsWith("no text found"))
                    .allSatisfy(r -> assertThat(r.get("exception_class")).isNotBlank());
            assertThat(reasons.keySet()).allSatisfy(p -> assertThat(p).startsWith("hostile/"));

            // the good articles: the same rows as the run over them alone
            Set<String> goodIds = goodIds(aloneRun);
            assertThat(goodIds).hasSize(GOOD);
            for (String table : List.of("articles.csv", "paragraphs.csv", "quotes.csv")) {
                assertThat(rows(mixedRun.resolve(table), goodIds)).as(table)
                        .isEqualTo(rows(aloneRun.resolve(table), goodIds))
                        .hasSameSizeAs(NightlyFixtures.readCsv(aloneRun.resolve(table)));
            }
            for (String sql : List.of(
                    "SELECT a.* FROM article a WHERE a.source_path LIKE 'good/%' ORDER BY a.article_id",
                    "SELECT p.* FROM paragraph p JOIN article a ON a.article_id = p.article_id"
                            + " WHERE a.source_path LIKE 'good/%' ORDER BY p.article_id, p.paragraph_index",
                    "SELECT q.* FROM quote q JOIN article a ON a.article_id = q.article_id"
                            + " WHERE a.source_path LIKE 'good/%' ORDER BY q.article_id, q.paragraph_index, q.quote_index")) {
                assertThat(query(work.resolve("mixed"), sql)).as(sql).isEqualTo(query(work.resolve("alone"), sql))
                        .isNotEmpty();
            }
            // the article table holds nothing of a bad file that was rejected
            assertThat(query(work.resolve("mixed"), "SELECT COUNT(*) FROM reject")).isEqualTo(
                    List.of(List.of(String.valueOf(rejects.size()))));

            // no external fetch: the secret is nowhere in the output, nothing connected to the trap
            try (Stream<Path> files = Files.walk(work.resolve("mixed"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    assertThat(bytes).as(f.toString()).doesNotContain(HostileFixtures.SECRET);
                }
            }
            assertThat(mixedFiles.get("articles.csv")).contains("hostile/invalid-utf8.txt");
            assertThat(connections.get()).as("connections to the loopback trap").isZero();
        }
    }

    private Process launch(Path input, Path output, String logName) throws IOException {
        return ChildRuns.start(ChildRuns.javaCommand(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"),
                NewsArchiveEtlApplication.class, List.of("inputDir=" + input, "outputDir=" + output,
                        "runDate=" + RUN_DATE, "--news.progress-interval=0")), work, work.resolve(logName));
    }

    private String log(String name) throws IOException {
        return ChildRuns.read(work.resolve(name));
    }

    private static Path runFolder(Path outputDir) throws IOException {
        try (Stream<Path> s = Files.list(outputDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("run-")).findFirst().orElseThrow();
        }
    }

    private static Set<String> goodIds(Path run) throws IOException {
        return NightlyFixtures.readCsv(run.resolve("articles.csv")).stream()
                .filter(r -> r.get("source_path").startsWith("good/")).map(r -> r.get("article_id"))
                .collect(Collectors.toSet());
    }

    private static List<List<String>> rows(Path csv, Set<String> ids) throws IOException {
        return NightlyFixtures.readCsv(csv).stream().filter(r -> ids.contains(r.get("article_id")))
                .map(CSVRecord::toList).toList();
    }

    private static List<List<String>> query(Path outputDir, String sql) throws SQLException {
        String url = "jdbc:hsqldb:file:" + outputDir.resolve("db/news") + ";shutdown=true;ifexists=true";
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
