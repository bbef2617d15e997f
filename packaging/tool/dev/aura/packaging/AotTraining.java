package dev.aura.packaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Creates the JDK 25 AOT cache (JEP 483/514) from a training run of the finished app-image and points its launchers
 * at it. The window workload opens the window with {@code aura.startup.probe=true}, which makes the app exit after its
 * first frame; without a display it trains on {@code --version}. A failed training leaves the image without a cache
 * (it still runs, on the runtime's default CDS archive) and says so.
 */
final class AotTraining {
    static final String CACHE_FILE = "aura.aot";
    private static final long TIMEOUT_SECONDS = 180;

    private final PackagingOptions options;
    private final Platform platform = Platform.current();

    AotTraining(PackagingOptions options) {
        this.options = options;
    }

    void train(Path image) throws IOException, InterruptedException {
        if (options.training().equals("off")) {
            Log.step("AOT training is off (-Daura.training=off): no AOT cache.");
            return;
        }
        Path work = options.out().resolve("aot-training");
        Tools.deleteRecursively(work);
        Files.createDirectories(work.resolve("home"));
        Path cache = platform.appDir(image).resolve(CACHE_FILE);
        Path launcher = platform.launcher(image, options.name());

        boolean trained = false;
        if (!options.training().equals("cli")) {
            List<String> display = displayPrefix();
            if (display != null) {
                trained = run(work, "window", display, launcher, List.of(), cache);
            } else if (options.training().equals("window")) {
                throw new IllegalStateException("Window training needs a display: set DISPLAY or install Xvfb (xvfb-run).");
            } else {
                Log.warn("No display and no xvfb-run: training the AOT cache on the CLI only.");
            }
        }
        if (!trained) {
            trained = run(work, "cli", List.of(), launcher, List.of("--version"), cache);
        }
        if (trained) {
            for (Path cfg : cfgFiles(platform.appDir(image))) {
                LauncherConfig.addJavaOption(cfg, "-XX:AOTCache=$APPDIR/" + CACHE_FILE);
            }
            Log.step("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
        } else {
            Files.deleteIfExists(cache);
            Log.warn("AOT training failed (logs in " + work + "); the image starts without an AOT cache.");
        }
    }

    /** A warm-up run creates the profile, so training sees an ordinary start, not the first-run setup. */
    private boolean run(Path work, String workload, List<String> prefix, Path launcher, List<String> args, Path cache)
            throws IOException, InterruptedException {
        Files.deleteIfExists(cache);
        String probe = "-Daura.startup.probe=true";
        if (!runOnce(work, workload + "-warmup", prefix, launcher, args, probe)) {
            return false;
        }
        String training = "-XX:AOTCacheOutput=" + cache + " " + probe;
        return runOnce(work, workload + "-training", prefix, launcher, args, training)
                && Files.isRegularFile(cache);
    }

    private boolean runOnce(Path work, String label, List<String> prefix, Path launcher, List<String> args,
            String jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(launcher.toString());
        command.addAll(args);
        Path logFile = work.resolve(label + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_TOOL_OPTIONS", jvmOptions);
        env.put("AURA_HOME", work.resolve("home").toString());
        env.put("OLLAMA_HOST", "http://127.0.0.1:" + closedPort()); // no real Ollama: the app shows it as offline
        Log.step("AOT " + label + ": " + String.join(" ", command));
        Process process = pb.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Log.warn(label + " did not exit within " + TIMEOUT_SECONDS + " s. Does the app honour -Daura.startup.probe=true?");
            return false;
        }
        String output = Files.readString(logFile);
        boolean ok = process.exitValue() == 0 && (args.size() > 0 || output.contains("AURA_FIRST_FRAME_MS="));
        if (!ok) {
            Log.warn(label + " exited with " + process.exitValue() + ". Last output:\n" + tail(output));
        }
        return ok;
    }

    /** On Linux without DISPLAY, xvfb-run gives the training a virtual X server; null when no display is possible. */
    private List<String> displayPrefix() {
        if (platform != Platform.LINUX) {
            return List.of();
        }
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return List.of();
        }
        return Tools.onPath("xvfb-run") ? List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24 -nolisten tcp") : null;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<Path> cfgFiles(Path appDir) throws IOException {
        try (Stream<Path> files = Files.list(appDir)) {
            return files.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
        }
    }

    private static String tail(String output) {
        String[] lines = output.split("\\R");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 15), lines.length));
    }
}
