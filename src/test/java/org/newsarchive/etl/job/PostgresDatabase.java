package org.newsarchive.etl.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the test PostgreSQL server, dropped again by {@link #close()}. The server
 * is the one {@code .ci/start-postgres.sh} starts (127.0.0.1:5433, user postgres, no password),
 * or the one {@code NEWS_TEST_PG_URL} / {@code NEWS_TEST_PG_USER} / {@code NEWS_TEST_PG_PASSWORD}
 * name. Without a server answering, {@link #createOrSkip()} skips the test (a JUnit assumption).
 */
final class PostgresDatabase implements AutoCloseable {

    static final String SERVER_URL = setting("NEWS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5433/postgres");
    static final String USER = setting("NEWS_TEST_PG_USER", "postgres");
    static final String PASSWORD = setting("NEWS_TEST_PG_PASSWORD", "");

    final String name;
    final String url;

    private PostgresDatabase(String name) {
        this.name = name;
        this.url = SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
    }

    static PostgresDatabase createOrSkip() throws SQLException {
        Connection admin;
        try {
            admin = DriverManager.getConnection(SERVER_URL + "?connectTimeout=3", USER, PASSWORD);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL server at " + SERVER_URL + " (.ci/start-postgres.sh starts one): " + e.getMessage());
            throw e;
        }
        String name = "news_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (admin; Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new PostgresDatabase(name);
    }

    /** The command-line options that point the job at this database. */
    String[] options() {
        return new String[] {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD};
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER_URL, USER, PASSWORD); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static String setting(String env, String fallback) {
        String v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v;
    }
}
