package org.newsarchive.etl.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless {@code chromium}, driven over the DevTools protocol (a WebSocket of the JDK's
 * HTTP client, JSON by Jackson): loads a page, records console errors, uncaught exceptions and
 * every network request, evaluates script in the page and takes screenshots. The browser listens
 * on a port of its own choosing ({@code --remote-debugging-port=0}) on the loopback interface.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    /** The browser's own profile and temporary files: outside the test's folder, deleted on close. */
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Console errors, uncaught exceptions and error log entries, as text. */
    final List<String> errors = new CopyOnWriteArrayList<>();
    /** The URL of every request the page made. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch loaded = new CountDownLatch(1);

    /** The browser's binary: {@code chromium} on the PATH, or null when it is not installed. */
    static Path binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, "chromium");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    HeadlessChromium() throws Exception {
        profile = Files.createTempDirectory("chromium-profile-");
        ProcessBuilder builder = new ProcessBuilder(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TMPDIR", profile.toString()); // its temporary files go with the profile
        process = builder.start();
        String browserUrl = null;
        BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line; browserUrl == null && System.nanoTime() < deadline && (line = stderr.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserUrl = m.group(1);
            }
        }
        if (browserUrl == null) {
            process.destroyForcibly();
            throw new IOException("chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> stderr.lines().forEach(l -> { }), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        for (int tries = 0; pageSocket == null && tries < 50; tries++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                    URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode t : JSON.readTree(list.body())) {
                if ("page".equals(t.path("type").asText())) {
                    pageSocket = t.path("webSocketDebuggerUrl").asText();
                }
            }
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            close();
            throw new IOException("chromium has no page");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).join();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            send(domain + ".enable", Map.of());
        }
    }

    /** Opens the file at a viewport of {@code width} × {@code height} CSS pixels and waits for its load event. */
    void open(Path file, int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", width < 600));
        loaded = new CountDownLatch(1);
        send("Page.navigate", Map.of("url", file.toUri().toString()));
        if (!loaded.await(60, TimeUnit.SECONDS)) {
            throw new IOException("page did not load: " + file);
        }
    }

    /** The value of a script expression evaluated in the page (JSON-like values only). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.path("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** A PNG of the whole page (up to 8,000 pixels high) at the viewport's width. */
    void screenshot(Path png) throws Exception {
        screenshot(png, null, 8000);
    }

    /**
     * A PNG of {@code height} pixels of the page from the top of the element {@code selector}
     * selects (from the page's top when null), at the viewport's width.
     */
    void screenshot(Path png, String selector, int height) throws Exception {
        JsonNode metrics = send("Page.getLayoutMetrics", Map.of());
        double width = metrics.path("cssContentSize").path("width").asDouble();
        double top = selector == null ? 0 : eval("document.querySelector('" + selector + "').getBoundingClientRect().top"
                + " + window.scrollY").asDouble();
        double h = Math.min(height, metrics.path("cssContentSize").path("height").asDouble() - top);
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", top, "width", width, "height", h, "scale", 1)));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    private JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
        JsonNode r = reply.get(60, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IOException(method + ": " + r.path("error"));
        }
        return r.path("result");
    }

    private void event(JsonNode msg) {
        JsonNode p = msg.path("params");
        switch (msg.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.countDown();
            case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
            case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(p.path("type").asText()) || "assert".equals(p.path("type").asText())) {
                    errors.add("console: " + p.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if ("error".equals(p.path("entry").path("level").asText())) {
                    errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
                }
            }
            default -> { }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(partial.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.path("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    } else {
                        event(msg);
                    }
                } catch (IOException e) {
                    errors.add("protocol: " + e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        // The renderer and helper processes can outlive the browser for a moment and still write
        // into the profile: end them all, then delete the profile (a leftover is not the test's concern).
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        end(process.toHandle());
        children.forEach(ProcessHandle::destroy);
        children.forEach(HeadlessChromium::end);
        deleteQuietly(profile);
    }

    private static void end(ProcessHandle p) {
        try {
            p.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        } catch (Exception e) {
            p.destroyForcibly();
        }
    }

    private static void deleteQuietly(Path dir) {
        for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
