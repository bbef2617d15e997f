package dev.aura.bench;

import dev.aura.core.testing.FakeOllamaServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code startup} benchmark: window start to first frame and idle memory of the packaged app-image and of
 * {@code ./aura}, and CLI wall times of both, against the fake Ollama on loopback. Run by {@code bench/run.sh startup},
 * which builds both and provides an X display (Xvfb).
 *
 * <p>Arguments: {@code <app-image launcher> <./aura script> <work dir> [runs]}.
 */
public final class StartupBench {
    private static final String BENCH = "startup";
    private static final long SETTLE_MS = 3000;
    /** Makes the window open this plugin's panel at start (the idle-memory figure is taken with Models open). */
    private static final String OPEN_PANEL = "aura.startup.panel";

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        Path packaged = Path.of(args[0]).toAbsolutePath();
        Path script = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Files.createDirectories(work);

        try (FakeOllamaServer ollama = FakeOllamaMain.withSampleModels(new FakeOllamaServer())) {
            Map<String, String> env = Map.of(
                    "OLLAMA_HOST", ollama.url().toString(),
                    "AURA_HOME", work.resolve("profile").toString());
            List<Launcher> launchers = List.of(new Launcher("packaged", packaged), new Launcher("aura_script", script));

            // CLI first: it needs no display support from the app, so its figures come even if the probe fails
            CliTimer cli = new CliTimer(env, work, runs);
            for (Launcher l : launchers) {
                new Metric(BENCH, l.name() + "_cli_version_wall", cli.medianMs(List.of(l.path().toString(), "--version")), "ms")
                        .print();
                new Metric(BENCH, l.name() + "_cli_models_list_wall",
                        cli.medianMs(List.of(l.path().toString(), "models", "list")), "ms").print();
            }

            for (Launcher l : launchers) {
                WindowProbe probe = new WindowProbe(List.of(l.path().toString()), env, work.resolve(l.name() + "-stderr.log"));
                probe.start(); // warm-up
                List<Double> wall = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    wall.add(probe.start().wallMs());
                }
                new Metric(BENCH, l.name() + "_window_first_frame_wall", Metric.median(wall), "ms").print();
                WindowProbe.Start held = probe.start(SETTLE_MS, "-D" + OPEN_PANEL + "=models");
                new Metric(BENCH, l.name() + "_window_idle_rss", held.rssKb() / 1024.0, "MiB").print();
            }
        }
    }

    private record Launcher(String name, Path path) {}
}
