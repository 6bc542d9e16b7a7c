package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The manager's partitioned job with the partitions on its own threads
 * ({@code news.partition.transport=local}, no broker): the merge step joins the partitions' CSV
 * files into exactly the bytes of a one-machine run, row limit and part files included; a failed
 * partition fails the job, and the relaunch re-runs only that partition.
 */
class ScaleOutLocalTest {

    @TempDir
    Path dir;

    @Test
    void partitionedRunEqualsTheOneMachineRunAndARestartRerunsOnlyTheFailedPartition() throws Exception {
        Path input = dir.resolve("input");
        NightlyFixtures.writeStories(input, 60);
        Files.write(input.resolve("desk-1/empty.txt"), new byte[0]);
        List<String> common = List.of("inputDir=" + input, "runDate=2026-04-01", "--news.progress-interval=0",
                "--news.csv.max-rows-per-file=50"); // paragraphs.csv rolls over into part files

        Path single = dir.resolve("out-single");
        assertThat(ChildJvm.run(dir.resolve("single.log"), 120, with(common, "outputDir=" + single))).isEqualTo(3);

        Path scaled = dir.resolve("out-scaled");
        List<String> manager = with(common, "outputDir=" + scaled, "--news.role=manager", "--news.partition.transport=local",
                "--news.partitions=5");
        assertThat(ChildJvm.run(dir.resolve("failing.log"), 120, with(manager, "--news.test.fail-on=desk-2/story-0030.txt")))
                .as(Files.readString(dir.resolve("failing.log"))).isEqualTo(1);
        assertThat(partitionStatuses(scaled)).containsExactlyInAnyOrder(
                "importPartition:partition0001 COMPLETED", "importPartition:partition0002 COMPLETED",
                "importPartition:partition0003 COMPLETED", "importPartition:partition0004 FAILED",
                "importPartition:partition0005 COMPLETED");

        assertThat(ChildJvm.run(dir.resolve("resumed.log"), 120, manager)).as(Files.readString(dir.resolve("resumed.log")))
                .isEqualTo(3);
        List<String> after = partitionStatuses(scaled); // the relaunch ran partition 4 only
        assertThat(after).hasSize(6).endsWith("importPartition:partition0004 COMPLETED");
        assertThat(Files.readString(dir.resolve("resumed.log"))).contains("61 files read, 60 articles");

        Map<String, String> singleFiles = NightlyFixtures.runFolderFiles(single);
        assertThat(singleFiles).containsKey("paragraphs-part2.csv");
        assertThat(NightlyFixtures.runFolderFiles(scaled)).isEqualTo(singleFiles);
        assertThat(NightlyFixtures.tables(scaled)).isEqualTo(NightlyFixtures.tables(single));
        try (var s = Files.list(scaled)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".parts"));
        }
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    /** "stepName status" of every partition step execution, in the order they were created. */
    private static List<String> partitionStatuses(Path outputDir) throws Exception {
        String url = "jdbc:hsqldb:file:" + outputDir.resolve("db/news") + ";shutdown=true;ifexists=true";
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            return new JdbcTemplate(new SingleConnectionDataSource(c, true)).queryForList(
                    "SELECT STEP_NAME || ' ' || STATUS FROM BATCH_STEP_EXECUTION"
                            + " WHERE STEP_NAME LIKE 'importPartition:%' ORDER BY STEP_EXECUTION_ID", String.class);
        }
    }
}
