package org.newsarchive.etl.model;

import java.time.LocalDate;
import java.util.List;

/** One article as written to the output: its row, its paragraphs and its quotations. */
public record Article(String articleId, String sourcePath, String url, String title,
                      LocalDate publishedDate, String language, Dateline dateline, String byline,
                      List<TaggedParagraph> paragraphs, List<Quote> quotes) implements Outcome {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
    }
}
