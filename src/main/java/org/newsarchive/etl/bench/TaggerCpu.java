package org.newsarchive.etl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.ParsedDocument;
import org.newsarchive.etl.model.SourceDocument;
import org.newsarchive.etl.parse.DocumentParser;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleModel;
import org.newsarchive.etl.tag.RoleTagger;

/**
 * What the role model's pass costs the tagger, in CPU time: parses and splits every file below
 * the folders given once, then tags all their pages over and over with the rules alone and with
 * the rules and the bundled model, rounds alternating, and prints each mode's CPU time per page
 * (this thread's, {@link ThreadMXBean#getCurrentThreadCpuTime}: the machine's other load does not
 * count) as the median and the lowest of the rounds, and the model's share of the tagger's time.
 * Within a round the two modes alternate pass by pass (a pass: every page once).
 *
 * <pre>bench/tagger-cpu.sh [--rounds N] [--reps N] FOLDER...</pre>
 *
 * Each round tags every page {@code reps} times; the first rounds warm the JIT up and are not counted.
 */
public final class TaggerCpu {

    private TaggerCpu() {
    }

    private record Page(List<Paragraph> paragraphs, DocumentMetadata metadata) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 15, reps = 20, warmup = 5;
        List<Path> folders = new ArrayList<>();
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++k]);
                case "--reps" -> reps = Integer.parseInt(args[++k]);
                case "--warmup" -> warmup = Integer.parseInt(args[++k]);
                default -> folders.add(Path.of(args[k]));
            }
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("usage: TaggerCpu [--rounds N] [--reps N] [--warmup N] FOLDER...");
        }
        DocumentParser parser = new DocumentParser();
        ParagraphSplitter splitter = new ParagraphSplitter();
        List<Page> pages = new ArrayList<>();
        int paragraphs = 0;
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                ParsedDocument parsed = parser.parse(new SourceDocument(f.getFileName().toString(), f, Files.size(f)));
                List<Paragraph> ps = splitter.split(parsed.blocks());
                pages.add(new Page(ps, parsed.metadata()));
                paragraphs += ps.size();
            }
        }
        RoleTagger rules = new RoleTagger();
        RoleTagger withModel = new RoleTagger(RoleModel.bundled());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] rulesNs = new long[rounds], modelNs = new long[rounds];
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            long[] ns = new long[2];
            for (int k = 0; k < reps; k++) {
                // the two modes alternate pass by pass, first one then the other: the machine's
                // drifting load falls on both alike
                for (int m = 0; m < 2; m++) {
                    int mode = (m + k) % 2;
                    RoleTagger t = mode == 1 ? withModel : rules;
                    long start = mx.getCurrentThreadCpuTime();
                    for (Page p : pages) {
                        sink += t.tag(p.paragraphs(), p.metadata()).paragraphs().size();
                    }
                    ns[mode] += mx.getCurrentThreadCpuTime() - start;
                }
            }
            if (r >= 0) {
                rulesNs[r] = ns[0];
                modelNs[r] = ns[1];
            }
        }
        double perPage = 1e3 * reps * pages.size(); // ns → µs per page
        double rulesMed = median(rulesNs) / perPage, modelMed = median(modelNs) / perPage;
        double rulesMin = Arrays.stream(rulesNs).min().orElseThrow() / perPage;
        double modelMin = Arrays.stream(modelNs).min().orElseThrow() / perPage;
        System.out.printf(Locale.ROOT, "pages %d, paragraphs %d, rounds %d x %d reps (checksum %d)%n", pages.size(),
                paragraphs, rounds, reps, sink);
        System.out.printf(Locale.ROOT, "rules only:    median %8.1f µs/page, lowest %8.1f%n", rulesMed, rulesMin);
        System.out.printf(Locale.ROOT, "rules + model: median %8.1f µs/page, lowest %8.1f%n", modelMed, modelMin);
        System.out.printf(Locale.ROOT, "model pass:    median %8.1f µs/page (%+.1f%% of the rules' time), lowest %8.1f%n",
                modelMed - rulesMed, 100 * (modelMed - rulesMed) / rulesMed, modelMin - rulesMin);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
