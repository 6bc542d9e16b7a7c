package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The baseline moves in bounded batches, each whole: a file is in the baseline or still pending, never both or neither. */
class ArticleStoreTest {

    @Test
    void pendingFingerprintsMoveIntoTheBaselineInBatchesOfTheGivenSize() {
        var dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
                "jdbc:hsqldb:mem:article-store-test", "SA", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/schema-news.sql")).execute(dataSource);
        ArticleStore store = new ArticleStore(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<ArticleStore.SourceFingerprint> read = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            read.add(new ArticleStore.SourceFingerprint("desk/story-" + i + ".txt", 100 + i, 1_000L * i, "a".repeat(63) + (i % 10)));
        }
        // an older baseline row of one of the files, which the run's fingerprint replaces
        jdbc.update("INSERT INTO source_file (input_dir, source_path, size_bytes, modified_millis, sha256, job_instance_id)"
                + " VALUES ('in', 'desk/story-3.txt', 1, 1, ?, 1)", "b".repeat(64));
        store.addPending(7, "in", read);

        List<Integer> moved = new ArrayList<>();
        int n;
        while ((n = store.promotePending(7, "in", 5)) > 0) {
            moved.add(n);
            long baseline = jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE job_instance_id = 7", Long.class);
            long pending = jdbc.queryForObject("SELECT COUNT(*) FROM source_file_pending", Long.class);
            assertThat(baseline + pending).isEqualTo(12);
        }
        assertThat(moved).containsExactly(5, 5, 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file", Long.class)).isEqualTo(12L);
        assertThat(store.baseline("in", "desk/story-3.txt").size()).isEqualTo(103);
        assertThat(store.hasBaseline("in")).isTrue();
        assertThat(store.hasBaseline("elsewhere")).isFalse();
    }
}
