package org.newsarchive.etl.parse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.SecureContentHandler;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.SourceDocument;
import org.xml.sax.SAXException;
import org.newsarchive.etl.parse.html.PageMetadataReader;
import org.newsarchive.etl.parse.html.PageContentExtractor;
import org.newsarchive.etl.parse.html.NewsHtmlMapper;
import org.newsarchive.etl.parse.html.PageInfo;

/**
 * Parses one source document with Apache Tika into text blocks and metadata.
 *
 * <p>Types that the file name makes certain skip Tika's content sniffing (it costs about half
 * the parse of a small text file): {@code .txt} goes straight to the text parser, which still
 * detects the character set. Everything else goes through Tika's auto-detecting parser.
 * Instances are thread-safe: Tika parsers are stateless and each call gets its own handler.
 */
public final class DocumentParser {

    /** Most text one document may yield; larger ones are rejected, not truncated. */
    public static final long DEFAULT_MAX_CHARS = 20_000_000L;

    /** Extensions whose type is certain enough to skip content sniffing. */
    private static final Map<String, MediaType> KNOWN_TYPES = Map.of("txt", MediaType.TEXT_PLAIN);
    /** Extensions of web pages: taken as HTML when the first bytes say so too (a cheap look, not Tika's magic). */
    private static final java.util.Set<String> HTML_EXTENSIONS = java.util.Set.of("html", "htm", "xhtml", "shtml");
    private static final java.util.regex.Pattern HTML_START = java.util.regex.Pattern.compile(
            "^(?:\u00EF\u00BB\u00BF)?\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /** True if the stream's first kilobyte opens an HTML document; the stream is left where it was. */
    static boolean startsLikeHtml(TikaInputStream in) throws IOException {
        byte[] head = new byte[1024];
        int n = in.peek(head);
        if (n <= 0) {
            return false;
        }
        return HTML_START.matcher(new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)).find();
    }

    /** Types whose blocks go through the page-content extractor. */
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** Largest page whose source is read a second time for JSON-LD and head links. */
    private static final long MAX_RAW_BYTES = 16L * 1024 * 1024;

    /** Metadata key that hands the type detected here on to the parser. */
    private static final String DETECTED_TYPE = "X-NewsArchive-Detected-Type";

    private final Detector detector = new AutoDetectParser().getDetector();
    /**
     * Tika's auto-detecting parser, told the type detected here: left alone it would sniff the
     * content a second time (a tenth of the job's time on web pages).
     */
    private final AutoDetectParser autoDetect = new AutoDetectParser((Detector) (in, md) -> {
        String known = md.get(DETECTED_TYPE);
        return known != null ? MediaType.parse(known) : detector.detect(in, md);
    });
    /**
     * Tika's HTML parser, called directly for a web page: the auto-detecting parser, even told
     * the type, rebuilds its map of every parser's types for each document it is given, and so
     * does the default parser it wraps (5% of a document thread's time on 10,000 bench pages),
     * so both are looked through.
     */
    private final Parser html = leafParser(autoDetect, MediaType.TEXT_HTML);
    private final Parser text = new TXTParser();
    private final HtmlMapper htmlMapper = new NewsHtmlMapper();
    private final long maxChars;
    private final SourceFormats formats;

    public DocumentParser() {
        this(DEFAULT_MAX_CHARS);
    }

    public DocumentParser(long maxChars) {
        this.maxChars = maxChars;
        this.formats = new SourceFormats(maxChars);
    }

    /**
     * The parser that in the end reads {@code type}: composite parsers (the auto-detecting one,
     * the default one inside it) are looked through to the one they would hand the document to.
     */
    static Parser leafParser(Parser parser, MediaType type) {
        ParseContext context = new ParseContext();
        while (parser instanceof CompositeParser composite) {
            Parser next = composite.getParsers(context).get(type);
            if (next == null || next == parser) {
                break;
            }
            parser = next;
        }
        return parser;
    }

