package org.newsarchive.etl.write;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.newsarchive.etl.model.Article;
import org.newsarchive.etl.model.Reject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes articles, paragraphs, quotations and rejects to the database tables {@code article},
 * {@code paragraph}, {@code quote} and {@code reject}, with the columns of the CSV files.
 *
 * <p>An article that is written again (the same source read on a later run) replaces its
 * earlier rows: its old rows are deleted and the new ones inserted in the caller's
 * transaction, so the tables never hold an article twice. All statements are JDBC batches.
 */
public final class ArticleStore {

    private static final String INSERT_ARTICLE = "INSERT INTO article (" + String.join(", ", OutputTables.ARTICLE_COLUMNS)
            + ") VALUES (" + placeholders(OutputTables.ARTICLE_COLUMNS.size()) + ")";
    private static final String INSERT_PARAGRAPH = "INSERT INTO paragraph (" + String.join(", ", OutputTables.PARAGRAPH_COLUMNS)
            + ") VALUES (" + placeholders(OutputTables.PARAGRAPH_COLUMNS.size()) + ")";
    private static final String INSERT_QUOTE = "INSERT INTO quote (" + String.join(", ", OutputTables.QUOTE_COLUMNS)
            + ") VALUES (" + placeholders(OutputTables.QUOTE_COLUMNS.size()) + ")";
    private static final String INSERT_REJECT = "INSERT INTO reject (" + String.join(", ", OutputTables.REJECT_COLUMNS)
            + ", job_execution_id) VALUES (" + placeholders(OutputTables.REJECT_COLUMNS.size() + 1) + ")";

    private final JdbcTemplate jdbc;

    public ArticleStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Writes the articles, replacing any earlier rows of the same article ids. */
    public void replace(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<Object[]> ids = new ArrayList<>(articles.size());
        List<Object[]> articleRows = new ArrayList<>(articles.size());
        List<Object[]> paragraphRows = new ArrayList<>();
        List<Object[]> quoteRows = new ArrayList<>();
        for (Article a : articles) {
            ids.add(new Object[] {a.articleId()});
            articleRows.add(sqlValues(OutputTables.articleRow(a)));
            OutputTables.paragraphRows(a).forEach(r -> paragraphRows.add(sqlValues(r)));
            OutputTables.quoteRows(a).forEach(r -> quoteRows.add(sqlValues(r)));
        }
        // one look for the ids already there (a file read again), instead of three deletes per article
        List<Object[]> existing = existing(ids);
        if (!existing.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM quote WHERE article_id = ?", existing);
            jdbc.batchUpdate("DELETE FROM paragraph WHERE article_id = ?", existing);
            jdbc.batchUpdate("DELETE FROM article WHERE article_id = ?", existing);
        }
        jdbc.batchUpdate(INSERT_ARTICLE, articleRows);
        jdbc.batchUpdate(INSERT_PARAGRAPH, paragraphRows);
        jdbc.batchUpdate(INSERT_QUOTE, quoteRows);
    }

