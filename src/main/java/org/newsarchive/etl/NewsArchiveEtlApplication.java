package org.newsarchive.etl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.newsarchive.etl.job.CommandLineOptions;
import org.newsarchive.etl.job.DatabaseGuard;
import org.newsarchive.etl.job.ImportCommandLine;
import org.newsarchive.etl.job.ImportCommandLine.Command;
import org.newsarchive.etl.job.ImportParameters;
import org.newsarchive.etl.job.LaunchControl;
import org.newsarchive.etl.job.RunLock;
import org.newsarchive.etl.job.StopCommand;
import org.newsarchive.etl.review.ReviewCommand;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Entry point: runs a command of the import job from the command line and exits with its
 * exit code.
 *
 * <p>Before Spring (and the database) starts, {@code main} checks the command line, takes the
 * output folder's {@link RunLock} (a second launch is refused with exit code 4 and one line)
 * and installs the shutdown hook that turns SIGTERM into a graceful stop: the job finishes the
 * chunk in hand, records STOPPED and the process exits with code 1.
 */
@SpringBootApplication
public class NewsArchiveEtlApplication {

    /** How long SIGTERM waits for the chunk in hand to commit before the process ends anyway. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(Long.getLong("news.stop-timeout-seconds", 100));

    public static void main(String[] args) {
        org.newsarchive.etl.bench.HeapPeak.start(); // for the run summary's peak heap line
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit code. {@code extraSources} lets tests add configuration. */
    public static int run(String[] givenArgs, PrintStream out, PrintStream err, Class<?>... extraSources) {
        String[] args = CommandLineOptions.jobParametersWithoutDashes(givenArgs);
        if (Arrays.asList(args).contains("--version")) {
            out.print(CommandLineOptions.version());
            return ImportCommandLine.EXIT_OK;
        }
        String unknown = CommandLineOptions.unknownOption(args);
        if (unknown != null) {
            err.println("error: unknown option '" + unknown + "' (see --help); nothing was run");
            return ImportCommandLine.EXIT_INVALID_PARAMETERS;
        }
        List<String> plain = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(ImportCommandLine.usage());
            return ImportCommandLine.EXIT_OK;
        }
        if (!plain.isEmpty() && plain.get(0).equals(ReviewCommand.NAME)) {
            return ReviewCommand.run(Arrays.asList(args).subList(Arrays.asList(args).indexOf(ReviewCommand.NAME) + 1, args.length),
                    out, err); // reads a run folder's files: no database, no lock
        }
        String role = role(args);
        if (!List.of(STANDALONE, MANAGER, WORKER).contains(role)) {
            err.println("error: news.role: '" + role + "' is none of standalone, manager, worker");
            return ImportCommandLine.EXIT_INVALID_PARAMETERS;
        }
        if (role.equals(WORKER)) {
            if (!plain.isEmpty()) {
                err.println("error: a worker takes no command (" + String.join(" ", plain)
                        + "): it runs the partitions the manager sends until it is stopped");
                return ImportCommandLine.EXIT_INVALID_PARAMETERS;
            }
            return runWorker(args, err, extraSources);
        }
        Command command;
        try {
            command = Command.parse(plain);
            if (command.name().equals("start") || (command.name().equals("restart") && command.executionId() == null)) {
                ImportParameters.from(command.params(), LocalDate.now()); // checked before anything starts
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ImportCommandLine.EXIT_INVALID_PARAMETERS;
        }
        Path outputDir = command.outputDir();
        if (command.name().equals("stop")) {
            return StopCommand.run(outputDir, command.executionId(), Duration.ofSeconds(120), out, err);
        }

        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(outputDir, String.join(" ", plain));
        } catch (IOException e) {
            err.println("error: " + ImportParameters.OUTPUT_DIR + ": cannot create the lock in '" + outputDir + "': " + e.getMessage());
            return ImportCommandLine.EXIT_INVALID_PARAMETERS;
        }
        if (lock.isEmpty()) {
            Map<String, String> holder = RunLock.readHolder(outputDir);
            err.println("error: a run is already in progress in '" + outputDir + "' (" + RunLock.describeHolder(holder)
                    + ")" + (command.name().equals("list") ? "; it holds the database, list again when it has ended"
                    : "; not starting a second one"));
            return ImportCommandLine.EXIT_ALREADY_RUNNING;
        }

