package dev.aura.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the app's window with the startup probe ({@code -Daura.startup.probe=true}): the app prints
 * {@code AURA_FIRST_FRAME_MS=...} after its first frame and exits, or, with {@code aura.startup.probe.holdMs}, stays
 * open that long first so its memory can be read. The time taken is the wall time from spawning the launcher to that
 * line on stdout, which includes the launcher itself and does not depend on how the app measures.
 */
final class WindowProbe {
    static final String FIRST_FRAME = "AURA_FIRST_FRAME_MS=";
    private static final long TIMEOUT_SECONDS = 120;

    /** wallMs: from spawning the launcher to the probe line; rssKb: 0 unless the window was held open. */
    record Start(double wallMs, long rssKb) {}

    private final List<String> command;
    private final Map<String, String> env;
    private final Path stderrLog;

    WindowProbe(List<String> command, Map<String, String> env, Path stderrLog) {
        this.command = command;
        this.env = env;
        this.stderrLog = stderrLog;
    }

    Start start() throws IOException, InterruptedException {
        return start(0, "");
    }

    /**
     * With {@code settleMs} > 0 the window is held open and the process tree's RSS is read that long after the first
     * frame. {@code extraOptions}: more JVM options for this start, such as the panel to open.
     */
    Start start(long settleMs, String extraOptions) throws IOException, InterruptedException {
        String options = "-Daura.startup.probe=true" + (settleMs > 0 ? " -Daura.startup.probe.holdMs=" + (settleMs + 5000) : "")
                + (extraOptions.isBlank() ? "" : " " + extraOptions);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderrLog.toFile());
        pb.environment().putAll(env);
        pb.environment().put("JAVA_TOOL_OPTIONS", options);
        long t0 = System.nanoTime();
        Process process = pb.start();
        CompletableFuture<Double> firstFrame = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> readUntilExit(process, t0, firstFrame));
        double wall;
        try {
            wall = firstFrame.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            kill(process);
            throw new IllegalStateException(String.join(" ", command) + " showed no first frame (" + FIRST_FRAME
                    + " on stdout) within " + TIMEOUT_SECONDS + " s or exited first; is -Daura.startup.probe=true"
                    + " supported? Its stderr:\n" + Files.readString(stderrLog));
        }
        long rss = 0;
        if (settleMs > 0) {
            Thread.sleep(settleMs);
            rss = treeRssKb(process.toHandle());
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            kill(process);
            throw new IllegalStateException("The app did not exit within " + TIMEOUT_SECONDS + " s after the probe.");
        }
        return new Start(wall, rss);
    }

    /** Reads all of stdout so the app never blocks on a full pipe; completes at the probe line or fails at EOF. */
    private static void readUntilExit(Process process, long t0, CompletableFuture<Double> firstFrame) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(FIRST_FRAME) && !firstFrame.isDone()) {
                    firstFrame.complete((System.nanoTime() - t0) / 1e6);
                }
            }
        } catch (IOException e) {
            firstFrame.completeExceptionally(e);
        }
        firstFrame.completeExceptionally(new IllegalStateException("stdout closed before " + FIRST_FRAME));
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Sum of VmRSS over the launcher and its descendants (sh or the jpackage launcher may host the JVM). */
    static long treeRssKb(ProcessHandle root) throws IOException {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        long total = 0;
        for (ProcessHandle p : all) {
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            if (!Files.exists(status)) {
                continue;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    total += Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        return total;
    }
}
