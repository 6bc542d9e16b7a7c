package org.newsarchive.etl.job;

import java.io.PrintStream;
import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The command line: {@code java -jar news-archive-etl.jar [name=value ...]} checks the
 * parameters, runs {@code importArticles} and turns the outcome into the process exit code.
 */
public class ImportCommandLine implements ApplicationRunner, ExitCodeGenerator {

    /** Exit codes, as documented in the README. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_INVALID_PARAMETERS = 2;
    public static final int EXIT_COMPLETED_WITH_REJECTS = 3;
    public static final int EXIT_ALREADY_RUNNING = 4;

    private final JobOperator jobOperator;
    private final Job job;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode = EXIT_OK;

    public ImportCommandLine(JobOperator jobOperator, Job job, PrintStream out, PrintStream err) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (args.containsOption("help")) {
            out.print(usage());
            return;
        }
        JobParameters parameters;
        try {
            parameters = ImportParameters.from(ImportParameters.parseArguments(args.getNonOptionArgs()), LocalDate.now());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            exitCode = EXIT_INVALID_PARAMETERS;
            return;
        }
        try {
            JobExecution execution = jobOperator.start(job, parameters);
            exitCode = exitCode(execution);
        } catch (JobInstanceAlreadyCompleteException e) {
            out.println(job.getName() + ": the run for " + parameters.getLocalDate(ImportParameters.RUN_DATE)
                    + " of this input and output already completed; nothing to do");
            exitCode = EXIT_OK;
        } catch (JobExecutionAlreadyRunningException e) {
            err.println("error: " + job.getName() + " is already running for these parameters");
            exitCode = EXIT_ALREADY_RUNNING;
        }
    }

    static int exitCode(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return EXIT_FAILED;
        }
        long rejects = execution.getStepExecutions().stream()
                .mapToLong(s -> s.getExecutionContext().getLong(OutcomeWriter.COUNT_PREFIX + "rejects", 0L)).sum();
        return rejects > 0 ? EXIT_COMPLETED_WITH_REJECTS : EXIT_OK;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: java -jar news-archive-etl.jar [name=value ...] [--spring.datasource.url=...]\n\n");
        sb.append("Runs the importArticles job: reads every file below inputDir with Apache Tika, splits it into\n");
        sb.append("paragraphs, tags their roles and writes articles.csv, paragraphs.csv, quotes.csv and rejects.csv\n");
        sb.append("to outputDir/run-<runDate>-<instance>/ and the same rows to the database.\n\nparameters:\n");
        for (String[] p : ImportParameters.HELP) {
            sb.append(String.format("  %-10s default %-8s %s%n", p[0], p[1], p[2]));
        }
        sb.append("\nexit codes: 0 completed, 1 failed, 2 invalid parameters, 3 completed with rejected files,\n");
        sb.append("            4 already running\n");
        return sb.toString();
    }

}
