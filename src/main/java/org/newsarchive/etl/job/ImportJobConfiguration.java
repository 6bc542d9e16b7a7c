package org.newsarchive.etl.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.LocalDate;


import javax.sql.DataSource;

import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleModel;
import org.newsarchive.etl.tag.RoleTagger;
import org.newsarchive.etl.write.ArticleStore;
import org.newsarchive.etl.write.CsvOptions;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.CompositeDatabasePopulator;
import org.springframework.jdbc.datasource.init.DataSourceInitializer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code importArticles} job: the documents below the input folder, in partitions of the
 * walk, each a chunk-oriented step that reads them, runs each through parse → split → tag, and
 * writes articles, paragraphs, quotations and rejects to CSV and to the database; then the
 * partitions' CSV files are joined into the run folder.
 */
@Configuration
public class ImportJobConfiguration {

    public static final String JOB_NAME = "importArticles";
    public static final String STEP_NAME = "importDocuments";
    public static final String RECORD_STEP_NAME = "recordSources";
    public static final String PUBLISH_STEP_NAME = "publishRunFolder";
    public static final String PARTITION_STEP_NAME = "importPartition";
    public static final String MERGE_STEP_NAME = "mergeParts";
    public static final String REPORT_STEP_NAME = "writeReport";
    public static final String WORKBOOK_STEP_NAME = "writeWorkbook";

    /** The job's parameters: required and optional, the same for a one-machine and a scaled-out run. */
    static DefaultJobParametersValidator parametersValidator() {
        return new DefaultJobParametersValidator(
                new String[] {ImportParameters.INPUT_DIR, ImportParameters.OUTPUT_DIR, ImportParameters.RUN_DATE},
                new String[] {ImportParameters.INCLUDE, ImportParameters.EXCLUDE, ImportParameters.SINCE, ImportParameters.FULL,
                        ImportParameters.REPORT_ARTICLES, ImportParameters.FORMATS, ImportParameters.CSV_DELIMITER,
                        ImportParameters.RUN_ID});
    }

