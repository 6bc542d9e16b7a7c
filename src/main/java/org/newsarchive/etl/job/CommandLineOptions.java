package org.newsarchive.etl.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.batch.core.SpringBatchVersion;

/**
 * The {@code --options} of the command line, checked before anything starts: job parameters
 * given the Spring Boot way ({@code --inputDir=/path}), the {@code news.*} settings a typo in
 * which must not run with defaults, and {@code --version}.
 */
public final class CommandLineOptions {

    /**
     * Every {@code news.*} setting the application reads (application*.properties, {@code @Value},
     * {@link NewsLimits}). An option outside this list (in the relaxed forms Spring Boot binds:
     * {@code chunkSize}, {@code chunk_size}) is refused.
     */
    static final Set<String> NEWS_SETTINGS = Set.of(
            "news.chunk-size", "news.threads", "news.progress-interval", "news.role", "news.partitions",
            "news.command-line.enabled", "news.schema.initialize", "news.stop-timeout-seconds", "news.extract.trace",
            "news.csv.bom", "news.csv.neutralize-formulas", "news.csv.max-cell-length", "news.csv.max-rows-per-file",
            "news.limits.parse-timeout", "news.limits.max-chars", "news.limits.max-entry-bytes",
            "news.limits.max-container-entries", "news.limits.max-nesting-depth", "news.limits.max-expansion-ratio",
            "news.limits.expansion-allowance", "news.limits.in-memory-entry-bytes",
            "news.broker.listen", "news.partition.poll-interval", "news.partition.queue", "news.partition.timeout",
            "news.partition.transport", "news.worker.concurrency");

    /** Settings of the test hooks, which tests add to the application. */
    private static final String TEST_SETTINGS = "news.test.";

    private CommandLineOptions() {
    }

    /**
     * The arguments with every {@code --name=value} whose name is a job parameter (or {@code list}'s
     * {@code count}) turned into {@code name=value}, the form the commands take.
     */
    public static String[] jobParametersWithoutDashes(String[] args) {
        List<String> names = new ArrayList<>(ImportParameters.HELP.stream().map(h -> h[0]).toList());
        names.add(ImportCommandLine.COUNT);
        String[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            for (String name : names) {
                if (result[i].startsWith("--" + name + "=")) {
                    result[i] = result[i].substring(2);
                }
            }
        }
        return result;
    }

    /** The first {@code --news.*} option that is no setting of the application, or null. */
    public static String unknownOption(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--news.")) {
                continue;
            }
            String name = arg.substring(2).split("=", 2)[0];
            if (!name.startsWith(TEST_SETTINGS) && NEWS_SETTINGS.stream().noneMatch(s -> relaxed(s).equals(relaxed(name)))) {
                return "--" + name;
            }
        }
        return null;
    }

    private static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** {@code --version}: this application's, Apache Tika's and Spring Batch's versions, one a line. */
    public static String version() {
        String own = "unknown";
        try (InputStream in = CommandLineOptions.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                own = p.getProperty("news-archive-etl.version", own);
            }
        } catch (IOException e) {
            // the version stays unknown
        }
        return "news-archive-etl " + own + System.lineSeparator()
                + Tika.getString() + System.lineSeparator()
                + "Spring Batch " + SpringBatchVersion.getVersion() + System.lineSeparator()
                + "Java " + Runtime.version() + System.lineSeparator();
    }
}
