package org.newsarchive.etl.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.etl.NewsArchiveEtlApplication;
import org.newsarchive.etl.job.DatabaseGuard;

class DatabaseGuardTest {

    @TempDir
    Path dir;

    @Test
    void theDatabaseFolderAndItsFilesAreOwnerOnly() throws Exception {
        Path db = dir.resolve("out/db");
        Files.createDirectories(db);
        Files.writeString(db.resolve("news.script"), "x");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(db.resolve("news.script"), PosixFilePermissions.fromString("rw-r--r--"));
        DatabaseGuard.secureDatabaseFolder(db);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.resolve("news.script"))))
                .isEqualTo("rw-------");
        Path fresh = dir.resolve("fresh/db");
        DatabaseGuard.secureDatabaseFolder(fresh);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    void aServerWithTheDefaultAccountAndNoPasswordIsRefusedBeforeAnythingStarts() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NewsArchiveEtlApplication.run(new String[] {"inputDir=" + dir.resolve("in"),
                "outputDir=" + dir.resolve("out"), "--spring.datasource.url=jdbc:hsqldb:hsql://127.0.0.1:9001/news"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("refusing to use an HSQLDB server with the default account SA and an empty password");
        assertThat(DatabaseGuard.checkServerCredentials("jdbc:hsqldb:hsql://h/db", "etl", "s3cret")).isNull();
        assertThat(DatabaseGuard.checkServerCredentials("jdbc:hsqldb:http://h/db", "sa", "")).isNotNull();
        assertThat(DatabaseGuard.checkServerCredentials("jdbc:hsqldb:file:/x/db", "SA", "")).isNull();
    }
}
