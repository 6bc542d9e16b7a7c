package org.newsarchive.etl.job;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.newsarchive.etl.write.CsvOptions;
import org.newsarchive.etl.write.CsvRowFormatter;
import org.newsarchive.etl.write.DataDictionary;
import org.newsarchive.etl.write.OutputTables;
import org.newsarchive.etl.write.RollingCsvWriter;

/**
 * The manager's step after the partitions: joins the CSV files the partitions wrote
 * ({@code run-...parts/partition-0001/articles.csv}, ...) into the run folder's
 * {@code articles.csv}, {@code paragraphs.csv}, {@code quotes.csv} and {@code rejects.csv}, in
 * partition order, which is the walk's order: the bytes are those a one-machine run writes.
 *
 * <p>Each partition file starts with its own byte-order mark and header (when the
 * {@code news.csv.*} settings say so); those are dropped and the run's files get one each. The
 * rows are copied as bytes, counted by their CRLF record ends (a cell never holds a CR:
 * {@link CsvRowFormatter} writes line breaks in cells as LF), and a table with more rows than
 * {@link CsvOptions#maxRowsPerFile()} goes on in {@code <name>-part2.csv}, ... as in a
 * one-machine run. The data dictionary {@code columns.csv} is written here.
 *
 * <p>Repeatable: run again after a crash it writes the run's files anew from the parts. The parts
 * folder is renamed away in one move once the files are complete, then deleted; a repeat that
 * finds it gone and the files there has nothing to do.
 */
public class MergePartsTasklet implements Tasklet {

    static final List<String> TABLES = List.of("articles.csv", "paragraphs.csv", "quotes.csv", "rejects.csv");

    private final CsvOptions csvOptions;

    public MergePartsTasklet(CsvOptions csvOptions) {
        this.csvOptions = csvOptions;
    }

    static List<String> columns(String table) {
        return switch (table) {
            case "articles.csv" -> OutputTables.ARTICLE_COLUMNS;
            case "paragraphs.csv" -> OutputTables.PARAGRAPH_COLUMNS;
            case "quotes.csv" -> OutputTables.QUOTE_COLUMNS;
            case "rejects.csv" -> OutputTables.REJECT_COLUMNS;
            default -> throw new IllegalArgumentException(table);
        };
    }

    static Path partitionFolder(Path partsFolder, int number) {
        return partsFolder.resolve(String.format("partition-%04d", number));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Path runFolder = ImportParameters.partialRunFolder(job);
        Path parts = ImportParameters.partsFolder(job);
        Path merged = parts.resolveSibling(parts.getFileName() + ".merged");
        CsvOptions options = csvOptions.withDelimiter(ImportParameters.csvDelimiter(job.getJobParameters()));
        if (Files.isDirectory(parts)) {
            Files.createDirectories(runFolder);
            merge(partitionFolders(parts), runFolder, options);
            DataDictionary.write(runFolder, options);
            deleteTree(merged);
            Files.move(parts, merged, StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.exists(runFolder.resolve("articles.csv"))
                && !Files.exists(ImportParameters.runFolder(job))) {
            throw new IOException("nothing to merge: neither '" + parts + "' nor the run's CSV files in '" + runFolder + "' exist");
        }
        deleteTree(merged);
        return RepeatStatus.FINISHED;
    }

    /** The partition folders in partition order; fails if one is missing. */
    static List<Path> partitionFolders(Path parts) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(parts)) {
            folders = s.filter(p -> p.getFileName().toString().matches("partition-[0-9]{4}"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (int i = 0; i < folders.size(); i++) {
            if (!folders.get(i).equals(partitionFolder(parts, i + 1))) {
                throw new IOException("partition folder " + partitionFolder(parts, i + 1) + " is missing");
            }
        }
        return folders;
    }

    /** Joins the partitions' files of every table into the run folder's files. */
    static void merge(List<Path> partitions, Path runFolder, CsvOptions options) throws IOException {
        CsvRowFormatter formatter = new CsvRowFormatter(options);
        for (String table : TABLES) {
            byte[] header = ((options.bom() ? "\uFEFF" : "") + formatter.tableHeader(columns(table)) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            deleteParts(runFolder, table);
            try (JoinedTable out = new JoinedTable(runFolder, table, header, options.maxRowsPerFile() - 1)) {
                for (Path partition : partitions) {
                    for (int part = 1; Files.exists(RollingCsvWriter.partFile(partition, table, part)); part++) {
                        out.append(RollingCsvWriter.partFile(partition, table, part));
                    }
                }
            }
        }
    }

    private static void deleteParts(Path folder, String table) throws IOException {
        for (int part = 1; ; part++) {
            if (!Files.deleteIfExists(RollingCsvWriter.partFile(folder, table, part)) && part > 1) {
                return;
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(folder)) {
            paths = new ArrayList<>(s.toList());
        }
        paths.sort(Comparator.reverseOrder());
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }

    /** The run's files of one table, written row by row from the partitions' files. */
    private static final class JoinedTable implements AutoCloseable {
        private final Path folder;
        private final String table;
        private final byte[] header;
        private final long rowsPerPart;
        private int part;
        private long rowsInPart;
        private OutputStream out;

        JoinedTable(Path folder, String table, byte[] header, long rowsPerPart) throws IOException {
            this.folder = folder;
            this.table = table;
            this.header = header;
            this.rowsPerPart = rowsPerPart;
            begin(1);
        }

        private void begin(int n) throws IOException {
            if (out != null) {
                out.close();
            }
            part = n;
            rowsInPart = 0;
            out = new BufferedOutputStream(Files.newOutputStream(RollingCsvWriter.partFile(folder, table, n)), 1 << 16);
            out.write(header);
        }

        void append(Path partitionFile) throws IOException {
            try (InputStream in = Files.newInputStream(partitionFile)) {
                byte[] head = in.readNBytes(header.length);
                if (!Arrays.equals(head, header)) {
                    throw new IOException("'" + partitionFile + "' does not start with the header of " + table
                            + " (written with other news.csv settings?)");
                }
                // copied a block at a time; rows (ended by CR LF) are counted for the part limit
                byte[] buf = new byte[1 << 16];
                int prev = -1;
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    int from = 0;
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n' && (i > 0 ? buf[i - 1] : prev) == '\r') {
                            write(buf, from, i + 1);
                            rowsInPart++;
                            from = i + 1;
                        }
                    }
                    write(buf, from, n);
                    prev = buf[n - 1];
                }
                if (prev != -1 && prev != '\n') {
                    throw new IOException("'" + partitionFile + "' ends inside a row");
                }
            }
        }

        /** Bytes {@code from} to {@code to} of {@code buf}; a full part makes them begin the next one. */
        private void write(byte[] buf, int from, int to) throws IOException {
            if (to > from) {
                if (rowsInPart == rowsPerPart) {
                    begin(part + 1);
                }
                out.write(buf, from, to - from);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
