package org.newsarchive.etl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A nightly database made by an earlier release gets the columns added since, so the next run
 * writes its rows there instead of failing on a missing column; the old rows keep their values.
 */
class SchemaUpgradeTest {

    @Test
    void aDatabaseOfTheFirstReleaseGetsTheNewColumnsAndKeepsItsRows() {
        var dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
                "jdbc:hsqldb:mem:schema-upgrade-test", "SA", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // the paragraph and quote tables as the first release made them
        jdbc.execute("CREATE TABLE paragraph (article_id VARCHAR(32) NOT NULL, paragraph_index INTEGER NOT NULL,"
                + " role VARCHAR(16) NOT NULL, text VARCHAR(67108864) NOT NULL, PRIMARY KEY (article_id, paragraph_index))");
        jdbc.execute("CREATE TABLE quote (article_id VARCHAR(32) NOT NULL, paragraph_index INTEGER NOT NULL,"
                + " quote_index INTEGER NOT NULL, quote_text VARCHAR(67108864) NOT NULL, speaker VARCHAR(65535),"
                + " PRIMARY KEY (article_id, paragraph_index, quote_index))");
        jdbc.update("INSERT INTO quote VALUES ('a1', 2, 1, 'We kept the lights on, but only just', 'Okafor')");

        ResourceDatabasePopulator schema = new ResourceDatabasePopulator(new ClassPathResource("db/schema-news.sql"));
        schema.execute(dataSource);
        schema.execute(dataSource); // the job runs it at every start-up

        assertThat(columns(jdbc, "PARAGRAPH")).contains("ROLE_CUES");
        assertThat(columns(jdbc, "QUOTE")).contains("SPEAKER_AS_WRITTEN", "SPEAKER_TITLE");
        jdbc.update("INSERT INTO quote VALUES ('a1', 3, 1, 'This bridge carries the working life', 'Ruth Okafor', 'Okafor', 'Mayor')");
        assertThat(jdbc.queryForList("SELECT speaker || '/' || COALESCE(speaker_title, '-') FROM quote ORDER BY paragraph_index",
                String.class)).containsExactly("Okafor/-", "Ruth Okafor/Mayor");
    }

    private static List<String> columns(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position", String.class, table);
    }
}
