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
        jdbc.batchUpdate("DELETE FROM quote WHERE article_id = ?", ids);
        jdbc.batchUpdate("DELETE FROM paragraph WHERE article_id = ?", ids);
        jdbc.batchUpdate("DELETE FROM article WHERE article_id = ?", ids);
        jdbc.batchUpdate(INSERT_ARTICLE, articleRows);
        jdbc.batchUpdate(INSERT_PARAGRAPH, paragraphRows);
        jdbc.batchUpdate(INSERT_QUOTE, quoteRows);
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
