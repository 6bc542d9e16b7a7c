package org.newsarchive.etl.job;

import java.time.Duration;

import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.source.ContainerLimits;
import org.newsarchive.etl.source.SourceTree;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code news.limits.*} settings: what one input may cost, whatever it holds (README
 * "Limits"). A document over a limit is rejected with the reason and the run goes on.
 *
 * @param parseTimeout        longest parse → split → tag of one document; a parser still busy
 *                            then is abandoned and the document rejected
 * @param maxChars            most characters of text one document may yield
 * @param maxEntryBytes       largest container entry read
 * @param maxContainerEntries most entries one container yields
 * @param maxNestingDepth     most containers nested in one another
 * @param maxExpansionRatio   a file on disk may expand to this many times its size ...
 * @param expansionAllowance  ... or to this many bytes, whichever is more
 * @param inMemoryEntryBytes  larger entries are held in a temporary file, not in the heap
 */
@ConfigurationProperties("news.limits")
public record NewsLimits(
        @DefaultValue("60s") Duration parseTimeout,
        @DefaultValue("" + DocumentParser.DEFAULT_MAX_CHARS) long maxChars,
        @DefaultValue("" + SourceTree.DEFAULT_MAX_ENTRY_BYTES + "B") DataSize maxEntryBytes,
        @DefaultValue("" + ContainerLimits.DEFAULT_MAX_ENTRIES) int maxContainerEntries,
        @DefaultValue("" + ContainerLimits.DEFAULT_MAX_DEPTH) int maxNestingDepth,
        @DefaultValue("" + ContainerLimits.DEFAULT_MAX_EXPANSION_RATIO) long maxExpansionRatio,
        @DefaultValue("" + ContainerLimits.DEFAULT_EXPANSION_ALLOWANCE + "B") DataSize expansionAllowance,
        @DefaultValue("" + ContainerLimits.DEFAULT_IN_MEMORY_ENTRY_BYTES + "B") DataSize inMemoryEntryBytes) {

    public NewsLimits {
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("news.limits.parse-timeout must be positive");
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("news.limits.max-chars must be positive");
        }
    }

    public ContainerLimits containers() {
        return new ContainerLimits(maxEntryBytes.toBytes(), maxContainerEntries, maxNestingDepth, maxExpansionRatio,
                expansionAllowance.toBytes(), inMemoryEntryBytes.toBytes());
    }
}
