package org.newsarchive.etl.model;

/** A paragraph with its role. */
public record TaggedParagraph(int index, Role role, String text) {
}
