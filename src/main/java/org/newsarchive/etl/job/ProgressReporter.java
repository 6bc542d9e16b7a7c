package org.newsarchive.etl.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.newsarchive.etl.model.Article;
import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.Reject;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints a progress line at a steady interval while a run goes on: files walked of the
 * total, files read, articles, paragraphs, rejects, the rate and the time left. The total
 * comes from a count of the files below the input folder in a background thread (a listing:
 * no file is read, no container opened);
 * until it is known the line shows {@code ?}.
 */
public class ProgressReporter implements JobExecutionListener, ItemWriteListener<Outcome> {

    private final PrintStream out;
    private final Duration interval;
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong walked = new AtomicLong();
    private final AtomicLong selected = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong paragraphs = new AtomicLong();
    private final AtomicLong rejects = new AtomicLong();
    private volatile long startNanos;
    private ScheduledExecutorService timer;
    private Thread counter;
    private String lastFile;

    public ProgressReporter(PrintStream out, Duration interval) {
        this.out = out;
        this.interval = interval;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        total.set(-1);
        walked.set(0);
        lastFile = null;
        selected.set(0);
        articles.set(0);
        paragraphs.set(0);
        rejects.set(0);
        startNanos = System.nanoTime();
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        Path input = Path.of(jobExecution.getJobParameters().getString(ImportParameters.INPUT_DIR));
        counter = new Thread(() -> {
            // files on disk, as the walk finds them; containers are not opened
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(input)) {
                total.set(files.filter(f -> !Thread.currentThread().isInterrupted())
                        .filter(f -> java.nio.file.Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                                || java.nio.file.Files.isSymbolicLink(f) && java.nio.file.Files.isRegularFile(f))
                        .count());
            } catch (java.io.IOException | RuntimeException e) {
                // no total: the line shows '?'
            }
        }, "count-input");
        counter.setDaemon(true);
        counter.start();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        timer.scheduleAtFixedRate(() -> out.println(line()), millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        if (counter != null) {
            counter.interrupt();
            counter = null;
        }
    }

    /** Counts files on disk: the entries of one container count as its one file. */
    void fileWalked(org.newsarchive.etl.model.SourceDocument doc) {
        String file = doc.sourcePath().split("!/", 2)[0];
        if (!file.equals(lastFile)) {
            lastFile = file;
            walked.incrementAndGet();
        }
    }

    void fileSelected() {
        selected.incrementAndGet();
    }

    @Override
    public void afterWrite(Chunk<? extends Outcome> items) {
        for (Outcome o : items) {
            if (o instanceof Article a) {
                articles.incrementAndGet();
                paragraphs.addAndGet(a.paragraphs().size());
            } else if (o instanceof Reject) {
                rejects.incrementAndGet();
            }
        }
    }

    /** The progress line, e.g. {@code progress: 1200/5000 files (24%), 300 read, ...}. */
    String line() {
        long done = walked.get();
        long all = total.get();
        double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder("progress: ").append(done).append('/');
        sb.append(all < 0 ? "?" : String.valueOf(all)).append(" files");
        if (all > 0) {
            sb.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, done * 100 / all)));
        }
        sb.append(String.format(Locale.ROOT, ", %d to read, %d articles, %d paragraphs, %d rejected, %.1f files/s",
                selected.get(), articles.get(), paragraphs.get(), rejects.get(), rate));
        if (all >= 0 && rate > 0) {
            sb.append(", ETA ").append(format(Duration.ofSeconds((long) Math.ceil(Math.max(0, all - done) / rate))));
        }
        return sb.toString();
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}
