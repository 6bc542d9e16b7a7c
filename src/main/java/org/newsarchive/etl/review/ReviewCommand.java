package org.newsarchive.etl.review;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar news-archive-etl.jar review [--gold GOLD_DIR] RUN_FOLDER}: writes the review
 * page of a finished run folder again, from its CSV files; with {@code --gold}, in compare mode
 * (gold roles beside the written ones, disagreements first, per-role precision, recall and F1 on
 * top). Needs no database and starts no Spring context.
 */
public final class ReviewCommand {

    public static final String NAME = "review";
    static final String USAGE = "usage: java -jar news-archive-etl.jar review [--gold GOLD_DIR] RUN_FOLDER";

    private ReviewCommand() {
    }

    /** Runs the command ({@code args} after {@value #NAME}); returns the exit code (0, or 2 for a bad command line). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path gold = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--gold") && i + 1 < args.size()) {
                gold = Path.of(args.get(++i));
            } else if (a.startsWith("--gold=")) {
                gold = Path.of(a.substring("--gold=".length()));
            } else {
                rest.add(a);
            }
        }
        if (rest.size() != 1 || rest.get(0).startsWith("-")) {
            err.println("error: " + USAGE);
            return 2;
        }
        Path run = Path.of(rest.get(0));
        if (!Files.isRegularFile(run.resolve("articles.csv"))) {
            err.println("error: '" + run + "' is not a run folder (it has no articles.csv)");
            return 2;
        }
        if (gold != null && !Files.isDirectory(gold)) {
            err.println("error: --gold: '" + gold + "' is not a folder");
            return 2;
        }
        try {
            List<ReviewPage.Item> overview = List.of(new ReviewPage.Item("run folder", run.toAbsolutePath().normalize().toString()));
            Path page = gold == null ? ReviewPage.write(run, overview, ReviewPage.DEFAULT_ARTICLES)
                    : ReviewPage.compare(run, gold, overview);
            out.println("review page: " + page.toAbsolutePath().normalize());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot write the review page: " + e);
            return 1;
        }
    }
}
