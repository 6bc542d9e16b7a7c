package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The {@code postgres} profile on a real PostgreSQL server: the same command line with the job
 * repository and the article tables in PostgreSQL gives the CSV bytes and the rows of the
 * default HSQLDB run, and the incremental machinery (fingerprints, baseline) works there too.
 * Skipped when no server answers (see {@link PostgresDatabase}).
 */
class PostgresStandaloneTest {

    @TempDir
    Path dir;

    @Test
    void postgresRunEqualsTheHsqldbRunAndTheNextRunReadsNothingNew() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.createOrSkip()) {
            Path input = dir.resolve("input");
            NightlyFixtures.writeStories(input, 30);
            Files.write(input.resolve("desk-0/empty.txt"), new byte[0]);

            Path hsqldbOut = dir.resolve("out-hsqldb");
            assertThat(ChildJvm.run(dir.resolve("hsqldb.log"), 120, List.of("inputDir=" + input, "outputDir=" + hsqldbOut,
                    "runDate=2026-03-01", "--news.progress-interval=0"))).as("exit code (rejects)").isEqualTo(3);

            Path pgOut = dir.resolve("out-pg");
            List<String> args = new ArrayList<>(List.of("inputDir=" + input, "outputDir=" + pgOut, "runDate=2026-03-01",
                    "--news.progress-interval=0"));
            args.addAll(List.of(db.options()));
            assertThat(ChildJvm.run(dir.resolve("pg.log"), 120, args)).as(Files.readString(dir.resolve("pg.log"))).isEqualTo(3);

            assertThat(NightlyFixtures.runFolderFiles(pgOut)).isEqualTo(NightlyFixtures.runFolderFiles(hsqldbOut));
            Map<String, List<List<Object>>> pgTables;
            try (var c = db.connect()) {
                pgTables = NightlyFixtures.tables(new JdbcTemplate(new SingleConnectionDataSource(c, true)));
            }
            assertThat(pgTables).isEqualTo(NightlyFixtures.tables(hsqldbOut));
            assertThat(pgTables.get("SELECT * FROM article ORDER BY article_id")).hasSize(30);

            // the next night: every file unchanged, nothing read
            List<String> next = new ArrayList<>(args);
            next.set(2, "runDate=2026-03-02");
            assertThat(ChildJvm.run(dir.resolve("pg2.log"), 120, next)).isEqualTo(0);
            assertThat(Files.readString(dir.resolve("pg2.log"))).contains("0 files read").contains("31 unchanged");
        }
    }
}
