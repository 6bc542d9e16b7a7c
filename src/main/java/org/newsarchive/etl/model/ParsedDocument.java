package org.newsarchive.etl.model;

import java.util.List;

/** A source document after parsing: its metadata and its text blocks in reading order. */
public record ParsedDocument(String sourcePath, String mediaType, DocumentMetadata metadata,
                             List<Block> blocks) {

    public ParsedDocument {
        blocks = List.copyOf(blocks);
    }
}
