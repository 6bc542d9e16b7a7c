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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DataSourceInitializer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code importArticles} job: one chunk-oriented step that reads the documents below the
 * input folder, runs each through parse → split → tag, and writes articles, paragraphs,
 * quotations and rejects to CSV and to the database.
 */
@Configuration
public class ImportJobConfiguration {

    public static final String JOB_NAME = "importArticles";
    public static final String STEP_NAME = "importDocuments";
    public static final String RECORD_STEP_NAME = "recordSources";
    public static final String PUBLISH_STEP_NAME = "publishRunFolder";

    /**
     * import (chunks: files → CSV + database) → record the sources (baseline of fingerprints,
     * removed files) → publish the run folder. A restart resumes at the step that did not
     * complete, and within the import step at its last commit.
     */
    /** The job's parameters: required and optional, the same for a one-machine and a scaled-out run. */
    static DefaultJobParametersValidator parametersValidator() {
        return new DefaultJobParametersValidator(
                new String[] {ImportParameters.INPUT_DIR, ImportParameters.OUTPUT_DIR, ImportParameters.RUN_DATE},
                new String[] {ImportParameters.INCLUDE, ImportParameters.EXCLUDE, ImportParameters.SINCE, ImportParameters.FULL});
    }

    @Bean
    @ConditionalOnProperty(name = "news.role", havingValue = "standalone", matchIfMissing = true)
    public Job importArticles(JobRepository jobRepository, Step importDocuments, Step recordSources,
                              Step publishRunFolder, RunSummaryListener summary, ProgressReporter progress,
                              LaunchControl launchControl) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(parametersValidator())
                .start(importDocuments)
                .next(recordSources)
                .next(publishRunFolder)
                .listener(launchControl)
                .listener(progress)
                .listener(summary)
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "news.role", havingValue = "standalone", matchIfMissing = true)
    public Step importDocuments(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SourceDocumentReader reader, ArticleProcessor processor, OutcomeWriter writer,
                                SourceSelection selection, ProgressReporter progress, LaunchControl launchControl,
                                @Value("${news.chunk-size:50}") int chunkSize,
                                @Value("${news.threads:0}") int threads) {
        return documentStep(STEP_NAME, jobRepository, transactionManager, reader, processor, writer, selection, progress,
                launchControl, chunkSize, threads);
    }

    /**
     * The chunk-oriented step that reads documents, runs them through parse → split → tag and
     * writes them: the whole import of a one-machine run, or one partition of a scaled-out run
     * (the step-scoped reader and writer see the partition in the step's execution context).
     */
    static Step documentStep(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             SourceDocumentReader reader, ArticleProcessor processor, OutcomeWriter writer,
                             SourceSelection selection, ProgressReporter progress, LaunchControl launchControl,
                             int chunkSize, int threads) {
        var step = new StepBuilder(name, jobRepository)
                .<SourceDocument, Outcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .stream(selection)
                .listener((ItemWriteListener<Outcome>) selection)
                .listener((ItemWriteListener<Outcome>) progress)
                .listener((StepExecutionListener) launchControl);
        int processors = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (processors > 1) {
            // Items are read in order on the step's thread, processed (parse, split, tag) on the
            // pool, and written in read order: the output is the same for any thread count, and
            // the reader's item count stays the restart position.
            step.taskExecutor(processingExecutor(processors));
        }
        return step.build();
    }

    private static ThreadPoolTaskExecutor processingExecutor(int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("process-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    @Bean
    public Step recordSources(JobRepository jobRepository, PlatformTransactionManager transactionManager, ArticleStore store,
                              CsvOptions csvOptions) {
        return new StepBuilder(RECORD_STEP_NAME, jobRepository)
                .tasklet(new RecordSourcesTasklet(store, csvOptions), transactionManager)
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
    public ArticleProcessor articleProcessor(NewsLimits limits) {
        // news.limits.*: see NewsLimits / LimitsConfiguration
        return new ArticleProcessor(new DocumentParser(limits.maxChars()), new ParagraphSplitter(), new RoleTagger(),
                limits.parseTimeout());
    }

    @Bean
    @StepScope
    public OutcomeWriter outcomeWriter(@Value("#{stepExecution}") StepExecution stepExecution, ArticleStore store,
                                       CsvOptions csvOptions) {
        var jobExecution = stepExecution.getJobExecution();
        var params = jobExecution.getJobParameters();
        Path outputDir = Path.of(params.getString(ImportParameters.OUTPUT_DIR));
        LocalDate runDate = params.getLocalDate(ImportParameters.RUN_DATE);
        long instanceId = jobExecution.getJobInstance().getInstanceId();
        var context = stepExecution.getExecutionContext();
        boolean partition = context.containsKey(InputPartitioner.NUMBER);
        // a partition writes its own files, one per table (no row limit), for the manager to join
        Path runFolder = partition
                ? MergePartsTasklet.partitionFolder(ImportParameters.partsFolder(outputDir, runDate, instanceId),
                        context.getInt(InputPartitioner.NUMBER))
                : ImportParameters.partialRunFolder(outputDir, runDate, instanceId);
        try {
            Files.createDirectories(runFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run folder '" + runFolder + "'", e);
        }
        if (partition) {
            CsvOptions unlimited = new CsvOptions(csvOptions.bom(), csvOptions.neutralizeFormulas(),
                    csvOptions.maxCellLength(), Long.MAX_VALUE);
            return new OutcomeWriter(runFolder, store, jobExecution.getId(), unlimited, false);
        }
        return new OutcomeWriter(runFolder, store, jobExecution.getId(), csvOptions);
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
     * on PostgreSQL {@code db/schema-news-postgresql.sql}). Off with {@code news.schema.initialize=false}:
     * a worker leaves it to the manager, so that processes starting together on a shared
     * database do not race to create the same tables.
     */
    @Bean
    public DataSourceInitializer articleSchemaInitializer(DataSource dataSource,
                                                          @Value("${news.schema.initialize:true}") boolean enabled) {
        DataSourceInitializer initializer = new DataSourceInitializer();
        initializer.setDataSource(dataSource);
        initializer.setEnabled(enabled);
        initializer.setDatabasePopulator(new ResourceDatabasePopulator(new ClassPathResource(
                enabled && isPostgreSql(dataSource) ? "db/schema-news-postgresql.sql" : "db/schema-news.sql")));
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
    public RunSummaryListener runSummaryListener(JobRepository jobRepository, ArticleStore store) {
        return new RunSummaryListener(System.out, jobRepository, store);
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
