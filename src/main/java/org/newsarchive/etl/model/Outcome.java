package org.newsarchive.etl.model;

/** What processing one source document gives: an article, or the reason it was rejected. */
public sealed interface Outcome permits Article, Reject {

    String sourcePath();
}
