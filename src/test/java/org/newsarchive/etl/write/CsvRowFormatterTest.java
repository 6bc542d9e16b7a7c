package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRowFormatterTest {

    private final CsvRowFormatter formatter = new CsvRowFormatter();

    @Test
    void quotesOnlyWhatNeedsQuotingAndDoublesQuotes() {
        assertThat(formatter.format(Arrays.asList("plain", "a, b", "say \"hi\"", null, 7, LocalDate.of(2023, 6, 19))))
                .isEqualTo("plain,\"a, b\",\"say \"\"hi\"\"\",,7,2023-06-19");
    }

    @Test
    void lineBreaksInsideACellStayInsideTheRecord() throws Exception {
        String line = formatter.format(List.of("id", "first line\nsecond line", "“curly” é ß 中文"));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(line + "\r\n")).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).toList()).containsExactly("id", "first line\nsecond line", "“curly” é ß 中文");
    }
}
