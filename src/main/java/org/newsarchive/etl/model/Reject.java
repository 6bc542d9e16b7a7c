package org.newsarchive.etl.model;

/**
 * A source that could not be read as an article, and why.
 *
 * @param sourcePath     the source, as in {@link Article#sourcePath()}
 * @param reason         one line a person can act on
 * @param exceptionClass the class of the exception behind it, or null
 */
public record Reject(String sourcePath, String reason, String exceptionClass) implements Outcome {
}
