package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.etl.source.SourceTree;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of the {@code importArticles} job, as given on the command line
 * ({@code name=value}), with their defaults and their checks.
 */
public final class ImportParameters {

    public static final String INPUT_DIR = "inputDir";
    public static final String OUTPUT_DIR = "outputDir";
    public static final String RUN_DATE = "runDate";

    /** Name, default and meaning of each parameter, for {@code --help}. */
    public static final List<String[]> HELP = List.of(
            new String[] {INPUT_DIR, "input", "folder whose files are read (every regular file below it)"},
            new String[] {OUTPUT_DIR, "output", "folder under which each run writes its CSV folder; the default database lives in its db/ folder"},
            new String[] {RUN_DATE, "today", "ISO date that names the run; the same inputDir, outputDir and runDate are one job instance"});

    private ImportParameters() {
    }

    /**
     * Checks the parameters and turns them into job parameters: folders made absolute,
     * the output folder created.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad parameter
     */
    public static JobParameters from(Map<String, String> given, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>(given);
        for (String name : values.keySet()) {
            if (HELP.stream().noneMatch(h -> h[0].equals(name))) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' (see --help)");
            }
        }
        Path input = Path.of(values.getOrDefault(INPUT_DIR, "input")).toAbsolutePath().normalize();
        try {
            SourceTree.checkReadableFolder(input);
        } catch (IOException e) {
            throw new IllegalArgumentException(INPUT_DIR + ": " + e.getMessage());
        }
        Path output = Path.of(values.getOrDefault(OUTPUT_DIR, "output")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new IllegalArgumentException(OUTPUT_DIR + ": cannot create output folder '" + output + "': " + e.getMessage());
        }
        if (!Files.isWritable(output)) {
            throw new IllegalArgumentException(OUTPUT_DIR + ": output folder '" + output + "' is not writable");
        }
        LocalDate runDate;
        try {
            runDate = values.containsKey(RUN_DATE) ? LocalDate.parse(values.get(RUN_DATE)) : today;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(RUN_DATE + ": '" + values.get(RUN_DATE) + "' is not an ISO date (YYYY-MM-DD)");
        }
        return new JobParametersBuilder()
                .addString(INPUT_DIR, input.toString())
                .addString(OUTPUT_DIR, output.toString())
                .addLocalDate(RUN_DATE, runDate)
                .toJobParameters();
    }

    /** Parses {@code name=value} arguments; anything else is an error. */
    public static Map<String, String> parseArguments(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("argument '" + arg + "' is not of the form name=value (see --help)");
            }
            values.put(arg.substring(0, eq).strip(), arg.substring(eq + 1).strip());
        }
        return values;
    }

    /** The folder a run writes its CSV files to: one per job instance, the same on restart. */
    public static Path runFolder(Path outputDir, LocalDate runDate, long jobInstanceId) {
        return outputDir.resolve("run-" + runDate + "-" + jobInstanceId);
    }
}