    /** The ids of those given that the article table holds, asked in one query per 500. */
    private List<Object[]> existing(List<Object[]> ids) {
        List<Object[]> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Object[]> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            Object[] args = slice.stream().map(id -> id[0]).toArray();
            jdbc.query("SELECT article_id FROM article WHERE article_id IN (" + placeholders(args.length) + ")",
                    rs -> {
                        found.add(new Object[] {rs.getString(1)});
                    }, args);
        }
        return found;
    }

    /** Records the rejects of one job execution. */
    public void addRejects(List<Reject> rejects, long jobExecutionId) {
        if (rejects.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(rejects.size());
        for (Reject r : rejects) {
            List<Object> row = new ArrayList<>(OutputTables.rejectRow(r));
            row.add(jobExecutionId);
            rows.add(row.toArray());
        }
        jdbc.batchUpdate(INSERT_REJECT, rows);
    }

    /** A file's content fingerprint as the baseline of incremental runs records it. */
    public record SourceFingerprint(String sourcePath, long size, long modifiedMillis, String sha256) {
    }

    /** True if a successful run recorded the files of the input folder. */
    public boolean hasBaseline(String inputDir) {
        Integer found = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT 1 FROM source_file WHERE input_dir = ? FETCH FIRST 1 ROWS ONLY) t",
                Integer.class, inputDir);
        return found != null && found > 0;
    }

    /** The baseline fingerprint of a file, or null if no successful run recorded it. */
    public SourceFingerprint baseline(String inputDir, String sourcePath) {
        List<SourceFingerprint> found = jdbc.query(
                "SELECT source_path, size_bytes, modified_millis, sha256 FROM source_file WHERE input_dir = ? AND source_path = ?",
                (rs, n) -> new SourceFingerprint(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)),
                inputDir, sourcePath);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Notes a new modification time for a file whose content did not change, so the fast pre-check hits next time. */
    public void touchBaseline(String inputDir, String sourcePath, long modifiedMillis, String sha256) {
        jdbc.update("UPDATE source_file SET modified_millis = ? WHERE input_dir = ? AND source_path = ? AND sha256 = ?",
                modifiedMillis, inputDir, sourcePath, sha256);
    }

    /** Records the fingerprints of files a run read, in the caller's (chunk) transaction. */
    public void addPending(long jobInstanceId, String inputDir, List<SourceFingerprint> fingerprints) {
        if (fingerprints.isEmpty()) {
            return;
        }
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (SourceFingerprint f : fingerprints) {
            keys.add(new Object[] {jobInstanceId, inputDir, f.sourcePath()});
            rows.add(new Object[] {jobInstanceId, inputDir, f.sourcePath(), f.size(), f.modifiedMillis(), f.sha256()});
        }
        jdbc.batchUpdate("DELETE FROM source_file_pending WHERE job_instance_id = ? AND input_dir = ? AND source_path = ?", keys);
        jdbc.batchUpdate("INSERT INTO source_file_pending (job_instance_id, input_dir, source_path, size_bytes, modified_millis, sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** Visits every file of the baseline of an input folder. */
    public void forEachBaseline(String inputDir, java.util.function.Consumer<SourceFingerprint> action) {
        // ordered as the primary key, so that HSQLDB reads the index in order instead of sorting the whole baseline
        jdbc.query("SELECT source_path, size_bytes, modified_millis, sha256 FROM source_file WHERE input_dir = ?"
                        + " ORDER BY input_dir, source_path",
                rs -> {
                    action.accept(new SourceFingerprint(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }, inputDir);
    }

    /**
     * Records files of the baseline that are gone as removed by this run (once: a run that
     * records them again changes nothing) and takes them out of the baseline.
     */
    public void recordRemoved(long jobInstanceId, String inputDir, List<SourceFingerprint> removed, List<String> articleIds) {
        if (removed.isEmpty()) {
            return;
        }
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> baselineKeys = new ArrayList<>();
        for (int i = 0; i < removed.size(); i++) {
            SourceFingerprint f = removed.get(i);
            keys.add(new Object[] {jobInstanceId, inputDir, f.sourcePath()});
            rows.add(new Object[] {jobInstanceId, inputDir, f.sourcePath(), articleIds.get(i), f.sha256()});
            baselineKeys.add(new Object[] {inputDir, f.sourcePath()});
        }
        jdbc.batchUpdate("DELETE FROM removed_source WHERE job_instance_id = ? AND input_dir = ? AND source_path = ?", keys);
        jdbc.batchUpdate("INSERT INTO removed_source (job_instance_id, input_dir, source_path, article_id, sha256) VALUES (?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("DELETE FROM source_file WHERE input_dir = ? AND source_path = ?", baselineKeys);
    }

    /**
     * Moves up to {@code limit} of a run's recorded fingerprints (the first in path order) into
     * the baseline, in the caller's transaction; returns how many it moved, 0 when none are
     * left. A bounded batch: one transaction over every file of a large run would hold all its
     * row changes in the database's memory at once. The batch is ordered as the primary key
     * (the same order, the first two columns being fixed): ordered by the path alone, HSQLDB
     * sorted every pending row for each batch, 7.6 s of 100,000 files' single-thread tail.
     */
    public int promotePending(long jobInstanceId, String inputDir, int limit) {
        List<Object[]> keys = jdbc.query("SELECT source_path FROM source_file_pending WHERE job_instance_id = ? AND input_dir = ?"
                        + " ORDER BY job_instance_id, input_dir, source_path FETCH FIRST " + limit + " ROWS ONLY",
                (rs, n) -> new Object[] {jobInstanceId, inputDir, rs.getString(1)}, jobInstanceId, inputDir);
        if (keys.isEmpty()) {
            return 0;
        }
        List<Object[]> baselineKeys = keys.stream().map(k -> new Object[] {inputDir, k[2]}).toList();
        jdbc.batchUpdate("DELETE FROM source_file WHERE input_dir = ? AND source_path = ?", baselineKeys);
        jdbc.batchUpdate("INSERT INTO source_file (input_dir, source_path, size_bytes, modified_millis, sha256, job_instance_id)"
                + " SELECT input_dir, source_path, size_bytes, modified_millis, sha256, job_instance_id FROM source_file_pending"
                + " WHERE job_instance_id = ? AND input_dir = ? AND source_path = ?", keys);
        jdbc.batchUpdate("DELETE FROM source_file_pending WHERE job_instance_id = ? AND input_dir = ? AND source_path = ?", keys);
        return keys.size();
    }

    /** The files a run found removed: source_path and article_id, in path order. */
    public List<List<Object>> removedRows(long jobInstanceId) {
        return jdbc.query("SELECT source_path, article_id FROM removed_source WHERE job_instance_id = ? ORDER BY source_path",
                (rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2)), jobInstanceId);
    }

    /** The rejects recorded by the given job executions: source_path and reason, in path order. */
    public List<List<Object>> rejectRows(List<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT source_path, reason FROM reject WHERE job_execution_id IN ("
                + placeholders(jobExecutionIds.size()) + ") ORDER BY source_path",
                (rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2)), jobExecutionIds.toArray());
    }

    private static Object[] sqlValues(List<Object> row) {
        Object[] values = row.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate d) {
                values[i] = Date.valueOf(d);
            }
        }
        return values;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

}
