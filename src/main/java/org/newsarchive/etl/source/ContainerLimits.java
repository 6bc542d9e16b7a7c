package org.newsarchive.etl.source;

/**
 * What container expansion may cost, whatever the input: a zip bomb, an archive of a million
 * empty entries or archives nested twenty deep end in a reject with the reason, not in a full
 * heap, a full disk or a walk that never ends.
 *
 * @param maxEntryBytes       largest entry taken out of a container; a larger one is rejected
 * @param maxEntries          most documents (and rejects) one container yields; the rest of it
 *                            is rejected as one row
 * @param maxDepth            most containers nested in one another (a file on disk that is a
 *                            container is depth 1); a container below that is rejected
 * @param maxExpansionRatio   a file on disk may expand (all its levels counted) to at most this
 *                            many times its own size ...
 * @param expansionAllowance  ... or this many bytes, whichever is more; beyond it the rest of
 *                            the file is rejected as a suspected zip bomb
 * @param inMemoryEntryBytes  entries up to this size are kept in memory; larger ones are written
 *                            to a temporary file, so a chunk of large entries does not fill the heap
 */
public record ContainerLimits(long maxEntryBytes, int maxEntries, int maxDepth, long maxExpansionRatio,
                              long expansionAllowance, long inMemoryEntryBytes) {

    public static final int DEFAULT_MAX_ENTRIES = 100_000;
    public static final int DEFAULT_MAX_DEPTH = 8;
    public static final long DEFAULT_MAX_EXPANSION_RATIO = 100;
    public static final long DEFAULT_EXPANSION_ALLOWANCE = 1024L * 1024 * 1024;
    public static final long DEFAULT_IN_MEMORY_ENTRY_BYTES = 1024L * 1024;

    public static final ContainerLimits DEFAULTS = new ContainerLimits(SourceTree.DEFAULT_MAX_ENTRY_BYTES,
            DEFAULT_MAX_ENTRIES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_EXPANSION_RATIO, DEFAULT_EXPANSION_ALLOWANCE,
            DEFAULT_IN_MEMORY_ENTRY_BYTES);

    public ContainerLimits {
        if (maxEntryBytes <= 0 || maxEntries <= 0 || maxDepth <= 0 || maxExpansionRatio <= 0
                || expansionAllowance <= 0 || inMemoryEntryBytes < 0) {
            throw new IllegalArgumentException("container limits must be positive");
        }
    }

    public ContainerLimits withMaxEntryBytes(long bytes) {
        return new ContainerLimits(bytes, maxEntries, maxDepth, maxExpansionRatio, expansionAllowance,
                inMemoryEntryBytes);
    }

    /** The expanded bytes a file of this size may give, all nesting levels together. */
    long expansionBudget(long fileSize) {
        long ratio = fileSize > Long.MAX_VALUE / maxExpansionRatio ? Long.MAX_VALUE : fileSize * maxExpansionRatio;
        return Math.max(ratio, expansionAllowance);
    }
}
