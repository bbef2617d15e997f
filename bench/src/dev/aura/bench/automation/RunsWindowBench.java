package dev.aura.bench.automation;

import atlantafx.base.theme.PrimerLight;
import dev.aura.bench.FxThread;
import dev.aura.bench.Metric;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.store.H2Store;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.automation.AutomationPlugin;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.JdbiFlowStore;
import dev.aura.plugins.automation.store.JdbiRunHistory;
import dev.aura.plugins.automation.triggers.TriggerClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The Runs pane of issue 6 in JavaFX's headless platform with the real plugin UI over the generated history of
 * 100,000 runs (HistoryBenchData): a fresh RunsPane showing every workflow's history until the frame after its list
 * shows rows and its count, then the run of 1,000 steps picked in that list until the frame after its timeline shows
 * rows, then a fresh pane on one workflow's history. Each round is a fresh pane in the same (warming) JVM; the first
 * round, in the fresh JVM, is reported apart and the medians are over the rounds after it.
 */
public final class RunsWindowBench {
    private static final String BENCH = "automation";

    private RunsWindowBench() {}

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Throwable e) {
            // the FX threads would keep the JVM up
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        String bigRun = Files.readString(dir.resolve("big-run.txt")).strip();
        String flow = HistoryBenchData.flowId(0); // the workflow of the big run
        // the core (tasks, audit) has a profile of its own; the stores read the generated history's database
        Path profile = dir.resolveSibling("window-profile");
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(profile.toString(),
                "http://127.0.0.1:9", System.getenv(), true));
             H2Store store = H2Store.open(dir.resolve("aura"))) {
            // the app has its database open and migrated long before the Runs tab is shown
            store.migrate(AutomationSchema.MIGRATIONS);
            AutomationPlugin plugin = new AutomationPlugin();
            CorePluginContext context = new CorePluginContext(core, plugin.descriptor(), (level, title, text) -> { },
                    Locale.ENGLISH, true);
            // as AutomationServices.create, over the history's database and the outputs folder written with it
            Clock clock = Clock.systemUTC();
            AutomationServices services = new AutomationServices(context,
                    new JdbiFlowStore(store, context.audit(), clock),
                    new JdbiRunHistory(store, dir.resolve("outputs")), clock, TriggerClock.system());
            Messages messages = Messages.load(Locale.ENGLISH);
            Stage stage = showStage();

            List<Open> all = new ArrayList<>();
            List<Open> oneFlow = new ArrayList<>();
            List<Pick> picks = new ArrayList<>();
            RunsProbe shown = null;
            for (int round = 0; round <= runs; round++) {
                close(shown);
                shown = RunsProbe.open(services, messages, stage, null);
                all.add(shown.opened());
                picks.add(shown.pick(bigRun));
                close(shown);
                shown = RunsProbe.open(services, messages, stage, flow);
                oneFlow.add(shown.opened());
                expect(all.getLast().total() >= HistoryBenchData.RUNS, "all runs", all.getLast().total());
                expect(oneFlow.getLast().total() > 0 && oneFlow.getLast().total() < HistoryBenchData.RUNS,
                        "one workflow's runs", oneFlow.getLast().total());
                System.err.printf(Locale.ROOT, "bench: round %d: %s; one workflow %s; big run %s%n", round,
                        all.getLast(), oneFlow.getLast(), picks.getLast());
            }
            close(shown);
            report("runs_window_history_100k_open", all, Open::painted);
            report("runs_window_history_one_flow_open", oneFlow, Open::painted);
            report("runs_window_1000_step_run_open", picks, Pick::painted);
            System.err.printf(Locale.ROOT, "bench: medians after the first: history data on the FX thread %.1f ms "
                            + "(pane built %.1f ms), one workflow's data %.1f ms, the big run's detail %.1f ms%n",
                    median(all, Open::dataArrived), median(all, Open::built), median(oneFlow, Open::dataArrived),
                    median(picks, Pick::detailArrived));
            FxThread.run(stage::hide);
            services.close();
        }
    }

    /** The app's window, 1440×900, with PrimerLight as the app has it; each pane becomes its content. */
    private static Stage showStage() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        Stage[] stage = new Stage[1];
        FxThread.run(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(), 1440, 900));
            stage[0].show();
        });
        return stage[0];
    }

    private static void close(RunsProbe probe) throws Exception {
        if (probe != null) {
            FxThread.run(probe::stop);
        }
    }

    private static void expect(boolean holds, String what, int total) {
        if (!holds) {
            throw new IllegalStateException("The pane counted " + total + " " + what + "; is the history in "
                    + "bench/out/automation/history complete? Delete it to regenerate.");
        }
    }

    private static <T> void report(String metric, List<T> rounds, java.util.function.ToDoubleFunction<T> ms) {
        new Metric(BENCH, metric + "_first", round1(ms.applyAsDouble(rounds.getFirst())), "ms").print();
        new Metric(BENCH, metric + "_median", round1(median(rounds, ms)), "ms").print();
    }

    private static <T> double median(List<T> rounds, java.util.function.ToDoubleFunction<T> ms) {
        return Metric.median(rounds.subList(1, rounds.size()).stream().map(ms::applyAsDouble).toList());
    }

    private static double round1(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    /** One pane opened: ms from the start to the pane built, to the rows and count set, to the frame after. */
    record Open(double built, double dataArrived, double painted, int total) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "built %.1f, data %.1f, painted %.1f ms (%,d runs)", built, dataArrived,
                    painted, total);
        }
    }

    /** The big run picked: ms from the click to its detail set, to the frame after its timeline shows rows. */
    record Pick(double detailArrived, double painted, int steps) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "detail %.1f, painted %.1f ms (%,d steps)", detailArrived, painted,
                    steps);
        }
    }
}
