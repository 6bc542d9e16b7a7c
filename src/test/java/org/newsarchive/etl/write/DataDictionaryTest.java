package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDictionaryTest {

    @Test
    void describesEveryColumnOfEveryFileInFileOrder() {
        assertThat(DataDictionary.columnsOf("articles.csv")).isEqualTo(withMarker(OutputTables.ARTICLE_COLUMNS));
        assertThat(DataDictionary.columnsOf("paragraphs.csv")).isEqualTo(withMarker(OutputTables.PARAGRAPH_COLUMNS));
        assertThat(DataDictionary.columnsOf("quotes.csv")).isEqualTo(withMarker(OutputTables.QUOTE_COLUMNS));
        assertThat(DataDictionary.columnsOf("rejects.csv")).isEqualTo(withMarker(OutputTables.REJECT_COLUMNS));
        assertThat(DataDictionary.ENTRIES).allSatisfy(e -> {
            assertThat(e.type()).isNotBlank();
            assertThat(e.meaning()).isNotBlank();
        });
    }

    @Test
    void theDocumentedTablesNameTheSameColumns() throws Exception {
        String readme = Files.readString(Path.of("docs", "output.md"));
        int from = readme.indexOf("\n## Output columns");
        int to = readme.indexOf("\n## ", from + 1);
        assertThat(from).as("docs/output.md has an Output columns section").isPositive();
        String section = readme.substring(from, to < 0 ? readme.length() : to);
        // each file's table starts at a paragraph naming the file, e.g. `articles.csv` / table `article`
        for (String file : List.of("articles.csv", "paragraphs.csv", "quotes.csv", "rejects.csv")) {
            int start = section.indexOf("\n`" + file + "` /");
            assertThat(start).as(file).isNotNegative();
            int end = section.length();
            for (String other : List.of("`articles.csv`", "`paragraphs.csv`", "`quotes.csv`", "`rejects.csv`")) {
                int at = section.indexOf("\n" + other + " /", start + 1);
                if (at > 0 && at < end) {
                    end = at;
                }
            }
            List<String> documented = new ArrayList<>();
            Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(section.substring(start, end));
            while (m.find()) {
                documented.add(m.group(1));
            }
            assertThat(documented).as("documented columns of %s", file).isEqualTo(DataDictionary.columnsOf(file));
        }
    }

    @Test
    void writesColumnsCsvWithBomOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path file = DataDictionary.write(dir, CsvOptions.defaults());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
        assertThat(rows).hasSize(DataDictionary.ENTRIES.size() + 1);
        assertThat(rows.get(0).toMap()).containsEntry("file", "articles.csv").containsEntry("column", "article_id");
        assertThat(rows.get(rows.size() - 1).toMap()).containsEntry("file", DataDictionary.ALL_FILES)
                .containsEntry("column", DataDictionary.DELIMITER_COLUMN).containsEntry("type", ",");
        assertThat(text).contains("\r\n").doesNotContain("\n\n");

        Path tabs = DataDictionary.write(dir, new CsvOptions(true, true, 32_767, 1_048_576, '\t'));
        assertThat(Files.readString(tabs)).startsWith("\uFEFFfile\tcolumn\ttype\tmeaning\r\n")
                .contains("*.csv\t(delimiter)\ttab\t");

        Path plain = DataDictionary.write(dir, new CsvOptions(false, true, 32_767, 1_048_576));
        assertThat(Files.readString(plain)).startsWith("file,column,type,meaning\r\n");
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(plain); // written whole, no temporary file left
        }
    }

    private static List<String> withMarker(List<String> columns) {
        List<String> all = new ArrayList<>(columns);
        all.add(OutputTables.TRUNCATED_COLUMNS);
        return all;
    }
}
