package org.newsarchive.etl.parse.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.DocumentMetadata;
import org.xml.sax.SAXException;
import org.newsarchive.etl.parse.BlockContentHandler;
import org.newsarchive.etl.parse.html.NewsHtmlMapper;
import org.newsarchive.etl.parse.xml.NewsXmlReader;

/**
 * Reads one e-mail message (RFC 822 / MIME) as one article: the subject is its title, the
 * {@code Date} header its published date (the calendar date at the header's own offset), the
 * sender its author. The body is the message's text: of a {@code multipart/alternative} the
 * HTML part (its structure gives the paragraphs), else the plain-text part; quoted-printable
 * and base64 are decoded and each part's charset honoured. Attachments are not part of the
 * message's article: the walk hands attachments that are articles on as documents of their
 * own ({@code message.eml!/story.html}).
 */
public final class MailReader {

    private final long maxChars;

    public MailReader(long maxChars) {
        this.maxChars = maxChars;
    }

    public record Result(List<Block> blocks, DocumentMetadata metadata) {
    }

    static Message parseMessage(InputStream in) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        return builder.parseMessage(in);
    }

    public Result read(InputStream in) throws IOException, SAXException, TikaException {
        Message message = parseMessage(in);
        try {
            List<Block> blocks = new ArrayList<>();
            body(message, blocks);
            String author = null;
            if (message.getFrom() != null && !message.getFrom().isEmpty()) {
                Mailbox from = message.getFrom().get(0);
                author = from.getName() != null && !from.getName().isBlank() ? from.getName() : from.getAddress();
            }
            Field lang = message.getHeader().getField("Content-Language");
            String language = lang == null ? null : NewsXmlReader.language(lang.getBody().split(",")[0]);
            String subject = message.getSubject() == null ? null : message.getSubject().strip();
            return new Result(blocks, new DocumentMetadata(subject, date(message), author, language, null));
        } finally {
            message.dispose();
        }
    }

    /** The message's own text: its body parts that are not attachments. */
    private void body(Entity entity, List<Block> blocks) throws IOException, SAXException, TikaException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            List<Entity> parts = multipart.getBodyParts();
            if (multipart.getSubType().equalsIgnoreCase("alternative")) {
                Entity chosen = choose(parts);
                if (chosen != null) {
                    body(chosen, blocks);
                }
                return;
            }
            for (Entity part : parts) {
                if (!isAttachment(part)) {
                    body(part, blocks);
                }
            }
            return;
        }
        if (body instanceof Message) {
            return; // a forwarded message is an attachment
        }
        String type = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
        if (body instanceof TextBody text) {
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                blocks.addAll(html(text));
            } else if (type.equals("text/plain") || type.equals("text/enriched")) {
                try (Reader reader = text.getReader()) {
                    String s = read(reader);
                    if (!s.isBlank()) {
                        blocks.add(Block.plain(s));
                    }
                }
            }
        } else if (body instanceof SingleBody) {
            // images and other binary parts of the message body are not text
        }
    }

    /** Of alternatives, the HTML part, else the plain text, else the last one (RFC 2046: the richest). */
    private static Entity choose(List<Entity> parts) {
        Entity plain = null;
        for (Entity p : parts) {
            String type = p.getMimeType() == null ? "" : p.getMimeType().toLowerCase(Locale.ROOT);
            if (type.equals("text/html")) {
                return p;
            }
            if (type.equals("text/plain") && plain == null) {
                plain = p;
            }
            if (p.getBody() instanceof Multipart && plain == null) {
                plain = p; // multipart/related holding the HTML
            }
        }
        return plain != null ? plain : parts.isEmpty() ? null : parts.get(parts.size() - 1);
    }

    static boolean isAttachment(Entity part) {
        String disposition = part.getDispositionType();
        if (disposition != null && disposition.equalsIgnoreCase("attachment")) {
            return true;
        }
        if (part.getBody() instanceof Message) {
            return true;
        }
        String type = part.getMimeType() == null ? "" : part.getMimeType().toLowerCase(Locale.ROOT);
        return part.getFilename() != null && !type.startsWith("text/") && !(part.getBody() instanceof Multipart);
    }

    private List<Block> html(TextBody text) throws IOException, SAXException, TikaException {
        BlockContentHandler handler = new BlockContentHandler(false, maxChars);
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, new NewsHtmlMapper());
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "text/html; charset=UTF-8");
        try (Reader reader = text.getReader()) {
            byte[] utf8 = read(reader).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            context.set(org.apache.tika.detect.EncodingDetector.class, (in, md) -> java.nio.charset.StandardCharsets.UTF_8);
            new JSoupParser().parse(new java.io.ByteArrayInputStream(utf8), handler, metadata, context);
        }
        return handler.blocks();
    }

    private String read(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) != -1) {
            sb.append(buffer, 0, n);
            if (sb.length() > maxChars) {
                throw new IOException("more than " + maxChars + " characters of text");
            }
        }
        return sb.toString();
    }

    /** The Date header's calendar date at its own offset; the UTC date where it cannot be read so. */
    private static LocalDate date(Message message) {
        Field field = message.getHeader().getField("Date");
        if (field != null) {
            String raw = field.getBody().replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ").strip();
            try {
                return ZonedDateTime.parse(raw, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException e) {
                // fall through to mime4j's lenient reading
            }
        }
        return message.getDate() == null ? null : LocalDate.ofInstant(message.getDate().toInstant(), ZoneOffset.UTC);
    }
}
