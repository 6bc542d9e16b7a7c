package org.newsarchive.etl.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The data dictionary of the CSV output: every column of every file, its type and meaning. The
 * README's "Output columns" tables say the same; the run writes it as {@code columns.csv}
 * beside the other files.
 */
public final class DataDictionary {

    public static final String FILE_NAME = "columns.csv";
    public static final List<String> COLUMNS = List.of("file", "column", "type", "meaning");

    /** One column of one CSV file. */
    public record Entry(String file, String column, String type, String meaning) {
        List<Object> row() {
            return List.of(file, column, type, meaning);
        }
    }

    private static final String TRUNCATED_MEANING = "the columns of this row whose text was cut to the spreadsheet cell limit "
            + "(32,767 characters by default), ;-separated; empty when none was. The database holds the full text";

    public static final List<Entry> ENTRIES = List.of(
            new Entry("articles.csv", "article_id", "text (a + 16 hex digits)",
                    "stable id: a and the first 64 bits of the SHA-256 of source_path"),
            new Entry("articles.csv", "source_path", "text", "the file's path relative to the input folder, /-separated"),
            new Entry("articles.csv", "title", "text", "the headline, else the document's title metadata"),
            new Entry("articles.csv", "published_date", "ISO date", "from the document's metadata, else the dateline's date"),
            new Entry("articles.csv", "language", "ISO 639-1 code", "from the document's metadata (HTML lang, ...)"),
            new Entry("articles.csv", "dateline", "text", "the dateline as written, e.g. BEIJING, June 19 (Reuters) -"),
            new Entry("articles.csv", "dateline_location", "text", "the dateline's place, e.g. BEIJING"),
            new Entry("articles.csv", "dateline_date", "ISO date",
                    "the dateline's date; a dateline without a year takes the article's year"),
            new Entry("articles.csv", "byline", "text", "the author(s)"),
            new Entry("articles.csv", "paragraph_count", "integer", "number of rows in paragraphs.csv for the article"),
            new Entry("articles.csv", "url", "text", "the page's URL where the source gives one"),
            new Entry("articles.csv", "dateline_agency", "text", "the agency named in the dateline, e.g. Reuters"),
            new Entry("articles.csv", "quote_count", "integer", "number of rows in quotes.csv for the article"),
            new Entry("articles.csv", OutputTables.TRUNCATED_COLUMNS, "text", TRUNCATED_MEANING),
            new Entry("paragraphs.csv", "article_id", "text", "the article"),
            new Entry("paragraphs.csv", "paragraph_index", "integer", "1-based position in the article"),
            new Entry("paragraphs.csv", "role", "text",
                    "HEADLINE, SUBHEADING, PHOTO_CREDIT, PHOTO_CAPTION, DATELINE, BYLINE, QUOTE, BODY or BOILERPLATE"),
            new Entry("paragraphs.csv", "text", "text",
                    "the paragraph, normalised; a BOILERPLATE paragraph holds a run of page-furniture blocks, one per line"),
            new Entry("paragraphs.csv", "role_cues", "text",
                    "the cues that decided the role, recorded by the tagger as it decided, separated by \"; \" "
                            + "(e.g. figcaption; credit word \"Foto:\"; dateline: place + agency + dash)"),
            new Entry("paragraphs.csv", OutputTables.TRUNCATED_COLUMNS, "text", TRUNCATED_MEANING),
            new Entry("quotes.csv", "article_id", "text", "the article"),
            new Entry("quotes.csv", "paragraph_index", "integer", "the paragraph that holds the quotation"),
            new Entry("quotes.csv", "quote_index", "integer", "1-based position among the quotations of that paragraph"),
            new Entry("quotes.csv", "quote_text", "text", "the words inside the quotation marks"),
            new Entry("quotes.csv", "speaker", "text", "who said it: the named person or body, in full as the article first"
                    + " names it; empty where the article names no source"),
            new Entry("quotes.csv", "speaker_as_written", "text",
                    "the words at the attribution, e.g. she or the senator; empty where there are none"),
            new Entry("quotes.csv", "speaker_title", "text",
                    "a role the article gives the speaker, e.g. chief executive of Time Warner; empty if none"),
            new Entry("quotes.csv", OutputTables.TRUNCATED_COLUMNS, "text", TRUNCATED_MEANING),
            new Entry("rejects.csv", "source_path", "text", "the file that could not be read, relative to the input folder"),
            new Entry("rejects.csv", "reason", "text", "why it could not be read"),
            new Entry("rejects.csv", "exception_class", "text", "the Java exception that said so"),
            new Entry("rejects.csv", OutputTables.TRUNCATED_COLUMNS, "text", TRUNCATED_MEANING),
            new Entry("removed.csv", "source_path", "text", "a file that an earlier run read and that is no longer in the archive"),
            new Entry("removed.csv", "article_id", "text", "the article it gave; its rows stay in the database"));

    private DataDictionary() {
    }

    /** The columns of one CSV file, in file order. */
    public static List<String> columnsOf(String file) {
        return ENTRIES.stream().filter(e -> e.file().equals(file)).map(Entry::column).toList();
    }

    /** The {@value #DELIMITER_COLUMN} row's file: it applies to every CSV file of the run. */
    public static final String ALL_FILES = "*.csv";
    /** The column of the last row of {@value #FILE_NAME}, whose type is the run's field delimiter. */
    public static final String DELIMITER_COLUMN = "(delimiter)";

    /**
     * The last row of {@value #FILE_NAME}: the field delimiter of the run's CSV files
     * ({@code ,}, {@code ;} or {@code tab}), so that a program reading them need not guess.
     */
    public static Entry delimiterEntry(CsvOptions options) {
        return new Entry(ALL_FILES, DELIMITER_COLUMN, options.delimiterName(),
                "the field delimiter of every CSV file of this run (job parameter csvDelimiter: , ; or tab); "
                        + "a field that holds it, a quotation mark or a line break is quoted as RFC 4180 says");
    }

    /**
     * Writes {@value #FILE_NAME} into the folder (replacing it whole), formatted like the other
     * files: the {@link #ENTRIES} and then the {@link #delimiterEntry delimiter row}.
     */
    public static Path write(Path folder, CsvOptions options) {
        List<List<Object>> rows = new java.util.ArrayList<>(ENTRIES.stream().map(Entry::row).toList());
        rows.add(delimiterEntry(options).row());
        return writeWhole(folder.resolve(FILE_NAME), COLUMNS, rows, options);
    }

    /**
     * Writes a small CSV file whole (byte-order mark as configured, header, rows), through a
     * temporary file and an atomic move, so that a repeated step leaves exactly one copy.
     */
    public static Path writeWhole(Path file, List<String> header, List<? extends List<?>> rows, CsvOptions options) {
        CsvRowFormatter formatter = new CsvRowFormatter(options);
        StringBuilder out = new StringBuilder();
        if (options.bom()) {
            out.append('\uFEFF');
        }
        out.append(formatter.header(header)).append("\r\n");
        for (List<?> row : rows) {
            out.append(formatter.format(row)).append("\r\n");
        }
        try {
            // not Files.createTempFile, which makes the file owner-only: every CSV file follows the umask
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
