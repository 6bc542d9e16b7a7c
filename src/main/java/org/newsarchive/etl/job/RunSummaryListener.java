package org.newsarchive.etl.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.newsarchive.etl.model.Role;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Prints a summary of each run when it ends: what was read, written and rejected, and how long it took. */
public class RunSummaryListener implements JobExecutionListener {

    private final PrintStream out;

    public RunSummaryListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        out.println(summary(jobExecution));
    }

    static String summary(JobExecution jobExecution) {
        long read = 0;
        ExecutionContext counts = new ExecutionContext();
        for (StepExecution step : jobExecution.getStepExecutions()) {
            read += step.getReadCount();
            counts = step.getExecutionContext();
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s %s: %d files read, %d articles, %d quotes, %d rejected",
                jobExecution.getJobInstance().getJobName(), jobExecution.getStatus(), read,
                counts.getLong(OutcomeWriter.COUNT_PREFIX + "articles", 0L),
                counts.getLong(OutcomeWriter.COUNT_PREFIX + "quotes", 0L),
                counts.getLong(OutcomeWriter.COUNT_PREFIX + "rejects", 0L)));
        sb.append(System.lineSeparator()).append("  paragraphs:");
        for (Role role : Role.values()) {
            long n = counts.getLong(OutcomeWriter.COUNT_PREFIX + "paragraphs." + role.name(), 0L);
            sb.append(' ').append(role.name()).append('=').append(n);
        }
        LocalDateTime start = jobExecution.getStartTime();
        LocalDateTime end = jobExecution.getEndTime() != null ? jobExecution.getEndTime() : LocalDateTime.now();
        if (start != null) {
            sb.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  duration: %.1f s",
                    Duration.between(start, end).toMillis() / 1000.0));
        }
        sb.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  peak heap: %.1f MB",
                org.newsarchive.etl.bench.BareTika.peakHeapMb()));
        for (Throwable failure : jobExecution.getAllFailureExceptions()) {
            sb.append(System.lineSeparator()).append("  failure: ").append(failure);
        }
        return sb.toString();
    }
}
