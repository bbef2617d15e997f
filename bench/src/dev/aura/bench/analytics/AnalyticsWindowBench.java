package dev.aura.bench.analytics;

import atlantafx.base.theme.PrimerLight;
import dev.aura.bench.Metric;
import dev.aura.bench.chat.FxThread;
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
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;

/**
 * The dashboard of issue 5 in JavaFX's headless platform with the real plugin over the generated 1,000,000 calls:
 * choosing "30 days" until every chart has drawn its 30 days, a model filter until the charts show only that model,
 * and resident memory with the dashboard open. Times run from the click to the frame after the charts changed.
 */
public final class AnalyticsWindowBench {
    private static final String BENCH = "analytics";
    private static final int RUNS = 5;

    private AnalyticsWindowBench() {}

    public static void main(String[] args) throws Exception {
        Path profile = Path.of(args[0]).toAbsolutePath().resolve("profile");
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(profile.toString(), "http://127.0.0.1:9",
                System.getenv(), true))) {
            AnalyticsPlugin plugin = new AnalyticsPlugin();
            core.store().migrate(plugin.migrations().orElseThrow());
            plugin.start(new CorePluginContext(core, plugin.descriptor(), (level, title, text) -> { },
                    Locale.ENGLISH, true));
            try {
                measure(plugin);
            } finally {
                plugin.stop();
            }
        }
        System.exit(0);
    }

    private static void measure(AnalyticsPlugin plugin) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);

        Stage[] stage = new Stage[1];
        long open = System.nanoTime();
        FxThread.run(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Node view = plugin.createView();
            stage[0] = new Stage();
            stage[0].setScene(new Scene((Parent) view, 1440, 900));
            stage[0].show();
            plugin.activate();
        });
        XYChart<?, ?> calls = (XYChart<?, ?>) lookup(stage[0], "#chart-calls");
        waitForPulse(() -> points(calls) == 7);
        new Metric(BENCH, "panel_open_7_days_cold", ms(System.nanoTime() - open), "ms").print();

        ButtonBase week = (ButtonBase) lookup(stage[0], "#range-week");
        ButtonBase month = (ButtonBase) lookup(stage[0], "#range-month");
        List<Long> months = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            long t = System.nanoTime();
            FxThread.run(month::fire);
            waitForPulse(() -> points(calls) >= 30);
            long took = System.nanoTime() - t;
            if (run == 0) {
                new Metric(BENCH, "dashboard_30_days_first", ms(took), "ms").print();
            } else {
                months.add(took);
            }
            if (run < RUNS) {
                FxThread.run(week::fire);
                waitForPulse(() -> points(calls) == 7);
            }
        }
        new Metric(BENCH, "dashboard_30_days_median", ms(Metric.median(months)), "ms").print();

        MenuButton models = (MenuButton) lookup(stage[0], "#filter-models");
        List<Long> filters = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            String model = AnalyticsBenchData.MODELS[run];
            long t = System.nanoTime();
            FxThread.run(() -> check(models, model, true));
            waitForPulse(() -> calls.getData().size() == 1);
            filters.add(System.nanoTime() - t);
            FxThread.run(() -> check(models, model, false));
            waitForPulse(() -> calls.getData().size() == AnalyticsBenchData.MODELS.length);
        }
        new Metric(BENCH, "filter_change_median", ms(Metric.median(filters)), "ms").print();
        new Metric(BENCH, "filter_change_max", ms(filters.stream().mapToLong(Long::longValue).max().orElse(0)),
                "ms").print();

        System.gc();
        Thread.sleep(1500);
        new Metric(BENCH, "rss_dashboard_30_days_open", rssMiB(), "MiB").print();
        FxThread.run(() -> stage[0].hide());
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

    /** Waits until the condition holds on the FX thread at a pulse, then for the frame that draws it. */
    private static void waitForPulse(BooleanSupplier condition) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxThread.run(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    Platform.requestNextPulse();
                    Platform.runLater(() -> done.complete(null));
                }
            }
        }.start());
        done.get(120, TimeUnit.SECONDS);
    }

    private static Node lookup(Stage stage, String selector) throws Exception {
        CompletableFuture<Node> found = new CompletableFuture<>();
        FxThread.run(() -> found.complete(stage.getScene().getRoot().lookup(selector)));
        Node node = found.get(10, TimeUnit.SECONDS);
        if (node == null) {
            throw new IllegalStateException("no " + selector + " in the analytics panel");
        }
        return node;
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
