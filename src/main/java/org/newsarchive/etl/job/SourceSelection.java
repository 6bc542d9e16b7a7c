package org.newsarchive.etl.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.write.ArticleStore;
import org.newsarchive.etl.write.ArticleStore.SourceFingerprint;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Decides which files of the walk a run reads: those the {@code include} / {@code exclude}
 * globs and {@code since} select and, unless {@code full=true}, only those that are new or
 * changed since the last successful run.
 *
 * <p>A file is unchanged when the baseline ({@code source_file}) has its size and
 * modification time (fast pre-check, no read), or else when the SHA-256 of its bytes equals
 * the baseline's. The fingerprint of each file handed on is kept until its chunk is written,
 * then recorded in {@code source_file_pending} in the same transaction
 * ({@link #afterWrite}); the job's last steps move it into the baseline. The baseline does not
 * change while a run (and its restarts) goes on, so the selection is the same on a restart and
 * the reader's count of items handed out still points at the same file.
 */
public class SourceSelection implements Predicate<SourceDocument>, ItemStream, ItemWriteListener<Outcome> {

    static final String UNCHANGED = OutcomeWriter.COUNT_PREFIX + "unchanged";
    static final String NOT_SELECTED = OutcomeWriter.COUNT_PREFIX + "notSelected";

    private final String inputDir;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final Long sinceMillis;
    private final boolean full;
    private final ArticleStore store;
    private final long jobInstanceId;
    private final ProgressReporter progress;
    private final Map<String, SourceFingerprint> handedOn = new HashMap<>();
    private long unchanged;
    private long notSelected;
    private boolean baselineKnown; // false: no successful run recorded this input folder, nothing to look up

    public SourceSelection(String inputDir, String include, String exclude, LocalDateTime since, boolean full,
                           ArticleStore store, long jobInstanceId, ProgressReporter progress) {
        this.inputDir = inputDir;
        this.include = include == null ? List.of() : globs(include);
        this.exclude = exclude == null ? List.of() : globs(exclude);
        this.sinceMillis = since == null ? null : since.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        this.full = full;
        this.store = store;
        this.jobInstanceId = jobInstanceId;
        this.progress = progress;
    }

    /**
     * Parses comma-separated globs. A glob without {@code /} matches the file name (so
     * {@code *.txt} matches at any depth); one with {@code /} matches the path relative to
     * the input folder ({@code *} stays within a folder, {@code **} crosses folders).
     *
     * @throws IllegalArgumentException naming a glob that does not parse
     */
    public static List<PathMatcher> globs(String commaSeparated) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : commaSeparated.split(",")) {
            String g = glob.strip();
            if (g.isEmpty()) {
                continue;
            }
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + g);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + g + "' is not a valid glob: " + e.getDescription());
            }
            boolean byName = !g.contains("/");
            matchers.add(path -> matcher.matches(byName ? path.getFileName() : path));
        }
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("no glob given");
        }
        return matchers;
    }

    /** True if the document is to be read in this run; counts the others. */
    @Override
    public boolean test(SourceDocument doc) {
        progress.fileWalked(doc);
        boolean selected = decide(doc);
        if (selected) {
            progress.fileSelected();
        }
        return selected;
    }

    private boolean decide(SourceDocument doc) {
        String path = doc.sourcePath();
        Path relative = Path.of(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        if ((!include.isEmpty() && include.stream().noneMatch(m -> m.matches(relative)))
                || exclude.stream().anyMatch(m -> m.matches(relative))) {
            notSelected++;
            return false;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(doc.file(), BasicFileAttributes.class);
        } catch (IOException e) {
            return true; // unreadable: handed on, so that it is rejected with its reason
        }
        if (!attrs.isRegularFile()) {
            return true;
        }
        // an entry of a container (zip, tar, WARC record, ...) has the container's time and its own
        // size and bytes: its fingerprint is of the entry, not of the whole container
        long modified = attrs.lastModifiedTime().toMillis();
        long size = doc.isEntry() ? doc.size() : attrs.size();
        if (sinceMillis != null && modified < sinceMillis) {
            notSelected++;
            return false;
        }
        SourceFingerprint baseline = baselineKnown ? store.baseline(inputDir, path) : null;
        if (baseline != null && baseline.size() == size && baseline.modifiedMillis() == modified) {
            unchanged++;
            return false;
        }
        String sha256;
        try {
            sha256 = fingerprint(doc);
        } catch (IOException e) {
            return true;
        }
        if (baseline != null && baseline.sha256().equals(sha256)) {
            store.touchBaseline(inputDir, path, modified, sha256);
            unchanged++;
            return false;
        }
        handedOn.put(path, new SourceFingerprint(path, size, modified, sha256));
        return true;
    }

    /** The SHA-256 of the document's bytes; of its reason for an entry that could not be taken out. */
    private static String fingerprint(SourceDocument doc) throws IOException {
        if (!doc.isEntry()) {
            return sha256(doc.file());
        }
        if (doc.content() != null) {
            return sha256(doc.content());
        }
        if (doc.spill() != null) {
            return sha256(doc.spill());
        }
        String failure = doc.origin().failure();
        return sha256(("failed: " + failure).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(newDigest().digest(content));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Records the fingerprints of the chunk's files, in the chunk's transaction. */
    @Override
    public void afterWrite(Chunk<? extends Outcome> items) {
        List<SourceFingerprint> written = new ArrayList<>();
        for (Outcome outcome : items) {
            SourceFingerprint f = handedOn.remove(outcome.sourcePath());
            if (f != null) {
                written.add(f);
            }
        }
        store.addPending(jobInstanceId, inputDir, written);
    }

    /** Looks once whether there is a baseline at all: a first or full run then asks nothing per file. */
    @Override
    public void open(ExecutionContext context) {
        baselineKnown = !full && store.hasBaseline(inputDir);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(UNCHANGED, unchanged);
        context.putLong(NOT_SELECTED, notSelected);
    }
}
