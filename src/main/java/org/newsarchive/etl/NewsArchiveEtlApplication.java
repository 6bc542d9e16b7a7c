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

import org.newsarchive.etl.job.ImportCommandLine;
import org.newsarchive.etl.job.ImportCommandLine.Command;
import org.newsarchive.etl.job.ImportParameters;
import org.newsarchive.etl.job.LaunchControl;
import org.newsarchive.etl.job.RunLock;
import org.newsarchive.etl.job.StopCommand;
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
    public static int run(String[] args, PrintStream out, PrintStream err, Class<?>... extraSources) {
        List<String> plain = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(ImportCommandLine.usage());
            return ImportCommandLine.EXIT_OK;
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
            app.setDefaultProperties(defaults);
            app.setRegisterShutdownHook(false); // the graceful-stop hook closes the context after the job stopped
            ConfigurableApplicationContext context = app.run(args);
            exitCode[0] = SpringApplication.exit(context);
        } catch (RuntimeException e) {
            exitCode[0] = startupFailure(e, err);
        } finally {
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

    /** One clear line for a failure before the job could start (a locked database above all). */
    static int startupFailure(Throwable e, PrintStream err) {
        Throwable root = e;
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            String m = String.valueOf(t.getMessage());
            if (m.contains("lock acquisition failure") || m.contains("lockFile")) {
                err.println("error: the database is in use by another process (" + m.strip()
                        + "); close that process or wait for it to end");
                return ImportCommandLine.EXIT_ALREADY_RUNNING;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(System.lineSeparator()).append("  caused by: ").append(t);
        }
        err.println("error: could not start: " + root.getMessage() + chain);
        return ImportCommandLine.EXIT_FAILED;
    }

    /**
     * The embedded HSQLDB file database under the output folder's {@code db/} (by default
     * {@code output/db/} of the working directory). Cached tables keep rows on disk, not in
     * the heap; write delay off makes every commit durable.
     */
    static String defaultDatabaseUrl(String[] args) {
        String outputDir = "output";
        for (String arg : args) {
            if (arg.startsWith(ImportParameters.OUTPUT_DIR + "=")) {
                outputDir = arg.substring(ImportParameters.OUTPUT_DIR.length() + 1).strip();
            }
        }
        Path db = Path.of(outputDir).toAbsolutePath().normalize().resolve("db").resolve("news");
        return "jdbc:hsqldb:file:" + db + ";hsqldb.default_table_type=cached;hsqldb.write_delay=false;shutdown=true";
    }

    @Bean
    @ConditionalOnProperty(name = "news.command-line.enabled", havingValue = "true", matchIfMissing = true)
    ImportCommandLine importCommandLine(JobOperator jobOperator, JobRepository jobRepository, Job importArticles,
                                        LaunchControl launchControl) {
        return new ImportCommandLine(jobOperator, jobRepository, importArticles, launchControl, System.out, System.err);
    }
}
