package org.newsarchive.etl.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.etl.model.Article;
import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.Reject;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.write.ArticleStore;
import org.newsarchive.etl.write.CsvOptions;
import org.newsarchive.etl.write.CsvRowFormatter;
import org.newsarchive.etl.write.DataDictionary;
import org.newsarchive.etl.write.OutputTables;
import org.newsarchive.etl.write.RollingCsvWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes each chunk of outcomes to the run's CSV files ({@code articles.csv},
 * {@code paragraphs.csv}, {@code quotes.csv}, {@code rejects.csv}) and to the database, in the
 * chunk's transaction.
 *
 * <p>The CSV files are Spring Batch flat-file writers ({@link RollingCsvWriter}): their lines
 * reach the file only when the chunk commits, and the byte position of each (with its part
 * number, for a table that rolls over into part files) is saved with the chunk, so a restarted
 * run cuts off whatever a crash left half-written and goes on from the last commit. They are
 * made for spreadsheets as the {@code news.csv.*} settings say ({@link CsvOptions}); the run
 * also writes the data dictionary {@code columns.csv} once. The
 * counts (articles, paragraphs per role, quotes, rejects) are kept in the step's execution
 * context for the same reason.
 */
public class OutcomeWriter implements ItemStreamWriter<Outcome> {

    static final String COUNT_PREFIX = "count.";
    static final String COLUMNS_WRITTEN = "csv.columns-written";

    private final Path runFolder;
    private final ArticleStore store;
    private final long jobExecutionId;
    private final RunCounts counts = new RunCounts();
    private final CsvOptions csvOptions;
    private RollingCsvWriter articles;
    private RollingCsvWriter paragraphs;
    private RollingCsvWriter quotes;
    private RollingCsvWriter rejects;

    public OutcomeWriter(Path runFolder, ArticleStore store, long jobExecutionId) {
        this(runFolder, store, jobExecutionId, CsvOptions.defaults());
    }

    public OutcomeWriter(Path runFolder, ArticleStore store, long jobExecutionId, CsvOptions csvOptions) {
        this.runFolder = runFolder;
        this.store = store;
        this.jobExecutionId = jobExecutionId;
        this.csvOptions = csvOptions;
    }

    CsvOptions csvOptions() {
        return csvOptions;
    }

    @Override
    public void write(Chunk<? extends Outcome> chunk) throws Exception {
        List<Article> chunkArticles = new ArrayList<>();
        List<Reject> chunkRejects = new ArrayList<>();
        for (Outcome outcome : chunk) {
            if (outcome instanceof Article a) {
                chunkArticles.add(a);
            } else if (outcome instanceof Reject r) {
                chunkRejects.add(r);
            }
        }
        List<List<Object>> articleRows = new ArrayList<>();
        List<List<Object>> paragraphRows = new ArrayList<>();
        List<List<Object>> quoteRows = new ArrayList<>();
        for (Article a : chunkArticles) {
            articleRows.add(OutputTables.articleRow(a));
            paragraphRows.addAll(OutputTables.paragraphRows(a));
            quoteRows.addAll(OutputTables.quoteRows(a));
            counts.add(a);
        }
        List<List<Object>> rejectRows = new ArrayList<>();
        for (Reject r : chunkRejects) {
            rejectRows.add(OutputTables.rejectRow(r));
            counts.rejects++;
        }
        store.replace(chunkArticles);
        store.addRejects(chunkRejects, jobExecutionId);
        articles.write(new Chunk<>(articleRows));
        paragraphs.write(new Chunk<>(paragraphRows));
        quotes.write(new Chunk<>(quoteRows));
        rejects.write(new Chunk<>(rejectRows));
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        counts.load(context);
        CsvRowFormatter formatter = new CsvRowFormatter(csvOptions);
        articles = new RollingCsvWriter(runFolder, "articles.csv", OutputTables.ARTICLE_COLUMNS, formatter);
        paragraphs = new RollingCsvWriter(runFolder, "paragraphs.csv", OutputTables.PARAGRAPH_COLUMNS, formatter);
        quotes = new RollingCsvWriter(runFolder, "quotes.csv", OutputTables.QUOTE_COLUMNS, formatter);
        rejects = new RollingCsvWriter(runFolder, "rejects.csv", OutputTables.REJECT_COLUMNS, formatter);
        if (!context.containsKey(COLUMNS_WRITTEN) || !Files.exists(runFolder.resolve(DataDictionary.FILE_NAME))) {
            DataDictionary.write(runFolder, csvOptions); // once per run: a restart keeps it
            context.putString(COLUMNS_WRITTEN, DataDictionary.FILE_NAME);
        }
        articles.open(context);
        paragraphs.open(context);
        quotes.open(context);
        rejects.open(context);
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        counts.save(context);
        articles.update(context);
        paragraphs.update(context);
        quotes.update(context);
        rejects.update(context);
    }

    @Override
    public void close() throws ItemStreamException {
        for (RollingCsvWriter w : new RollingCsvWriter[] {articles, paragraphs, quotes, rejects}) {
            if (w != null) {
                w.close();
            }
        }
    }

    /** Running totals of a step, kept in its execution context so that a restart goes on counting. */
    static final class RunCounts {
        long articles;
        long quotes;
        long rejects;
        final Map<Role, Long> paragraphs = new EnumMap<>(Role.class);

        void add(Article a) {
            articles++;
            quotes += a.quotes().size();
            for (TaggedParagraph p : a.paragraphs()) {
                paragraphs.merge(p.role(), 1L, Long::sum);
            }
        }

        void load(ExecutionContext context) {
            articles = context.getLong(COUNT_PREFIX + "articles", 0L);
            quotes = context.getLong(COUNT_PREFIX + "quotes", 0L);
            rejects = context.getLong(COUNT_PREFIX + "rejects", 0L);
            paragraphs.clear();
            for (Role role : Role.values()) {
                long n = context.getLong(COUNT_PREFIX + "paragraphs." + role.name(), 0L);
                if (n > 0) {
                    paragraphs.put(role, n);
                }
            }
        }

        void save(ExecutionContext context) {
            context.putLong(COUNT_PREFIX + "articles", articles);
            context.putLong(COUNT_PREFIX + "quotes", quotes);
            context.putLong(COUNT_PREFIX + "rejects", rejects);
            for (Map.Entry<Role, Long> e : paragraphs.entrySet()) {
                context.putLong(COUNT_PREFIX + "paragraphs." + e.getKey().name(), e.getValue());
            }
        }
    }
}
