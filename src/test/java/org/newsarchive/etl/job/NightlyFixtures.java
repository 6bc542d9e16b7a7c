package org.newsarchive.etl.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/** Generated fictional wire stories for the nightly-run tests, and helpers to compare run outputs. */
final class NightlyFixtures {

    private static final String[] PLACES = {"ABERLOCH", "MARTENVALE", "PORT SORREL", "KILDARE MOOR", "EASTWICK FENS",
            "HOLLOWAY BAY", "DUNREATH", "SALTMERE"};
    private static final String[] SUBJECTS = {"the ferry operator", "the county council", "the harbour board",
            "the regional water company", "the school trustees", "the rail authority", "the museum board"};
    private static final String[] SPEAKERS = {"council leader Ines Varga", "spokeswoman Tamsin Cole",
            "chief engineer Oskar Lindqvist", "headteacher Rhona Blair", "director Emeka Obi"};

    private NightlyFixtures() {
    }

    /** A short fictional wire story; {@code n} varies the place, subject, numbers and quote. */
    static String story(int n, String variant) {
        String place = PLACES[n % PLACES.length];
        String subject = SUBJECTS[n % SUBJECTS.length];
        String speaker = SPEAKERS[n % SPEAKERS.length];
        return String.join("\n",
                "Plan number " + n + " approved by " + subject + variant,
                "",
                place + ", March " + (1 + n % 28) + " (Coastline Wire) - " + capital(subject) + " approved plan number " + n
                        + " on Tuesday, committing " + (n * 7 % 90 + 10) + " million crowns to repairs over " + (2 + n % 5) + " years.",
                "",
                "\u201cWe have waited long enough for plan number " + n + " and the work starts this spring,\u201d said " + speaker + ".",
                "",
                "Residents will be consulted on the timetable in " + (3 + n % 9) + " public meetings before work begins.",
                "",
                "Reporting by Nell Arden; Editing by Piet Havel",
                "");
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Writes {@code count} stories below {@code root}, spread over a few folders. */
    static void writeStories(Path root, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = root.resolve(String.format("desk-%d/story-%04d.txt", i % 4, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, story(i, ""), StandardCharsets.UTF_8);
        }
    }

    /** The CSV files of the one completed run folder below an output folder: name → content. */
    static Map<String, String> runFolderFiles(Path outputDir) throws IOException {
        List<Path> runs;
        try (Stream<Path> s = Files.list(outputDir)) {
            runs = s.filter(p -> p.getFileName().toString().startsWith("run-")).toList();
        }
        if (runs.size() != 1 || runs.get(0).toString().endsWith(".partial")) {
            throw new AssertionError("expected one completed run folder in " + outputDir + ", found " + runs);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(runs.get(0))) {
            for (Path f : s.toList()) {
                if (!f.getFileName().toString().endsWith(".csv")) {
                    continue; // report.html tells this execution's duration; news.xlsx is compared by its cells
                }
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        return org.newsarchive.etl.write.CsvFiles.read(file);
    }

    /** The rows of the article tables, the rejects (without execution ids) and the baseline, sorted. */
    static final List<String> TABLE_QUERIES = List.of(
            "SELECT * FROM article ORDER BY article_id",
            "SELECT * FROM paragraph ORDER BY article_id, paragraph_index",
            "SELECT * FROM quote ORDER BY article_id, paragraph_index, quote_index",
            "SELECT source_path, reason, exception_class FROM reject ORDER BY source_path",
            "SELECT source_path, size_bytes, modified_millis, sha256 FROM source_file ORDER BY source_path",
            "SELECT COUNT(*) FROM source_file_pending");

    static Map<String, List<List<Object>>> tables(JdbcTemplate jdbc) {
        Map<String, List<List<Object>>> tables = new TreeMap<>();
        for (String sql : TABLE_QUERIES) {
            tables.put(sql, jdbc.query(sql, (rs, n) -> row(rs)));
        }
        return tables;
    }

    /** The same, from an HSQLDB file database a child process left (opened and closed here). */
    static Map<String, List<List<Object>>> tables(Path outputDir) throws SQLException {
        String url = "jdbc:hsqldb:file:" + outputDir.resolve("db/news") + ";shutdown=true;ifexists=true";
        Map<String, List<List<Object>>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement st = c.createStatement()) {
            for (String sql : TABLE_QUERIES) {
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                tables.put(sql, rows);
            }
        }
        return tables;
    }

    private static List<Object> row(ResultSet rs) throws SQLException {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            Object v = rs.getObject(i);
            row.add(v == null ? null : v.toString());
        }
        return row;
    }
}
