package org.newsarchive.etl.evaluation;

import java.nio.file.Path;

/**
 * Command-line scorer for a finished run:
 * <pre>
 * java -cp target/news-archive-etl.jar -Dloader.main=org.newsarchive.etl.evaluation.Evaluate \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --out OUTPUT_DIR --gold GOLD_DIR
 * ... --out OUTPUT_DIR --datelines GOLD_CSV
 * </pre>
 * prints the same tables as {@code shared/tools/score_roles.py} and {@code score_datelines.py}.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        Path out = null, gold = null, datelines = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--gold" -> gold = Path.of(args[i + 1]);
                case "--datelines" -> datelines = Path.of(args[i + 1]);
                default -> usage();
            }
        }
        if (out == null || (gold == null && datelines == null)) {
            usage();
        }
        if (gold != null) {
            System.out.print(RoleScorer.score(out, gold).table());
        }
        if (datelines != null) {
            System.out.println(DatelineScorer.score(out, datelines).line());
        }
    }

    private static void usage() {
        System.err.println("usage: Evaluate --out OUTPUT_DIR (--gold GOLD_DIR | --datelines GOLD_CSV)");
        System.exit(2);
    }
}
