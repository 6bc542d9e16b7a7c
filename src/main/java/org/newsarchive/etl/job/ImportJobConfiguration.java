package org.newsarchive.etl.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleTagger;
import org.newsarchive.etl.write.ArticleStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
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

    @Bean
    public Job importArticles(JobRepository jobRepository, Step importDocuments, RunSummaryListener summary) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(importDocuments)
                .listener(summary)
                .build();
    }

    @Bean
    public Step importDocuments(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SourceDocumentReader reader, ArticleProcessor processor, OutcomeWriter writer,
                                @Value("${news.chunk-size:50}") int chunkSize,
                                @Value("${news.threads:0}") int threads) {
        var step = new StepBuilder(STEP_NAME, jobRepository)
                .<SourceDocument, Outcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer);
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
    @StepScope
    public SourceDocumentReader sourceDocumentReader(@Value("#{jobParameters['inputDir']}") String inputDir) {
        return new SourceDocumentReader(Path.of(inputDir));
    }

    @Bean
    public ArticleProcessor articleProcessor() {
        return new ArticleProcessor(new DocumentParser(), new ParagraphSplitter(), new RoleTagger());
    }

    @Bean
    @StepScope
    public OutcomeWriter outcomeWriter(@Value("#{stepExecution}") StepExecution stepExecution, ArticleStore store) {
        var jobExecution = stepExecution.getJobExecution();
        var params = jobExecution.getJobParameters();
        Path runFolder = ImportParameters.runFolder(Path.of(params.getString(ImportParameters.OUTPUT_DIR)),
                params.getLocalDate(ImportParameters.RUN_DATE), jobExecution.getJobInstance().getInstanceId());
        try {
            Files.createDirectories(runFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run folder '" + runFolder + "'", e);
        }
        return new OutcomeWriter(runFolder, store, jobExecution.getId());
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
    public RunSummaryListener runSummaryListener() {
        return new RunSummaryListener(System.out);
    }
}
