package dev.aura.bench.cards;

import dev.aura.bench.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code aura cards test} against {@code promptfoo eval} on the same generated config and the same fake Ollama:
 * wall time and peak RSS at concurrency 1 and 8 with 0 and 50 ms of server delay (the two tools interleaved, each
 * combination {@code runs} times after one warm-up of each), pass/fail compared on every test of every run; then
 * 10,000 tests at concurrency 8 with RSS over time.
 * {@code java ... CardsBench OUT AURA_LAUNCHER PROMPTFOO_BIN RUNS [peer10k:true|false]}
 */
public final class CardsBench {
    static final String BENCH = "cards";
    private static final int TESTS = 200;
    private static final int BIG = 10_000;
    private static final int[] CONCURRENCY = {1, 8};
    private static final long[] DELAYS_MS = {0, 50};

    private final Path out;
    private final List<BenchTool> tools;
    private final FakeOllamaProcess fake;
    private final Map<String, List<Double>> walls = new LinkedHashMap<>();
    private final Map<String, List<Double>> evals = new LinkedHashMap<>();
    private final Map<String, Long> maxInFlight = new LinkedHashMap<>();
    private final Map<String, Double> peaks = new LinkedHashMap<>();
    private int compared;
    private final List<String> mismatches = new ArrayList<>();

    private CardsBench(Path out, List<BenchTool> tools, FakeOllamaProcess fake) {
        this.out = out;
        this.tools = tools;
        this.fake = fake;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        List<BenchTool> tools = List.of(BenchTool.aura(Path.of(args[1]).toAbsolutePath(), out),
                BenchTool.promptfoo(Path.of(args[2]).toAbsolutePath(), out));
        int runs = Integer.parseInt(args[3]);
        boolean peer10k = args.length < 5 || Boolean.parseBoolean(args[4]);
        Files.createDirectories(out.resolve("runs"));
        CardsConfigGenerator.write(out.resolve("config-200.yaml"), TESTS);
        CardsConfigGenerator.write(out.resolve("config-10000.yaml"), BIG);
        try (FakeOllamaProcess fake = new FakeOllamaProcess(List.of(DELAYS_MS[0], DELAYS_MS[1]),
                out.resolve("fake-ollama.log"))) {
            CardsBench bench = new CardsBench(out, tools, fake);
            bench.sideBySide(runs);
            bench.tenThousand(peer10k ? tools : tools.subList(0, 1));
        }
    }

    private void sideBySide(int runs) throws IOException, InterruptedException {
        for (BenchTool tool : tools) { // warm-up: OS file cache, aura's class-data archive, the fake's JIT
            run(tool, 8, 0, "warmup");
        }
        for (long delay : DELAYS_MS) {
            for (int j : CONCURRENCY) {
                for (int r = 1; r <= runs; r++) {
                    List<BenchTool> order = r % 2 == 1 ? tools : tools.reversed();
                    Map<String, Map<Integer, Verdicts.Verdict>> verdicts = new LinkedHashMap<>();
                    for (BenchTool tool : order) {
                        String label = "j" + j + "-d" + delay + "-r" + r;
                        Outcome o = run(tool, j, delay, label);
                        walls.computeIfAbsent(key(tool, j, delay), k -> new ArrayList<>()).add(o.result.wallMs());
                        evals.computeIfAbsent(key(tool, j, delay), k -> new ArrayList<>()).add(o.evalMs);
                        peaks.merge(tool.name(), o.result.peakRssMiB(), Math::max);
                        peaks.merge(key(tool, j, delay), o.result.peakRssMiB(), Math::max);
                        verdicts.put(tool.name(), o.verdicts);
                    }
                    compare(verdicts, "j=" + j + " delay=" + delay + " run " + r);
                }
            }
        }
        printSideBySide();
    }

    private void printSideBySide() {
        for (long delay : DELAYS_MS) {
            for (int j : CONCURRENCY) {
                String suffix = "_j" + j + "_d" + delay + "ms";
                double aura = Metric.median(walls.get(key(tools.get(0), j, delay)));
                double peer = Metric.median(walls.get(key(tools.get(1), j, delay)));
                new Metric(BENCH, "aura_wall" + suffix, aura, "ms").print();
                new Metric(BENCH, "promptfoo_wall" + suffix, peer, "ms").print();
                new Metric(BENCH, "wall_ratio" + suffix, Math.round(aura / peer * 100), "% of promptfoo").print();
                // each tool's own eval duration: what is left of the wall time is start-up, loading and exit
                new Metric(BENCH, "aura_eval" + suffix, Metric.median(evals.get(key(tools.get(0), j, delay))), "ms")
                        .print();
                new Metric(BENCH, "promptfoo_eval" + suffix,
                        Metric.median(evals.get(key(tools.get(1), j, delay))), "ms").print();
                // the most calls the fake Ollama saw at once: whether -j N really ran N calls in parallel
                new Metric(BENCH, "aura_max_in_flight" + suffix, maxInFlight.get(key(tools.get(0), j, delay)), "calls")
                        .print();
                new Metric(BENCH, "promptfoo_max_in_flight" + suffix, maxInFlight.get(key(tools.get(1), j, delay)),
                        "calls").print();
                new Metric(BENCH, "aura_peak_rss" + suffix, peaks.get(key(tools.get(0), j, delay)), "MiB").print();
                new Metric(BENCH, "promptfoo_peak_rss" + suffix, peaks.get(key(tools.get(1), j, delay)), "MiB").print();
            }
        }
        double aura = peaks.get("aura");
        double peer = peaks.get("promptfoo");
        new Metric(BENCH, "aura_peak_rss_200", aura, "MiB").print();
        new Metric(BENCH, "promptfoo_peak_rss_200", peer, "MiB").print();
        new Metric(BENCH, "peak_rss_ratio_200", Math.round(aura / peer * 100), "% of promptfoo").print();
        new Metric(BENCH, "verdicts_compared", compared, "tests").print();
        new Metric(BENCH, "verdict_mismatches", mismatches.size(), "tests").print();
    }

