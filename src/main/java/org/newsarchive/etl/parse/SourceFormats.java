package org.newsarchive.etl.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.model.SourceOrigin;
import org.newsarchive.etl.parse.xml.NewsXmlReader;
import org.newsarchive.etl.parse.mail.MailReader;
import org.newsarchive.etl.parse.rtf.RtfStyles;
import org.newsarchive.etl.parse.pdf.PdfReader;

/**
 * The format-specific side of parsing, kept out of {@link DocumentParser}: what a container
 * declared about an entry (its HTTP content type and charset, URL and capture date), and the
 * readers of formats whose structure carries the roles (NITF, NewsML-G2, e-mail, PDF).
 */
public final class SourceFormats {

    private final long maxChars;
    private final NewsXmlReader newsXml = new NewsXmlReader();
    private final MailReader mail;

    SourceFormats(long maxChars) {
        this.maxChars = maxChars;
        this.mail = new MailReader(maxChars);
    }

    /** The media type the container declared (a WARC record's HTTP Content-Type), or null. */
    static MediaType declaredType(SourceDocument source) {
        String declared = source.origin().contentType();
        if (declared == null) {
            return null;
        }
        MediaType type = MediaType.parse(declared.strip());
        return type == null ? null : type.getBaseType();
    }

    /**
     * Honours the charset a container declared (HTTP {@code Content-Type: text/html;
     * charset=...}): it wins over the document's own {@code <meta>} and over sniffing, as in
     * a browser.
     */
    static void declareCharset(SourceDocument source, ParseContext context) {
        Charset charset = declaredCharset(source.origin());
        if (charset != null) {
            context.set(EncodingDetector.class, new FixedEncoding(charset));
        }
    }

    /** How much of a web page's or plain text's start is read to see whether it is UTF-8. */
    static final int UTF8_SNIFF_BYTES = 256 * 1024;

    /**
     * A web page or plain text whose bytes are well-formed UTF-8 with characters beyond ASCII is read as UTF-8, whatever
     * its {@code <meta>} says or a statistical sniffer guesses: a page saved again as UTF-8 keeps the {@code
     * charset=euc-kr} or {@code iso-8859-1} of its first life, a short Spanish text with a few accented letters reads to
     * the sniffer as GB18030, and text in a legacy single- or double-byte charset is practically never well-formed UTF-8
     * (an accented letter or a Hangul pair breaks the rule at once). A charset the container declared still wins.
     */
    static void preferUtf8(SourceDocument source, TikaInputStream in, ParseContext context) throws IOException {
        if (declaredCharset(source.origin()) != null) {
            return;
        }
        in.mark(UTF8_SNIFF_BYTES);
        byte[] head;
        try {
            head = in.readNBytes(UTF8_SNIFF_BYTES);
        } finally {
            in.reset();
        }
        if (isUtf8BeyondAscii(head, head.length == UTF8_SNIFF_BYTES)) {
            context.set(EncodingDetector.class, new FixedEncoding(StandardCharsets.UTF_8));
        }
    }

