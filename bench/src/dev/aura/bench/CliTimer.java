package dev.aura.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wall time of a CLI command: hyperfine's median when it is installed, else the same warm-up + median loop here. */
final class CliTimer {
    private static final Pattern MEDIAN = Pattern.compile("\"median\"\\s*:\\s*([0-9.eE+-]+)");

    private final Map<String, String> env;
    private final Path work;
    private final int runs;

    CliTimer(Map<String, String> env, Path work, int runs) {
        this.env = env;
        this.work = work;
        this.runs = runs;
    }

    double medianMs(List<String> command) throws IOException, InterruptedException {
        checkSucceeds(command);
        return hyperfineAvailable() ? hyperfine(command) : loop(command);
    }

    /** A command that fails would time its error path; stop with its output instead. */
    private void checkSucceeds(List<String> command) throws IOException, InterruptedException {
        Path log = work.resolve("cli-check.log");
        int code = run(command, log);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code + ":\n" + Files.readString(log));
        }
    }

    private double hyperfine(List<String> command) throws IOException, InterruptedException {
        Path json = work.resolve("hyperfine.json");
        List<String> hf = List.of("hyperfine", "-N", "--warmup", "1", "--runs", Integer.toString(runs),
                "--export-json", json.toString(), "--style", "none", quote(command));
        int code = run(hf, work.resolve("hyperfine.log"));
        Matcher m = MEDIAN.matcher(code == 0 ? Files.readString(json) : "");
        if (!m.find()) {
            throw new IllegalStateException("hyperfine failed for " + command + "; see " + work.resolve("hyperfine.log"));
        }
        return Double.parseDouble(m.group(1)) * 1000;
    }

    private double loop(List<String> command) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            run(command, work.resolve("cli-run.log"));
            if (i > 0) { // the first run is the warm-up
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return Metric.median(times);
    }

    private int run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within 300 s.");
        }
        return p.exitValue();
    }

    private static boolean hyperfineAvailable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, "hyperfine"))) {
                return true;
            }
        }
        return false;
    }

    /** hyperfine -N splits its command on whitespace and honours quotes. */
    private static String quote(List<String> command) {
        return String.join(" ", command.stream().map(a -> a.matches("[A-Za-z0-9_./:=@%+-]+") ? a : "'" + a + "'").toList());
    }
}
