package org.newsarchive.etl.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.Fixtures;
import org.newsarchive.etl.job.ArticleProcessor;
import org.newsarchive.etl.model.Outcome;
import org.newsarchive.etl.model.Reject;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.model.SourceOrigin;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleTagger;

/**
 * Seeded random mutations of well-formed seeds (text, HTML, NITF, RSS, PDF, DOCX, e-mail)
 * through parse → split → tag ({@link ArticleProcessor}): every input must give an article or
 * a reject with a reason, never an exception, an "internal error" (a bug some input triggers)
 * or a timeout.
 *
 * <p>CI runs a fixed budget ({@code -Dnews.fuzz.seconds}, default 30 s, seed
 * {@code -Dnews.fuzz.seed}, default 1); a longer run on demand:
 * {@code ./mvnw -o test -Dtest=ProcessorFuzzTest -Dnews.fuzz.seconds=1800 -Dnews.fuzz.seed=$RANDOM}.
 * A failure prints the seed, iteration and the input's bytes (Base64): add them to
 * {@link #REGRESSIONS} as a regression test.
 */
class ProcessorFuzzTest {

    /** Inputs that once failed: name → Base64 bytes. */
    static final List<String[]> REGRESSIONS = List.of();

    @TempDir
    Path dir;

    @Test
    void mutatedDocumentsAreReadOrRejectedNeverCrash() throws Exception {
        long seconds = Long.getLong("news.fuzz.seconds", 30);
        long seed = Long.getLong("news.fuzz.seed", 1);
        List<Object[]> seeds = seeds();
        ArticleProcessor processor = new ArticleProcessor(new DocumentParser(200_000), new ParagraphSplitter(),
                new RoleTagger(), Duration.ofSeconds(20));
        for (String[] r : REGRESSIONS) {
            check(processor, r[0], java.util.Base64.getDecoder().decode(r[1]), "regression " + r[0]);
        }
        Random random = new Random(seed);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        int iterations = 0;
        while (System.nanoTime() < deadline) {
            Object[] s = seeds.get(random.nextInt(seeds.size()));
            byte[] input = mutate((byte[]) s[1], random);
            check(processor, (String) s[0], input, "seed " + seed + " iteration " + iterations);
            iterations++;
        }
        System.out.println("fuzz: " + iterations + " inputs in " + seconds + " s, seed " + seed);
        assertThat(iterations).isGreaterThan(50);
    }

    private static void check(ArticleProcessor processor, String name, byte[] input, String where) {
        Outcome out;
        try {
            // a small text is read on this thread, without the processor's time limit: the test keeps one
            out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    processor.process(SourceDocument.entry("fuzz/" + name, Path.of("fuzz"), input, SourceOrigin.NONE)),
                    () -> where + " " + name + " took longer than 20 s; input " + java.util.Base64.getEncoder().encodeToString(input));
        } catch (RuntimeException | Error e) {
            throw new AssertionError(where + " " + name + " threw " + e + "; input "
                    + java.util.Base64.getEncoder().encodeToString(input), e);
        }
        if (out instanceof Reject r) {
            assertThat(r.reason()).as(where + " " + name + "; input " + java.util.Base64.getEncoder().encodeToString(input))
                    .doesNotStartWith("internal error").doesNotStartWith("parsing took longer");
        }
    }

    private List<Object[]> seeds() throws Exception {
        List<Object[]> seeds = new ArrayList<>();
        seeds.add(new Object[] {"story.txt", HostileFixtures.story(1).getBytes(StandardCharsets.UTF_8)});
        seeds.add(new Object[] {"page.html", ("<html lang=\"en\"><head><title>Plan</title><meta property=\"og:title\" "
                + "content=\"Plan\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Plan\","
                + "\"datePublished\":\"2026-03-01\"}</script></head><body><article><h1>Plan approved</h1><p class=\"byline\">"
                + "By Nell Arden</p><p>ABERLOCH, March 3 (Coastline Wire) - The board approved the plan.</p><blockquote>"
                + "\u201cWe waited long enough for this,\u201d said Ines Varga.</blockquote><figure><figcaption>The harbour"
                + "</figcaption></figure></article></body></html>").getBytes(StandardCharsets.UTF_8)});
        seeds.add(new Object[] {"story.xml", ("<?xml version=\"1.0\"?><nitf><head><title>Plan</title><docdata>"
                + "<date.issue norm=\"20260301T000000\"/></docdata></head><body><body.head><hedline><hl1>Plan approved</hl1>"
                + "</hedline><byline>By Nell Arden</byline><dateline>ABERLOCH</dateline></body.head><body.content><p>The "
                + "board approved the plan.</p><p>\u201cWe waited long enough for this,\u201d said Ines Varga.</p>"
                + "</body.content></body></nitf>").getBytes(StandardCharsets.UTF_8)});
        seeds.add(new Object[] {"feed.xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Plan approved</title><description>The board approved the plan.</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8)});
        seeds.add(new Object[] {"mail.eml", ("From: desk@example.org\r\nSubject: Plan approved\r\nDate: Tue, 3 Mar 2026 "
                + "10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nABERLOCH, March 3 (Coastline Wire) - "
                + "The board approved the plan.\r\n").getBytes(StandardCharsets.UTF_8)});
        Path pdf = dir.resolve("seed.pdf");
        Fixtures.writePdf(pdf, List.of("Plan approved", HostileFixtures.story(2).replace('\n', ' ')));
        seeds.add(new Object[] {"seed.pdf", Files.readAllBytes(pdf)});
        Path docx = dir.resolve("seed.docx");
        Fixtures.writeDocx(docx, "Plan approved", List.of(HostileFixtures.story(3)));
        seeds.add(new Object[] {"seed.docx", Files.readAllBytes(docx)});
        // RTF's styles are read by this project's own scanner, next to Tika's parse
        seeds.add(new Object[] {"seed.rtf", org.newsarchive.etl.parse.StyledFormatsTest.RTF.getBytes(StandardCharsets.US_ASCII)});
        seeds.add(new Object[] {"seed.epub", org.newsarchive.etl.parse.StyledFormatsTest.epub()});
        return seeds;
    }

    /** One to a few byte-level mutations: flips, random bytes, cuts, duplicated or inserted runs. */
    static byte[] mutate(byte[] in, Random random) {
        byte[] out = in.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds && out.length > 0; r++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> out[at] = (byte) random.nextInt(256);
                case 2 -> out = java.util.Arrays.copyOf(out, Math.max(1, at));
                case 3 -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(64));
                    byte[] grown = new byte[out.length + len];
                    System.arraycopy(out, 0, grown, 0, at + len);
                    System.arraycopy(out, at, grown, at + len, out.length - at);
                    out = grown;
                }
                case 4 -> {
                    byte[] tokens = "<>&;\"'/=\u0000\r\n%!?[]{}".getBytes(StandardCharsets.UTF_8);
                    out[at] = tokens[random.nextInt(tokens.length)];
                }
                default -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(16));
                    byte[] cut = new byte[out.length - len];
                    System.arraycopy(out, 0, cut, 0, at);
                    System.arraycopy(out, at + len, cut, at, out.length - at - len);
                    out = cut.length == 0 ? new byte[] {' '} : cut;
                }
            }
        }
        return out;
    }
}
