package org.newsarchive.etl.job;

import java.util.Collection;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.RemoteStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Aggregates the partitions of an import (on this machine's threads or on workers) into the manager's step: Spring Batch's
 * aggregation of statuses and read/write counts (from the job repository, where the workers
 * recorded them), and the run's {@code count.*} figures (articles, paragraphs per role, quotes,
 * rejects, unchanged and not-selected files) and the container counts summed over the latest execution of every
 * partition, so that the run summary covers the whole run, a restart included (a restart runs
 * only the partitions that had not completed).
 */
public class PartitionCountsAggregator implements StepExecutionAggregator {

    static final String GRID_SIZE_KEY = "SimpleStepExecutionSplitter.GRID_SIZE";

    private final JobRepository jobRepository;
    private final String partitionStepName;
    private final StepExecutionAggregator delegate;

    public PartitionCountsAggregator(JobRepository jobRepository, String partitionStepName) {
        this.jobRepository = jobRepository;
        this.partitionStepName = partitionStepName;
        this.delegate = new RemoteStepExecutionAggregator(jobRepository);
    }

    /**
     * The manager's status from the repository's ({@code recorded}) and from the partitions as
     * they ended in this process. A partition whose end could not be recorded (its database
     * full) is still STARTED in the repository, or UNKNOWN in memory; Spring Batch would
     * complete the manager step on that STARTED, and the job with the partition's rows missing.
     * Such a partition failed: it resumes from its last commit.
     */
    static BatchStatus worstEnd(BatchStatus recorded, Collection<StepExecution> executions) {
        BatchStatus worst = recorded;
        for (StepExecution e : executions) {
            worst = BatchStatus.max(worst, e.getStatus());
        }
        return worst.isRunning() || worst == BatchStatus.UNKNOWN ? BatchStatus.FAILED : worst;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        delegate.aggregate(result, executions);
        result.setStatus(worstEnd(result.getStatus(), executions));
        int gridSize = (int) result.getExecutionContext().getLong(GRID_SIZE_KEY, 0L);
        JobInstance instance = result.getJobExecution().getJobInstance();
        ExecutionContext sums = new ExecutionContext();
        for (String name : new InputPartitioner(null).getPartitionNames(gridSize)) {
            StepExecution last = jobRepository.getLastStepExecution(instance, partitionStepName + ":" + name);
            if (last == null) {
                continue;
            }
            for (Map.Entry<String, Object> e : last.getExecutionContext().entrySet()) {
                if ((e.getKey().startsWith(OutcomeWriter.COUNT_PREFIX) || e.getKey().startsWith(SourceDocumentReader.CONTAINER_PREFIX))
                        && e.getValue() instanceof Number n) {
                    sums.putLong(e.getKey(), sums.getLong(e.getKey(), 0L) + n.longValue());
                }
            }
        }
        for (Map.Entry<String, Object> e : sums.entrySet()) {
            result.getExecutionContext().put(e.getKey(), e.getValue());
        }
    }
}