    private void tenThousand(List<BenchTool> which) throws IOException, InterruptedException {
        for (BenchTool tool : which) {
            RssSeries series = new RssSeries(fake, 0);
            Outcome o = run(tool, 8, 0, "10000", out.resolve("config-10000.yaml"), BIG, series);
            series.writeCsv(out.resolve("runs/10000-" + tool.name() + "-rss.csv"));
            String name = tool.name() + "_10000";
            new Metric(BENCH, name + "_wall_j8", o.result.wallMs(), "ms").print();
            new Metric(BENCH, name + "_eval_j8", o.evalMs, "ms").print();
            new Metric(BENCH, name + "_peak_rss", o.result.peakRssMiB(), "MiB").print();
            for (int pct : new int[] {10, 25, 50, 75, 100}) {
                new Metric(BENCH, name + "_rss_at_" + pct + "pct", series.rssKbAt(pct / 100.0, BIG) / 1024.0, "MiB")
                        .print();
            }
            List<String> off = Verdicts.unexpected(o.verdicts, BIG);
            new Metric(BENCH, name + "_unexpected_verdicts", off.size(), "tests").print();
        }
    }

    private record Outcome(MeasuredRun.Result result, Map<Integer, Verdicts.Verdict> verdicts, double evalMs) {}

    private Outcome run(BenchTool tool, int j, long delay, String label) throws IOException, InterruptedException {
        return run(tool, j, delay, label, out.resolve("config-200.yaml"), TESTS, null);
    }

    private Outcome run(BenchTool tool, int j, long delay, String label, Path config, int tests,
            MeasuredRun.Sampler sampler) throws IOException, InterruptedException {
        Path json = out.resolve("runs/" + label + "-" + tool.name() + ".json");
        Path log = out.resolve("runs/" + label + "-" + tool.name() + ".log");
        Files.deleteIfExists(json);
        fake.resetMaxInFlight(delay);
        MeasuredRun.Result result = MeasuredRun.run(tool.command(config, j, json), tool.env(fake.url(delay)),
                out, log, sampler);
        if (!BenchTool.completed(result.exitCode())) {
            throw new IllegalStateException(tool.name() + " exited with " + result.exitCode() + " (" + label
                    + "); see " + log + ":\n" + tail(log));
        }
        Map<Integer, Verdicts.Verdict> verdicts = Verdicts.read(json);
        double evalMs = Verdicts.evalDurationMs(json);
        long inFlight = fake.maxInFlight(delay);
        maxInFlight.merge(key(tool, j, delay), inFlight, Math::max);
        List<String> off = Verdicts.unexpected(verdicts, tests);
        System.err.printf(Locale.ROOT, "cards: %-10s %-9s %,7.0f ms (eval %,7.0f ms) %6.1f MiB  %d in flight  load %s%s%n",
                label, tool.name(), result.wallMs(), evalMs, result.peakRssMiB(), inFlight, loadAverage(), off.isEmpty() ? ""
                        : ", " + off.size() + " verdicts not as built, e.g. " + off.subList(0, Math.min(3, off.size())));
        return new Outcome(result, verdicts, evalMs);
    }

    private void compare(Map<String, Map<Integer, Verdicts.Verdict>> verdicts, String what) {
        List<String> diff = Verdicts.differences(verdicts.get("aura"), verdicts.get("promptfoo"));
        compared += verdicts.get("promptfoo").size();
        if (!diff.isEmpty()) {
            System.err.println("cards: " + diff.size() + " verdicts differ (aura vs promptfoo) at " + what + ": "
                    + diff.subList(0, Math.min(10, diff.size())));
            diff.forEach(d -> mismatches.add(what + " " + d));
        }
    }

    private static String key(BenchTool tool, int j, long delay) {
        return tool.name() + "/" + j + "/" + delay;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
