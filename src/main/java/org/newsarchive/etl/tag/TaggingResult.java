package org.newsarchive.etl.tag;

import java.util.List;

import org.newsarchive.etl.model.Dateline;
import org.newsarchive.etl.model.Quote;
import org.newsarchive.etl.model.TaggedParagraph;

/**
 * What the tagger found in one article.
 *
 * @param paragraphs every paragraph with its role, in the order given
 * @param headline   the text of the HEADLINE paragraph, or null
 * @param dateline   the article's dateline (the first DATELINE paragraph that carries a place
 *                   or a date), or null
 * @param byline     the article's byline as a person would write it (e.g. "Evelyn Cheng"), or null
 * @param quotes     every quotation of four or more words, in reading order
 */
public record TaggingResult(List<TaggedParagraph> paragraphs, String headline, Dateline dateline,
                           String byline, List<Quote> quotes) {

    public TaggingResult {
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
    }
}
