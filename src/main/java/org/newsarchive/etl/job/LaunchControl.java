package org.newsarchive.etl.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * What this process knows about the run it is executing, for a graceful stop on SIGTERM and
 * for the run lock: the current job execution, the operator that can stop it, and whether a
 * stop was requested (possibly before the job started).
 *
 * <p>One per process ({@link #process()}): the JVM shutdown hook that {@code main} installs
 * before Spring starts reaches the job through it.
 */
public final class LaunchControl implements JobExecutionListener {

    private static final LaunchControl PROCESS = new LaunchControl();

    private volatile JobOperator operator;
    private volatile JobExecution current;
    private volatile boolean stopRequested;
    private volatile RunLock lock;

    LaunchControl() {
    }

    public static LaunchControl process() {
        return PROCESS;
    }

    void attach(JobOperator jobOperator) {
        this.operator = jobOperator;
    }

    public void holdLock(RunLock runLock) {
        this.lock = runLock;
    }

    /** True if this process holds the run lock of its output folder: no other process runs a job there. */
    public boolean holdsLock() {
        return lock != null;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current = jobExecution;
        RunLock l = lock;
        if (l != null) {
            l.setExecutionId(jobExecution.getId());
        }
        if (stopRequested) {
            stopCurrent();
        }
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current = null;
    }

    /**
     * Asks the running job to stop (Spring Batch's {@link JobOperator#stop}: the step ends
     * after the chunk in hand commits, and the execution is recorded as STOPPED, so that the
     * next launch resumes it). Without a running job, makes the launch not start one.
     */
    public void requestStop() {
        stopRequested = true;
        stopCurrent();
    }

    private void stopCurrent() {
        JobExecution execution = current;
        JobOperator op = operator;
        if (execution != null && op != null && execution.isRunning() && !execution.isStopping()) {
            try {
                op.stop(execution);
            } catch (Exception e) {
                // finished meanwhile
            }
        }
    }
}
