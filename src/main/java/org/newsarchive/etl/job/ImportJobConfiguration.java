package org.newsarchive.etl.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DataSourceInitializer;
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
    @Bean
    public Job importArticles(JobRepository jobRepository, Step importDocuments, Step recordSources,
                              Step publishRunFolder, RunSummaryListener summary, ProgressReporter progress,
                              LaunchControl launchControl) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(
                        new String[] {ImportParameters.INPUT_DIR, ImportParameters.OUTPUT_DIR, ImportParameters.RUN_DATE},
                        new String[] {ImportParameters.INCLUDE, ImportParameters.EXCLUDE, ImportParameters.SINCE,
                                ImportParameters.FULL}))
                .start(importDocuments)
                .next(recordSources)
                .next(publishRunFolder)
                .listener(launchControl)
                .listener(progress)
                .listener(summary)
                .build();
    }

    @Bean
    public Step importDocuments(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SourceDocumentReader reader, ArticleProcessor processor, OutcomeWriter writer,
                                SourceSelection selection, ProgressReporter progress, LaunchControl launchControl,
                                @Value("${news.chunk-size:50}") int chunkSize,
                                @Value("${news.threads:0}") int threads) {
        var step = new StepBuilder(STEP_NAME, jobRepository)
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
                                                     SourceSelection selection) {
        return new SourceDocumentReader(Path.of(inputDir), selection);
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
    public ArticleProcessor articleProcessor() {
        return new ArticleProcessor(new DocumentParser(), new ParagraphSplitter(), new RoleTagger());
    }

    @Bean
    @StepScope
    public OutcomeWriter outcomeWriter(@Value("#{stepExecution}") StepExecution stepExecution, ArticleStore store,
                                       CsvOptions csvOptions) {
        var jobExecution = stepExecution.getJobExecution();
        var params = jobExecution.getJobParameters();
        Path runFolder = ImportParameters.partialRunFolder(Path.of(params.getString(ImportParameters.OUTPUT_DIR)),
                params.getLocalDate(ImportParameters.RUN_DATE), jobExecution.getJobInstance().getInstanceId());
        try {
            Files.createDirectories(runFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run folder '" + runFolder + "'", e);
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

    /** Creates the article tables at start-up where they are missing. */
    @Bean
    public DataSourceInitializer articleSchemaInitializer(DataSource dataSource) {
        DataSourceInitializer initializer = new DataSourceInitializer();
        initializer.setDataSource(dataSource);
        initializer.setDatabasePopulator(new ResourceDatabasePopulator(new ClassPathResource("db/schema-news.sql")));
        return initializer;
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
