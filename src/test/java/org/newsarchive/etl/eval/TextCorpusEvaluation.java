package org.newsarchive.etl.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Quote;
import org.newsarchive.etl.model.TaggedParagraph;
import org.newsarchive.etl.split.ParagraphSplitter;
import org.newsarchive.etl.tag.RoleTagger;
import org.newsarchive.etl.tag.TaggingResult;

/**
 * Test-scope evaluation harness: runs the splitter and the tagger on every {@code .txt} of a
 * folder and writes {@code articles.csv}, {@code paragraphs.csv} and {@code quotes.csv} in the
 * output contract's columns, so that {@code ../shared/tools/score_roles.py} and
 * {@code score_datelines.py} can score them.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.newsarchive.etl.eval.TextCorpusEvaluation ../shared/corpus/dev/txt /tmp/out-dev
 * </pre>
 */
public final class TextCorpusEvaluation {

    /** One tagged article with its source path. */
    public record Result(String articleId, String sourcePath, TaggingResult tagging) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TextCorpusEvaluation INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        List<Result> results = run(Paths.get(args[0]));
        write(results, Paths.get(args[1]));
        System.out.println(results.size() + " articles written to " + args[1]);
    }

    /** Tags every .txt file below {@code input}, in file-name order. */
    public static List<Result> run(Path input) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(input)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ParagraphSplitter splitter = new ParagraphSplitter();
        RoleTagger tagger = new RoleTagger();
        List<Result> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<Paragraph> paragraphs = splitter.split(List.of(Block.plain(text)));
            TaggingResult r = tagger.tag(paragraphs, DocumentMetadata.EMPTY);
            String rel = input.relativize(f).toString().replace('\\', '/');
            String name = f.getFileName().toString();
            out.add(new Result(name.substring(0, name.length() - 4), rel, r));
        }
        return out;
    }

    public static void write(List<Result> results, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        try (Writer a = Files.newBufferedWriter(outDir.resolve("articles.csv"), StandardCharsets.UTF_8);
             Writer p = Files.newBufferedWriter(outDir.resolve("paragraphs.csv"), StandardCharsets.UTF_8);
             Writer q = Files.newBufferedWriter(outDir.resolve("quotes.csv"), StandardCharsets.UTF_8);
             CSVPrinter articles = new CSVPrinter(a, csv);
             CSVPrinter paras = new CSVPrinter(p, csv);
             CSVPrinter quotes = new CSVPrinter(q, csv)) {
            articles.printRecord("article_id", "source_path", "title", "published_date", "language", "dateline",
                    "dateline_location", "dateline_date", "byline", "paragraph_count");
            paras.printRecord("article_id", "paragraph_index", "role", "text");
            quotes.printRecord("article_id", "paragraph_index", "quote_index", "quote_text", "speaker");
            for (Result r : results) {
                TaggingResult t = r.tagging();
                var d = t.dateline();
                articles.printRecord(r.articleId(), r.sourcePath(), nz(t.headline()), "", "",
                        d == null ? "" : d.text(), d == null ? "" : nz(d.location()),
                        d == null || d.date() == null ? "" : d.date().toString(), nz(t.byline()),
                        t.paragraphs().size());
                for (TaggedParagraph tp : t.paragraphs()) {
                    paras.printRecord(r.articleId(), tp.index(), tp.role().name(), tp.text());
                }
                for (Quote qt : t.quotes()) {
                    quotes.printRecord(r.articleId(), qt.paragraphIndex(), qt.quoteIndex(), qt.text(), nz(qt.speaker()));
                }
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
