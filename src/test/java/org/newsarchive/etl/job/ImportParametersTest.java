package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;

class ImportParametersTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAndAbsolutePaths() {
        JobParameters p = ImportParameters.from(Map.of("inputDir", dir.toString(), "outputDir", dir.resolve("out").toString()),
                LocalDate.of(2026, 1, 2));
        assertThat(p.getString("inputDir")).isEqualTo(dir.toAbsolutePath().toString());
        assertThat(p.getLocalDate("runDate")).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(dir.resolve("out")).isDirectory();
    }

    @Test
    void badParametersGiveOneLineNamingThem() {
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.resolve("nope").toString()), LocalDate.now()))
                .hasMessage("inputDir: input folder '" + dir.resolve("nope") + "' does not exist");
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.toString(), "runDate", "28/11/2026"), LocalDate.now()))
                .hasMessageStartingWith("runDate: '28/11/2026' is not an ISO date");
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inptDir", "x"), LocalDate.now()))
                .hasMessageStartingWith("unknown parameter 'inptDir'");
        assertThatThrownBy(() -> ImportParameters.parseArguments(List.of("inputDir")))
                .hasMessageContaining("not of the form name=value");
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.toString(), "formats", "csv,pdf"), LocalDate.now()))
                .hasMessage("formats: 'csv,pdf' is not csv, xlsx or csv,xlsx");
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.toString(), "formats", ""), LocalDate.now()))
                .hasMessageStartingWith("formats: '' is not");
        assertThatThrownBy(() -> ImportParameters.from(Map.of("inputDir", dir.toString(), "csvDelimiter", "|"), LocalDate.now()))
                .hasMessage("csvDelimiter: '|' is not , ; or tab");
    }

    @Test
    void formatsAndDelimiterAreGivenOnlyWhenNotTheDefault() {
        Map<String, String> base = Map.of("inputDir", dir.toString(), "outputDir", dir.resolve("out").toString());
        JobParameters plain = ImportParameters.from(base, LocalDate.of(2026, 1, 2));
        JobParameters defaults = ImportParameters.from(with(base, "formats", "csv", "csvDelimiter", ","), LocalDate.of(2026, 1, 2));
        assertThat(defaults).isEqualTo(plain); // the same run as one without them
        assertThat(ImportParameters.writesCsv(plain)).isTrue();
        assertThat(ImportParameters.writesXlsx(plain)).isFalse();
        assertThat(ImportParameters.csvDelimiter(plain)).isEqualTo(',');

        JobParameters both = ImportParameters.from(with(base, "formats", "xlsx, CSV", "csvDelimiter", "tab"), LocalDate.of(2026, 1, 2));
        assertThat(both.getString("formats")).isEqualTo("csv,xlsx");
        assertThat(ImportParameters.writesCsv(both)).isTrue();
        assertThat(ImportParameters.writesXlsx(both)).isTrue();
        assertThat(ImportParameters.csvDelimiter(both)).isEqualTo('\t');

        JobParameters xlsx = ImportParameters.from(with(base, "formats", "xlsx", "csvDelimiter", ";"), LocalDate.of(2026, 1, 2));
        assertThat(ImportParameters.writesCsv(xlsx)).isFalse();
        assertThat(ImportParameters.writesXlsx(xlsx)).isTrue();
        assertThat(ImportParameters.csvDelimiter(xlsx)).isEqualTo(';');
    }

    private static Map<String, String> with(Map<String, String> base, String... nameValues) {
        Map<String, String> values = new java.util.HashMap<>(base);
        for (int i = 0; i < nameValues.length; i += 2) {
            values.put(nameValues[i], nameValues[i + 1]);
        }
        return values;
    }
}
