package org.newsarchive.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsarchive.etl.source.ContainerFixtures.entries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.Fixtures;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.source.ContainerFixtures.Capture;

class SourceTreeContainerTest {

    static final Path SAMPLES = Path.of("..", "shared", "corpus", "formats");

    @TempDir
    Path root;

    static List<SourceDocument> walk(Path root) {
        List<SourceDocument> out = new ArrayList<>();
        try (SourceTree tree = new SourceTree(root)) {
            tree.forEachRemaining(out::add);
        }
        return out;
    }

    static List<String> paths(List<SourceDocument> docs) {
        return docs.stream().map(SourceDocument::sourcePath).toList();
    }

    static String text(SourceDocument d) throws IOException {
        try (var in = d.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void zipEntriesBecomeDocumentsInArchiveOrder() throws IOException {
        ContainerFixtures.write(root.resolve("a/archive.zip"), ContainerFixtures.zip(entries(
                "stories/zeta.txt", Fixtures.WIRE_STORY, "stories/", "", "alpha.html", Fixtures.NEWS_PAGE,
                "__MACOSX/stories/._zeta.txt", "junk")));
        Files.writeString(root.resolve("b.txt"), "loose");

        List<SourceDocument> docs = walk(root);

        assertThat(paths(docs)).containsExactly("a/archive.zip!/stories/zeta.txt", "a/archive.zip!/alpha.html", "b.txt");
        assertThat(text(docs.get(0))).isEqualTo(Fixtures.WIRE_STORY);
        assertThat(docs.get(0).extension()).isEqualTo("txt");
        assertThat(docs.get(0).file()).isEqualTo(root.resolve("a/archive.zip"));
        assertThat(docs.get(0).isEntry()).isTrue();
        assertThat(docs.get(2).isEntry()).isFalse();
    }

    @Test
    void tarGzTgzTarAndSingleGzip() throws IOException {
        Map<String, byte[]> e = entries("x/one.txt", "first", "./x/two.html", "<p>second</p>");
        ContainerFixtures.write(root.resolve("1.tar.gz"), ContainerFixtures.tarGz(e));
        ContainerFixtures.write(root.resolve("2.tgz"), ContainerFixtures.tarGz(e));
        ContainerFixtures.write(root.resolve("3.tar"), ContainerFixtures.tar(e));
        ContainerFixtures.write(root.resolve("4-story.txt.gz"), ContainerFixtures.gzip("gzipped story".getBytes()));

        List<SourceDocument> docs = walk(root);

        assertThat(paths(docs)).containsExactly(
                "1.tar.gz!/x/one.txt", "1.tar.gz!/x/two.html",
                "2.tgz!/x/one.txt", "2.tgz!/x/two.html",
                "3.tar!/x/one.txt", "3.tar!/x/two.html",
                "4-story.txt.gz!/4-story.txt");
        assertThat(text(docs.get(1))).isEqualTo("<p>second</p>");
        assertThat(text(docs.get(6))).isEqualTo("gzipped story");
    }

    @Test
    void nestedContainersChainTheirPaths() throws IOException {
        byte[] innerTarGz = ContainerFixtures.tarGz(entries("a.txt", "deep story"));
        byte[] innerZip = ContainerFixtures.zip(entries("b.txt", "deeper", "c.txt.gz", ContainerFixtures.gzip("c".getBytes())));
        ContainerFixtures.write(root.resolve("outer.zip"), ContainerFixtures.zip(entries(
                "inner.tar.gz", innerTarGz, "sub/inner.zip", innerZip, "after.txt", "after")));

        List<SourceDocument> docs = walk(root);

        assertThat(paths(docs)).containsExactly("outer.zip!/inner.tar.gz!/a.txt", "outer.zip!/sub/inner.zip!/b.txt",
                "outer.zip!/sub/inner.zip!/c.txt.gz!/c.txt", "outer.zip!/after.txt");
        assertThat(text(docs.get(0))).isEqualTo("deep story");
        assertThat(text(docs.get(3))).isEqualTo("after");
    }

    @Test
    void containersAreRecognisedByContentNotOnlyByName() throws IOException {
        ContainerFixtures.write(root.resolve("bundle"), ContainerFixtures.zip(entries("s.txt", "no extension")));
        ContainerFixtures.write(root.resolve("bundle.dat"), ContainerFixtures.tarGz(entries("t.txt", "odd extension")));
        // the .txt fast path is not sniffed: zip bytes in a .txt stay one document
        ContainerFixtures.write(root.resolve("fast.txt"), ContainerFixtures.zip(entries("u.txt", "hidden")));
        // a DOCX is a zip but a document, not a container
        Fixtures.writeDocx(root.resolve("letter.docx"), "Title", List.of("Body"));
        Files.copy(root.resolve("letter.docx"), root.resolve("letter-without-extension"));

        assertThat(paths(walk(root))).containsExactly("bundle!/s.txt", "bundle.dat!/t.txt", "fast.txt",
                "letter-without-extension", "letter.docx");
    }

    @Test
    void warcGivesOneDocumentPerHtmlOrTextResponseAndCountsTheRest() throws IOException {
        Instant captured = Instant.parse("2024-03-05T23:30:00Z");
        byte[] latin1 = "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        ContainerFixtures.write(root.resolve("crawl.warc.gz"), ContainerFixtures.warc(true, captured,
                new Capture("https://news.example/ferry", 200, "text/html; charset=utf-8", Fixtures.NEWS_PAGE.getBytes(StandardCharsets.UTF_8)),
                new Capture("https://news.example/site.css", 200, "text/css", "p{}".getBytes()),
                new Capture("https://news.example/gone", 404, "text/html", "<p>not here</p>".getBytes()),
                new Capture("https://news.example/cafe", 200, "text/html; charset=ISO-8859-1", latin1),
                new Capture("https://news.example/wire.txt", 200, "text/plain", "plain story".getBytes())));

        SourceTree tree = new SourceTree(root);
        List<SourceDocument> docs = new ArrayList<>();
        tree.forEachRemaining(docs::add);

        assertThat(paths(docs)).containsExactly("crawl.warc.gz!/https://news.example/ferry",
                "crawl.warc.gz!/https://news.example/cafe", "crawl.warc.gz!/https://news.example/wire.txt");
        SourceDocument ferry = docs.get(0);
        assertThat(ferry.origin().url()).isEqualTo("https://news.example/ferry");
        assertThat(ferry.origin().captureDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(ferry.origin().contentType()).matches("text/html; ?charset=utf-8");
        assertThat(text(ferry)).isEqualTo(Fixtures.NEWS_PAGE);
        assertThat(docs.get(1).content()).isEqualTo(latin1);
        assertThat(tree.stats().skipped()).containsEntry("warc-request", 5L).containsEntry("warc-revisit", 1L)
                .containsEntry("warc-not-html", 1L).containsEntry("warc-status-not-200", 1L);
        assertThat(tree.stats().containers()).isEqualTo(1);
        assertThat(tree.stats().documents()).isEqualTo(3);
    }

    @Test
    void arcGivesOneDocumentPerHtmlOrTextResponseLikeWarc() throws IOException {
        Instant captured = Instant.parse("2004-11-02T21:15:00Z");
        byte[] latin1 = "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        Capture[] captures = {
                new Capture("http://news.example/ferry", 200, "text/html; charset=utf-8", Fixtures.NEWS_PAGE.getBytes(StandardCharsets.UTF_8)),
                new Capture("http://news.example/site.css", 200, "text/css", "p{}".getBytes()),
                new Capture("http://news.example/gone", 404, "text/html", "<p>not here</p>".getBytes()),
                new Capture("http://news.example/cafe", 200, "text/html; charset=ISO-8859-1", latin1),
                new Capture("http://news.example/wire.txt", 200, "text/plain", "plain story".getBytes())};
        ContainerFixtures.write(root.resolve("crawl.arc.gz"), ContainerFixtures.arc(true, "crawl.arc.gz", captured, captures));
        ContainerFixtures.write(root.resolve("plain.arc"), ContainerFixtures.arc(false, "plain.arc", captured, captures));

        SourceTree tree = new SourceTree(root);
        List<SourceDocument> docs = new ArrayList<>();
        tree.forEachRemaining(docs::add);

        assertThat(docs).allSatisfy(d -> assertThat(d.origin().failure()).isNull());
        assertThat(paths(docs)).containsExactly("crawl.arc.gz!/http://news.example/ferry",
                "crawl.arc.gz!/http://news.example/cafe", "crawl.arc.gz!/http://news.example/wire.txt",
                "plain.arc!/http://news.example/ferry", "plain.arc!/http://news.example/cafe",
                "plain.arc!/http://news.example/wire.txt");
        for (SourceDocument ferry : List.of(docs.get(0), docs.get(3))) {
            assertThat(ferry.origin().url()).isEqualTo("http://news.example/ferry");
            assertThat(ferry.origin().captureDate()).isEqualTo(LocalDate.of(2004, 11, 2));
            assertThat(ferry.origin().contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(text(ferry)).isEqualTo(Fixtures.NEWS_PAGE);
        }
        assertThat(docs.get(1).content()).isEqualTo(latin1);
        assertThat(text(docs.get(5))).isEqualTo("plain story");
        assertThat(tree.stats().skipped()).containsEntry("arc-filedesc", 2L).containsEntry("arc-not-http", 2L)
                .containsEntry("arc-not-html", 2L).containsEntry("arc-status-not-200", 2L);
        assertThat(tree.stats().containers()).isEqualTo(2);
        assertThat(tree.stats().documents()).isEqualTo(6);
    }

    @Test
    void aPageCapturedTwiceIsTwoDocumentsTheLaterOneNumbered() throws IOException {
        Instant first = Instant.parse("2024-03-05T08:00:00Z");
        Instant second = Instant.parse("2024-03-06T08:00:00Z");
        Instant third = Instant.parse("2024-03-07T08:00:00Z");
        java.io.ByteArrayOutputStream crawl = new java.io.ByteArrayOutputStream();
        crawl.write(ContainerFixtures.warc(true, first,
                new Capture("https://news.example/ferry", 200, "text/html", "<p>Ferry delayed.</p>".getBytes()),
                new Capture("https://news.example/cafe", 200, "text/html", "<p>Cafe opens.</p>".getBytes())));
        crawl.write(ContainerFixtures.warc(true, second,
                new Capture("https://news.example/ferry", 200, "text/html", "<p>Ferry cancelled.</p>".getBytes())));
        crawl.write(ContainerFixtures.warc(true, third,
                new Capture("https://news.example/ferry", 200, "text/html", "<p>Ferry back.</p>".getBytes())));
        ContainerFixtures.write(root.resolve("crawl.warc.gz"), crawl.toByteArray());
        // a tar appended to (tar -r) holds a name twice; a name that looks like a repeat is kept apart
        java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
        try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(tar)) {
            for (String[] e : new String[][] {{"desk/a.txt#2", "odd name"}, {"desk/a.txt", "first"}, {"desk/a.txt", "second"}}) {
                var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(e[0]);
                entry.setSize(e[1].length());
                out.putArchiveEntry(entry);
                out.write(e[1].getBytes(StandardCharsets.US_ASCII));
                out.closeArchiveEntry();
            }
        }
        ContainerFixtures.write(root.resolve("desk.tar"), tar.toByteArray());

        List<SourceDocument> docs = walk(root);

        assertThat(paths(docs)).containsExactly("crawl.warc.gz!/https://news.example/ferry",
                "crawl.warc.gz!/https://news.example/cafe", "crawl.warc.gz!/https://news.example/ferry#2",
                "crawl.warc.gz!/https://news.example/ferry#3",
                "desk.tar!/desk/a.txt#2", "desk.tar!/desk/a.txt", "desk.tar!/desk/a.txt#3");
        assertThat(docs).extracting(d -> d.origin().captureDate()).startsWith(LocalDate.of(2024, 3, 5),
                LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 7));
        assertThat(docs.subList(0, 4)).extracting(d -> d.origin().url()).containsExactly("https://news.example/ferry",
                "https://news.example/cafe", "https://news.example/ferry", "https://news.example/ferry");
        assertThat(text(docs.get(2))).isEqualTo("<p>Ferry cancelled.</p>");
        assertThat(text(docs.get(3))).isEqualTo("<p>Ferry back.</p>");
        assertThat(text(docs.get(6))).isEqualTo("second");
        // the same paths, so the same article ids, on every walk
        assertThat(paths(walk(root))).isEqualTo(paths(docs));
    }

    @Test
    void uncompressedWarcInsideAZip() throws IOException {
        byte[] warc = ContainerFixtures.warc(false, Instant.parse("2020-01-01T00:00:00Z"),
                new Capture("http://a.example/", 200, "text/html", "<p>x</p>".getBytes()));
        ContainerFixtures.write(root.resolve("box.zip"), ContainerFixtures.zip(entries("crawls/c.warc", warc)));

        assertThat(paths(walk(root))).containsExactly("box.zip!/crawls/c.warc!/http://a.example/");
    }

    @Test
    void mboxGivesOneDocumentPerMessage() throws IOException {
        ContainerFixtures.write(root.resolve("desk.mbox"), ContainerFixtures.mbox(
                "Subject: One\n\nFirst body.\nFrom the desk.\n", "Subject: Two\n\nSecond body.\n"));

        List<SourceDocument> docs = walk(root);

        assertThat(paths(docs)).containsExactly("desk.mbox!/1.eml", "desk.mbox!/2.eml");
        assertThat(text(docs.get(0))).startsWith("Subject: One\n\nFirst body.\nFrom the desk.\n");
        assertThat(text(docs.get(1))).startsWith("Subject: Two");
    }

    @Test
    void anOversizedEntryIsRejectedAndTheWalkGoesOn() throws IOException {
        byte[] big = new byte[5000];
        Arrays.fill(big, (byte) 'x');
        ContainerFixtures.write(root.resolve("a.zip"), ContainerFixtures.zip(entries("big.txt", big, "small.txt", "ok")));

        List<SourceDocument> docs = new ArrayList<>();
        try (SourceTree tree = new SourceTree(root, 4096)) {
            tree.forEachRemaining(docs::add);
            assertThat(tree.stats().failed()).isEqualTo(1);
        }

        assertThat(paths(docs)).containsExactly("a.zip!/big.txt", "a.zip!/small.txt");
        assertThat(docs.get(0).origin().failure()).isEqualTo("entry larger than 4096 bytes");
        assertThat(docs.get(1).origin().failure()).isNull();
    }

    @Test
    void aBrokenContainerYieldsWhatItCanAndAFailureThenTheWalkGoesOn() throws IOException {
        byte[] tgz = ContainerFixtures.tarGz(entries("1.txt", "one", "2.txt", "two".repeat(20000), "3.txt", "three"));
        ContainerFixtures.write(root.resolve("a-cut.tar.gz"), Arrays.copyOf(tgz, tgz.length / 2));
        ContainerFixtures.write(root.resolve("b-garbage.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        Files.writeString(root.resolve("c.txt"), "fine");

        List<SourceDocument> docs = walk(root);

        assertThat(paths(docs)).startsWith("a-cut.tar.gz!/1.txt").endsWith("c.txt");
        assertThat(docs).filteredOn(d -> d.origin().failure() != null).extracting(SourceDocument::sourcePath)
                .contains("b-garbage.gz")
                .anySatisfy(p -> assertThat(p).startsWith("a-cut.tar.gz"));
    }

    @Test
    void theExpansionIsTheSameOnEveryWalk() throws IOException {
        ContainerFixtures.write(root.resolve("x.zip"), ContainerFixtures.zip(entries("b.txt", "b", "a.txt", "a",
                "n.tar.gz", ContainerFixtures.tarGz(entries("z.txt", "z", "y.txt", "y")))));
        ContainerFixtures.write(root.resolve("w.warc"), ContainerFixtures.warc(false, Instant.EPOCH,
                new Capture("http://e.example/1", 200, "text/html", "<p>1</p>".getBytes()),
                new Capture("http://e.example/2", 200, "text/html", "<p>2</p>".getBytes())));

        List<String> first = paths(walk(root));
        assertThat(first).hasSize(6);
        assertThat(paths(walk(root))).isEqualTo(first);
        // a walk cut short and started again lands on the same items
        try (SourceTree tree = new SourceTree(root)) {
            for (int i = 0; i < 3; i++) {
                tree.next();
            }
            List<String> rest = new ArrayList<>();
            tree.forEachRemaining(d -> rest.add(d.sourcePath()));
            assertThat(rest).isEqualTo(first.subList(3, 6));
        }
    }

    // ---- the real WARC samples in ../shared/corpus/formats/warc (see SOURCES.md) ----

    private List<SourceDocument> sample(String name, SourceTree[] treeOut) throws IOException {
        Path file = SAMPLES.resolve("warc").resolve(name);
        assumeTrue(Files.isRegularFile(file), "sample " + file + " not present");
        Files.createSymbolicLink(root.resolve(name), file.toAbsolutePath());
        SourceTree tree = new SourceTree(root);
        List<SourceDocument> docs = new ArrayList<>();
        tree.forEachRemaining(docs::add);
        treeOut[0] = tree;
        return docs;
    }

    @Test
    void realWarcExampleSkipsItsRequestsAndRevisit() throws IOException {
        SourceTree[] tree = new SourceTree[1];
        List<SourceDocument> docs = sample("example.warc", tree);

        assertThat(paths(docs)).containsExactly("example.warc!/http://example.com/");
        assertThat(text(docs.get(0))).contains("<title>Example Domain</title>");
        assertThat(tree[0].stats().skipped()).containsEntry("warc-revisit", 1L).containsKey("warc-request")
                .containsKey("warc-warcinfo");
    }

    @Test
    void realWikipediaWarcGivesTheMainPageAndSkipsStylesScriptsAndImages() throws IOException {
        SourceTree[] tree = new SourceTree[1];
        List<SourceDocument> docs = sample("wikipedia-main-page-2012.warc.gz", tree);

        assertThat(paths(docs)).contains("wikipedia-main-page-2012.warc.gz!/http://en.wikipedia.org/wiki/Main_Page");
        assertThat(docs).allSatisfy(d -> assertThat(d.origin().contentType()).matches("(?i)text/(html|plain).*"));
        assertThat(docs).allSatisfy(d -> assertThat(d.origin().captureDate()).isEqualTo(LocalDate.of(2012, 1, 19)));
        assertThat(tree[0].stats().skipped()).containsEntry("warc-request", 77L).containsKey("warc-not-html");
        long responses = docs.size() + tree[0].stats().skipped().getOrDefault("warc-not-html", 0L)
                + tree[0].stats().skipped().getOrDefault("warc-status-not-200", 0L);
        assertThat(responses).isEqualTo(70);
    }

    @Test
    void realPreStandardWarc017IsRead() throws IOException {
        SourceTree[] tree = new SourceTree[1];
        List<SourceDocument> docs = sample("IAH-20080430204825-00000-blackbook-truncated.warc.gz", tree);

        assertThat(paths(docs)).contains("IAH-20080430204825-00000-blackbook-truncated.warc.gz!/http://www.archive.org/index.php");
        assertThat(tree[0].stats().skipped()).containsKey("warc-metadata").containsKey("warc-request")
                .containsEntry("warc-not-http", 1L);
    }
}
