package org.newsarchive.etl.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.newsarchive.etl.model.Article;
import org.newsarchive.etl.model.Dateline;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.Reject;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParseException;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.LanguageIdentifier;
import org.newsarchive.etl.tag.RoleTagger;
import org.newsarchive.etl.tag.TaggingResult;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The pipeline for one source document: parse → split into paragraphs → tag roles →
 * assemble the article row. A document that cannot be read becomes a {@link Reject} with its
 * reason, so the run goes on and the reason is written down.
 */
public class ArticleProcessor implements ItemProcessor<SourceDocument, Outcome> {

    private final DocumentParser parser;
    private final ParagraphSplitter splitter;
    private final RoleTagger tagger;

    public ArticleProcessor(DocumentParser parser, ParagraphSplitter splitter, RoleTagger tagger) {
        this.parser = parser;
        this.splitter = splitter;
        this.tagger = tagger;
    }

    @Override
    public Outcome process(SourceDocument source) {
        ParsedDocument parsed;
        try {
            parsed = parser.parse(source);
        } catch (DocumentParseException e) {
            return new Reject(source.sourcePath(), e.getMessage(), e.causeClass());
        }
        List<Paragraph> paragraphs = splitter.split(parsed.blocks());
        if (paragraphs.isEmpty()) {
            return new Reject(source.sourcePath(), "no text found in " + parsed.mediaType(), null);
        }
        TaggingResult tagged = tagger.tag(paragraphs, parsed.metadata());
        return assemble(source.sourcePath(), parsed.metadata(), tagged);
    }

    /**
     * Builds the article row from what the tagger found, falling back on the document metadata;
     * the language is the metadata's, else the one detected in the article's prose.
     */
    static Article assemble(String sourcePath, DocumentMetadata meta, TaggingResult tagged) {
        String title = firstNonBlank(tagged.headline(), meta.title());
        // a dateline the source's structure states (NITF <dateline>) where the text gave none
        Dateline dateline = tagged.dateline() != null ? tagged.dateline() : meta.dateline();
        LocalDate published = meta.publishedDate();
        if (published == null && dateline != null) {
            published = dateline.date();
        }
        if (published == null) {
            published = meta.captureDate(); // a web archive's capture date is the last resort
        }
        String byline = firstNonBlank(tagged.byline(), meta.author());
        String language = LanguageIdentifier.shared().languageOf(meta.language(), tagged.paragraphs(), dateline);
        return new Article(articleId(sourcePath), sourcePath, meta.url(), title, published, language,
                dateline, byline, tagged.paragraphs(), tagged.quotes());
    }

    /**
     * The article id: {@code a} and the first 16 hex digits of the SHA-256 of its source path.
     * The same input gives the same id on every run and every machine; a changed file keeps its
     * id, so its new rows replace the old ones. The leading letter keeps spreadsheets from
     * reading an id as a number (about one bare hex id in 600 is all digits, or digits around
     * one {@code e}, which Excel and Calc turn into a rounded or exponential number).
     */
    public static String articleId(String sourcePath) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sourcePath.getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }
}
