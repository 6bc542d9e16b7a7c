package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CSV writer of one table, driven as a chunk step drives it: each chunk is written and the
 * state saved inside a transaction, and only the state of committed chunks survives a crash.
 */
class RollingCsvWriterTest {

    private static final List<String> COLUMNS = List.of("id", "text");
    private final TransactionTemplate tx = new TransactionTemplate(new ResourcelessTransactionManager());

    @TempDir
    Path folder;

    private RollingCsvWriter writer(Path dir, boolean bom, long maxRows) {
        return new RollingCsvWriter(dir, "paragraphs.csv", COLUMNS,
                new CsvRowFormatter(new CsvOptions(bom, true, 32_767, maxRows)));
    }

    private static List<List<Object>> rows(int from, int to) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            rows.add(List.of(i, i % 3 == 0 ? "=row " + i + ", with a comma" : "row " + i + " é ß 中文 “q”"));
        }
        return rows;
    }

    /** Writes one chunk and saves the state in one transaction; returns the committed state. */
    private ExecutionContext commit(RollingCsvWriter w, ExecutionContext context, List<List<Object>> rows) {
        tx.executeWithoutResult(status -> {
            try {
                w.write(new Chunk<>(rows));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            w.update(context);
        });
        return new ExecutionContext(context);
    }

    private List<Path> csvFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static List<CSVRecord> records(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " starts with one BOM").startsWith("\uFEFF");
        assertThat(text.substring(1)).as(file + " has no second BOM").doesNotContain("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void rollsOverIntoPartFilesThatEachHoldAtMostTheRowLimit() throws Exception {
        RollingCsvWriter w = writer(folder, true, 4); // header + 3 rows per file
        ExecutionContext context = new ExecutionContext();
        w.open(context);
        commit(w, context, rows(1, 2));
        commit(w, context, rows(3, 7));
        commit(w, context, rows(8, 10));
        w.close();

        assertThat(csvFiles(folder)).extracting(p -> p.getFileName().toString()).containsExactly(
                "paragraphs-part2.csv", "paragraphs-part3.csv", "paragraphs-part4.csv", "paragraphs.csv");
        List<String> ids = new ArrayList<>();
        for (int part = 1; part <= 4; part++) {
            Path file = RollingCsvWriter.partFile(folder, "paragraphs.csv", part);
            List<CSVRecord> records = records(file);
            assertThat(records.size() + 1).as(file + " rows with header").isLessThanOrEqualTo(4);
            assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("id", "text", "truncated_columns");
            records.forEach(r -> ids.add(r.get("id")));
        }
        assertThat(ids).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(records(folder.resolve("paragraphs.csv")).get(2).get("text")).isEqualTo("'=row 3, with a comma");
    }

    @Test
    void aTableThatFillsItsLastPartExactlyLeavesNoEmptyPart() throws Exception {
        RollingCsvWriter w = writer(folder, true, 4);
        ExecutionContext context = new ExecutionContext();
        w.open(context);
        commit(w, context, rows(1, 6));
        w.close();
        assertThat(csvFiles(folder)).extracting(p -> p.getFileName().toString())
                .containsExactly("paragraphs-part2.csv", "paragraphs.csv");
    }

    @Test
    void restartAfterAFailedChunkGivesTheFilesOfAnUninterruptedRun(@TempDir Path reference) throws Exception {
        RollingCsvWriter straight = writer(reference, true, 4);
        ExecutionContext c0 = new ExecutionContext();
        straight.open(c0);
        commit(straight, c0, rows(1, 2));
        commit(straight, c0, rows(3, 5));
        commit(straight, c0, rows(6, 9));
        commit(straight, c0, rows(10, 11));
        straight.close();

        RollingCsvWriter first = writer(folder, true, 4);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        commit(first, context, rows(1, 2));
        ExecutionContext committed = commit(first, context, rows(3, 5)); // part 2 holds row 4 and 5
        // the next chunk crosses into part 3, then fails: nothing of it may stay
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            try {
                first.write(new Chunk<>(rows(6, 9)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            first.update(context);
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        first.close();
        // and a crash left bytes after the last commit in part 2 and a begun part 4
        Files.writeString(RollingCsvWriter.partFile(folder, "paragraphs.csv", 2), "6,half a ro",
                StandardOpenOption.APPEND);
        Files.writeString(RollingCsvWriter.partFile(folder, "paragraphs.csv", 4), "\uFEFFid,text\r\n");

        RollingCsvWriter restarted = writer(folder, true, 4);
        ExecutionContext again = new ExecutionContext(committed);
        restarted.open(again);
        commit(restarted, again, rows(6, 9));
        commit(restarted, again, rows(10, 11));
        restarted.close();

        assertThat(csvFiles(folder)).extracting(p -> p.getFileName().toString())
                .isEqualTo(csvFiles(reference).stream().map(p -> p.getFileName().toString()).toList());
        for (Path expected : csvFiles(reference)) {
            Path actual = folder.resolve(expected.getFileName());
            assertThat(Files.readAllBytes(actual)).as(actual.toString()).isEqualTo(Files.readAllBytes(expected));
            records(actual); // one BOM each
        }
    }

    @Test
    void withoutBomTheFileStartsWithTheHeader() throws Exception {
        RollingCsvWriter w = writer(folder, false, 1_048_576);
        ExecutionContext context = new ExecutionContext();
        w.open(context);
        commit(w, context, rows(1, 1));
        w.close();
        assertThat(Files.readString(folder.resolve("paragraphs.csv")))
                .isEqualTo("id,text,truncated_columns\r\n1,row 1 é ß 中文 “q”,\r\n");
    }
}
