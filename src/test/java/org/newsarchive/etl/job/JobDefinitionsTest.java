package org.newsarchive.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The launch definitions in {@code jobs/} are ready to schedule: {@code jobs/install.sh} lays out
 * everything they use (user aside), and each definition passes the check of the tool its users
 * would use: {@code systemd-analyze verify}, Debian's {@code crontab}, the Kubernetes API schema
 * ({@code jobs/check/validate-kubernetes.mjs}). A tool that is absent skips its check; .ci/run
 * installs them.
 */
class JobDefinitionsTest {

    static final Path JOBS = Path.of("jobs");
    static final String HOME = "/opt/news-archive-etl";
    static final String NIGHTLY = HOME + "/jobs/run-nightly.sh";

    record Result(int code, String output) {
    }

    static Result run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s ended", List.of(command)).isTrue();
        return new Result(p.exitValue(), out);
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }

    /** Installs below {@code root} with a stand-in jar (the script copies it, never runs it). */
    static Result install(Path root, String... options) throws Exception {
        Path jar = root.resolveSibling(root.getFileName() + "-news-archive-etl.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "a stand-in for the jar");
        }
        List<String> command = new ArrayList<>(List.of("bash", JOBS.resolve("install.sh").toAbsolutePath().toString(),
                "--jar", jar.toString(), "--prefix", root.toString()));
        command.addAll(List.of(options));
        return run(Path.of("."), command.toArray(String[]::new));
    }

    /** Every path below root with its mode and, for a file, its content. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                tree.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir " + mode
                        : mode + " " + Files.readString(p, StandardCharsets.ISO_8859_1).hashCode());
            }
        }
        return tree;
    }

    static String cronLine() throws IOException {
        List<String> lines = Files.readAllLines(JOBS.resolve("crontab")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    static Map<String, String> envFile(Path file) throws IOException {
        Map<String, String> env = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = Pattern.compile("^([A-Z_]+)=\"?([^\"]*)\"?$").matcher(line);
            if (m.matches()) {
                env.put(m.group(1), m.group(2));
            }
        }
        return env;
    }

    @Test
    void installCreatesWhatTheDefinitionsUseAndASecondRunChangesNothing(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("root");
        Result dry = install(root, "--dry-run");
        assertThat(dry.code()).as(dry.output()).isZero();
        assertThat(root).as("--dry-run changes nothing").doesNotExist();
        assertThat(dry.output()).containsPattern("(?m)^\\+ install -d -m 0750 .*" + root + "/var/log/news-archive-etl$");

        Result first = install(root);
        assertThat(first.code()).as(first.output()).isZero();
        Map<String, String> installed = tree(root);
        Result second = install(root);
        assertThat(second.code()).as(second.output()).isZero();
        assertThat(second.output()).contains("the jar is unchanged");
        assertThat(tree(root)).isEqualTo(installed);

        // what the crontab line, the systemd unit and nightly.env name exists
        Matcher cron = Pattern.compile("(\\S+) >> (\\S+)/\\$\\(date").matcher(cronLine());
        assertThat(cron.find()).as(cronLine()).isTrue();
        assertThat(root.resolve("." + cron.group(1))).isExecutable();
        assertThat(root.resolve("." + cron.group(2))).as("the cron log folder").isDirectory();
        String unit = Files.readString(root.resolve("etc/systemd/system/news-archive-etl.service"));
        Matcher exec = Pattern.compile("(?m)^ExecStart=(\\S+)").matcher(unit);
        assertThat(exec.find()).isTrue();
        assertThat(root.resolve("." + exec.group(1))).isExecutable();
        assertThat(root.resolve("etc/systemd/system/news-archive-etl.timer")).isRegularFile();
        Map<String, String> env = envFile(root.resolve("." + HOME + "/jobs/nightly.env"));
        assertThat(env.get("NEWS_HOME")).isEqualTo(HOME);
        assertThat(root.resolve("." + env.get("NEWS_INPUT"))).isDirectory();
        assertThat(root.resolve("." + env.get("NEWS_OUTPUT"))).isDirectory();
        assertThat(root.resolve("." + HOME + "/news-archive-etl.jar")).isRegularFile();

        // a local edit of nightly.env survives an upgrade
        Path installedEnv = root.resolve("." + HOME + "/jobs/nightly.env");
        Files.writeString(installedEnv, Files.readString(installedEnv).replace("/srv/news-archive/incoming",
                "/srv/news-archive/wire"));
        Result upgrade = install(root);
        assertThat(upgrade.code()).as(upgrade.output()).isZero();
        assertThat(Files.readString(installedEnv)).contains("NEWS_INPUT=/srv/news-archive/wire");
        assertThat(root.resolve("srv/news-archive/wire")).isDirectory();
        assertThat(root.resolve("." + HOME + "/jobs/nightly.env.new")).isRegularFile();
    }

    @Test
    void installRefusesAnUnknownOption(@TempDir Path tmp) throws Exception {
        Result r = install(tmp.resolve("root"), "--schedule", "anacron");
        assertThat(r.code()).isEqualTo(2);
        assertThat(tmp.resolve("root")).doesNotExist();
    }

    @Test
    void theSystemdUnitsPassSystemdAnalyzeVerify(@TempDir Path tmp) throws Exception {
        assumeTrue(onPath("systemd-analyze"), "systemd-analyze is not installed");
        Path systemUnits = Path.of("/usr/lib/systemd/system");
        assumeTrue(Files.isRegularFile(systemUnits.resolve("sysinit.target")), "no system units");
        Path root = tmp.resolve("root");
        assertThat(install(root).code()).isZero();
        // the system's own units (timers.target, network-online.target, ...) beside ours
        Files.createDirectories(root.resolve("usr/lib/systemd"));
        Result copy = run(tmp, "cp", "-a", systemUnits.toString(), root.resolve("usr/lib/systemd").toString());
        assertThat(copy.code()).as(copy.output()).isZero();
        Result verify = run(tmp, "systemd-analyze", "verify", "--root=" + root,
                "/etc/systemd/system/news-archive-etl.service", "/etc/systemd/system/news-archive-etl.timer");
        // systemd-analyze exits 0 on a directive it ignores; it prints a line for it
        assertThat(verify.output()).isEmpty();
        assertThat(verify.code()).isZero();
    }

    @Test
    void theCrontabInstallsWithCronsOwnCrontab(@TempDir Path tmp) throws Exception {
        String line = cronLine();
        String[] fields = line.split("\\s+", 6);
        assertThat(fields).hasSize(6);
        assertThat(fields[5]).as("every %% in a crontab command must be escaped").doesNotContainPattern("(?<!\\\\)%");
        assertThat(fields[5]).startsWith(NIGHTLY + " ");

        assumeTrue(onPath("crontab") && onPath("unshare"), "Debian's cron is not installed");
        assumeTrue("root".equals(System.getProperty("user.name")), "installing a crontab needs root");
        // crontab -u installs into /var/spool/cron: here a throwaway one, in a mount namespace of its own
        String script = "mount -t tmpfs -o mode=0755 tmpfs /var/spool/cron && mkdir -m 1730 /var/spool/cron/crontabs"
                + " && chgrp crontab /var/spool/cron/crontabs && crontab -u nobody \"$0\"";
        Result ok = run(tmp, "unshare", "-m", "sh", "-c", script, JOBS.resolve("crontab").toAbsolutePath().toString());
        assumeTrue(!ok.output().contains("unshare failed") && !ok.output().contains("mount:"),
                "no mount namespace here: " + ok.output());
        assertThat(ok.output()).isEmpty();
        assertThat(ok.code()).isZero();
        // and the same check refuses a bad line, so that it proves something
        Path bad = tmp.resolve("crontab");
        Files.writeString(bad, line.replaceFirst("^30 2 ", "30 25 ") + "\n");
        Result refused = run(tmp, "unshare", "-m", "sh", "-c", script, bad.toString());
        assertThat(refused.code()).isNotZero();
        assertThat(refused.output()).contains("bad hour");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCronJobRunsTheImagesNightlyScriptOneAtATimeAndRetriesOnlyWhatCanSucceed() throws Exception {
        Map<String, Object> cronJob = new Yaml().load(Files.readString(JOBS.resolve("cronjob.yaml")));
        Map<String, Object> spec = (Map<String, Object>) cronJob.get("spec");
        assertThat(spec).containsEntry("concurrencyPolicy", "Forbid");
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) spec.get("jobTemplate")).get("spec");
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) job.get("template")).get("spec");
        assertThat(pod).as("podFailurePolicy needs it").containsEntry("restartPolicy", "Never");
        assertThat((Integer) job.get("backoffLimit")).isPositive();

        // exit 2 (bad parameters) and 3 (completed with rejects) fail the Job at once; 1 and 4 are retried
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>) job.get("podFailurePolicy"))
                .get("rules");
        List<Integer> failJob = new ArrayList<>();
        for (Map<String, Object> rule : rules) {
            Map<String, Object> codes = (Map<String, Object>) rule.get("onExitCodes");
            if (codes != null) {
                assertThat(codes).containsEntry("operator", "In");
                assertThat(rule).containsEntry("action", "FailJob");
                failJob.addAll((List<Integer>) codes.get("values"));
            }
        }
        assertThat(failJob).containsExactlyInAnyOrder(2, 3);

        // the container is the image of the pom's profile "image": its entrypoint, its user
        List<Map<String, Object>> containers = (List<Map<String, Object>>) pod.get("containers");
        assertThat(containers).hasSize(1);
        Map<String, Object> container = containers.get(0);
        assertThat(container.get("name")).isEqualTo("import");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<arg>" + NIGHTLY + "</arg>");
        if (container.containsKey("command")) {
            assertThat((List<String>) container.get("command")).first().isEqualTo(NIGHTLY);
        }
        assertThat(String.valueOf(container.get("image"))).doesNotStartWith("eclipse-temurin");
        Matcher user = Pattern.compile("<user>(\\d+):(\\d+)</user>").matcher(pom);
        assertThat(user.find()).isTrue();
        Map<String, Object> security = (Map<String, Object>) pod.get("securityContext");
        assertThat(security.get("runAsUser")).isEqualTo(Integer.valueOf(user.group(1)));

        // the image's parameters name folders on the mounted volume
        Map<String, String> env = envFile(JOBS.resolve("image.env"));
        List<Map<String, Object>> mounts = (List<Map<String, Object>>) container.get("volumeMounts");
        for (String folder : List.of(env.get("NEWS_INPUT"), env.get("NEWS_OUTPUT"))) {
            assertThat(mounts).as(folder).anySatisfy(m -> assertThat(folder).startsWith(m.get("mountPath") + "/"));
        }
    }

    @Test
    void everyDefinitionCallsTheNightlyScript() throws Exception {
        assertThat(Files.readString(JOBS.resolve("news-archive-etl.service"))).contains("ExecStart=" + NIGHTLY + "\n");
        assertThat(cronLine()).contains(" " + NIGHTLY + " ");
        assertThat(Files.readString(JOBS.resolve("cronjob.yaml"))).doesNotContainPattern("command:.*\"java\"");
    }

    @Test
    void theKubernetesManifestsMatchTheKubernetesApiSchema() throws Exception {
        assumeTrue(onPath("node"), "node is not installed");
        assumeTrue(Files.isDirectory(JOBS.resolve("check/node_modules/kubernetes-models")),
                "the schema check is not installed: npm ci --prefix jobs/check");
        Result r = run(Path.of("."), "node", "jobs/check/validate-kubernetes.mjs", "jobs/cronjob.yaml",
                "jobs/scale-out/kubernetes.yaml");
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("CronJob news-archive-etl-nightly valid");
    }
}