        String refused = DatabaseGuard.checkServerCredentials(option(args, "spring.datasource.url"),
                option(args, "spring.datasource.username"), option(args, "spring.datasource.password"));
        if (refused != null) {
            lock.get().close();
            err.println("error: " + refused);
            return ImportCommandLine.EXIT_INVALID_PARAMETERS;
        }
        if (option(args, "spring.datasource.url") == null) {
            try {
                DatabaseGuard.secureDatabaseFolder(defaultDatabaseFolder(args));
            } catch (IOException e) {
                lock.get().close();
                err.println("error: cannot create the database folder owner-only: " + e.getMessage());
                return ImportCommandLine.EXIT_FAILED;
            }
        }

        LaunchControl control = LaunchControl.process();
        control.holdLock(lock.get());
        CountDownLatch finished = new CountDownLatch(1);
        int[] exitCode = {ImportCommandLine.EXIT_FAILED};
        Thread gracefulStop = new Thread(() -> {
            if (finished.getCount() == 0) {
                return; // a normal exit
            }
            err.println("news-archive-etl: termination signal: stopping after the current chunk");
            control.requestStop();
            try {
                if (!finished.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    err.println("news-archive-etl: not stopped within " + STOP_TIMEOUT.toSeconds()
                            + " s; ending now (the next launch resumes from the last commit)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(finished.getCount() == 0 ? exitCode[0] : ImportCommandLine.EXIT_FAILED);
        }, "graceful-stop");
        Runtime.getRuntime().addShutdownHook(gracefulStop);
        try {
            List<Class<?>> sources = new ArrayList<>();
            sources.add(NewsArchiveEtlApplication.class);
            sources.addAll(Arrays.asList(extraSources));
            SpringApplication app = new SpringApplication(sources.toArray(Class<?>[]::new));
            Map<String, Object> defaults = new LinkedHashMap<>();
            defaults.put("spring.datasource.url", defaultDatabaseUrl(args));
            defaults.put("spring.artemis.embedded.data-directory", outputDir.resolve("broker").toString());
            app.setDefaultProperties(defaults);
            if (!role.equals(STANDALONE)) {
                app.setAdditionalProfiles(role);
            }
            app.setRegisterShutdownHook(false); // the graceful-stop hook closes the context after the job stopped
            ConfigurableApplicationContext context = app.run(args);
            exitCode[0] = SpringApplication.exit(context);
        } catch (RuntimeException e) {
            String url = option(args, "spring.datasource.url");
            exitCode[0] = startupFailure(e, err, url == null ? null : url.replaceAll(";.*", ""), control.jobStarted());
        } finally {
            if (option(args, "spring.datasource.url") == null) {
                exitCode[0] = secureDatabaseFiles(defaultDatabaseFolder(args), err, exitCode[0]);
            }
            lock.get().close();
            control.holdLock(null);
            finished.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(gracefulStop);
        } catch (IllegalStateException e) {
            // shutting down: the hook ends the process with the exit code
        }
        return exitCode[0];
    }

    /**
     * Makes the files the database wrote during the run owner-only (HSQLDB creates its files
     * with the process's umask, and rewrites {@code news.script} when it shuts down); a
     * failure to do so fails a run that would otherwise have succeeded.
     */
    private static int secureDatabaseFiles(Path folder, PrintStream err, int exitCode) {
        try {
            DatabaseGuard.secureDatabaseFolder(folder);
            return exitCode;
        } catch (IOException e) {
            err.println("error: cannot make the database files owner-only in '" + folder + "': " + e.getMessage());
            return exitCode == ImportCommandLine.EXIT_OK ? ImportCommandLine.EXIT_FAILED : exitCode;
        }
    }

    static final String STANDALONE = "standalone";
    static final String MANAGER = "manager";
    static final String WORKER = "worker";

    /** {@code --news.role=...}, else the environment's {@code NEWS_ROLE}, else standalone. */
    static String role(String[] args) {
        String role = null;
        for (String arg : args) {
            if (arg.startsWith("--news.role=")) {
                role = arg.substring("--news.role=".length()).strip();
            }
        }
        if (role == null) {
            role = System.getenv("NEWS_ROLE");
        }
        return role == null || role.isBlank() ? STANDALONE : role;
    }

    /**
     * A worker: starts, takes partitions from the broker until it is stopped, and never holds the
     * output folder's run lock (the manager does). A termination signal ends it at once, like a
     * crash: the partition in hand was not acknowledged, so the broker hands it to another worker,
     * which resumes it from its last commit. Returns only if it cannot start.
     */
    static int runWorker(String[] args, PrintStream err, Class<?>... extraSources) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime().halt(143), "worker-exit"));
        try {
            List<Class<?>> sources = new ArrayList<>();
            sources.add(NewsArchiveEtlApplication.class);
            sources.addAll(Arrays.asList(extraSources));
            SpringApplication app = new SpringApplication(sources.toArray(Class<?>[]::new));
            app.setAdditionalProfiles(WORKER);
            app.setRegisterShutdownHook(false);
            app.run(args);
            LoggerFactory.getLogger(NewsArchiveEtlApplication.class).info("worker started: waiting for partitions");
            new CountDownLatch(1).await(); // the listener threads do the work; a signal ends the process
            return ImportCommandLine.EXIT_OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ImportCommandLine.EXIT_FAILED;
        } catch (RuntimeException e) {
            return startupFailure(e, err);
        }
    }

    /**
     * One clear line for a failure that ended the command with an exception: a locked
     * database (exit code 4), a database that cannot be reached, a disk or file-size limit
     * that is full; else the root cause, with the chain of causes below it. ("could not
     * start" only when the job had not started; a run that failed midway says so.)
     */
    static int startupFailure(Throwable e, PrintStream err) {
        return startupFailure(e, err, null, false);
    }

    static int startupFailure(Throwable e, PrintStream err, String databaseUrl, boolean jobStarted) {
        Throwable root = e;
        StringBuilder chain = new StringBuilder();
        String resume = jobStarted ? "; the run is unfinished: launch the same command again to resume from the last commit"
                : "; nothing was run";
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            String m = String.valueOf(t.getMessage());
            if (m.contains("lock acquisition failure") || m.contains("lockFile")) {
                java.util.regex.Matcher file = java.util.regex.Pattern.compile("file =([^,\\]]+)").matcher(m);
                err.println("error: the database is in use by another process (HSQLDB lock file "
                        + (file.find() ? "'" + file.group(1).strip() + "'" : "held") + "); close that process or wait for it to end");
                return ImportCommandLine.EXIT_ALREADY_RUNNING;
            }
        }
        Throwable full = null; // the deepest cause that says the disk or a file-size limit is full
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("File too large") || m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("File size limit is reached")) {
                full = t;
            }
        }
        if (full != null) {
            err.println("error: cannot write the output: " + full.getMessage().replaceAll("\\s+", " ").strip()
                    + " (the disk is full or a file-size limit was reached)" + resume);
            return ImportCommandLine.EXIT_FAILED;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException) {
                err.println("error: cannot connect to the database" + (databaseUrl == null ? "" : " " + databaseUrl)
                        + " (" + t.getClass().getSimpleName() + ": " + m + "); is its server running?" + resume);
                return ImportCommandLine.EXIT_FAILED;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(System.lineSeparator()).append("  caused by: ").append(t);
        }
        err.println("error: " + (jobStarted ? "the run failed: " : "could not start: ") + root.getMessage()
                + (jobStarted ? resume : "") + chain);
        return ImportCommandLine.EXIT_FAILED;
    }

    /**
     * The embedded HSQLDB file database under the output folder's {@code db/} (by default
     * {@code output/db/} of the working directory). Cached tables keep rows on disk, not in
     * the heap; write delay off makes every commit durable.
     */
    public static String defaultDatabaseUrl(String[] args) {
        Path db = defaultDatabaseFolder(args).resolve("news");
        return "jdbc:hsqldb:file:" + db + ";hsqldb.default_table_type=cached;hsqldb.write_delay=false;shutdown=true";
    }

    /** {@code <outputDir>/db}, the folder of the default file database. */
    static Path defaultDatabaseFolder(String[] args) {
        String outputDir = "output";
        for (String arg : args) {
            if (arg.startsWith(ImportParameters.OUTPUT_DIR + "=")) {
                outputDir = arg.substring(ImportParameters.OUTPUT_DIR.length() + 1).strip();
            }
        }
        return Path.of(outputDir).toAbsolutePath().normalize().resolve("db");
    }

    /** The value of {@code --name=value} on the command line, else of the system property, else null. */
    private static String option(String[] args, String name) {
        String value = System.getProperty(name);
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                value = arg.substring(name.length() + 3);
            }
        }
        return value;
    }

    @Bean
    @ConditionalOnProperty(name = "news.command-line.enabled", havingValue = "true", matchIfMissing = true)
    ImportCommandLine importCommandLine(JobOperator jobOperator, JobRepository jobRepository, Job importArticles,
                                        LaunchControl launchControl) {
        return new ImportCommandLine(jobOperator, jobRepository, importArticles, launchControl, System.out, System.err);
    }
}
