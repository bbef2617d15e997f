package dev.aura.bench.cards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link CardsFakeOllama} in a JVM of its own (so its CPU and heap are no part of either measured process), with
 * one listener per delay. Closing it closes the child's stdin, which ends it.
 */
final class FakeOllamaProcess implements AutoCloseable {
    private static final Pattern LINE = Pattern.compile("FAKE_OLLAMA delay=(\\d+) url=(\\S+)");
    private static final Pattern COUNT = Pattern.compile("\"chats\":(\\d+)");
    private static final Pattern MAX_IN_FLIGHT = Pattern.compile("\"maxInFlight\":(\\d+)");

    private final Process process;
    private final Map<Long, URI> urls = new TreeMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    FakeOllamaProcess(List<Long> delaysMs, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CardsFakeOllama.class.getName()));
        delaysMs.forEach(d -> command.add(Long.toString(d)));
        process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        while (urls.size() < delaysMs.size()) {
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the fake Ollama exited before listening; see " + log);
            }
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                urls.put(Long.parseLong(m.group(1)), URI.create(m.group(2)));
            }
        }
    }

    URI url(long delayMs) {
        return urls.get(delayMs);
    }

    /** Chat calls answered so far by the listener with this delay. */
    long chats(long delayMs) {
        return read(delayMs, COUNT);
    }

    /** The most chat calls the listener had in flight at once since {@link #resetMaxInFlight}. */
    long maxInFlight(long delayMs) {
        return read(delayMs, MAX_IN_FLIGHT);
    }

    void resetMaxInFlight(long delayMs) {
        call(HttpRequest.newBuilder(url(delayMs).resolve("/bench/reset")).POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private long read(long delayMs, Pattern field) {
        Matcher m = field.matcher(call(HttpRequest.newBuilder(url(delayMs).resolve("/bench/count")).GET().build()));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private String call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        http.close();
    }
}
