package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Remote partitioning for real: an Artemis broker (persistent, on a loopback port), a manager
 * and two worker JVMs sharing a PostgreSQL database; the first worker to start a partition is
 * killed ({@code kill -9}) in the middle of it. The broker hands that partition to the other worker, which
 * resumes it from its last commit; the run's CSV files equal a one-machine run's byte for byte
 * and the database rows equal its rows. Skipped without a PostgreSQL server.
 */
class ScaleOutJmsTest {

    private static final Pattern STARTED = Pattern.compile("partition (importPartition:partition\\d+) \\(step execution (\\d+)[^)]*\\): starting");

    @TempDir
    Path dir;

    @Test
    void managerAndTwoWorkersOneKilledMidPartitionGiveTheOneMachineResult() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.createOrSkip()) {
            Path input = dir.resolve("input");
            NightlyFixtures.writeStories(input, 300);
            Files.write(input.resolve("desk-3/empty.txt"), new byte[0]);
            List<String> common = List.of("inputDir=" + input, "runDate=2026-05-01", "--news.progress-interval=0",
                    "--news.chunk-size=10");

            Path single = dir.resolve("out-single");
            assertThat(ChildJvm.run(dir.resolve("single.log"), 120, with(common, "outputDir=" + single))).isEqualTo(3);

            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            EmbeddedActiveMQ broker = broker(dir.resolve("broker"), port);
            List<Process> processes = new ArrayList<>();
            try {
                String brokerUrl = "--spring.artemis.broker-url=tcp://127.0.0.1:" + port;
                List<String> worker = with(List.of(db.options()), "--news.role=worker", brokerUrl,
                        "--news.test.item-delay-ms=30", "--news.chunk-size=10", "--news.threads=1");
                Path logA = dir.resolve("worker-a.log");
                Path logB = dir.resolve("worker-b.log");
                Process a = ChildJvm.start(logA, worker);
                Process b = ChildJvm.start(logB, worker);
                processes.add(a);
                processes.add(b);
                awaitLine(logA, a, "worker started");
                awaitLine(logB, b, "worker started"); // both take partitions from the start

                Path scaled = dir.resolve("out-scaled");
                List<String> manager = with(common, "outputDir=" + scaled, "--news.role=manager", brokerUrl,
                        "--news.partitions=6", "--news.partition.poll-interval=200ms");
                manager.addAll(List.of(db.options()));
                Path managerLog = dir.resolve("manager.log");
                Process m = ChildJvm.start(managerLog, manager);
                processes.add(m);

                // kill the first worker that has committed a few chunks of a partition (either may be
                // first: the broker hands each request to whichever consumer asks for it)
                Worker victim = awaitStartedPartition(List.of(new Worker("A", logA, a), new Worker("B", logB, b)), m, managerLog);
                Worker survivor = victim.process() == a ? new Worker("B", logB, b) : new Worker("A", logA, a);
                long stepExecutionId = victim.stepExecutionId();
                awaitCommits(db, stepExecutionId, 2, victim.process());
                victim.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                long committed = commitCount(db, stepExecutionId);
                assertThat(status(db, stepExecutionId)).as("killed mid-partition").isEqualTo("STARTED");

                assertThat(m.waitFor(150, TimeUnit.SECONDS)).as("manager done\n" + Files.readString(managerLog)
                        + "\nworker " + survivor.name() + ":\n" + Files.readString(survivor.log())).isTrue();
                assertThat(m.exitValue()).as(Files.readString(managerLog)).isEqualTo(3);
                String managerOut = Files.readString(managerLog);
                assertThat(managerOut).contains("importArticles COMPLETED: 301 files read, 300 articles");

                // the other worker took the killed partition over and resumed it after its last commit
                assertThat(Files.readString(survivor.log())).contains("(step execution " + stepExecutionId + ", job execution")
                        .contains("resuming from its last commit");
                assertThat(status(db, stepExecutionId)).isEqualTo("COMPLETED");
                for (Path log : List.of(logA, logB)) { // the evidence, in the test's output
                    Files.readAllLines(log).stream().filter(l -> l.contains("partition importPartition"))
                            .forEach(l -> System.out.println(log.getFileName() + ": " + l));
                }
                System.out.println("killed worker " + victim.name() + " in step execution " + stepExecutionId + " after "
                        + committed + " commits");
                assertThat(commitCount(db, stepExecutionId)).isGreaterThan(committed);

                assertThat(NightlyFixtures.runFolderFiles(scaled)).isEqualTo(NightlyFixtures.runFolderFiles(single));
                Map<String, List<List<Object>>> pgTables;
                try (var c = db.connect()) {
                    pgTables = NightlyFixtures.tables(new JdbcTemplate(new SingleConnectionDataSource(c, true)));
                }
                assertThat(pgTables).isEqualTo(NightlyFixtures.tables(single));
            } finally {
                for (Process p : processes) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                broker.stop();
            }
        }
    }

    /** A persistent Artemis broker on a loopback port, as a production broker would be (minus security). */
    static EmbeddedActiveMQ broker(Path data, int port) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(true);
        config.setJournalDirectory(data.resolve("journal").toString());
        config.setBindingsDirectory(data.resolve("bindings").toString());
        config.setLargeMessagesDirectory(data.resolve("large").toString());
        config.setPagingDirectory(data.resolve("paging").toString());
        config.setSecurityEnabled(false);
        config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        config.setJMXManagementEnabled(false);
        // Artemis blocks producers once the disk is 90% full (max-disk-usage): on a build machine with a full disk
        // the manager's partition requests were never sent, and no worker started a partition
        config.setMaxDiskUsage(100);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.activemq"))
                .setLevel(ch.qos.logback.classic.Level.WARN); // no per-message audit lines in the test's output
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
        return broker;
    }

    private static void awaitLine(Path log, Process p, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!(Files.exists(log) && Files.readString(log).contains(text))) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                throw new AssertionError("no '" + text + "' in " + log + ": " + (Files.exists(log) ? Files.readString(log) : ""));
            }
            Thread.sleep(100);
        }
    }

    /** A worker process, its log, and (once it has one) the step execution of its first partition. */
    private record Worker(String name, Path log, Process process, long stepExecutionId) {
        Worker(String name, Path log, Process process) {
            this(name, log, process, -1);
        }
    }

    /** The first worker to start a partition; fails with every log when none does, or when the manager ends first. */
    private static Worker awaitStartedPartition(List<Worker> workers, Process manager, Path managerLog) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String why = "no worker started a partition in 90 s";
        while (System.nanoTime() < deadline) {
            for (Worker w : workers) {
                if (!w.process().isAlive()) {
                    throw new AssertionError("worker " + w.name() + " ended\n" + logs(workers, managerLog));
                }
                Matcher m = STARTED.matcher(Files.exists(w.log()) ? Files.readString(w.log()) : "");
                if (m.find()) {
                    return new Worker(w.name(), w.log(), w.process(), Long.parseLong(m.group(2)));
                }
            }
            if (!manager.isAlive()) {
                why = "the manager ended (exit " + manager.exitValue() + ") before any worker started a partition";
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(why + "\n" + logs(workers, managerLog));
    }

    private static String logs(List<Worker> workers, Path managerLog) throws Exception {
        StringBuilder all = new StringBuilder("manager:\n").append(Files.exists(managerLog) ? Files.readString(managerLog) : "");
        for (Worker w : workers) {
            all.append("\nworker ").append(w.name()).append(":\n").append(Files.exists(w.log()) ? Files.readString(w.log()) : "");
        }
        return all.toString();
    }

    private static void awaitCommits(PostgresDatabase db, long stepExecutionId, long commits, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (commitCount(db, stepExecutionId) < commits) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                throw new AssertionError("partition " + stepExecutionId + " made no commits");
            }
            Thread.sleep(50);
        }
    }

    private static long commitCount(PostgresDatabase db, long stepExecutionId) throws Exception {
        try (var c = db.connect()) {
            return new JdbcTemplate(new SingleConnectionDataSource(c, true)).queryForObject(
                    "SELECT COMMIT_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ?", Long.class, stepExecutionId);
        }
    }

    private static String status(PostgresDatabase db, long stepExecutionId) throws Exception {
        try (var c = db.connect()) {
            return new JdbcTemplate(new SingleConnectionDataSource(c, true)).queryForObject(
                    "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ?", String.class, stepExecutionId);
        }
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }
}
