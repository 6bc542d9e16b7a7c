package org.newsarchive.etl.job;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Database access rules checked before the database is opened.
 *
 * <ul>
 * <li>The embedded file database's folder is owner-only ({@code rwx------}), and so is every
 * file already in it: the rows (and the job repository) are readable by the run's user alone.
 * <li>The job never starts an HSQLDB server. A user who points {@code spring.datasource.url}
 * at one ({@code jdbc:hsqldb:hsql://}, {@code hsqls://}, {@code http://}, {@code https://})
 * must give a user other than {@code SA} or a non-empty password: a server with the default
 * account and no password is refused. An HSQLDB server started for this database must bind to
 * loopback ({@code server.address=127.0.0.1}); see README "The database".
 * </ul>
 */
public final class DatabaseGuard {

    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private DatabaseGuard() {
    }

    /** Creates the folder of the embedded database owner-only, and makes what is in it owner-only. */
    public static void secureDatabaseFolder(Path folder) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (!posix) {
            return;
        }
        Files.setPosixFilePermissions(folder, OWNER_DIR);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, Files.isDirectory(f) ? OWNER_DIR : OWNER_FILE);
            }
        }
    }

    /** Why the connection settings are refused, or null if they are acceptable. */
    public static String checkServerCredentials(String url, String user, String password) {
        if (url == null) {
            return null;
        }
        String u = url.toLowerCase(Locale.ROOT);
        boolean server = u.startsWith("jdbc:hsqldb:hsql:") || u.startsWith("jdbc:hsqldb:hsqls:")
                || u.startsWith("jdbc:hsqldb:http:") || u.startsWith("jdbc:hsqldb:https:");
        if (!server) {
            return null;
        }
        boolean defaultUser = user == null || user.isBlank() || user.strip().equalsIgnoreCase("SA");
        if (defaultUser && (password == null || password.isEmpty())) {
            return "refusing to use an HSQLDB server with the default account SA and an empty password ("
                    + url + "); give --spring.datasource.username and --spring.datasource.password";
        }
        return null;
    }
}
