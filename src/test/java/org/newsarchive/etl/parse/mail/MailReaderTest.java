package org.newsarchive.etl.parse.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.source.ContainerFixtures;
import org.newsarchive.etl.source.SourceTree;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.parse.DocumentParser;

class MailReaderTest {

    @TempDir
    Path dir;

    static String message(String subject, String date, String plainQp, String html, boolean withAttachments) {
        String b64Html = Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        sb.append("From: \"Island Desk\" <desk@example.org>\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: ").append(date).append("\r\n")
                .append("Content-Language: en-GB\r\n")
                .append("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n")
                .append("--outer\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n")
                .append("--alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
                .append(plainQp).append("\r\n")
                .append("--alt\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .append(b64Html).append("\r\n--alt--\r\n");
        if (withAttachments) {
            sb.append("--outer\r\nContent-Type: text/html; charset=utf-8\r\nContent-Disposition: attachment; filename=\"story.html\"\r\n\r\n")
                    .append("<html><body><h1>Attached story</h1><p>The attached article body.</p></body></html>\r\n")
                    .append("--outer\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"pier.jpg\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRg==\r\n");
        }
        return sb.append("--outer--\r\n").toString();
    }

    static final String HTML = "<html><body><p>PORT ELLEN, March 4 - The caf\u00e9 on the quay reopened on Monday.</p>"
            + "<p>\u201cWe are glad to be back,\u201d said owner Mairi Bell.</p></body></html>";

    ParsedDocument parse(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new DocumentParser().parse(new SourceDocument(name, file, bytes.length));
    }

    @Test
    void aMessageIsAnArticleWithSubjectDateAndDecodedBody() throws Exception {
        ParsedDocument d = parse("cafe.eml", message("=?UTF-8?Q?Caf=C3=A9_reopens?=", "Tue, 4 Mar 2025 23:30:00 -0800",
                "plain =C3=A9", HTML, true).getBytes(StandardCharsets.US_ASCII));

        assertThat(d.mediaType()).isEqualTo("message/rfc822");
        assertThat(d.metadata().title()).isEqualTo("Caf\u00e9 reopens");
        assertThat(d.metadata().publishedDate()).isEqualTo(LocalDate.of(2025, 3, 4)); // the header's own offset
        assertThat(d.metadata().author()).isEqualTo("Island Desk");
        assertThat(d.metadata().language()).isEqualTo("en");
        List<Paragraph> paragraphs = new ParagraphSplitter().split(d.blocks());
        // the HTML alternative, base64-decoded; the attachment is not part of the message's article
        assertThat(paragraphs).extracting(Paragraph::text).containsExactly(
                "PORT ELLEN, March 4 - The caf\u00e9 on the quay reopened on Monday.",
                "\u201cWe are glad to be back,\u201d said owner Mairi Bell.");
    }

    @Test
    void aPlainTextMessageWithQuotedPrintableSoftBreaks() throws Exception {
        String eml = "Subject: Ferry\r\nDate: Wed, 5 Mar 2025 08:00:00 +0000\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "The ferry to Skerry resumed on Tuesday after a six-week suspension, the =\r\ncouncil said.\r\n\r\n"
                + "Caf=E9 owners welcomed it.\r\n";
        ParsedDocument d = parse("ferry.eml", eml.getBytes(StandardCharsets.US_ASCII));

        assertThat(new ParagraphSplitter().split(d.blocks())).extracting(Paragraph::text).containsExactly(
                "The ferry to Skerry resumed on Tuesday after a six-week suspension, the council said.",
                "Caf\u00e9 owners welcomed it.");
    }

    @Test
    void articleAttachmentsAreDocumentsOfTheirOwnAfterTheirMessage() throws Exception {
        String m1 = message("One", "Tue, 4 Mar 2025 09:30:00 +0000", "one", HTML, true);
        String m2 = message("Two", "Wed, 5 Mar 2025 09:30:00 +0000", "two", HTML, false);
        ContainerFixtures.write(dir.resolve("in/desk.mbox"), ContainerFixtures.mbox(m1, m2));

        List<SourceDocument> docs = new java.util.ArrayList<>();
        try (SourceTree tree = new SourceTree(dir.resolve("in"))) {
            tree.forEachRemaining(docs::add);
            assertThat(tree.stats().skipped()).containsEntry("mail-attachment-not-article", 1L);
        }

        assertThat(docs).extracting(SourceDocument::sourcePath).containsExactly(
                "desk.mbox!/1.eml", "desk.mbox!/1.eml!/story.html", "desk.mbox!/2.eml");
        DocumentParser parser = new DocumentParser();
        assertThat(parser.parse(docs.get(0)).metadata().title()).isEqualTo("One");
        assertThat(parser.parse(docs.get(1)).blocks()).extracting(b -> b.text()).contains("Attached story", "The attached article body.");
        assertThat(parser.parse(docs.get(2)).metadata().publishedDate()).isEqualTo(LocalDate.of(2025, 3, 5));
    }
}
