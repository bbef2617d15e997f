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
import java.util.concurrent.TimeUnit;

/**
 * Starts the app's window with the startup probe ({@code -Daura.startup.probe=true}): the app prints
 * {@code AURA_FIRST_FRAME_MS=<ms since JVM start>} after its first frame and exits, or, with
 * {@code aura.startup.probe.holdMs}, stays open that long first so its memory can be read.
 */
final class WindowProbe {
    static final String FIRST_FRAME = "AURA_FIRST_FRAME_MS=";
    private static final long TIMEOUT_SECONDS = 120;

    /** wallMs: from spawning the launcher to the line on stdout; selfMs: what the app reports; rssKb: 0 if not read. */
    record Start(double wallMs, double selfMs, long rssKb) {}

    private final List<String> command;
    private final Map<String, String> env;
    private final Path stderrLog;

    WindowProbe(List<String> command, Map<String, String> env, Path stderrLog) {
        this.command = command;
        this.env = env;
        this.stderrLog = stderrLog;
    }

    /** With {@code settleMs} > 0 the window is held open and the process tree's RSS is read after that pause. */
    Start start(long settleMs) throws IOException, InterruptedException {
        return start(settleMs, "");
    }

    /** {@code extraOptions}: more JVM options for this start, such as the panel to open. */
    Start start(long settleMs, String extraOptions) throws IOException, InterruptedException {
        String options = "-Daura.startup.probe=true" + (settleMs > 0 ? " -Daura.startup.probe.holdMs=" + (settleMs + 5000) : "")
                + (extraOptions.isBlank() ? "" : " " + extraOptions);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderrLog.toFile());
        pb.environment().putAll(env);
        pb.environment().put("JAVA_TOOL_OPTIONS", options);
        long t0 = System.nanoTime();
        Process process = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(FIRST_FRAME)) {
                    double wall = (System.nanoTime() - t0) / 1e6;
                    double self = Double.parseDouble(line.substring(FIRST_FRAME.length()).trim());
                    long rss = 0;
                    if (settleMs > 0) {
                        Thread.sleep(settleMs);
                        rss = treeRssKb(process.toHandle());
                    }
                    drain(out);
                    finish(process);
                    return new Start(wall, self, rss);
                }
            }
        }
        finish(process);
        throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + " before printing "
                + FIRST_FRAME + "; does the app support -Daura.startup.probe=true? Its stderr:\n" + Files.readString(stderrLog));
    }

    private static void drain(BufferedReader out) {
        Thread.ofVirtual().start(() -> {
            try {
                while (out.readLine() != null) { } // keep the pipe open until the app exits by itself
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    private static void finish(Process process) throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("The app did not exit within " + TIMEOUT_SECONDS + " s after the probe.");
        }
    }

    /** Sum of VmRSS over the launcher and its descendants (the jpackage launcher or sh may host the JVM). */
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