    /**
     * import (the input's partitions: files → CSV parts + database) → merge the partitions' CSV
     * files into the run folder → record the sources (baseline of fingerprints, removed files)
     * → write the review page from the run's rows → write the workbook from them (with
     * {@code formats=...xlsx}; with {@code formats=xlsx} alone it then deletes the CSV files, which
     * is why it comes after the page) → publish the run folder. A restart resumes at the step that did not complete, and within
     * the import at the partitions that did not complete, each from its last commit. The same
     * job on one machine and for a scale-out manager; only how the partitions run differs.
     */
    @Bean
    @ConditionalOnExpression("'${news.role:standalone}' != 'worker'")
    public Job importArticles(JobRepository jobRepository, Step importDocuments, Step mergeParts, Step writeWorkbook,
                              Step recordSources, Step writeReport, Step publishRunFolder, RunSummaryListener summary,
                              ProgressReporter progress, LaunchControl launchControl) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(parametersValidator())
                .start(importDocuments)
                .next(mergeParts)
                .next(recordSources)
                .next(writeReport)
                .next(writeWorkbook)
                .next(publishRunFolder)
                .listener(launchControl)
                .listener(progress)
                .listener(summary)
                .build();
    }

    /**
     * The import on this machine: {@link InputPartitioner} splits the input walk into
     * {@code news.partitions} contiguous ranges (default: one per thread), and {@code news.threads}
     * threads (default: one per core) each run a partition's whole read → parse, split, tag →
     * write loop, so reading, fingerprinting, CSV and database writing are spread over the cores
     * as well as parsing. The merge step joins the partitions in walk order: the output is the
     * same bytes and rows for any thread or partition count. A restart keeps the first launch's
     * partitions (Spring Batch saves the grid size), whatever {@code news.threads} it is given.
     * A scale-out manager runs the same step with {@code news.partition.transport=local}.
     */
    @Bean
    @ConditionalOnExpression("'${news.role:standalone}' == 'standalone' or "
            + "('${news.role:standalone}' == 'manager' and '${news.partition.transport:jms}' == 'local')")
    public Step importDocuments(JobRepository jobRepository, Step importPartition, InputPartitioner inputPartitioner,
                                @Value("${news.threads:0}") int threads,
                                @Value("${news.partitions:0}") int partitions) {
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new StepBuilder(STEP_NAME, jobRepository)
                .partitioner(PARTITION_STEP_NAME, inputPartitioner)
                .step(importPartition)
                .gridSize(partitions > 0 ? partitions : workers)
                .taskExecutor(workers > 1 ? partitionExecutor(workers) : new SyncTaskExecutor())
                .aggregator(new PartitionCountsAggregator(jobRepository, PARTITION_STEP_NAME))
                .build();
    }

    /** One partition: the chunk-oriented import step on the partition's range of the walk. */
    @Bean
    public Step importPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SourceDocumentReader reader, ArticleProcessor processor, OutcomeWriter writer,
                                SourceSelection selection, ProgressReporter progress, LaunchControl launchControl,
                                @Value("${news.chunk-size:200}") int chunkSize) {
        return new StepBuilder(PARTITION_STEP_NAME, jobRepository)
                .<SourceDocument, Outcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .stream(selection)
                .listener((ItemWriteListener<Outcome>) selection)
                .listener((ItemWriteListener<Outcome>) progress)
                .listener((StepExecutionListener) launchControl)
                .listener(new CommittedContextGuard()) // a failed chunk leaves the last commit's context
                .build();
    }

    private static ThreadPoolTaskExecutor partitionExecutor(int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("partition-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    @Bean
    @StepScope
    public InputPartitioner inputPartitioner(@Value("#{jobParameters['inputDir']}") String inputDir) {
        return new InputPartitioner(Path.of(inputDir));
    }

    @Bean
    public Step mergeParts(JobRepository jobRepository, PlatformTransactionManager transactionManager, CsvOptions csvOptions) {
        return new StepBuilder(MERGE_STEP_NAME, jobRepository)
                .tasklet(new MergePartsTasklet(csvOptions), transactionManager)
                .build();
    }

    @Bean
    public Step writeWorkbook(JobRepository jobRepository, PlatformTransactionManager transactionManager, CsvOptions csvOptions) {
        return new StepBuilder(WORKBOOK_STEP_NAME, jobRepository)
                .tasklet(new WriteWorkbookTasklet(csvOptions, System.out), transactionManager)
                .build();
    }

    @Bean
    public Step recordSources(JobRepository jobRepository, PlatformTransactionManager transactionManager, ArticleStore store,
                              CsvOptions csvOptions) {
        return new StepBuilder(RECORD_STEP_NAME, jobRepository)
                .tasklet(new RecordSourcesTasklet(store, csvOptions), transactionManager)
                .build();
    }

    @Bean
    public WriteReportTasklet writeReportTasklet(JobRepository jobRepository) {
        return new WriteReportTasklet(jobRepository);
    }

    @Bean
    public Step writeReport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            WriteReportTasklet writeReportTasklet) {
        return new StepBuilder(REPORT_STEP_NAME, jobRepository)
                .tasklet(writeReportTasklet, transactionManager)
                .build();
    }

    @Bean
    public Step publishRunFolder(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder(PUBLISH_STEP_NAME, jobRepository)
                .tasklet(new PublishRunFolderTasklet(), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public SourceDocumentReader sourceDocumentReader(@Value("#{jobParameters['inputDir']}") String inputDir,
                                                     @Value("#{stepExecution}") StepExecution stepExecution,
                                                     SourceSelection selection, NewsLimits limits) {
        var context = stepExecution.getExecutionContext(); // a partition's range, if this is one
        return new SourceDocumentReader(Path.of(inputDir), selection, limits.containers(), // news.limits.*
                context.containsKey(InputPartitioner.FROM) ? context.getString(InputPartitioner.FROM) : null,
                context.containsKey(InputPartitioner.TO) ? context.getString(InputPartitioner.TO) : null);
    }

    @Bean
    @StepScope
    public SourceSelection sourceSelection(@Value("#{stepExecution}") StepExecution stepExecution, ArticleStore store,
                                           ProgressReporter progress) {
        var jobExecution = stepExecution.getJobExecution();
        var params = jobExecution.getJobParameters();
        return new SourceSelection(params.getString(ImportParameters.INPUT_DIR),
                params.getString(ImportParameters.INCLUDE), params.getString(ImportParameters.EXCLUDE),
                params.getLocalDateTime(ImportParameters.SINCE), "true".equals(params.getString(ImportParameters.FULL)),
                store, jobExecution.getJobInstance().getInstanceId(), progress);
    }

    @Bean
    public ArticleProcessor articleProcessor(NewsLimits limits, @Value("${news.tagger.model:true}") boolean roleModel) {
        // news.limits.*: see NewsLimits / LimitsConfiguration; news.tagger.model: the learned role
        // model over the rules (docs/roles.md, "The role model"), false for the rules alone
        RoleTagger tagger = new RoleTagger(roleModel ? RoleModel.bundled() : null);
        return new ArticleProcessor(new DocumentParser(limits.maxChars()), new ParagraphSplitter(), tagger,
                limits.parseTimeout());
    }

    /**
     * A partition's writer: the partition's own CSV files (one per table, no row limit: the
     * merge step applies {@code news.csv.max-rows-per-file} when it joins them) and the database.
     */
    @Bean
    @StepScope
    public OutcomeWriter outcomeWriter(@Value("#{stepExecution}") StepExecution stepExecution, ArticleStore store,
                                       CsvOptions csvOptions) {
        var jobExecution = stepExecution.getJobExecution();
        Path folder = MergePartsTasklet.partitionFolder(ImportParameters.partsFolder(jobExecution),
                stepExecution.getExecutionContext().getInt(InputPartitioner.NUMBER));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run folder '" + folder + "'", e);
        }
        CsvOptions unlimited = new CsvOptions(csvOptions.bom(), csvOptions.neutralizeFormulas(),
                csvOptions.maxCellLength(), Long.MAX_VALUE, ImportParameters.csvDelimiter(jobExecution.getJobParameters()));
        return new OutcomeWriter(folder, store, jobExecution.getId(), unlimited, false);
    }

    /** The {@code news.csv.*} settings: how the CSV files are made for spreadsheets. */
    @Bean
    public CsvOptions csvOptions(@Value("${news.csv.bom:true}") boolean bom,
                                 @Value("${news.csv.neutralize-formulas:true}") boolean neutralizeFormulas,
                                 @Value("${news.csv.max-cell-length:" + CsvOptions.EXCEL_MAX_CELL_LENGTH + "}") int maxCellLength,
                                 @Value("${news.csv.max-rows-per-file:" + CsvOptions.EXCEL_MAX_ROWS + "}") long maxRowsPerFile) {
        return new CsvOptions(bom, neutralizeFormulas, maxCellLength, maxRowsPerFile);
    }

    @Bean
    public ArticleStore articleStore(DataSource dataSource) {
        return new ArticleStore(dataSource);
    }

    /**
     * Creates the article tables at start-up where they are missing ({@code db/schema-news.sql},
     * on PostgreSQL {@code db/schema-news-postgresql.sql}); on HSQLDB it first turns on MVCC
     * ({@code db/hsqldb-mvcc.sql}) for the partitions that write side by side. Off with {@code news.schema.initialize=false}:
     * a worker leaves it to the manager, so that processes starting together on a shared
     * database do not race to create the same tables.
     */
    @Bean
    public DataSourceInitializer articleSchemaInitializer(DataSource dataSource,
                                                          @Value("${news.schema.initialize:true}") boolean enabled) {
        DataSourceInitializer initializer = new DataSourceInitializer();
        initializer.setDataSource(dataSource);
        initializer.setEnabled(enabled);
        boolean postgres = enabled && isPostgreSql(dataSource);
        var schema = new ResourceDatabasePopulator(new ClassPathResource(
                postgres ? "db/schema-news-postgresql.sql" : "db/schema-news.sql"));
        if (postgres) {
            initializer.setDatabasePopulator(schema);
        } else {
            var mvcc = new ResourceDatabasePopulator(new ClassPathResource("db/hsqldb-mvcc.sql"));
            mvcc.setContinueOnError(true);
            initializer.setDatabasePopulator(new CompositeDatabasePopulator(mvcc, schema));
        }
        return initializer;
    }

    static boolean isPostgreSql(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    @Bean
    public RunSummaryListener runSummaryListener(JobRepository jobRepository, ArticleStore store,
                                                 @Value("${spring.datasource.url:}") String databaseUrl) {
        return new RunSummaryListener(System.out, jobRepository, store, databaseUrl);
    }

    @Bean
    public ProgressReporter progressReporter(@Value("${news.progress-interval:30s}") Duration interval) {
        return new ProgressReporter(System.out, interval);
    }

    @Bean
    public LaunchControl launchControl() {
        return LaunchControl.process();
    }
}
