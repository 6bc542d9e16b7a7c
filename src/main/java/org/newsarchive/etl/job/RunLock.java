package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lock that makes one run at a time per output folder: an OS file lock on
 * {@code <outputDir>/.news-archive-etl.lock}, held by the running JVM for its whole life.
 *
 * <p>The operating system releases the lock when the process ends, however it ends
 * ({@code kill -9} included), so the lock tells a running job from a crashed one without any
 * guessing from timestamps: an execution the job repository still shows as running while
 * nobody holds the lock was left behind by a process that is gone.
 *
 * <p>The holder writes {@code pid}, {@code command}, {@code executionId} and {@code since}
 * into the file (as {@code name=value} lines) so that a second launch can say who holds it
 * and {@code stop} can signal that process.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE_NAME = ".news-archive-etl.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Map<String, String> info = new LinkedHashMap<>();

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the output folder, or returns empty if another process (or another
     * launch in this JVM) holds it.
     */
    public static Optional<RunLock> tryAcquire(Path outputDir, String command) throws IOException {
        Files.createDirectories(outputDir);
        Path file = outputDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        RunLock runLock = new RunLock(file, channel, lock);
        runLock.info.put("pid", String.valueOf(ProcessHandle.current().pid()));
        runLock.info.put("command", command);
        runLock.info.put("since", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        runLock.write();
        return Optional.of(runLock);
    }

    /** What the holder of the lock wrote into it (empty if the file is missing or unreadable). */
    public static Map<String, String> readHolder(Path outputDir) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(outputDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            // no holder information
        }
        return values;
    }

    /** One line naming the holder, for messages: "pid 123, execution 7, since 2026-01-02T02:30:00". */
    public static String describeHolder(Map<String, String> holder) {
        StringBuilder sb = new StringBuilder();
        sb.append("pid ").append(holder.getOrDefault("pid", "?"));
        if (holder.containsKey("executionId")) {
            sb.append(", execution ").append(holder.get("executionId"));
        }
        if (holder.containsKey("since")) {
            sb.append(", since ").append(holder.get("since"));
        }
        return sb.toString();
    }

    /** Records the job execution this process runs, for {@code stop} and for a refused second launch. */
    public synchronized void setExecutionId(long executionId) {
        info.put("executionId", String.valueOf(executionId));
        try {
            write();
        } catch (IOException e) {
            // the lock itself still holds; only the description is stale
        }
    }

    public Path file() {
        return file;
    }

    private void write() throws IOException {
        StringBuilder sb = new StringBuilder();
        info.forEach((k, v) -> sb.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(bytes), 0);
        channel.force(false);
    }

    @Override
    public synchronized void close() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // released below anyway
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS releases the lock when the process ends
        }
    }
}
