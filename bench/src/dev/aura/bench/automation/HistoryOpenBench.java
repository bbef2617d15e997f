package dev.aura.bench.automation;

import dev.aura.bench.Metric;
import dev.aura.core.store.H2Store;
import dev.aura.core.util.Json;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.JdbiRunHistory;
import dev.aura.plugins.automation.store.RunFilter;
import dev.aura.plugins.automation.store.RunSummary;
import dev.aura.plugins.automation.store.StoredRun;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opening the history cold: each measurement is a fresh JVM that opens the database and then times the first page of
 * 200 runs plus the count (what the history list shows first), or the load of the run with 1,000 steps (and, as a
 * second figure, that load with every step's inputs and output read), opened after the history list's first page as
 * in the app. The driver
 * starts {@code runs} such processes per figure and prints the medians; warm figures come from the same processes.
 */
public final class HistoryOpenBench {
    private HistoryOpenBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        if (args.length > 2) {
            child(dir, args[2]);
            return;
        }
        int runs = Integer.parseInt(args[1]);
        measure(dir, runs, "list", "history_100k_first_page_and_count");
        measure(dir, runs, "filtered", "history_100k_filtered_page_and_count");
        measure(dir, runs, "load", "run_1000_steps_load");
        measure(dir, runs, "load-all", "run_1000_steps_load_every_output");
        System.exit(0);
    }

    /** Runs {@code runs} fresh JVMs for one figure; each prints "cold-ms warm-ms open-ms". */
    private static void measure(Path dir, int runs, String mode, String metric) throws Exception {
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> open = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Dlogback.configurationFile=" + System.getProperty("logback.configurationFile", ""),
                    "-cp", System.getProperty("java.class.path"), HistoryOpenBench.class.getName(), dir.toString(),
                    "1", mode).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                line = out.readLine();
            }
            if (process.waitFor() != 0 || line == null) {
                throw new IllegalStateException("The " + mode + " measurement process failed; see its output above.");
            }
            String[] figures = line.strip().split(" ");
            cold.add(Double.parseDouble(figures[0]));
            warm.add(Double.parseDouble(figures[1]));
            open.add(Double.parseDouble(figures[2]));
        }
        System.err.println("bench: " + mode + " cold ms per process " + cold);
        new Metric("automation", metric + "_cold_median", Metric.median(cold), "ms").print();
        new Metric("automation", metric + "_warm_median", Metric.median(warm), "ms").print();
        if (mode.equals("list")) {
            new Metric("automation", "history_database_open_median", Metric.median(open), "ms").print();
        }
    }

    /** One fresh process: opens the database, then times the first (cold) and a later (warm) read. */
    private static void child(Path dir, String mode) throws Exception {
        String bigRun = Files.readString(dir.resolve("big-run.txt")).strip();
        long opening = System.nanoTime();
        try (H2Store store = H2Store.open(dir.resolve("aura"))) {
            store.migrate(AutomationSchema.MIGRATIONS);
            double open = (System.nanoTime() - opening) / 1e6;
            JdbiRunHistory history = new JdbiRunHistory(store, dir.resolve("outputs"));
            if (mode.startsWith("load")) {
                // A run is opened from the history list, shown first; and the app has used Jackson long before (its
                // first use in a process costs ~0.5 s of class loading, which no run view pays in the app).
                history.page(RunFilter.ALL, 0, 200);
                Json.MAPPER.readValue("{\"warm\":[1,\"up\"]}", Map.class);
            }
            double cold = time(() -> read(history, mode, bigRun));
            double warm = Double.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                warm = Math.min(warm, time(() -> read(history, mode, bigRun)));
            }
            System.out.println(String.format(Locale.ROOT, "%.2f %.2f %.2f", cold, warm, open));
        }
        System.exit(0);
    }

    private static void read(JdbiRunHistory history, String mode, String bigRun) {
        switch (mode) {
            case "list" -> check(history.page(RunFilter.ALL, 0, 200), history.count(RunFilter.ALL), 100_000);
            case "filtered" -> {
                RunFilter filter = new RunFilter(HistoryBenchData.flowId(7), RunStatus.SUCCEEDED, "cron", null, null);
                check(history.page(filter, 0, 200), history.count(filter), 1);
            }
            case "load" -> {
                StoredRun run = history.load(bigRun).orElseThrow();
                if (run.steps().size() != HistoryBenchData.BIG_STEPS) {
                    throw new IllegalStateException("The big run has " + run.steps().size() + " steps");
                }
            }
            case "load-all" -> {
                // the run view parses a step's values when they are shown; this reads every one of them
                StoredRun run = history.load(bigRun).orElseThrow();
                int values = run.steps().stream().mapToInt(step -> step.inputs().size() + step.output().size()).sum();
                if (values < HistoryBenchData.BIG_STEPS) {
                    throw new IllegalStateException("The big run's steps hold only " + values + " values");
                }
            }
            default -> throw new IllegalArgumentException("Unknown mode " + mode);
        }
    }

    private static void check(List<RunSummary> page, int count, int atLeast) {
        if (page.isEmpty() || count < atLeast) {
            throw new IllegalStateException("Expected runs, got a page of " + page.size() + " and a count of " + count);
        }
    }

    private static double time(Runnable read) {
        long start = System.nanoTime();
        read.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
