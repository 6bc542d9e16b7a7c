package org.newsarchive.etl.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;

/**
 * What this process knows about the run it is executing, for a graceful stop on SIGTERM and
 * for the run lock: the current job execution, the operator that can stop it, and whether a
 * stop was requested (possibly before the job started).
 *
 * <p>One per process ({@link #process()}): the JVM shutdown hook that {@code main} installs
 * before Spring starts reaches the job through it.
 */
public final class LaunchControl implements JobExecutionListener, StepExecutionListener {

    private static final LaunchControl PROCESS = new LaunchControl();

    private volatile JobOperator operator;
    private volatile JobExecution current;
    private volatile boolean stopRequested;
    private volatile RunLock lock;
    private volatile boolean jobStarted;

    LaunchControl() {
    }

    public static LaunchControl process() {
        return PROCESS;
    }

    void attach(JobOperator jobOperator) {
        this.operator = jobOperator;
    }

    JobOperator operator() {
        return operator;
    }

    public void holdLock(RunLock runLock) {
        this.lock = runLock;
    }

    /** True if this process holds the run lock of its output folder: no other process runs a job there. */
    public boolean holdsLock() {
        return lock != null;
    }

    /** True once a job execution began in this process (a failure after it leaves a run to resume). */
    public boolean jobStarted() {
        return jobStarted;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current = jobExecution;
        jobStarted = true;
        RunLock l = lock;
        if (l != null) {
            l.setExecutionId(jobExecution.getId());
        }
        if (stopRequested) {
            jobExecution.upgradeStatus(BatchStatus.STOPPING); // in the job's thread: the job stops before its first step
        }
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (stopRequested) {
            stepExecution.setTerminateOnly(); // a signal that came before the step existed
        }
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current = null;
    }

    /**
     * Asks the running job to stop: the running step ends after the chunk in hand commits and
     * records STOPPED, so that the next launch resumes it. Without a running job, makes the
     * launch not start one.
     *
     * <p>This is what {@link JobOperator#stop} brings about in the step (it marks the step
     * execution terminate-only), done in memory: {@code stop} would also write the job and
     * step executions from the signal thread while the job's thread holds its chunk
     * transaction on the same rows, which an embedded database may answer with a lock wait or
     * an optimistic-locking failure. The job's own thread records the STOPPED status.
     */
    public void requestStop() {
        stopRequested = true;
        JobExecution execution = current;
        if (execution != null) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setTerminateOnly();
                }
            }
        }
    }
}
