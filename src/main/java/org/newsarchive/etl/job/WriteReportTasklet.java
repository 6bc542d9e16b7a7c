package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsarchive.etl.review.ReviewPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The step after the merge and the baseline: writes the run's review page
 * ({@link ReviewPage#FILE_NAME}) into the run folder from the rows the run committed (its CSV
 * files), before the folder is published. {@code reportArticles=0} writes none. Repeated after a
 * crash, it writes the page anew from the same rows.
 */
public class WriteReportTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(WriteReportTasklet.class);

    private final JobRepository jobRepository;

    public WriteReportTasklet(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        int articles = ImportParameters.reportArticles(job.getJobParameters());
        if (articles > 0) {
            long t0 = System.nanoTime();
            Path page = ReviewPage.write(ImportParameters.partialRunFolder(job), overview(job), articles);
            LOG.info(String.format(Locale.ROOT, "review page: %s, %.0f KB, written in %d ms", ReviewPage.FILE_NAME,
                    Files.size(page) / 1024.0, (System.nanoTime() - t0) / 1_000_000));
        }
        return RepeatStatus.FINISHED;
    }

    /** The run's parameters and what the job counted: files read, unchanged, rejected, duration, throughput. */
    private List<ReviewPage.Item> overview(JobExecution job) {
        List<ReviewPage.Item> items = new ArrayList<>();
        JobParameters params = job.getJobParameters();
        params.parameters().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(p -> items.add(new ReviewPage.Item("parameter " + p.name(), String.valueOf(p.value()))));
        ExecutionContext counts = RunSummaryListener.counts(jobRepository, job);
        long articles = counts.getLong(OutcomeWriter.COUNT_PREFIX + "articles", 0L);
        long rejects = counts.getLong(OutcomeWriter.COUNT_PREFIX + "rejects", 0L);
        items.add(new ReviewPage.Item("files read", String.valueOf(articles + rejects)));
        items.add(new ReviewPage.Item("files unchanged since the last run", String.valueOf(counts.getLong(SourceSelection.UNCHANGED, 0L))));
        items.add(new ReviewPage.Item("files not selected", String.valueOf(counts.getLong(SourceSelection.NOT_SELECTED, 0L))));
        items.add(new ReviewPage.Item("files removed from the archive", String.valueOf(counts.getLong(RecordSourcesTasklet.REMOVED, 0L))));
        LocalDateTime start = job.getStartTime();
        if (start != null) {
            double seconds = Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
            items.add(new ReviewPage.Item("duration", String.format(Locale.ROOT, "%.1f s (this execution, up to the page)", seconds)));
            items.add(new ReviewPage.Item("throughput", seconds <= 0 ? "–"
                    : String.format(Locale.ROOT, "%.1f files/s", (articles + rejects) / seconds)));
        }
        return items;
    }
}
