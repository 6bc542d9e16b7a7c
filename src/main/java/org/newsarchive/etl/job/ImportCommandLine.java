package org.newsarchive.etl.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * The command line, in the shape of Spring Batch's {@code CommandLineJobOperator}:
 *
 * <pre>
 * java -jar news-archive-etl.jar [start] [name=value ...]
 * java -jar news-archive-etl.jar restart &lt;executionId&gt; | restart [name=value ...]
 * java -jar news-archive-etl.jar stop [&lt;executionId&gt;] [outputDir=...]
 * java -jar news-archive-etl.jar abandon &lt;executionId&gt; [outputDir=...]
 * java -jar news-archive-etl.jar list [count=20] [outputDir=...]
 * </pre>
 *
 * It checks the parameters, runs the operation through the {@link JobOperator} and turns the
 * outcome into the process exit code. {@code stop} is carried out by {@code main} before the
 * database is opened (the run in progress holds it); see {@link StopCommand}.
 */
public class ImportCommandLine implements ApplicationRunner, ExitCodeGenerator {

    /** Exit codes, as documented in the README. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_INVALID_PARAMETERS = 2;
    public static final int EXIT_COMPLETED_WITH_REJECTS = 3;
    public static final int EXIT_ALREADY_RUNNING = 4;

    public static final Set<String> COMMANDS = Set.of("start", "restart", "stop", "abandon", "list");
    static final String COUNT = "count";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final LaunchControl control;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode = EXIT_OK;

    public ImportCommandLine(JobOperator jobOperator, JobRepository jobRepository, Job job, LaunchControl control,
                             PrintStream out, PrintStream err) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.control = control;
        this.out = out;
        this.err = err;
        control.attach(jobOperator);
    }

    /** A parsed command line: the operation, the execution it names (if any) and its name=value parameters. */
    public record Command(String name, Long executionId, Map<String, String> params) {

        public Path outputDir() {
            return Path.of(params.getOrDefault(ImportParameters.OUTPUT_DIR, "output")).toAbsolutePath().normalize();
        }

        /**
         * Parses the arguments that are not {@code --options}.
         *
         * @throws IllegalArgumentException with a one-line message naming what is wrong
         */
        public static Command parse(List<String> args) {
            List<String> rest = new ArrayList<>(args);
            String name = "start";
            if (!rest.isEmpty() && COMMANDS.contains(rest.get(0))) {
                name = rest.remove(0);
            } else if (!rest.isEmpty() && !rest.get(0).contains("=")) {
                throw new IllegalArgumentException("unknown command '" + rest.get(0)
                        + "' (commands: start, restart, stop, abandon, list; see --help)");
            }
            Long executionId = null;
            if (!rest.isEmpty() && !rest.get(0).contains("=") && !name.equals("start") && !name.equals("list")) {
                String id = rest.remove(0);
                try {
                    executionId = Long.parseLong(id);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + ": '" + id + "' is not an execution id (a number; see 'list')");
                }
            }
            Map<String, String> params = ImportParameters.parseArguments(rest);
            switch (name) {
                case "abandon" -> {
                    if (executionId == null) {
                        throw new IllegalArgumentException("abandon: which execution? usage: abandon <executionId>");
                    }
                    onlyAllowed(name, params, ImportParameters.OUTPUT_DIR);
                }
                case "stop" -> onlyAllowed(name, params, ImportParameters.OUTPUT_DIR);
                case "list" -> {
                    onlyAllowed(name, params, ImportParameters.OUTPUT_DIR, COUNT);
                    if (params.containsKey(COUNT)) {
                        try {
                            if (Integer.parseInt(params.get(COUNT)) < 1) {
                                throw new NumberFormatException();
                            }
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException(COUNT + ": '" + params.get(COUNT) + "' is not a positive number");
                        }
                    }
                }
                case "restart" -> {
                    if (executionId != null) {
                        onlyAllowed(name, params, ImportParameters.OUTPUT_DIR);
                    }
                }
                default -> {
                }
            }
            return new Command(name, executionId, params);
        }

