package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * A failure at each point of a chunk's life (issue 21: a full disk can strike any of them),
 * injected into the real job, then the same command again: the relaunch resumes and ends with
 * the same CSV files and database rows as a run that was never interrupted.
 *
 * <p>The faults are injected where the work really happens, once, in the third chunk: an
 * HSQLDB trigger fails a row insert (the article rows, or the pending fingerprints written
 * after the CSV rows are buffered); a proxy of the job repository fails saving the step's
 * context or the step in the chunk's transaction; a transaction synchronization fails before
 * or after the CSV writers flush their buffers to the files; the transaction manager fails the
 * commit after the CSV files were flushed. {@link Point#DISK_STAYS_FULL} also fails every
 * later save of that step, as a disk that stays full does: the step and its execution end
 * UNKNOWN, which Spring Batch itself refuses to restart (the job's own saves work: an
 * update of a row it has, where a full disk may still have room).
 */
@SpringBootTest(classes = {NewsArchiveEtlApplication.class, ChunkFaultsTest.Faults.class}, properties = {
        "news.command-line.enabled=false",
        "news.chunk-size=3",
        "news.threads=1",
        "news.progress-interval=0",
        "spring.datasource.url=jdbc:hsqldb:mem:chunkfaultstest;shutdown=false"})
class ChunkFaultsTest {

    private static final int STORIES = 14; // 5 chunks of 3
    private static final int FAULTY_CHUNK = 3;

    /** Where in the chunk the failure strikes, in the order a chunk reaches them. */
    enum Point {
        DB_WRITE, ITEM_WRITE, CONTEXT_SAVE, STEP_SAVE, CSV_FLUSH_FIRST, CSV_FLUSH_LAST, COMMIT, DISK_STAYS_FULL
    }

    static final AtomicReference<Point> armed = new AtomicReference<>();
    static final AtomicInteger chunksDone = new AtomicInteger();
    static final AtomicBoolean fired = new AtomicBoolean();
    static final AtomicBoolean commitFails = new AtomicBoolean();
    static final AtomicBoolean diskFull = new AtomicBoolean();

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job job;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path input;

    @TempDir
    Path output;

    @BeforeEach
    void triggersAndEmptyTables() {
        disarm();
        emptyTables();
        for (String table : List.of("paragraph", "source_file_pending")) {
            jdbc.execute("DROP TRIGGER fault_" + table + " IF EXISTS");
            jdbc.execute("CREATE TRIGGER fault_" + table + " BEFORE INSERT ON " + table + " FOR EACH ROW CALL \""
                    + FaultTrigger.class.getName() + "\"");
        }
    }

    @AfterEach
    void dropTriggers() {
        disarm();
        for (String table : List.of("paragraph", "source_file_pending")) {
            jdbc.execute("DROP TRIGGER fault_" + table + " IF EXISTS");
        }
    }

    private void emptyTables() {
        for (String table : List.of("quote", "paragraph", "article", "reject", "source_file", "source_file_pending", "removed_source")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** The fault strikes in the {@value #FAULTY_CHUNK}rd chunk of the next run. */
    private static void arm(Point point) {
        disarm();
        armed.set(point);
    }

    private static void disarm() {
        armed.set(null);
        chunksDone.set(0);
        fired.set(false);
        commitFails.set(false);
        diskFull.set(false);
    }

    @ParameterizedTest
    @EnumSource(Point.class)
    void aRelaunchAfterAFailureAtThisPointOfAChunkResumesToTheSameOutput(Point point) throws Exception {
        NightlyFixtures.writeStories(input, STORIES);
        Path clean = output.resolve("clean");
        assertThat(commandLine(clean, "2026-04-01")).isEqualTo(ImportCommandLine.EXIT_OK);
        Map<String, String> expectedFiles = NightlyFixtures.runFolderFiles(clean);
        var expectedRows = NightlyFixtures.tables(jdbc);
        assertThat(expectedFiles.get("articles.csv").lines()).hasSize(STORIES + 1);
        emptyTables();

        Path interrupted = output.resolve("interrupted");
        arm(point);
        assertThat(commandLine(interrupted, "2026-04-01")).as(said.toString(StandardCharsets.UTF_8))
                .isEqualTo(ImportCommandLine.EXIT_FAILED);
        assertThat(fired).as("the fault at " + point + " struck").isTrue();
        JobExecution failed = jobRepository.getLastJobExecution(job.getName(), ImportParameters.from(
                Map.of(ImportParameters.INPUT_DIR, input.toString(), ImportParameters.OUTPUT_DIR, interrupted.toString(),
                        ImportParameters.RUN_DATE, "2026-04-01"), LocalDate.parse("2026-04-01")));
        StepExecution partition = partitionStep(failed);
        if (point == Point.DISK_STAYS_FULL) {
            // the steps' ends could not be recorded, the job's could: what the issue saw
            assertThat(partition.getStatus()).isEqualTo(BatchStatus.STARTED);
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.UNKNOWN);
        } else {
            assertThat(partition.getStatus()).isEqualTo(BatchStatus.FAILED);
        }
        // what the database says was committed is what the chunks before the faulty one wrote
        assertThat(partition.getExecutionContext().getLong(OutcomeWriter.COUNT_PREFIX + "articles"))
                .isEqualTo(3L * (FAULTY_CHUNK - 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(3L * (FAULTY_CHUNK - 1));
        disarm();

        int relaunch = commandLine(interrupted, "2026-04-01");
        assertThat(relaunch).as(said.toString(StandardCharsets.UTF_8)).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("resuming the run for 2026-04-01");
        assertThat(NightlyFixtures.runFolderFiles(interrupted)).isEqualTo(expectedFiles);
        assertThat(NightlyFixtures.tables(jdbc)).isEqualTo(expectedRows);
    }

    /** {@code restart <id>} on an execution left UNKNOWN resumes it; Spring Batch alone says "Illegal state". */
    @Test
    void restartResumesAnExecutionLeftUnknown() throws Exception {
        NightlyFixtures.writeStories(input, STORIES);
        Path clean = output.resolve("clean");
        assertThat(commandLine(clean, "2026-04-02")).isEqualTo(ImportCommandLine.EXIT_OK);
        Map<String, String> expectedFiles = NightlyFixtures.runFolderFiles(clean);
        var expectedRows = NightlyFixtures.tables(jdbc);
        emptyTables();

        Path interrupted = output.resolve("interrupted");
        arm(Point.DISK_STAYS_FULL);
        assertThat(commandLine(interrupted, "2026-04-02")).isEqualTo(ImportCommandLine.EXIT_FAILED);
        disarm();
        JobExecution unknown = lastExecution();
        assertThat(unknown.getStatus()).isEqualTo(BatchStatus.UNKNOWN);

        assertThat(run("restart", String.valueOf(unknown.getId()), "outputDir=" + interrupted))
                .as(said.toString(StandardCharsets.UTF_8)).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("execution " + unknown.getId()
                + " ended in an unknown state").doesNotContain("Illegal state");
        assertThat(NightlyFixtures.runFolderFiles(interrupted)).isEqualTo(expectedFiles);
        assertThat(NightlyFixtures.tables(jdbc)).isEqualTo(expectedRows);
    }

    /** {@code abandon <id>} on an execution left UNKNOWN abandons it: the same command then does nothing. */
    @Test
    void abandonAbandonsAnExecutionLeftUnknown() throws Exception {
        NightlyFixtures.writeStories(input, STORIES);
        Path interrupted = output.resolve("interrupted");
        arm(Point.DISK_STAYS_FULL);
        assertThat(commandLine(interrupted, "2026-04-03")).isEqualTo(ImportCommandLine.EXIT_FAILED);
        disarm();
        JobExecution unknown = lastExecution();
        assertThat(unknown.getStatus()).isEqualTo(BatchStatus.UNKNOWN);

        assertThat(run("abandon", String.valueOf(unknown.getId()))).as(said.toString(StandardCharsets.UTF_8))
                .isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(jobRepository.getJobExecution(unknown.getId()).getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(commandLine(interrupted, "2026-04-03")).isEqualTo(ImportCommandLine.EXIT_OK);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("was abandoned (execution " + unknown.getId() + ")");
    }

    private JobExecution lastExecution() {
        return jobRepository.getJobExecution(jobRepository.getJobInstances(job.getName(), 0, 1).stream()
                .flatMap(i -> jobRepository.getJobExecutions(i).stream())
                .mapToLong(JobExecution::getId).max().orElseThrow());
    }

    private StepExecution partitionStep(JobExecution execution) {
        List<StepExecution> partitions = jobRepository.getJobExecution(execution.getId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(ImportJobConfiguration.PARTITION_STEP_NAME + ":")).toList();
        assertThat(partitions).hasSize(1);
        return partitions.get(0);
    }

    private ByteArrayOutputStream said = new ByteArrayOutputStream();

    private int commandLine(Path out, String runDate) throws Exception {
        return run("inputDir=" + input, "outputDir=" + out, "runDate=" + runDate);
    }

    /** The command line as the jar runs it (in this JVM, on this test's database). */
    private int run(String... args) throws Exception {
        said = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(said, true, StandardCharsets.UTF_8);
        ImportCommandLine commandLine = new ImportCommandLine(jobOperator, jobRepository, job, new LaunchControl(), print, print);
        commandLine.run(new DefaultApplicationArguments(args));
        return commandLine.getExitCode();
    }

    /** True, once, if the fault armed is this one and the chunk in progress is the faulty one. */
    static boolean strikes(Point point) {
        if (armed.get() == point && chunksDone.get() == FAULTY_CHUNK - 1 && armed.compareAndSet(point, null)) {
            fired.set(true);
            return true;
        }
        return false;
    }

    static IllegalStateException injected(Point point) {
        return new IllegalStateException("injected fault at " + point + " (as: File too large)");
    }

    /** Fails a row insert: {@code paragraph} (the article rows) or {@code source_file_pending} (after the CSV rows). */
    public static final class FaultTrigger implements org.hsqldb.Trigger {
        @Override
        public void fire(int type, String trigName, String tabName, Object[] oldRow, Object[] newRow) {
            Point point = tabName.equalsIgnoreCase("paragraph") ? Point.DB_WRITE : Point.ITEM_WRITE;
            if (strikes(point)) {
                throw injected(point);
            }
        }
    }

    /** The job repository and the transaction manager, with the faults of the chunk's save and commit. */
    @Configuration
    static class Faults {

        @Bean
        static BeanPostProcessor faultInjectors() {
            return new Injectors();
        }

        static final class Injectors implements BeanPostProcessor, PriorityOrdered {
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSourceTransactionManager tm && !(bean instanceof FailingCommit)) {
                    FailingCommit failing = new FailingCommit(tm.getDataSource());
                    failing.setRollbackOnCommitFailure(tm.isRollbackOnCommitFailure()); // as configured
                    return failing;
                }
                if (bean instanceof JobRepository repository) {
                    return faultyRepository(repository);
                }
                return bean;
            }
        }

        static Object faultyRepository(JobRepository repository) {
            return Proxy.newProxyInstance(ChunkFaultsTest.class.getClassLoader(),
                    ClassUtils.getAllInterfaces(repository), (proxy, method, args) -> {
                        if (args != null && args.length == 1 && args[0] instanceof StepExecution step) {
                            if (step.getStepName().startsWith(ImportJobConfiguration.PARTITION_STEP_NAME + ":")) {
                                beforeStepSave(method.getName(), step);
                            } else if (diskFull.get() && step.getStepName().equals(ImportJobConfiguration.STEP_NAME)) {
                                throw injected(Point.DISK_STAYS_FULL);
                            }
                        }
                        try {
                            return method.invoke(repository, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        /** The chunk saves its context, then the step (then commits); a full disk stays full for the step's end. */
        private static void beforeStepSave(String method, StepExecution step) {
            boolean inChunk = TransactionSynchronizationManager.isActualTransactionActive();
            if (diskFull.get()) {
                throw injected(Point.DISK_STAYS_FULL);
            }
            if (!inChunk) {
                return;
            }
            if (method.equals("updateExecutionContext")) {
                if (strikes(Point.CONTEXT_SAVE)) {
                    throw injected(Point.CONTEXT_SAVE);
                }
                if (strikes(Point.DISK_STAYS_FULL)) {
                    diskFull.set(true); // from now on no save of the import's steps works; the job's do
                    throw injected(Point.DISK_STAYS_FULL);
                }
                if (strikes(Point.CSV_FLUSH_FIRST)) {
                    failBeforeCommit(Point.CSV_FLUSH_FIRST, Ordered.HIGHEST_PRECEDENCE); // before the CSV writers flush
                }
                if (strikes(Point.CSV_FLUSH_LAST)) {
                    failBeforeCommit(Point.CSV_FLUSH_LAST, Ordered.LOWEST_PRECEDENCE); // after them: registered later
                }
                if (strikes(Point.COMMIT)) {
                    commitFails.set(true);
                }
            } else if (method.equals("update")) {
                if (strikes(Point.STEP_SAVE)) {
                    throw injected(Point.STEP_SAVE);
                }
                chunksDone.incrementAndGet(); // the chunk's last save
            }
        }

        private static void failBeforeCommit(Point point, int order) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return order;
                }

                @Override
                public void beforeCommit(boolean readOnly) {
                    throw injected(point);
                }
            });
        }
    }

    /** The commit itself fails (after the CSV files were flushed in before-commit): the database rolls back. */
    static final class FailingCommit extends JdbcTransactionManager {
        FailingCommit(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (commitFails.compareAndSet(true, false)) {
                throw new TransactionSystemException("injected fault at " + Point.COMMIT + " (as: File too large)");
            }
            super.doCommit(status);
        }
    }
}
