package org.newsarchive.etl;

import java.nio.file.Path;
import java.util.Map;

import org.newsarchive.etl.job.ImportCommandLine;
import org.newsarchive.etl.job.ImportParameters;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Entry point: runs the import job from the command line and exits with its exit code. */
@SpringBootApplication
public class NewsArchiveEtlApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(NewsArchiveEtlApplication.class);
        app.setDefaultProperties(Map.of("spring.datasource.url", defaultDatabaseUrl(args)));
        System.exit(SpringApplication.exit(app.run(args)));
    }

    /**
     * The embedded HSQLDB file database under the output folder's {@code db/} (by default
     * {@code output/db/} of the working directory). Cached tables keep rows on disk, not in
     * the heap; write delay off makes every commit durable.
     */
    static String defaultDatabaseUrl(String[] args) {
        String outputDir = "output";
        for (String arg : args) {
            if (arg.startsWith(ImportParameters.OUTPUT_DIR + "=")) {
                outputDir = arg.substring(ImportParameters.OUTPUT_DIR.length() + 1).strip();
            }
        }
        Path db = Path.of(outputDir).toAbsolutePath().normalize().resolve("db").resolve("news");
        return "jdbc:hsqldb:file:" + db + ";hsqldb.default_table_type=cached;hsqldb.write_delay=false;shutdown=true";
    }

    @Bean
    @ConditionalOnProperty(name = "news.command-line.enabled", havingValue = "true", matchIfMissing = true)
    ImportCommandLine importCommandLine(JobOperator jobOperator, Job importArticles) {
        return new ImportCommandLine(jobOperator, importArticles, System.out, System.err);
    }
}
