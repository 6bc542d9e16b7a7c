package org.newsarchive.etl.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The benchmark's baseline: bare Tika text extraction of every file below a folder,
 * AutoDetectParser with a plain text handler, nothing written. Prints files, characters and
 * peak heap.
 *
 * <p>One thread by default: that is the time the job is measured against. With a thread count
 * ({@code BareTika FOLDER 2}) each thread takes the next file from the one sorted walk, with a
 * parser of its own. It shows how much a second thread can gain on this machine for Tika's
 * parsing alone, the ceiling for the job's own gain from a second thread.
 */
public final class BareTika {

    private BareTika() {
    }

    /** What one extraction found: files read, characters extracted, files Tika failed on. */
    public record Totals(long files, long characters, long failed) {
    }

    public static void main(String[] args) throws Exception {
        HeapPeak.start();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Totals totals = extract(Path.of(args[0]), threads);
        System.out.printf(Locale.ROOT, "bare-tika: %d files, %d characters, %d failed, %d threads, peak heap %.1f MB,"
                        + " live after GC %.1f MB%n", totals.files(), totals.characters(), totals.failed(), threads,
                HeapPeak.usedMb(), HeapPeak.liveAfterGcMb());
    }

    /** Extracts the text of every regular file below {@code root}, on {@code threads} threads. */
    public static Totals extract(Path root, int threads) throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        AtomicLong files = new AtomicLong(), chars = new AtomicLong(), failed = new AtomicLong();
        try (Stream<Path> walk = Files.walk(root)) {
            Iterator<Path> walkOrder = walk.filter(Files::isRegularFile).sorted().iterator();
            Supplier<Path> next = () -> {
                synchronized (walkOrder) {
                    return walkOrder.hasNext() ? walkOrder.next() : null;
                }
            };
            if (threads == 1) {
                extractAll(next, files, chars, failed);
            } else {
                List<Thread> workers = new ArrayList<>();
                List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
                for (int i = 0; i < threads; i++) {
                    Thread worker = new Thread(() -> extractAll(next, files, chars, failed), "bare-tika-" + (i + 1));
                    worker.setUncaughtExceptionHandler((t, e) -> errors.add(e));
                    workers.add(worker);
                    worker.start();
                }
                for (Thread worker : workers) {
                    worker.join();
                }
                if (!errors.isEmpty()) {
                    throw new IllegalStateException("a bare-Tika thread failed", errors.get(0));
                }
            }
        }
        return new Totals(files.get(), chars.get(), failed.get());
    }

    private static void extractAll(Supplier<Path> next, AtomicLong files, AtomicLong chars, AtomicLong failed) {
        AutoDetectParser parser = new AutoDetectParser();
        for (Path file = next.get(); file != null; file = next.get()) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            BodyContentHandler handler = new BodyContentHandler(-1);
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, handler, metadata, new ParseContext());
                chars.addAndGet(handler.toString().length());
            } catch (Exception e) {
                failed.incrementAndGet();
            }
            files.incrementAndGet();
        }
    }
}
