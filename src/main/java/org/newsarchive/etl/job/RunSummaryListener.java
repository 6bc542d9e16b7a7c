package org.newsarchive.etl.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsarchive.etl.bench.HeapPeak;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.write.ArticleStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Prints a summary of each run when it ends: what was read, written, left unchanged,
 * rejected (with the reasons) and found removed, and how long it took. After a restart the
 * counts are those of the whole run (all executions of the job instance), not only of the
 * last execution.
 */
public class RunSummaryListener implements JobExecutionListener {

    /** Rejects listed one by one in the summary; the rest are in rejects.csv. */
    static final int MAX_LISTED_REJECTS = 20;

    private final PrintStream out;
    private final JobRepository jobRepository;
    private final ArticleStore store;
    private final String databaseUrl;

    /** @param databaseUrl the JDBC URL of the database the rows went to (printed with any password masked) */
    public RunSummaryListener(PrintStream out, JobRepository jobRepository, ArticleStore store, String databaseUrl) {
        this.out = out;
        this.jobRepository = jobRepository;
        this.store = store;
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        ExecutionContext counts = counts(jobRepository, jobExecution);
        StringBuilder sb = new StringBuilder(summary(jobExecution, counts));
        sb.append(System.lineSeparator()).append("  output: ").append(outputFolder(jobExecution));
        sb.append(System.lineSeparator()).append("  database: ").append(maskPassword(databaseUrl));
        if (counts.getLong(OutcomeWriter.COUNT_PREFIX + "rejects", 0L) > 0) {
            List<Long> ids = new ArrayList<>();
            try {
                jobRepository.getJobExecutions(jobExecution.getJobInstance()).forEach(e -> ids.add(e.getId()));
                List<List<Object>> rejects = store.rejectRows(ids);
                for (List<Object> r : rejects.subList(0, Math.min(MAX_LISTED_REJECTS, rejects.size()))) {
                    sb.append(System.lineSeparator()).append("  rejected: ").append(r.get(0)).append(": ").append(r.get(1));
                }
                if (rejects.size() > MAX_LISTED_REJECTS) {
                    sb.append(System.lineSeparator()).append("  rejected: ... and ")
                            .append(rejects.size() - MAX_LISTED_REJECTS).append(" more (see rejects.csv)");
                }
            } catch (RuntimeException e) {
                sb.append(System.lineSeparator()).append("  rejected: (reasons not available: ").append(e.getMessage()).append(')');
            }
        }
        out.println(sb);
    }

    /** Where the run's CSV files are: the run folder once it completed, else the unfinished one. */
    static String outputFolder(JobExecution jobExecution) {
        if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
            return ImportParameters.runFolder(jobExecution).toString();
        }
        Path partial = ImportParameters.partialRunFolder(jobExecution);
        return (Files.isDirectory(partial) ? partial : ImportParameters.partsFolder(jobExecution))
                + " (unfinished: the run folder when it completes)";
    }

    /** The JDBC URL with the value of a {@code password=} property and of a {@code user:password@} replaced by ****. */
    static String maskPassword(String url) {
        if (url == null) {
            return "(not known)";
        }
        return url.replaceAll("(?i)(password=)[^;&]*", "$1****").replaceAll("(//[^/:@]*:)[^/@]*@", "$1****@");
    }

    /**
     * The counts of the whole run: the execution context of the latest execution of each
     * step of the job instance (a step completed by an earlier execution is not run again by
     * a restart, but its counts belong to the run).
     */
    static ExecutionContext counts(JobRepository jobRepository, JobExecution jobExecution) {
        ExecutionContext merged = new ExecutionContext();
        for (String step : List.of(ImportJobConfiguration.STEP_NAME, ImportJobConfiguration.RECORD_STEP_NAME)) {
            StepExecution last = null;
            for (StepExecution s : jobExecution.getStepExecutions()) {
                if (s.getStepName().equals(step)) {
                    last = s;
                }
            }
            if (last == null && jobRepository != null) {
                last = jobRepository.getLastStepExecution(jobExecution.getJobInstance(), step);
            }
            if (last != null) {
                for (Map.Entry<String, Object> e : last.getExecutionContext().entrySet()) {
                    if (e.getKey().startsWith(OutcomeWriter.COUNT_PREFIX)
                            || e.getKey().startsWith(SourceDocumentReader.CONTAINER_PREFIX)) {
                        merged.put(e.getKey(), e.getValue());
                    }
                }
            }
        }
        return merged;
    }

    static String summary(JobExecution jobExecution) {
        return summary(jobExecution, counts(null, jobExecution));
    }

    static String summary(JobExecution jobExecution, ExecutionContext counts) {
        long articles = counts.getLong(OutcomeWriter.COUNT_PREFIX + "articles", 0L);
        long rejects = counts.getLong(OutcomeWriter.COUNT_PREFIX + "rejects", 0L);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s %s: %d files read, %d articles, %d quotes, %d rejected",
                jobExecution.getJobInstance().getJobName(), jobExecution.getStatus(), articles + rejects, articles,
                counts.getLong(OutcomeWriter.COUNT_PREFIX + "quotes", 0L), rejects));
        sb.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                "  files: %d unchanged since the last successful run, %d not selected, %d removed from the archive%s",
                counts.getLong(SourceSelection.UNCHANGED, 0L), counts.getLong(SourceSelection.NOT_SELECTED, 0L),
                counts.getLong(RecordSourcesTasklet.REMOVED, 0L),
                counts.getLong(RecordSourcesTasklet.REMOVED, 0L) > 0 ? " (see removed.csv)" : ""));
        String containers = SourceDocumentReader.containerSummary(counts);
        if (containers != null) {
            sb.append(System.lineSeparator()).append("  ").append(containers);
        }
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
        // the heap still live after an old-generation collection only if one happened: else there is no measurement
        double live = HeapPeak.liveAfterGcMb();
        sb.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  peak heap: %.1f MB", HeapPeak.usedMb()))
                .append(live > 0 ? String.format(Locale.ROOT, " (live after GC %.1f MB)", live) : "");
        // each partition's step, its manager step and the job record a failure of their own for one
        // cause: said once (a stop is one interruption, whatever each execution calls it)
        Map<String, Throwable> failures = new LinkedHashMap<>();
        for (Throwable failure : jobExecution.getAllFailureExceptions()) {
            failures.putIfAbsent(failure instanceof JobInterruptedException ? "stop" : String.valueOf(failure), failure);
        }
        for (Throwable failure : failures.values()) {
            sb.append(System.lineSeparator()).append("  failure: ").append(failure);
        }
        return sb.toString();
    }
}
