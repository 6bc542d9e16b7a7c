package org.newsarchive.etl.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsarchive.etl.model.Article;
import org.newsarchive.etl.model.Quote;
import org.newsarchive.etl.model.Reject;
import org.newsarchive.etl.model.TaggedParagraph;

/**
 * The output tables: their columns, in the order of the CSV files and of the database
 * tables, and the rows of each for an article. The names of the contract
 * ({@code spec/output.md}) come first; columns of our own follow them.
 */
public final class OutputTables {

    public static final List<String> ARTICLE_COLUMNS = List.of("article_id", "source_path", "title",
            "published_date", "language", "dateline", "dateline_location", "dateline_date", "byline",
            "paragraph_count", "url", "dateline_agency", "quote_count");
    public static final List<String> PARAGRAPH_COLUMNS = List.of("article_id", "paragraph_index", "role", "text",
            "role_cues");
    public static final List<String> QUOTE_COLUMNS = List.of("article_id", "paragraph_index", "quote_index",
            "quote_text", "speaker", "speaker_as_written", "speaker_title");
    public static final List<String> REJECT_COLUMNS = List.of("source_path", "reason", "exception_class");
    /**
     * The last column of every CSV file (not of the database tables): the columns of the row whose
     * text was cut to the spreadsheet cell limit, {@code ;}-separated; empty when none was.
     */
    public static final String TRUNCATED_COLUMNS = "truncated_columns";

    private OutputTables() {
    }

    /** The article row; null stands for an unknown value (an empty cell). */
    public static List<Object> articleRow(Article a) {
        var d = a.dateline();
        return Arrays.asList(a.articleId(), a.sourcePath(), a.title(), a.publishedDate(), a.language(),
                d == null ? null : d.text(), d == null ? null : d.location(), d == null ? null : d.date(),
                a.byline(), a.paragraphs().size(), a.url(), d == null ? null : d.agency(), a.quotes().size());
    }

    public static List<List<Object>> paragraphRows(Article a) {
        List<List<Object>> rows = new ArrayList<>(a.paragraphs().size());
        for (TaggedParagraph p : a.paragraphs()) {
            rows.add(Arrays.asList(a.articleId(), p.index(), p.role().name(), p.text(), p.cues()));
        }
        return rows;
    }

    public static List<List<Object>> quoteRows(Article a) {
        List<List<Object>> rows = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            rows.add(Arrays.asList(a.articleId(), q.paragraphIndex(), q.quoteIndex(), q.text(), q.speaker(),
                    q.speakerAsWritten(), q.speakerTitle()));
        }
        return rows;
    }

    public static List<Object> rejectRow(Reject r) {
        return Arrays.asList(r.sourcePath(), r.reason(), r.exceptionClass());
    }

    /** A cell's text: ISO dates, plain numbers, empty for null. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }
}