        private static void onlyAllowed(String command, Map<String, String> params, String... allowed) {
            for (String key : params.keySet()) {
                if (!List.of(allowed).contains(key)) {
                    throw new IllegalArgumentException(command + ": unknown parameter '" + key + "' (allowed: "
                            + String.join(", ", allowed) + ")");
                }
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (args.containsOption("help")) {
            out.print(usage());
            return;
        }
        Command command;
        try {
            command = Command.parse(args.getNonOptionArgs());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            exitCode = EXIT_INVALID_PARAMETERS;
            return;
        }
        exitCode = switch (command.name()) {
            case "start" -> start(command.params());
            case "restart" -> restart(command);
            case "abandon" -> abandon(command.executionId());
            case "list" -> list(Integer.parseInt(command.params().getOrDefault(COUNT, "20")));
            case "stop" -> stop(command.executionId());
            default -> throw new IllegalStateException(command.name());
        };
    }

    private int start(Map<String, String> given) throws Exception {
        JobParameters parameters;
        try {
            parameters = ImportParameters.from(given, LocalDate.now());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return EXIT_INVALID_PARAMETERS;
        }
        if (control.stopRequested()) {
            err.println("error: stop requested before the run started; nothing done");
            return EXIT_FAILED;
        }
        recoverCrashedExecutions();
        LocalDate runDate = parameters.getLocalDate(ImportParameters.RUN_DATE);
        JobParameters first = parameters;
        parameters = newestRun(first);
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            // Spring Batch's run-id convention: a completed run is not run again; the same
            // parameters start the next run, which reads what is new or changed since
            long number = ImportParameters.runNumber(parameters) + 1;
            out.println(job.getName() + ": the run for " + runDate + " of this input and output completed (execution "
                    + last.getId() + "); starting run " + number + " of that day, which reads the files new or changed since");
            parameters = ImportParameters.run(first, number);
            last = null;
        }
        if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
            out.println(job.getName() + ": the run for " + runDate + " was abandoned (execution " + last.getId()
                    + "); nothing to do. Launch with another runDate to run it anew");
            return EXIT_OK;
        }
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED
                || last.getStatus() == BatchStatus.UNKNOWN)) {
            out.println(job.getName() + ": resuming the run for " + runDate + " where execution " + last.getId()
                    + " " + last.getStatus().name().toLowerCase(Locale.ROOT) + " off");
            releaseUnknown(last.getJobInstance());
        }
        try {
            return outcome(jobOperator.start(job, parameters));
        } catch (JobInstanceAlreadyCompleteException e) {
            out.println(job.getName() + ": the run for " + runDate
                    + " of this input and output already completed; nothing to do");
            return EXIT_OK;
        } catch (JobExecutionAlreadyRunningException e) {
            err.println("error: " + job.getName() + " is already running for these parameters");
            return EXIT_ALREADY_RUNNING;
        } catch (JobRestartException | InvalidJobParametersException e) {
            err.println("error: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private int restart(Command command) throws Exception {
        JobExecution execution;
        if (command.executionId() != null) {
            execution = execution(command.executionId());
            if (execution == null) {
                err.println("error: restart: no execution " + command.executionId() + " (see 'list')");
                return EXIT_INVALID_PARAMETERS;
            }
        } else {
            JobParameters parameters;
            try {
                parameters = ImportParameters.from(command.params(), LocalDate.now());
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return EXIT_INVALID_PARAMETERS;
            }
            execution = jobRepository.getLastJobExecution(job.getName(), newestRun(parameters));
            if (execution == null) {
                err.println("error: restart: no run of these parameters (runDate "
                        + parameters.getLocalDate(ImportParameters.RUN_DATE) + ") to restart; use start");
                return EXIT_INVALID_PARAMETERS;
            }
        }
        recoverCrashedExecutions();
        JobInstance instance = execution.getJobInstance();
        JobExecution last = jobRepository.getLastJobExecution(instance);
        switch (last.getStatus()) {
            case COMPLETED -> {
                out.println(job.getName() + ": the run of execution " + execution.getId() + " already completed (execution "
                        + last.getId() + "); nothing to do");
                return EXIT_OK;
            }
            case ABANDONED -> {
                err.println("error: the run of execution " + execution.getId() + " was abandoned; it cannot be restarted");
                return EXIT_FAILED;
            }
            case STARTING, STARTED, STOPPING -> {
                err.println("error: execution " + last.getId() + " is running; it cannot be restarted");
                return EXIT_ALREADY_RUNNING;
            }
            default -> {
            }
        }
        if (control.stopRequested()) {
            err.println("error: stop requested before the run started; nothing done");
            return EXIT_FAILED;
        }
        out.println(job.getName() + ": restarting execution " + last.getId() + " (" + last.getStatus() + ", runDate "
                + last.getJobParameters().getLocalDate(ImportParameters.RUN_DATE) + ")");
        releaseUnknown(instance);
        try {
            return outcome(jobOperator.restart(last));
        } catch (JobRestartException e) {
            // the operator wraps every refusal in "Illegal state (only happens on a race condition)": say the cause
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("error: restart: " + cause.getMessage());
            return EXIT_FAILED;
        }
    }

    private int abandon(long executionId) throws Exception {
        recoverCrashedExecutions();
        JobExecution execution = execution(executionId);
        if (execution == null) {
            err.println("error: abandon: no execution " + executionId + " (see 'list')");
            return EXIT_INVALID_PARAMETERS;
        }
        if (execution.getStatus() == BatchStatus.UNKNOWN) {
            // Spring Batch only ever raises a status, and UNKNOWN ranks above ABANDONED: abandon it as failed
            execution.setStatus(BatchStatus.FAILED);
        }
        try {
            jobOperator.abandon(execution);
        } catch (JobExecutionAlreadyRunningException e) {
            err.println("error: execution " + executionId + " is " + execution.getStatus() + "; only a failed or stopped"
                    + " execution can be abandoned");
            return EXIT_FAILED;
        }
        out.println(job.getName() + ": abandoned execution " + executionId + " (runDate "
                + execution.getJobParameters().getLocalDate(ImportParameters.RUN_DATE)
                + "): it will not be resumed. Its unfinished CSV files are in " + ImportParameters.partsFolder(execution)
                + " (the partitions' files) or " + ImportParameters.partialRunFolder(execution) + " (once merged)");
        return EXIT_OK;
    }

    /** The execution of that id, or null if there is none (the repository's DAO throws for an unknown id). */
    private JobExecution execution(long executionId) {
        try {
            return jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    /**
     * The parameters of the newest run launched with {@code first}: {@code first} itself, or the
     * run with the highest {@value ImportParameters#RUN_ID} that exists.
     */
    private JobParameters newestRun(JobParameters first) {
        JobParameters newest = first;
        for (long number = 2; ; number++) {
            JobParameters next = ImportParameters.run(first, number);
            if (jobRepository.getJobInstance(job.getName(), next) == null) {
                return newest;
            }
            newest = next;
        }
    }

    /** Without the database of a run in progress (main handles that case), the job repository decides. */
    private int stop(Long executionId) throws Exception {
        Set<JobExecution> running = jobRepository.findRunningJobExecutions(job.getName());
        Optional<JobExecution> target = running.stream()
                .filter(e -> executionId == null || e.getId() == executionId).findFirst();
        if (target.isEmpty()) {
            err.println("error: stop: " + (executionId == null ? "no run is in progress" : "execution " + executionId + " is not running"));
            return EXIT_FAILED;
        }
        jobOperator.stop(target.get());
        out.println(job.getName() + ": stop requested for execution " + target.get().getId());
        return EXIT_OK;
    }

    private int list(int count) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(job.getName(), 0, count)) {
            for (JobExecution e : jobRepository.getJobExecutions(instance)) {
                executions.add(jobRepository.getJobExecution(e.getId()));
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        if (executions.isEmpty()) {
            out.println(job.getName() + ": no runs yet");
            return EXIT_OK;
        }
        out.println(listHeader());
        for (JobExecution e : executions.subList(0, Math.min(count, executions.size()))) {
            out.println(listLine(e, RunSummaryListener.counts(null, e)));
        }
        return EXIT_OK;
    }

    static String listHeader() {
        return String.format(Locale.ROOT, "%9s %8s  %-10s  %-9s  %-19s  %9s  %6s  %8s  %8s  %9s  %s",
                "execution", "instance", "runDate", "status", "started", "duration", "read", "articles", "rejected", "unchanged",
                "folder");
    }

    static String listLine(JobExecution e, ExecutionContext counts) {
        LocalDateTime start = e.getStartTime();
        LocalDateTime end = e.getEndTime() != null ? e.getEndTime() : LocalDateTime.now();
        String duration = start == null ? "-" : ProgressReporter.format(Duration.between(start, end));
        long articles = counts.getLong(OutcomeWriter.COUNT_PREFIX + "articles", 0L);
        long rejects = counts.getLong(OutcomeWriter.COUNT_PREFIX + "rejects", 0L);
        return String.format(Locale.ROOT, "%9d %8d  %-10s  %-9s  %-19s  %9s  %6d  %8d  %8d  %9d  %s",
                e.getId(), e.getJobInstance().getInstanceId(), e.getJobParameters().getLocalDate(ImportParameters.RUN_DATE),
                e.getStatus(), start == null ? "-" : start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                duration, articles + rejects, articles, rejects, counts.getLong(SourceSelection.UNCHANGED, 0L),
                ImportParameters.runFolder(e).getFileName());
    }

    /**
     * Marks as FAILED every execution the job repository still shows as running, when this
     * process holds the run lock: no other process can be running it, so the process that
     * did was killed or crashed. ({@link JobOperator#recover}; no manual SQL.)
     */
    private void recoverCrashedExecutions() {
        if (!control.holdsLock()) {
            return;
        }
        for (JobExecution stale : jobRepository.findRunningJobExecutions(job.getName())) {
            JobExecution full = jobRepository.getJobExecution(stale.getId());
            jobOperator.recover(full);
            out.println(job.getName() + ": execution " + stale.getId() + " (runDate "
                    + stale.getJobParameters().getLocalDate(ImportParameters.RUN_DATE)
                    + ") was left " + stale.getStatus() + " by a process that is gone (crash or kill); marked FAILED");
        }
    }

    /**
     * Marks FAILED the executions and steps of a run that were left UNKNOWN: a step that failed
     * and whose end could then not be recorded either (the database's disk full, its server
     * gone), and the execution that ran it, which Spring Batch refuses to restart without manual
     * intervention. For this job a restart from such a step is safe: each chunk commits its
     * rows, the writers' CSV positions and the step's execution context in one transaction on
     * the one database, and a chunk that does not commit leaves the step's context at the last
     * commit ({@link CommittedContextGuard}), so the saved context is exactly where the data
     * stops, whether or not the failed step's end could be recorded.
     */
    private void releaseUnknown(JobInstance instance) {
        for (JobExecution e : jobRepository.getJobExecutions(instance)) {
            JobExecution full = jobRepository.getJobExecution(e.getId());
            if (full.getStatus() == BatchStatus.UNKNOWN) {
                full.setStatus(BatchStatus.FAILED);
                full.setExitStatus(ExitStatus.FAILED);
                jobRepository.update(full);
                out.println(job.getName() + ": execution " + e.getId() + " ended in an unknown state (its end could not"
                        + " be recorded); marked FAILED");
            }
            for (StepExecution step : full.getStepExecutions()) {
                // a step still "running" in an execution that is not: its end could not be recorded either
                if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning() && !full.isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED);
                    jobRepository.update(step);
                    out.println(job.getName() + ": step " + step.getStepName() + " of execution " + e.getId()
                            + " ended in an unknown state (its end could not be recorded); marked FAILED, it resumes"
                            + " from its last commit");
                }
            }
        }
    }

    /** The exit code of a finished execution, counting the rejects of the whole run (all its executions). */
    private int outcome(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.println(job.getName() + ": stopped (execution " + execution.getId()
                    + "); launch the same command again to resume where it stopped");
        } else if (execution.getStatus() == BatchStatus.FAILED) {
            err.println(job.getName() + ": failed (execution " + execution.getId() + ")" + rootCause(execution)
                    + "; launch the same command again to resume from the last commit once the cause is fixed");
        }
        return exitCode(execution, jobRepository);
    }

    /** ": <the deepest cause of the first failure>" on one line, or "" if the execution recorded none. */
    static String rootCause(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return "";
        }
        Throwable root = failures.get(0);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return ": " + message.replaceAll("\\s+", " ").strip();
    }

    /** The exit code of a finished execution (counts of the steps it ran, or with a repository of the whole run). */
    static int exitCode(JobExecution execution, JobRepository jobRepository) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return EXIT_FAILED;
        }
        ExecutionContext counts = RunSummaryListener.counts(jobRepository, execution);
        return counts.getLong(OutcomeWriter.COUNT_PREFIX + "rejects", 0L) > 0 ? EXIT_COMPLETED_WITH_REJECTS : EXIT_OK;
    }

    static int exitCode(JobExecution execution) {
        return exitCode(execution, null);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    public static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: java -jar news-archive-etl.jar [start] [name=value ...]      run (or resume) the import\n");
        sb.append("       java -jar news-archive-etl.jar restart <executionId>         resume a failed or stopped run\n");
        sb.append("       java -jar news-archive-etl.jar restart [name=value ...]      resume the run of these parameters\n");
        sb.append("       java -jar news-archive-etl.jar stop [<executionId>] [outputDir=...]   stop the run in progress\n");
        sb.append("       java -jar news-archive-etl.jar abandon <executionId> [outputDir=...]  never resume that run\n");
        sb.append("       java -jar news-archive-etl.jar list [count=20] [outputDir=...]        recent runs\n");
        sb.append("       java -jar news-archive-etl.jar --version                     versions of this, Tika and Spring Batch\n");
        sb.append("       options: --spring.datasource.url=... --news.progress-interval=30s --news.chunk-size=200\n");
        sb.append("                (an unknown --news.* option is refused; a parameter may also be given as --name=value)\n");
        sb.append("       scale-out: --news.role=manager (same commands, partitions sent to workers) or\n");
        sb.append("                  --news.role=worker (no command; runs partitions until stopped); see README \"Scaling out\"\n\n");
        sb.append("Runs the importArticles job: reads the files below inputDir that are new or changed since the last\n");
        sb.append("successful run with Apache Tika, splits them into paragraphs, tags their roles and writes articles.csv,\n");
        sb.append("paragraphs.csv, quotes.csv, rejects.csv and removed.csv to outputDir/run-<runDate>-<instance>/ (complete\n");
        sb.append("files only: they are written in run-...partial/ until the run completes) and the same rows to the database.\n");
        sb.append("Launching the same command after a crash, kill or stop resumes the run where it stopped; after a\n");
        sb.append("completed run it starts the next run of that runDate (run-<runDate>-<instance>-2/, -3/, ...), which\n");
        sb.append("reads the files new or changed since. At the end a summary names the run folder and the database.\n\nparameters:\n");
        for (String[] p : ImportParameters.HELP) {
            sb.append(String.format("  %-10s default %-8s %s%n", p[0], p[1], p[2]));
        }
        sb.append("\nexit codes: 0 completed (or nothing to do), 1 failed or stopped, 2 invalid parameters,\n");
        sb.append("            3 completed with rejected files, 4 already running (another run holds outputDir)\n");
        return sb.toString();
    }
}
