package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.etl.review.ReviewPage;
import org.newsarchive.etl.source.SourceTree;
import org.springframework.batch.core.job.JobExecution;
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
    public static final String INCLUDE = "include";
    public static final String EXCLUDE = "exclude";
    public static final String SINCE = "since";
    public static final String FULL = "full";
    /**
     * Spring Batch's run-id convention ({@code RunIdIncrementer}'s name): the number of the run
     * among the runs of the same parameters, identifying, absent from the first run (so that a
     * plain nightly run keeps its identity) and 2, 3, ... for the runs launched after one completed.
     */
    public static final String RUN_ID = "run.id";
    public static final String REPORT_ARTICLES = "reportArticles";
    public static final String FORMATS = "formats";
    public static final String CSV_DELIMITER = "csvDelimiter";

    /** Name, default and meaning of each parameter, for {@code --help}. */
    public static final List<String[]> HELP = List.of(
            new String[] {INPUT_DIR, "input", "folder whose files are read (every regular file below it)"},
            new String[] {OUTPUT_DIR, "output", "folder under which each run writes its CSV folder; the default database lives in its db/ folder"},
            new String[] {RUN_DATE, "today", "ISO date that names the run; a failed or stopped run of the same parameters is resumed, a completed one is followed by the next run of that day"},
            new String[] {INCLUDE, "(all)", "comma-separated globs of the files to read, relative to inputDir ('*.txt' matches by name, 'wire/**' by path)"},
            new String[] {EXCLUDE, "(none)", "comma-separated globs of files to leave out, as for include"},
            new String[] {SINCE, "(none)", "ISO date or date-time: only files modified at or after it"},
            new String[] {FULL, "false", "true: read every selected file again, not only those new or changed since the last successful run"},
            new String[] {REPORT_ARTICLES, String.valueOf(ReviewPage.DEFAULT_ARTICLES), "articles in the sample of the run's review page report.html (plus every article with a rare role); 0: no page"},
            new String[] {FORMATS, "csv", "what the run folder gets: csv (the CSV files), xlsx (the workbook news.xlsx) or csv,xlsx"},
            new String[] {CSV_DELIMITER, ",", "the CSV files' field delimiter: , ; or tab (RFC 4180 quoting either way)"});

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
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(INPUT_DIR, input.toString())
                .addString(OUTPUT_DIR, output.toString())
                .addLocalDate(RUN_DATE, runDate);
        // the selection is part of the instance's identity: a run with another selection is
        // another run; absent options are left out, so a plain nightly run keeps its identity
        for (String name : List.of(INCLUDE, EXCLUDE)) {
            String globs = values.get(name);
            if (globs != null && !globs.isBlank()) {
                try {
                    SourceSelection.globs(globs);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ": " + e.getMessage());
                }
                builder.addString(name, globs.strip());
            }
        }
        if (values.containsKey(SINCE)) {
            builder.addLocalDateTime(SINCE, parseSince(values.get(SINCE)));
        }
        if (values.containsKey(FULL)) {
            String full = values.get(FULL).toLowerCase(java.util.Locale.ROOT);
            if (!full.equals("true") && !full.equals("false")) {
                throw new IllegalArgumentException(FULL + ": '" + values.get(FULL) + "' is neither true nor false");
            }
            if (full.equals("true")) {
                builder.addString(FULL, "true");
            }
        }
        if (values.containsKey(REPORT_ARTICLES)) {
            // not part of the run's identity: a restart may ask for another page
            builder.addLong(REPORT_ARTICLES, parseReportArticles(values.get(REPORT_ARTICLES)), false);
        }
        // the output's form is part of the identity too, given only when not the default: a
        // restart must join partition files written with the same delimiter
        if (values.containsKey(FORMATS)) {
            String formats = formats(values.get(FORMATS));
            if (!formats.equals("csv")) {
                builder.addString(FORMATS, formats);
            }
        }
        if (values.containsKey(CSV_DELIMITER)) {
            char delimiter = delimiter(values.get(CSV_DELIMITER));
            if (delimiter != ',') {
                builder.addString(CSV_DELIMITER, delimiter == '\t' ? "tab" : String.valueOf(delimiter));
            }
        }
        return builder.toJobParameters();
    }

    private static long parseReportArticles(String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0 && n <= Integer.MAX_VALUE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(REPORT_ARTICLES + ": '" + value + "' is not a whole number of 0 or more");
    }

    /** The review page's sample size: the parameter, else {@link ReviewPage#DEFAULT_ARTICLES}. */
    public static int reportArticles(JobParameters params) {
        Long n = params.getLong(REPORT_ARTICLES);
        return n == null ? ReviewPage.DEFAULT_ARTICLES : (int) Math.min(Integer.MAX_VALUE, n);
    }

    /** The {@value #FORMATS} parameter in its canonical form: {@code csv}, {@code xlsx} or {@code csv,xlsx}. */
    static String formats(String value) {
        boolean csv = false;
        boolean xlsx = false;
        for (String f : value.split(",", -1)) {
            switch (f.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> csv = true;
                case "xlsx" -> xlsx = true;
                default -> throw new IllegalArgumentException(FORMATS + ": '" + value
                        + "' is not csv, xlsx or csv,xlsx");
            }
        }
        return csv && xlsx ? "csv,xlsx" : xlsx ? "xlsx" : "csv";
    }

    /** The {@value #CSV_DELIMITER} parameter's character: {@code ,}, {@code ;} or tab (given as {@code tab}). */
    static char delimiter(String value) {
        return switch (value) {
            case "," -> ',';
            case ";" -> ';';
            case "tab", "\\t" -> '\t';
            default -> throw new IllegalArgumentException(CSV_DELIMITER + ": '" + value + "' is not , ; or tab");
        };
    }

    /** Whether the job's run folder gets the CSV files (parameter {@value #FORMATS}). */
    public static boolean writesCsv(JobParameters params) {
        String formats = params.getString(FORMATS);
        return formats == null || formats.contains("csv");
    }

    /** Whether the job's run folder gets the workbook {@code news.xlsx} (parameter {@value #FORMATS}). */
    public static boolean writesXlsx(JobParameters params) {
        String formats = params.getString(FORMATS);
        return formats != null && formats.contains("xlsx");
    }

    /** The CSV field delimiter of the job (parameter {@value #CSV_DELIMITER}; a comma when not given). */
    public static char csvDelimiter(JobParameters params) {
        String value = params.getString(CSV_DELIMITER);
        return value == null ? ',' : delimiter(value);
    }

    private static LocalDateTime parseSince(String value) {
        try {
            return value.contains("T") ? LocalDateTime.parse(value) : LocalDate.parse(value).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(SINCE + ": '" + value
                    + "' is not an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS])");
        }
    }

    /** The parameters of the {@code number}-th run of {@code first} (the first run's own for 1). */
    public static JobParameters run(JobParameters first, long number) {
        if (number <= 1) {
            return first;
        }
        return new JobParametersBuilder(first).addLong(RUN_ID, number).toJobParameters();
    }

    /** The number of the run among the runs of its parameters: 1 for the first, then {@value #RUN_ID}. */
    public static long runNumber(JobParameters parameters) {
        Long number = parameters.getLong(RUN_ID);
        return number == null ? 1 : number;
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

    /** The folder a run's CSV files are in once it completed: one per job instance. */
    public static Path runFolder(Path outputDir, LocalDate runDate, long jobInstanceId) {
        return outputDir.resolve("run-" + runDate + "-" + jobInstanceId);
    }

    /**
     * The folder a run writes its CSV files to until it completes ({@code run-...partial}),
     * the same on every restart; the last step renames it to {@link #runFolder}.
     */
    public static Path partialRunFolder(Path outputDir, LocalDate runDate, long jobInstanceId) {
        return outputDir.resolve("run-" + runDate + "-" + jobInstanceId + ".partial");
    }

    /**
     * Where the partitions of a run write their CSV files ({@code run-...parts/partition-0001/},
     * ...) until the merge step joins them into the run folder and deletes this folder.
     */
    public static Path partsFolder(Path outputDir, LocalDate runDate, long jobInstanceId) {
        return outputDir.resolve("run-" + runDate + "-" + jobInstanceId + ".parts");
    }

    /**
     * {@link #runFolder(Path, LocalDate, long)} of a job execution's output folder, run date and
     * instance; a second, third, ... run of the same parameters (see {@link #RUN_ID}) adds
     * {@code -2}, {@code -3}, ...: {@code run-<runDate>-<instance>-2}.
     */
    public static Path runFolder(JobExecution job) {
        return outputDir(job).resolve(runName(job));
    }

    /** {@link #partialRunFolder(Path, LocalDate, long)} of a job execution. */
    public static Path partialRunFolder(JobExecution job) {
        return outputDir(job).resolve(runName(job) + ".partial");
    }

    /** {@link #partsFolder(Path, LocalDate, long)} of a job execution. */
    public static Path partsFolder(JobExecution job) {
        return outputDir(job).resolve(runName(job) + ".parts");
    }

    private static String runName(JobExecution job) {
        long number = runNumber(job.getJobParameters());
        return runFolder(Path.of(""), runDate(job), job.getJobInstance().getInstanceId()).toString()
                + (number > 1 ? "-" + number : "");
    }

    private static Path outputDir(JobExecution job) {
        return Path.of(job.getJobParameters().getString(OUTPUT_DIR));
    }

    private static LocalDate runDate(JobExecution job) {
        return job.getJobParameters().getLocalDate(RUN_DATE);
    }
}