    /**
     * Parses the document.
     *
     * @throws DocumentParseException with a reason a person can act on, if it cannot be read
     */
    public ParsedDocument parse(SourceDocument source) throws DocumentParseException {
        if (source.origin().failure() != null) {
            throw new DocumentParseException(source.origin().failure(), null);
        }
        if (source.size() == 0) {
            throw new DocumentParseException("empty file", null);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, source.sourcePath());
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, htmlMapper);
        // an embedded document (an image in a DOCX, say) is not parsed into the article
        context.set(Parser.class, new EmptyParser());
        // ... and its file name is not written into the text either: Tika would put each one
        // (an EPUB's images, say) in an h1 of its own, which the tagger would take for the headline
        ParsingEmbeddedDocumentExtractor embedded = new ParsingEmbeddedDocumentExtractor(context);
        embedded.setWriteFileNameToContent(false);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        try (TikaInputStream in = TikaInputStream.get(source.open())) {
            MediaType type = KNOWN_TYPES.get(source.extension());
            if (type == null) {
                type = SourceFormats.declaredType(source);
            }
            if (type == null && HTML_EXTENSIONS.contains(source.extension()) && startsLikeHtml(in)) {
                type = MediaType.TEXT_HTML;
            }
            if (type == null) {
                type = detector.detect(in, metadata);
            }
            String binary = binaryData(type, in);
            if (binary != null) {
                throw new DocumentParseException(binary, null);
            }
            SourceFormats.declareCharset(source, context);
            ParsedDocument structured = formats.read(source, type, in);
            if (structured != null) {
                return structured;
            }
            boolean plain = type.getBaseType().equals(MediaType.TEXT_PLAIN);
            boolean webPage = type.getBaseType().equals(MediaType.TEXT_HTML);
            metadata.set(DETECTED_TYPE, type.toString());
            if (plain || webPage) {
                metadata.set(Metadata.CONTENT_TYPE, type.toString());
            }
            BlockContentHandler handler = new BlockContentHandler(plain, maxChars);
            if (plain || webPage) {
                // (a short plain text with a few accented letters, well-formed UTF-8, was sniffed as GB18030)
                SourceFormats.preferUtf8(source, in, context);
            }
            if (webPage) {
                // the guard the auto-detecting parser puts around every document: absurd element
                // nesting (or expansion) stops the parse with a reason
                SecureContentHandler guard = new SecureContentHandler(handler, in);
                try {
                    html.parse(in, guard, metadata, context);
                } catch (SAXException e) {
                    guard.throwIfCauseOf(e);
                    throw e;
                }
            } else {
                (plain ? text : autoDetect).parse(in, handler, metadata, context);
            }
            String mediaType = baseType(metadata.get(Metadata.CONTENT_TYPE));
            DocumentMetadata documentMetadata = readMetadata(metadata);
            // repaired first: the extractor's text rules (a date, a place, a byline label) read a
            // mis-decoded page as written
            List<Block> blocks = formats.repairMojibake(source.sourcePath(), handler.blocks());
            if (mediaType.equals("application/rtf")) {
                blocks = SourceFormats.rtfStyles(source, blocks);
            }
            if (!plain && HTML_TYPES.contains(mediaType)) {
                PageInfo info = PageMetadataReader.read(pageSource(source, metadata), metadata);
                PageContentExtractor.Result page = PageContentExtractor.extract(blocks, handler.sources(), info);
                blocks = page.blocks();
                documentMetadata = pageMetadata(documentMetadata, info, page.headline());
            }
            return new ParsedDocument(source.sourcePath(), mediaType,
                    SourceFormats.withOrigin(documentMetadata, source.origin()),
                    formats.postProcess(source.sourcePath(), type, blocks));
        } catch (IOException e) {
            throw new DocumentParseException("cannot read file: " + message(e), e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new DocumentParseException("more than " + maxChars + " characters of text", e);
            }
            throw new DocumentParseException("malformed content: " + message(e), e);
        } catch (TikaException e) {
            throw new DocumentParseException("cannot parse " + describeType(metadata) + ": " + message(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new DocumentParseException("parser failed on " + describeType(metadata) + ": " + message(e), e);
        } catch (AssertionError e) {
            // a parser's own check on its state (Tika's RTF reader asserts; the checks run where assertions are on, as
            // in the tests): malformed input broke it
            throw new DocumentParseException("parser failed on " + describeType(metadata) + ": an internal check failed"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        } catch (NoClassDefFoundError e) {
            // a part stored with a method whose decoder is an optional library this build leaves out (a zip entry
            // compressed with Zstandard needs zstd-jni): the file cannot be read here, and says so
            throw new DocumentParseException("cannot parse " + describeType(metadata)
                    + ": it uses a format or compression this build does not include (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Why a document of a text type (by its name or its sniffed type: {@code .txt}, HTML, XML)
     * is binary data and not text, or null if it looks like text: control bytes that no text
     * holds (NUL outside the pattern of UTF-16, or more than 1 in 100 other C0 controls) in its
     * first 8 KiB. Tika would otherwise read the junk as characters and make an article of it.
     */
    static String binaryData(MediaType type, TikaInputStream in) throws IOException {
        String base = type.getBaseType().toString();
        boolean textual = base.startsWith("text/") || base.endsWith("+xml") || base.endsWith("/xml");
        if (!textual) {
            return null;
        }
        in.mark(8192);
        byte[] head;
        try {
            head = in.readNBytes(8192);
        } finally {
            in.reset();
        }
        if (head.length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
                || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            return null; // UTF-16 with a byte-order mark
        }
        int nulEven = 0;
        int nulOdd = 0;
        int controls = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                if (i % 2 == 0) {
                    nulEven++;
                } else {
                    nulOdd++;
                }
            } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1a && b != 0x1b)) {
                controls++;
            }
        }
        boolean utf16 = (nulEven == 0 || nulOdd == 0) && (nulEven + nulOdd) * 4 >= head.length;
        if ((nulEven + nulOdd > 0 && !utf16) || controls * 100 > head.length) {
            return "binary data, not " + base + " (" + (nulEven + nulOdd + controls)
                    + " control bytes in the first " + head.length + ")";
        }
        return null;
    }

    /**
     * The page source, for what Tika's HTML parser does not pass on (JSON-LD scripts, the
     * canonical link), with the character set Tika detected; null if too large to reread.
     */
    private static PageMetadataReader.Source pageSource(SourceDocument source, Metadata metadata) {
        byte[] bytes = SourceFormats.readAgain(source, MAX_RAW_BYTES);
        if (bytes == null) {
            return null;
        }
        Charset charset = StandardCharsets.UTF_8;
        String encoding = metadata.get(Metadata.CONTENT_ENCODING);
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding.strip());
            } catch (IllegalArgumentException e) {
                // keep UTF-8
            }
        }
        return PageMetadataReader.Source.of(bytes, charset);
    }

    /** The metadata of an HTML page: JSON-LD and the page's own headline, then the meta tags. */
    static DocumentMetadata pageMetadata(DocumentMetadata meta, PageInfo info, String headline) {
        String title = headline != null ? headline : info.headline() != null ? info.headline() : meta.title();
        LocalDate published = date(info.datePublished());
        if (published == null) {
            published = meta.publishedDate();
        }
        String author = info.author() != null ? info.author() : meta.author();
        String language = info.language() != null && info.language().length() == 2 ? info.language()
                : meta.language();
        String url = info.canonicalUrl() != null ? info.canonicalUrl() : meta.url();
        return new DocumentMetadata(title, published, author, language, url);
    }

    static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String describeType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "document" : baseType(type);
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String text = (m == null || m.isBlank()) ? root.getClass().getSimpleName() : m;
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    static DocumentMetadata readMetadata(Metadata metadata) {
        String title = first(metadata, "og:title", TikaCoreProperties.TITLE.getName(), "title");
        String author = first(metadata, "author", "article:author", TikaCoreProperties.CREATOR.getName());
        String language = first(metadata, HttpHeaders.CONTENT_LANGUAGE, TikaCoreProperties.LANGUAGE.getName(),
                "og:locale");
        String url = first(metadata, "og:url");
        LocalDate published = date(first(metadata, "article:published_time", "datePublished",
                "date", "dc:date", "pubdate", "publish-date", TikaCoreProperties.CREATED.getName()));
        if (language != null) {
            language = language.strip().toLowerCase(Locale.ROOT);
            int cut = language.indexOf('-') > 0 ? language.indexOf('-') : language.indexOf('_');
            if (cut > 0) {
                language = language.substring(0, cut);
            }
            if (language.length() != 2) {
                language = null;
            }
        }
        return new DocumentMetadata(title, published, author, language, url);
    }

    private static String first(Metadata metadata, String... names) {
        for (String name : names) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The calendar date of an ISO date or date-time as written (its own offset, not UTC). */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        if (startsWithIsoDateShape(value)) {
            // whether or not the whole value parses as a date-time, its date is these ten characters
            // (a four-digit year ends at the hyphen); java.time's full parse cost 2% of a page
            try {
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                return null; // as LocalDate.parse: no such day
            }
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.substring(0, 10));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** {@code dddd-dd-dd}, ASCII digits, at the start of the value. */
    private static boolean startsWithIsoDateShape(String v) {
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
