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
    }
}
