package org.newsarchive.etl.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.MimeConfig;
import org.newsarchive.etl.model.SourceOrigin;

/**
 * The attachments of an e-mail message that are articles (HTML, text, NITF/XML, PDF, office
 * documents, forwarded messages), as documents of their own: {@code message.eml!/story.html}.
 * Images and other attachments are skipped and counted ({@code mail-attachment-not-article}).
 * The message is the walk's document before them; its own text is read by the parser.
 */
final class MailAttachmentCursor extends ContainerCursor {

    static final Set<String> ARTICLE_EXTENSIONS = Set.of("html", "htm", "xhtml", "txt", "text", "xml", "nitf",
            "pdf", "doc", "docx", "odt", "rtf", "epub", "eml");
    static final Map<String, String> ARTICLE_TYPES = Map.of("text/html", "html", "text/plain", "txt",
            "application/xhtml+xml", "html", "application/xml", "xml", "text/xml", "xml", "application/pdf", "pdf",
            "application/rtf", "rtf", "message/rfc822", "eml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.oasis.opendocument.text", "odt");

    private final List<Entry> entries = new ArrayList<>();
    private int index;

    private MailAttachmentCursor(String path) {
        super(path, "mail");
    }

    /** The cursor over the message's article attachments, or null if it has none. */
    static MailAttachmentCursor open(String path, InputStream in, ContainerStats stats) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        Message message = builder.parseMessage(in);
        MailAttachmentCursor cursor = new MailAttachmentCursor(path);
        cursor.stats = stats;
        try {
            cursor.collect(message.getBody(), new HashSet<>());
        } finally {
            message.dispose();
        }
        return cursor.entries.isEmpty() ? null : cursor;
    }

    private void collect(Body body, Set<String> names) throws IOException {
        if (!(body instanceof Multipart multipart)) {
            return;
        }
        for (Entity part : multipart.getBodyParts()) {
            if (part.getBody() instanceof Multipart) {
                collect(part.getBody(), names);
                continue;
            }
            if (!isAttachment(part)) {
                continue;
            }
            String type = part.getMimeType() == null ? "" : part.getMimeType().toLowerCase(Locale.ROOT);
            String name = part.getFilename();
            String ext = name == null ? "" : ContainerFormat.extension(name);
            if (!ARTICLE_EXTENSIONS.contains(ext) && !ARTICLE_TYPES.containsKey(type)) {
                skip("mail-attachment-not-article");
                continue;
            }
            if (name == null || name.isBlank()) {
                name = "attachment-" + (entries.size() + 1) + "." + ARTICLE_TYPES.getOrDefault(type, "txt");
            }
            name = name.replace('\\', '/').substring(name.lastIndexOf('/') + 1);
            String unique = name;
            for (int n = 2; !names.add(unique); n++) {
                unique = n + "-" + name;
            }
            entries.add(new Entry(path + "!/" + unique, new ByteArrayInputStream(bytes(part.getBody())),
                    SourceOrigin.NONE, true));
        }
    }

    private static boolean isAttachment(Entity part) {
        String disposition = part.getDispositionType();
        return (disposition != null && disposition.equalsIgnoreCase("attachment"))
                || part.getFilename() != null || part.getBody() instanceof Message;
    }

    private static byte[] bytes(Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (body instanceof Message m) {
            new DefaultMessageWriter().writeMessage(m, out);
        } else if (body instanceof SingleBody single) {
            single.writeTo(out);
        }
        return out.toByteArray();
    }

    @Override
    Entry next() {
        return index < entries.size() ? entries.get(index++) : null;
    }

    @Override
    public void close() {
        entries.clear();
    }
}
