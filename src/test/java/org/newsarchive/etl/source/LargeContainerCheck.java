package org.newsarchive.etl.source;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a large container of small fictional articles for the manual streaming check (not
 * part of the test suite):
 *
 * <pre>
 * ./mvnw -o -q test-compile package -DskipTests
 * java -cp "$(./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout):target/test-classes" \
 *     org.newsarchive.etl.source.LargeContainerCheck /tmp/big/input 1024
 * java -Xmx512m -jar target/news-archive-etl.jar inputDir=/tmp/big/input outputDir=/tmp/big/output \
 *     --spring.datasource.url='jdbc:hsqldb:file:/tmp/big/output/db/news;shutdown=true;hsqldb.default_table_type=cached'
 * </pre>
 *
 * (The file database must use CACHED tables for a gigabyte of text: HSQLDB's default MEMORY
 * tables keep every row on the heap.)
 *
 * @see StreamingContainerTest the test-scale check in the suite
 */
public final class LargeContainerCheck {

    private LargeContainerCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long targetBytes = Long.parseLong(args.length > 1 ? args[1] : "1024") * 1024 * 1024;
        Files.createDirectories(folder);
        Path file = folder.resolve("archive-of-small-articles.tar");
        long written = 0;
        int n = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            while (written < targetBytes) {
                byte[] article = article(n).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry(String.format("%04d/story-%07d.txt", n / 1000, n));
                e.setSize(article.length);
                tar.putArchiveEntry(e);
                tar.write(article);
                tar.closeArchiveEntry();
                written += article.length + 512;
                n++;
            }
        }
        System.out.println(n + " articles, " + Files.size(file) + " bytes in " + file);
    }

    static String article(int n) {
        StringBuilder sb = new StringBuilder();
        sb.append("Harbour board ").append(n).append(" votes on landing dues\n\n");
        sb.append("KIRKWALL, May ").append(1 + n % 28).append(" (Island Press) - ");
        for (int p = 0; p < 4; p++) {
            for (int s = 0; s < 12; s++) {
                sb.append("Board ").append(n).append(" voted on item ").append(p * 12 + s)
                        .append(" to raise landing dues by four percent, the first rise since 2015. ");
            }
            sb.append("\n\n");
        }
        sb.append("\u201cWe cannot keep the north basin open without dredging it every spring,\u201d said harbour master Ewan Flett.\n");
        return sb.toString();
    }
}
