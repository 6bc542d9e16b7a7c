package org.newsarchive.etl.job;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Runs, on a worker, the partition a request from the manager names: Spring Batch's
 * {@code StepExecutionRequestHandler} with two checks that redelivery makes necessary. The broker
 * hands a request again when the worker that had it died before it was done; the step execution
 * then goes on from its last commit. A request whose partition is already complete (the worker
 * died between the step's end and the acknowledgement) or whose job execution is no longer
 * running (the manager gave up; a restart sends new requests) is acknowledged and left alone.
 */
public class PartitionRequestHandler {

    private static final Log log = LogFactory.getLog(PartitionRequestHandler.class);

    private final JobRepository jobRepository;
    private final Step step;

    public PartitionRequestHandler(JobRepository jobRepository, Step step) {
        this.jobRepository = jobRepository;
        this.step = step;
    }

    /** The request as the message text: {@code <stepName>:<stepExecutionId>}. */
    public static String toText(StepExecutionRequest request) {
        return request.getStepName() + ":" + request.getStepExecutionId();
    }

    public static StepExecutionRequest fromText(String text) {
        int colon = text.lastIndexOf(':');
        return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
    }

    /** Runs the partition; returns its step execution as it ended, or null if it was left alone. */
    public StepExecution handle(StepExecutionRequest request) {
        if (!request.getStepName().equals(step.getName())) {
            throw new IllegalArgumentException("this worker runs step '" + step.getName() + "', not '" + request.getStepName() + "'");
        }
        StepExecution stepExecution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (stepExecution == null) {
            log.warn("partition request for step execution " + request.getStepExecutionId() + ", which does not exist: ignored");
            return null;
        }
        JobExecution job = stepExecution.getJobExecution();
        if (stepExecution.getStatus() == BatchStatus.COMPLETED || stepExecution.getStatus() == BatchStatus.ABANDONED
                || (job != null && !job.isRunning())) {
            log.info("partition " + stepExecution.getStepName() + " (step execution " + stepExecution.getId() + ") is "
                    + stepExecution.getStatus() + ", its job execution " + (job == null ? "?" : job.getStatus()) + ": nothing to do");
            return null;
        }
        log.info("partition " + stepExecution.getStepName() + " (step execution " + stepExecution.getId() + ", job execution "
                + stepExecution.getJobExecutionId() + "): " + (stepExecution.getStatus() == BatchStatus.STARTING
                ? "starting" : "resuming from its last commit"));
        try {
            step.execute(stepExecution);
        } catch (Throwable e) {
            stepExecution.addFailureException(e);
            stepExecution.setStatus(e instanceof org.springframework.batch.core.job.JobInterruptedException
                    ? BatchStatus.STOPPED : BatchStatus.FAILED);
            jobRepository.update(stepExecution);
        }
        log.info("partition " + stepExecution.getStepName() + ": " + stepExecution.getStatus() + ", "
                + stepExecution.getWriteCount() + " files written");
        return stepExecution;
    }
}