    /**
     * True if {@code bytes} hold at least one multi-byte UTF-8 character and nothing that is not UTF-8; {@code cut}:
     * the bytes are a file's first part, which may end inside a character.
     */
    static boolean isUtf8BeyondAscii(byte[] bytes, boolean cut) {
        boolean multi = false;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int more;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                more = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                more = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                more = 3;
            } else {
                return false;
            }
            if (i + more >= bytes.length) {
                return cut && multi; // a character cut off where the reading stopped; a file cannot end in one
            }
            for (int k = 1; k <= more; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            multi = true;
            i += more + 1;
        }
        return multi;
    }

    static Charset declaredCharset(SourceOrigin origin) {
        if (origin.contentType() == null) {
            return null;
        }
        MediaType type = MediaType.parse(origin.contentType().strip());
        String name = type == null ? null : type.getParameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return null; // an unknown charset name: let detection decide
        }
    }

    /** The document's metadata completed with what its container says: URL and capture date. */
    static DocumentMetadata withOrigin(DocumentMetadata meta, SourceOrigin origin) {
        DocumentMetadata out = meta;
        if (origin.url() != null) {
            out = out.withUrl(origin.url()); // the record's URI is where the page was found
        }
        if (origin.captureDate() != null) {
            out = out.withCaptureDate(origin.captureDate());
        }
        return out;
    }

    /**
     * Reads the formats whose structure this project reads itself; null for every other type
     * (Tika's XHTML is then used).
     */
    ParsedDocument read(SourceDocument source, MediaType type, TikaInputStream in) throws DocumentParseException {
        if (type.toString().equals("message/rfc822") || source.extension().equals("eml")) {
            return mail(source, in);
        }
        if (type.toString().equals("application/pdf")) {
            return pdf(source, in);
        }
        if (isXml(source, type)) {
            String root = rootElement(in);
            if (root != null && NewsXmlReader.ROOTS.contains(root)) {
                return newsXml(source, in);
            }
        }
        return null;
    }

    private ParsedDocument mail(SourceDocument source, InputStream in) throws DocumentParseException {
        try {
            MailReader.Result result = mail.read(in);
            return new ParsedDocument(source.sourcePath(), "message/rfc822",
                    withOrigin(result.metadata(), source.origin()), result.blocks());
        } catch (IOException e) {
            throw new DocumentParseException("cannot read e-mail: " + e.getMessage(), e);
        } catch (org.xml.sax.SAXException | org.apache.tika.exception.TikaException | RuntimeException e) {
            throw new DocumentParseException("cannot parse e-mail: " + e.getMessage(), e);
        }
    }

    private ParsedDocument pdf(SourceDocument source, InputStream in) throws DocumentParseException {
        try {
            PdfReader.Result result = new PdfReader(maxChars).read(in);
            return new ParsedDocument(source.sourcePath(), "application/pdf",
                    withOrigin(DocumentParser.readMetadata(result.metadata()), source.origin()),
                    postProcess(source.sourcePath(), MediaType.application("pdf"),
                            repairMojibake(source.sourcePath(), result.blocks())));
        } catch (IOException e) {
            // PDFBox reports a broken PDF as an IOException
            throw new DocumentParseException("cannot parse application/pdf: " + e.getMessage(), e);
        } catch (org.xml.sax.SAXException e) {
            if (org.apache.tika.exception.WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new DocumentParseException("more than " + maxChars + " characters of text", e);
            }
            throw new DocumentParseException("malformed content: " + e.getMessage(), e);
        } catch (org.apache.tika.exception.TikaException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new DocumentParseException("cannot parse application/pdf: " + root.getMessage(), e);
        }
    }

    private static boolean isXml(SourceDocument source, MediaType type) {
        String subtype = type.getSubtype();
        String ext = source.extension();
        return subtype.equals("xml") || subtype.endsWith("+xml") || ext.equals("xml") || ext.equals("nitf")
                || ext.equals("newsml");
    }

    private static String rootElement(TikaInputStream in) throws DocumentParseException {
        try {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            return NewsXmlReader.rootElement(head);
        } catch (IOException e) {
            throw new DocumentParseException("cannot read file: " + e.getMessage(), e);
        }
    }

    private ParsedDocument newsXml(SourceDocument source, InputStream in) throws DocumentParseException {
        try {
            NewsXmlReader.Result result = newsXml.read(in, maxChars);
            return new ParsedDocument(source.sourcePath(), result.mediaType(),
                    withOrigin(result.metadata(), source.origin()), result.blocks());
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new DocumentParseException("malformed XML: " + e.getMessage().replaceAll("\\s+", " "), e);
        } catch (IllegalStateException e) {
            throw new DocumentParseException(e.getMessage(), e);
        }
    }

    /** Largest RTF whose paragraph styles are read (a second pass over its bytes). */
    static final long MAX_RTF_STYLE_BYTES = 16L * 1024 * 1024;

    /**
     * Tika's blocks of an RTF document with the headings and styles its stylesheet states,
     * which Tika's RTF parser drops (see {@link RtfStyles}); as Tika gave them if the file is
     * too large to read twice or cannot be read again.
     */
    static List<Block> rtfStyles(SourceDocument source, List<Block> blocks) {
        byte[] rtf = readAgain(source, MAX_RTF_STYLE_BYTES);
        return rtf == null ? blocks : RtfStyles.restore(rtf, blocks);
    }

    /**
     * The document's bytes, read a second time for what Tika's parser does not pass on; null if
     * it is larger than {@code maxBytes} or cannot be read again.
     */
    static byte[] readAgain(SourceDocument source, long maxBytes) {
        if (source.size() > maxBytes) {
            return null;
        }
        try (InputStream in = source.open()) {
            return in.readNBytes((int) maxBytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** A paragraph style that word processors give captions (Word's and LibreOffice's "Caption"). */
    private static final java.util.regex.Pattern CAPTION_STYLE = java.util.regex.Pattern.compile(
            "\\.(?i:caption|figure_?caption|image_?caption|illustration|figure|abbildung|l[ée]gende)(?:\\.|$)");

    /**
     * The roles a word processor's styles state (the blocks come repaired by
     * {@link #repairMojibake}): Tika gives a Word or ODF heading as {@code h1}..{@code h6} and a
     * paragraph of the caption style as {@code p class="caption"} (RTF: see {@link RtfStyles});
     * the first {@code h1} is the headline. An EPUB's XHTML is read the same way, and its
     * {@code figcaption} is a photo caption, as on a web page.
     */
    List<Block> postProcess(String sourcePath, MediaType type, List<Block> blocks) {
        boolean epub = isEpub(type);
        boolean office = isOfficeDocument(type) || epub;
        boolean headline = false;
        List<Block> out = new java.util.ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (office && block.hint() == null) {
                String element = block.ancestry().substring(block.ancestry().lastIndexOf('>') + 1);
                if (CAPTION_STYLE.matcher(element).find() || epub && block.tag().equals("figcaption")) {
                    block = block.withHint(org.newsarchive.etl.model.Role.PHOTO_CAPTION);
                } else if (block.tag().equals("h1") && !headline) {
                    block = block.withHint(org.newsarchive.etl.model.Role.HEADLINE);
                    headline = true;
                }
            }
            out.add(block);
        }
        return out;
    }

    /**
     * The blocks with double-encoded UTF-8 repaired ({@link MojibakeRepair}), the count logged; the
     * same list when none needs it. Blocks are repaired as they come from Tika, before a web
     * page's content is extracted, so that the extractor's text rules (a date, a place, a byline
     * label) read them as written.
     */
    List<Block> repairMojibake(String sourcePath, List<Block> blocks) {
        int repairs = 0;
        List<Block> out = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            MojibakeRepair.Result r = MojibakeRepair.repair(b.text());
            if (r.repairs() > 0) {
                repairs += r.repairs();
                if (out == null) {
                    out = new java.util.ArrayList<>(blocks);
                }
                out.set(i, new Block(r.text(), b.tag(), b.ancestry(), b.linkChars(), b.hint()));
            }
        }
        if (repairs > 0) {
            LOG.info("{}: repaired {} double-encoded UTF-8 sequences", sourcePath, repairs);
        }
        return out == null ? blocks : out;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SourceFormats.class);

    /** An EPUB e-book (Tika gives its XHTML chapters' own elements). */
    static boolean isEpub(MediaType type) {
        String t = type.getBaseType().toString();
        return t.equals("application/epub+zip");
    }

    /** Word-processor documents: OOXML, ODF, RTF, legacy Word. */
    static boolean isOfficeDocument(MediaType type) {
        String t = type.getBaseType().toString();
        return t.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")
                || t.startsWith("application/vnd.oasis.opendocument.text") || t.equals("application/rtf")
                || t.equals("application/msword") || t.startsWith("application/vnd.ms-word");
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** An encoding detector that answers the declared charset. */
    private record FixedEncoding(Charset charset) implements EncodingDetector {
        @Override
        public Charset detect(InputStream input, Metadata metadata) throws IOException {
            return charset;
        }
    }
}
