package dev.aura.bench.analytics;

import atlantafx.base.theme.PrimerLight;
import dev.aura.bench.Metric;
import dev.aura.bench.FxThread;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.plugins.analytics.AnalyticsPlugin;
import dev.aura.plugins.api.CorePluginContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;

/**
 * The dashboard of issue 5 in JavaFX's headless platform with the real plugin over the generated 1,000,000 calls:
 * the panel opening on 30 days until every chart has drawn them (each time a fresh plugin, so nothing is cached; the
 * first in a fresh JVM), a model filter until the charts show only that model; and in a JVM of its own, resident
 * memory with the dashboard open once. Times run from the action to the frame after the charts changed.
 */
public final class AnalyticsWindowBench {
    private static final String BENCH = "analytics";
    private static final int RUNS = 5;

    private AnalyticsWindowBench() {}

    public static void main(String[] args) throws Exception {
        Path profile = Path.of(args[0]).toAbsolutePath().resolve("profile");
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(profile.toString(), "http://127.0.0.1:9",
                System.getenv(), true))) {
            core.store().migrate(new AnalyticsPlugin().migrations().orElseThrow());
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
            Platform.setImplicitExit(false); // each run closes its window before the next opens
            FxThread.run(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
            // the panel opens on the range chosen last time: 30 days
            core.settings().put("plugins.analytics.range", "LAST_30_DAYS");

            // memory in its own JVM (second argument "memory"): the panel opened once, as a user has it
            boolean memoryOnly = args.length > 1 && args[1].equals("memory");
            List<Long> opens = new ArrayList<>();
            Open shown = null;
            for (int run = 0; run <= (memoryOnly ? 0 : RUNS); run++) {
                if (shown != null) {
                    shown.close();
                }
                long t = System.nanoTime();
                shown = Open.panel(core);
                XYChart<?, ?> calls = (XYChart<?, ?>) FxThread.lookup(shown.stage(), "#chart-calls");
                FxThread.waitForPulse(() -> points(calls) >= 30);
                if (Boolean.getBoolean("bench.trace")) {
                    System.err.printf("bench: %tT.%<tL painted%n", System.currentTimeMillis());
                }
                if (memoryOnly) {
                    System.gc();
                    Thread.sleep(1500);
                    new Metric(BENCH, "rss_dashboard_30_days_open", rssMiB(), "MiB").print();
                } else if (run == 0) {
                    new Metric(BENCH, "dashboard_30_days_first_open", ms(System.nanoTime() - t), "ms").print();
                } else {
                    opens.add(System.nanoTime() - t);
                }
            }
            if (!memoryOnly) {
                new Metric(BENCH, "dashboard_30_days_open_median", ms(Metric.median(opens)), "ms").print();
                filters(shown.stage());
            }
            shown.close();
        }
        System.exit(0);
    }

    /** A fresh plugin (its statistics cache empty) in a new window, as when the app starts on the panel. */
    private record Open(AnalyticsPlugin plugin, Stage stage) {
        static Open panel(AuraCore core) throws Exception {
            AnalyticsPlugin plugin = new AnalyticsPlugin();
            plugin.start(new CorePluginContext(core, plugin.descriptor(), (level, title, text) -> { },
                    Locale.ENGLISH, true));
            Stage[] stage = new Stage[1];
            long t0 = System.nanoTime();
            FxThread.run(() -> {
                Node view = plugin.createView();
                stage[0] = new Stage();
                stage[0].setScene(new Scene((Parent) view, 1440, 900));
                stage[0].show();
                plugin.activate();
            });
            if (Boolean.getBoolean("bench.trace")) {
                System.err.printf("bench: %tT.%<tL view built and shown in %.1f ms%n", System.currentTimeMillis(),
                        (System.nanoTime() - t0) / 1e6);
            }
            return new Open(plugin, stage[0]);
        }

        void close() throws Exception {
            FxThread.run(() -> {
                plugin.deactivate();
                stage.hide();
            });
            plugin.stop();
        }
    }

    /** A model chosen in the filter menu until the charts show only it, and cleared again (the data is loaded). */
    private static void filters(Stage stage) throws Exception {
        XYChart<?, ?> calls = (XYChart<?, ?>) FxThread.lookup(stage, "#chart-calls");
        MenuButton models = (MenuButton) FxThread.lookup(stage, "#filter-models");
        List<Long> filters = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            String model = AnalyticsBenchData.MODELS[run];
            long t = System.nanoTime();
            FxThread.run(() -> check(models, model, true));
            FxThread.waitForPulse(() -> calls.getData().size() == 1);
            filters.add(System.nanoTime() - t);
            FxThread.run(() -> check(models, model, false));
            FxThread.waitForPulse(() -> calls.getData().size() == AnalyticsBenchData.MODELS.length);
        }
        new Metric(BENCH, "filter_change_median", ms(Metric.median(filters)), "ms").print();
        new Metric(BENCH, "filter_change_max", ms(filters.stream().mapToLong(Long::longValue).max().orElse(0)),
                "ms").print();
    }

    /** Ticks the model's item in the filter menu as a user does (the item's action runs on click). */
    private static void check(MenuButton menu, String model, boolean selected) {
        CheckMenuItem item = menu.getItems().stream().filter(i -> (menu.getId() + "-" + model).equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + model + " in the model filter"));
        item.setSelected(selected);
        item.fire();
    }

    private static int points(XYChart<?, ?> chart) {
        return chart.getData().isEmpty() ? 0 : chart.getData().getFirst().getData().size();
    }



    private static double ms(double nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }

    private static double rssMiB() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
