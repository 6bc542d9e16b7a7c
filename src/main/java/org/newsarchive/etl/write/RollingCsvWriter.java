package org.newsarchive.etl.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.core.io.FileSystemResource;

/**
 * Writes the rows of one output table to a CSV file that a spreadsheet can open whole: a
 * byte-order mark (when {@link CsvOptions#bom()}), a header row, rows formatted by
 * {@link CsvRowFormatter#formatTableRow}, CRLF line ends. A table with more rows than a
 * spreadsheet holds ({@link CsvOptions#maxRowsPerFile()}, header included) goes on in numbered
 * part files beside the first: {@code paragraphs.csv}, {@code paragraphs-part2.csv},
 * {@code paragraphs-part3.csv}, ..., each with its own byte-order mark and header.
 *
 * <p>Each part is a transactional, restartable Spring Batch {@link FlatFileItemWriter}: rows reach
 * the file when the chunk commits, and the byte position of the current part is saved in the
 * step's execution context, with the part number and its row count. A restart reopens that
 * part, cuts off what the failed run wrote after the last commit (the header, and so the
 * byte-order mark, is not written again), and deletes any later part that the failed run had
 * begun. A part is full the moment its last row is written, and the next part is begun in the
 * same chunk, so a committed state never points at a full part. A last part that gets no rows
 * is deleted when the writer closes.
 */
public final class RollingCsvWriter implements ItemStreamWriter<List<Object>> {

    private static final char BOM = '\uFEFF';

    private final Path folder;
    private final String fileName;
    private final List<String> columns;
    private final CsvRowFormatter formatter;
    private final Pattern partName;
    private final long rowsPerPart;

    private FlatFileItemWriter<List<Object>> current;
    private int part;
    private long rowsInPart;

    /**
     * @param folder    the run folder
     * @param fileName  the first file's name, e.g. {@code paragraphs.csv}; also the prefix of the
     *                  execution-context keys
     * @param columns   the table's columns (the {@value OutputTables#TRUNCATED_COLUMNS} column is added)
     * @param formatter formats rows, with the options to follow
     */
    public RollingCsvWriter(Path folder, String fileName, List<String> columns, CsvRowFormatter formatter) {
        if (!fileName.endsWith(".csv")) {
            throw new IllegalArgumentException("not a .csv file name: " + fileName);
        }
        this.folder = folder;
        this.fileName = fileName;
        this.columns = List.copyOf(columns);
        this.formatter = formatter;
        this.partName = Pattern.compile(Pattern.quote(stem(fileName)) + "-part([0-9]+)\\.csv");
        this.rowsPerPart = formatter.options().maxRowsPerFile() - 1;
    }

    /** The file of a part: the file name itself for part 1, {@code <stem>-part<n>.csv} after it. */
    public static Path partFile(Path folder, String fileName, int part) {
        return part == 1 ? folder.resolve(fileName) : folder.resolve(stem(fileName) + "-part" + part + ".csv");
    }

    /** The files written so far, in order. */
    public List<Path> files() {
        return java.util.stream.IntStream.rangeClosed(1, part).mapToObj(n -> partFile(folder, fileName, n))
                .filter(Files::exists).toList();
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.length() - ".csv".length());
    }

    private String key(String suffix) {
        return fileName + "." + suffix;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        // a context written before part files existed holds only the flat-file writer's keys: part 1
        part = context.containsKey(key("part")) ? context.getInt(key("part")) : 1;
        rowsInPart = context.containsKey(key("part.rows")) ? context.getLong(key("part.rows"))
                : context.getLong(key("written"), 0L);
        deletePartsAfter(part);
        current = partWriter(part);
        current.open(context); // restarts (truncates) where the context has this writer's position
        if (rowsInPart >= rowsPerPart) {
            rollOver();
        }
    }

    @Override
    public void write(Chunk<? extends List<Object>> chunk) throws Exception {
        List<? extends List<Object>> rows = chunk.getItems();
        int i = 0;
        while (i < rows.size()) {
            int take = (int) Math.min(rowsPerPart - rowsInPart, rows.size() - i);
            current.write(new Chunk<>(List.copyOf(rows.subList(i, i + take))));
            rowsInPart += take;
            i += take;
            if (rowsInPart >= rowsPerPart) {
                rollOver();
            }
        }
    }

    /**
     * Closes the full part and begins the next one. In a chunk's transaction both take effect
     * at commit: the closing part's last rows are flushed and it is closed, the new part's
     * header is written.
     */
    private void rollOver() {
        current.close();
        part++;
        rowsInPart = 0;
        current = partWriter(part);
        current.open(new ExecutionContext()); // a new file: deletes any leftover, writes BOM and header
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(key("part"), part);
        context.putLong(key("part.rows"), rowsInPart);
        current.update(context);
    }

    @Override
    public void close() throws ItemStreamException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private FlatFileItemWriter<List<Object>> partWriter(int n) {
        FlatFileItemWriter<List<Object>> writer = new FlatFileItemWriter<>(row -> formatter.formatTableRow(columns, row));
        writer.setResource(new FileSystemResource(partFile(folder, fileName, n)));
        writer.setName(fileName);
        writer.setEncoding("UTF-8");
        writer.setLineSeparator("\r\n");
        boolean bom = formatter.options().bom();
        String header = formatter.tableHeader(columns);
        writer.setHeaderCallback(out -> {
            if (bom) {
                out.write(BOM);
            }
            out.write(header);
        });
        writer.setShouldDeleteIfExists(true);
        writer.setShouldDeleteIfEmpty(n > 1);
        writer.setTransactional(true);
        return writer;
    }

    /** Deletes part files after {@code last}: begun by a run that failed before its commit. */
    private void deletePartsAfter(int last) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = partName.matcher(f.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) > last) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear part files of " + fileName + " in " + folder, e);
        }
    }
}
