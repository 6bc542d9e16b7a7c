package org.newsarchive.etl.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The pipeline for one source document: parse → split into paragraphs → tag roles →
 * assemble the article row. A document that cannot be read becomes a {@link Reject} with its
 * reason, so the run goes on and the reason is written down.
 *
 * <p>The pipeline of each document runs on a worker thread under a time limit
 * ({@code news.limits.parse-timeout}): a parser that hangs (or loops) is interrupted and
 * abandoned, its document rejected, and the run goes on. A small plain-text document is the
 * exception (see {@link #readsOnCallingThread}): no third-party parser reads it, and handing it
 * to a worker and back cost a fifth of a short wire story's time. An exception thrown by any stage (a
 * bug that some input triggers, a stack overflow on absurdly deep markup) rejects that
 * document with the exception's class; only a {@link VirtualMachineError} other than a stack
 * overflow (out of memory) still fails the step.
 */
public class ArticleProcessor implements ItemProcessor<SourceDocument, Outcome> {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);
    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
    /** One worker per document in hand; threads of abandoned documents are daemons and do not hold up an exit. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "parse-worker-" + WORKER_NUMBER.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final DocumentParser parser;
    private final ParagraphSplitter splitter;
    private final RoleTagger tagger;
    private final Duration timeout;
    private final AtomicInteger abandoned = new AtomicInteger();

    public ArticleProcessor(DocumentParser parser, ParagraphSplitter splitter, RoleTagger tagger) {
        this(parser, splitter, tagger, DEFAULT_TIMEOUT);
    }

    public ArticleProcessor(DocumentParser parser, ParagraphSplitter splitter, RoleTagger tagger, Duration timeout) {
        this.parser = parser;
        this.splitter = splitter;
        this.tagger = tagger;
        this.timeout = timeout;
    }

    @Override
    public Outcome process(SourceDocument source) {
        if (readsOnCallingThread(source)) {
            try {
                return pipeline(source);
            } catch (RuntimeException | StackOverflowError e) {
                return internalError(source, e);
            } finally {
                source.release();
            }
        }
        Future<Outcome> work = WORKERS.submit(() -> pipeline(source));
        try {
            return work.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            LOG.warn("{}: still parsing after {}; abandoned ({} so far in this process)", source.sourcePath(),
                    describe(timeout), abandoned.incrementAndGet());
            return new Reject(source.sourcePath(), "parsing took longer than " + describe(timeout)
                    + " (news.limits.parse-timeout); abandoned", TimeoutException.class.getName());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VirtualMachineError error && !(cause instanceof StackOverflowError)) {
                throw error;
            }
            return internalError(source, cause);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + source.sourcePath(), e);
        } finally {
            source.release();
        }
    }

    /** Largest plain-text document read on the calling thread (see {@link #readsOnCallingThread}). */
    static final long CALLING_THREAD_MAX_BYTES = 64 * 1024;

    /**
     * True for a document read without a worker thread and its time limit: a {@code .txt} file
     * or container entry of at most 64 KB, whose bytes are in memory or in a regular file (a
     * named pipe or a device can block its reader for ever). Nothing reads it but Tika's text
     * decoder and this project's own splitting and tagging (the fuzz test fails an input that
     * keeps them longer than 20 s); a parser that can hang on a malformed file, as PDF,
     * office, XML and HTML parsers have, always runs on a worker. Handing a document to a
     * worker and waiting for it costs two thread wake-ups: about 0.2 ms on the development
     * machine, a fifth of a 600-byte wire story's whole time in the job (README, "Benchmark").
     */
    static boolean readsOnCallingThread(SourceDocument source) {
        return source.size() > 0 && source.size() <= CALLING_THREAD_MAX_BYTES
                && source.origin().failure() == null && "txt".equals(source.extension())
                && (source.content() != null
                        || source.spill() == null && Files.isRegularFile(source.file()));
    }

    private static Reject internalError(SourceDocument source, Throwable cause) {
        LOG.warn("{}: internal error while reading it", source.sourcePath(), cause);
        return new Reject(source.sourcePath(), "internal error while reading: " + cause, cause.getClass().getName());
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Parse → split → tag, on a worker thread. */
    Outcome pipeline(SourceDocument source) {
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
     * reading an id as a number (about one bare hex id in 700 is all digits, or digits around
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
