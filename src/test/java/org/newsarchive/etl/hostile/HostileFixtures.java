package org.newsarchive.etl.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.newsarchive.etl.Fixtures;
import org.newsarchive.etl.source.ContainerFixtures;

/**
 * The {@code hostile/} fixture set, generated (no binary blobs in the repository): broken,
 * absurd and malicious files, each with what the job must make of it. {@link #write} puts them
 * in a folder; {@link #EXPECTED} says, for each source path, a part of its reject reason (or
 * {@code null} where the file is read as documented, e.g. invalid UTF-8 as its detected
 * character set).
 *
 * <p>The XML files try every way to make a parser fetch something: external entities and DTDs
 * naming {@code secret} (a local file whose content must never appear in any output) and
 * {@code http://127.0.0.1:<port>/} (a loopback socket the test opens and watches).
 */
public final class HostileFixtures {

    /** The marker inside the secret file: it must never reach any output. */
    public static final String SECRET = "SECRET-7f3a-do-not-leak";

    /** source path → part of the reason of its reject row; null: no reject row is required. */
    public static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("hostile/empty.txt", "empty file");
        EXPECTED.put("hostile/junk.txt", "binary data");
        EXPECTED.put("hostile/junk.html", "binary data");
        EXPECTED.put("hostile/truncated.pdf", "application/pdf");
        EXPECTED.put("hostile/corrupt.pdf", "application/pdf");
        EXPECTED.put("hostile/encrypted.pdf", "application/pdf");
        EXPECTED.put("hostile/truncated.docx", "cannot parse application/vnd.openxmlformats");
        EXPECTED.put("hostile/corrupt.docx", "cannot parse application/vnd.openxmlformats");
        EXPECTED.put("hostile/truncated.zip", "zip broken after 2 documents");
        EXPECTED.put("hostile/encrypted.zip!/secret-story.txt", "encryption");
        EXPECTED.put("hostile/invalid-utf8.txt", null);
        EXPECTED.put("hostile/one-line.txt", "more than");
        EXPECTED.put("hostile/deep.html", "levels of XML element nesting");
        EXPECTED.put("hostile/nested-20.zip" + "!/n.zip".repeat(8), "nested more than 8 deep");
        EXPECTED.put("hostile/42.zip", "suspected zip bomb");
        EXPECTED.put("hostile/single-entry-bomb.zip!/zeros.txt", "entry larger than");
        EXPECTED.put("hostile/zeros.gz!/zeros", "entry larger than");
        EXPECTED.put("hostile/link-loop", "symbolic link that leads nowhere");
        EXPECTED.put("hostile/billion-laughs.xml", null);
        EXPECTED.put("hostile/billion-laughs-nitf.xml", null);
        EXPECTED.put("hostile/xxe-entity.xml", null);
        EXPECTED.put("hostile/xxe-dtd.xml", null);
        EXPECTED.put("hostile/xxe-nitf.xml", null);
        EXPECTED.put("hostile/xxe.xhtml", null);
        EXPECTED.put("hostile/xxe.svg", null);
        EXPECTED.put("hostile/xxe-rss.xml", null);
        EXPECTED.put("hostile/xxe-xinclude.xml", null);
        EXPECTED.put("hostile/xxe.docx", null);
        EXPECTED.put("hostile/xxe.odt", null);
    }

    private HostileFixtures() {
    }

    /**
     * Writes the set below {@code root/hostile/}; {@code secret} is the local file the XML tries to
     * include, {@code port} a loopback port it tries to fetch from.
     */
    public static void write(Path root, Path secret, int port) throws IOException {
        Path dir = root.resolve("hostile");
        Files.createDirectories(dir);
        Files.writeString(secret, SECRET + "\n", StandardCharsets.UTF_8);
        Random random = new Random(42);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[100_000];
        random.nextBytes(junk);
        Files.write(dir.resolve("junk.txt"), junk);
        Files.write(dir.resolve("junk.html"), Arrays.copyOfRange(junk, 500, 40_000));
        Files.write(dir.resolve("truncated.pdf"), Fixtures.truncatedPdf());
        byte[] pdf = pdf(dir.resolve("whole.pdf.tmp"));
        Files.write(dir.resolve("corrupt.pdf"), corrupt(pdf, random));
        encryptedPdf(dir.resolve("encrypted.pdf"));
        Path docx = dir.resolve("whole.docx.tmp");
        Fixtures.writeDocx(docx, "Harbour plan approved", List.of(story(1), story(2)));
        byte[] docxBytes = Files.readAllBytes(docx);
        Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(docxBytes, docxBytes.length / 2));
        Files.write(dir.resolve("corrupt.docx"), corrupt(docxBytes, random));
        byte[] zip = ContainerFixtures.zip(ContainerFixtures.entries("a.txt", story(3), "b.txt", story(4),
                "c.txt", story(5)));
        Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(zip, zip.length * 2 / 3));
        Files.write(dir.resolve("encrypted.zip"), encryptedZip(story(6)));
        byte[] invalid = ("Council approves harbour plan\n\nABERLOCH, March 3 (Coastline Wire) - The council "
                + "approved the plan on Tuesday.\n\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(invalid, invalid.length + 4);
        broken[invalid.length] = (byte) 0xc3; // a lead byte with no continuation
        broken[invalid.length + 1] = (byte) 0x28;
        broken[invalid.length + 2] = (byte) 0xff;
        broken[invalid.length + 3] = '\n';
        Files.write(dir.resolve("invalid-utf8.txt"), broken);
        oneLine(dir.resolve("one-line.txt"), 50L * 1024 * 1024);
        Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000)
                + "<p>Deep down there is one paragraph of text in this page.</p>" + "</div>".repeat(100_000)
                + "</body></html>", StandardCharsets.UTF_8);
        byte[] nested = ContainerFixtures.zip(ContainerFixtures.entries("story.txt", story(7)));
        for (int i = 1; i < 20; i++) {
            nested = ContainerFixtures.zip(ContainerFixtures.entries("n.zip", nested));
        }
        Files.write(dir.resolve("nested-20.zip"), nested);
        long leafSize = 96L * 1024 * 1024; // larger than the 64 MiB entry limit
        byte[] leafDeflated = deflatedZeros(leafSize);
        long leafCrc = crcOfZeros(leafSize);
        Files.write(dir.resolve("42.zip"), fortyTwo(leafDeflated, leafSize, leafCrc));
        Files.write(dir.resolve("single-entry-bomb.zip"), rawZip(Map.of("zeros.txt", leafDeflated), leafSize, leafCrc));
        Files.write(dir.resolve("zeros.gz"), gzipZeros(leafDeflated, leafSize, leafCrc));
        Files.createSymbolicLink(dir.resolve("link-loop"), dir.resolve("link-loop"));
        Files.createSymbolicLink(dir.resolve("folder-loop"), dir); // a link to a folder: not followed
        xml(dir, secret, port);
        Files.delete(docx);
        Files.delete(dir.resolve("whole.pdf.tmp"));
    }

    private static void xml(Path dir, Path secret, int port) throws IOException {
        String file = secret.toUri().toString();
        String http = "http://127.0.0.1:" + port;
        String body = "<p>ABERLOCH, March 3 (Coastline Wire) - The harbour board approved the plan on Tuesday.</p>";
        String laughs = "<!ENTITY lol \"lol\">" + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">";
        String entities = "<!ENTITY secret SYSTEM \"" + file + "\"><!ENTITY remote SYSTEM \"" + http + "/entity\">"
                + "<!ENTITY % pe SYSTEM \"" + http + "/parameter-entity\"> %pe;";
        write(dir, "billion-laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [" + laughs + "]><lolz><p>&lol9;</p>"
                + body + "</lolz>");
        write(dir, "billion-laughs-nitf.xml", "<?xml version=\"1.0\"?><!DOCTYPE nitf [" + laughs + "]><nitf><head>"
                + "<title>Laughs</title></head><body><body.head><hedline><hl1>Laughs &lol9;</hl1></hedline></body.head>"
                + "<body.content>" + body + "<p>&lol9;</p></body.content></body></nitf>");
        write(dir, "xxe-entity.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [" + entities + "]><r><p>&secret;</p>"
                + "<p>&remote;</p>" + body + "</r>");
        write(dir, "xxe-dtd.xml", "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"" + http + "/external.dtd\"><r "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:x " + http
                + "/schema.xsd\">" + body + "</r>");
        write(dir, "xxe-nitf.xml", "<?xml version=\"1.0\"?><!DOCTYPE nitf [" + entities + "]><nitf><head><title>"
                + "Harbour &secret;</title></head><body><body.head><hedline><hl1>Plan &remote;</hl1></hedline>"
                + "</body.head><body.content><p>&secret;</p>" + body + "</body.content></body></nitf>");
        write(dir, "xxe.xhtml", "<?xml version=\"1.0\"?><!DOCTYPE html [" + entities + "]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>&secret;</title></head><body>"
                + "<p>&secret;</p><p>&remote;</p>" + body + "</body></html>");
        write(dir, "xxe.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [" + entities + "]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<title>&secret;</title><text>&remote;</text><image xlink:href=\"" + http + "/image.png\"/></svg>");
        write(dir, "xxe-rss.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [" + entities + "]><rss version=\"2.0\">"
                + "<channel><title>&secret;</title><link>" + http + "/</link><description>Feed</description><item>"
                + "<title>&secret; &remote;</title><description>The harbour board approved the plan.</description>"
                + "</item></channel></rss>");
        write(dir, "xxe-xinclude.xml", "<?xml version=\"1.0\"?><r xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"" + file + "\" parse=\"text\"/><xi:include href=\"" + http + "/xinclude\"/>"
                + body + "</r>");
        String doctype = "<!DOCTYPE w:document [" + entities + "]>";
        Map<String, byte[]> docx = new LinkedHashMap<>();
        Path tmp = dir.resolve("xxe.docx.tmp");
        Fixtures.writeDocx(tmp, "Harbour plan &secret;", List.of(story(8)));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(tmp))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                    xml = xml.substring(0, declEnd) + doctype + xml.substring(declEnd)
                            .replace("Harbour plan &amp;secret;", "Harbour plan &secret; &remote;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                docx.put(e.getName(), bytes);
            }
        }
        Files.delete(tmp);
        Files.write(dir.resolve("xxe.docx"), javaZip(docx));
        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        odt.put("META-INF/manifest.xml", ("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:"
                + "tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type="
                + "\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" "
                + "manifest:media-type=\"text/xml\"/></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
        odt.put("content.xml", ("<?xml version=\"1.0\"?><!DOCTYPE office:document-content [" + entities + "]>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:p>&secret;</text:p><text:p>&remote;</text:p><text:p>" + story(9).replace('\n', ' ')
                + "</text:p></office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("xxe.odt"), javaZip(odt));
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static String story(int n) {
        return "Plan number " + n + " approved\n\nABERLOCH, March " + (1 + n % 28) + " (Coastline Wire) - The harbour "
                + "board approved plan number " + n + " on Tuesday, committing funds to repairs over three years.\n\n"
                + "Residents will be consulted on the timetable before work begins.\n";
    }

    private static byte[] pdf(Path file) throws IOException {
        Fixtures.writePdf(file, List.of("Plan approved", story(10).replace('\n', ' ')));
        return Files.readAllBytes(file);
    }

    private static void encryptedPdf(Path file) throws IOException {
        Path plain = file.resolveSibling("plain.pdf.tmp");
        Fixtures.writePdf(plain, List.of("Secret plan", story(11).replace('\n', ' ')));
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        Files.delete(plain);
    }

    /** The bytes with a stretch in the middle overwritten by noise. */
    private static byte[] corrupt(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        int from = Math.min(out.length / 4, 400);
        for (int i = from; i < out.length * 3 / 4; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }

    /** A zip whose one entry is flagged as encrypted (traditional PKWARE encryption). */
    private static byte[] encryptedZip(String text) throws IOException {
        byte[] zip = ContainerFixtures.zip(ContainerFixtures.entries("secret-story.txt", text));
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                zip[i + 6] |= 1; // local file header: general purpose flag, bit 0
            } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 8] |= 1; // central directory header
            }
        }
        return zip;
    }

    private static void oneLine(Path file, long bytes) throws IOException {
        byte[] chunk = "All work and no play makes a very long line ".repeat(1500).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
        }
    }

    private static byte[] deflatedZeros(long size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[1 << 20];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (long fed = 0; fed < size; fed += zeros.length) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static long crcOfZeros(long size) {
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[1 << 20];
        for (long fed = 0; fed < size; fed += zeros.length) {
            crc.update(zeros);
        }
        return crc.getValue();
    }

    /** A zip of entries whose deflated bytes are given (all of {@code size} bytes with {@code crc}). */
    private static byte[] rawZip(Map<String, byte[]> deflated, long size, long crc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : deflated.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setSize(size);
                entry.setCompressedSize(e.getValue().length);
                entry.setCrc(crc);
                zip.addRawArchiveEntry(entry, new java.io.ByteArrayInputStream(e.getValue()));
            }
        }
        return bytes.toByteArray();
    }

    /** 42.zip's shape: 16 zips of 16 zips of 16 zips of 16 entries of zeros. */
    private static byte[] fortyTwo(byte[] leafDeflated, long leafSize, long leafCrc) throws IOException {
        Map<String, byte[]> leaves = new LinkedHashMap<>();
        for (int i = 0; i < 16; i++) {
            leaves.put("lib " + Integer.toHexString(i) + ".txt", leafDeflated);
        }
        byte[] level = rawZip(leaves, leafSize, leafCrc);
        for (int depth = 0; depth < 3; depth++) {
            Map<String, byte[]> copies = new LinkedHashMap<>();
            for (int i = 0; i < 16; i++) {
                copies.put("book " + Integer.toHexString(i) + ".zip", level);
            }
            level = ContainerFixtures.zip(copies);
        }
        return level;
    }

    private static byte[] gzipZeros(byte[] deflated, long size, long crc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        out.writeBytes(deflated);
        for (long v : new long[] {crc, size & 0xffffffffL}) {
            for (int i = 0; i < 4; i++) {
                out.write((int) (v >>> (8 * i)) & 0xff);
            }
        }
        return out.toByteArray();
    }

    private static byte[] javaZip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
