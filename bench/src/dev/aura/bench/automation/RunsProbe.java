package dev.aura.bench.automation;

import dev.aura.bench.FxThread;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.ui.runs.RunDetail;
import dev.aura.plugins.automation.ui.runs.RunRow;
import dev.aura.plugins.automation.ui.runs.RunsPane;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * One fresh RunsPane in the bench's window and the times its steps take: built, data on the FX thread, painted. The
 * waits read the real nodes (the list's cells, the count label, the timeline's cells), not the view model.
 */
final class RunsProbe {
    private final RunsPane pane;
    private final Stage stage;
    private ListView<?> history;
    private Label count;
    private final Messages messages;
    private final long start;
    private final double built;
    private final AtomicLong rowsAt = new AtomicLong();

    private RunsProbe(RunsPane pane, Stage stage, Messages messages, long start, double built) {
        this.pane = pane;
        this.stage = stage;
        this.messages = messages;
        this.start = start;
        this.built = built;
    }

    /** Creates the pane, makes it the window's content and shows {@code flowId}'s history (all when null). */
    static RunsProbe open(AutomationServices services, Messages messages, Stage stage, String flowId)
            throws Exception {
        RunsProbe[] probe = new RunsProbe[1];
        long t = System.nanoTime();
        FxThread.run(() -> {
            RunsPane pane = new RunsPane(services, messages);
            stage.getScene().setRoot((Parent) pane.node());
            pane.showFlow(flowId);
            probe[0] = new RunsProbe(pane, stage, messages, t, ms(System.nanoTime() - t));
            // the constructor's own load of every workflow is dropped once showFlow asked again: rows come once
            pane.viewModel().history().rows().addListener((ListChangeListener<RunRow>) c -> {
                if (!c.getList().isEmpty()) {
                    probe[0].rowsAt.compareAndSet(0, System.nanoTime());
                }
            });
        });
        RunsProbe opened = probe[0];
        FxThread.waitForPulse(opened::historyShown);
        return opened;
    }

    /** The list and the label exist once the split pane's skin is made (the first pulse after it is shown). */
    private boolean historyShown() {
        if (history == null) {
            Parent root = stage.getScene().getRoot();
            history = (ListView<?>) root.lookup("#runs-history");
            count = (Label) root.lookup("#runs-count");
            if (history == null || count == null) {
                return false;
            }
        }
        int total = pane.viewModel().history().totalProperty().get();
        if (Boolean.getBoolean("bench.trace")) {
            System.err.printf("bench: total %d, label '%s', rows %d, shown %b, message '%s'%n", total, count.getText(),
                    pane.viewModel().history().rows().size(), showsRows(history),
                    pane.viewModel().messageProperty().get());
        }
        return total > 0 && messages.text("runs.history.count", total).equals(count.getText()) && showsRows(history);
    }

    /** Painted: called right after {@link #open}, whose wait ended on the frame after the rows and count showed. */
    RunsWindowBench.Open opened() {
        double painted = ms(System.nanoTime() - start);
        return new RunsWindowBench.Open(built, ms(rowsAt.get() - start), painted,
                pane.viewModel().history().totalProperty().get());
    }

    /** Selects the run in the history list, as a click on its row does, until its timeline shows its steps. */
    RunsWindowBench.Pick pick(String runId) throws Exception {
        int[] index = {-1};
        FxThread.run(() -> {
            for (int i = 0; i < history.getItems().size(); i++) {
                if (((RunRow) history.getItems().get(i)).id().equals(runId)) {
                    index[0] = i;
                    break;
                }
            }
        });
        if (index[0] < 0) {
            throw new IllegalStateException("The run " + runId + " is not on the history's first page");
        }
        AtomicLong detailAt = new AtomicLong();
        FxThread.run(() -> pane.viewModel().detailProperty().addListener((ChangeListener<RunDetail>) (o, was, now) -> {
            if (now != null && now.run().id().equals(runId)) {
                detailAt.compareAndSet(0, System.nanoTime());
            }
        }));
        long t = System.nanoTime();
        FxThread.run(() -> history.getSelectionModel().select(index[0]));
        ListView<?>[] timeline = new ListView<?>[1];
        FxThread.waitForPulse(() -> {
            timeline[0] = (ListView<?>) stage.getScene().getRoot().lookup("#run-timeline");
            return timeline[0] != null && pane.viewModel().detail() != null
                    && pane.viewModel().detail().run().id().equals(runId)
                    && timeline[0].getItems().size() == HistoryBenchData.BIG_STEPS && showsRows(timeline[0]);
        });
        double painted = ms(System.nanoTime() - t);
        return new RunsWindowBench.Pick(ms(detailAt.get() - t), painted, timeline[0].getItems().size());
    }

    void stop() {
        pane.stop();
    }

    /** A visible cell holding an item: the list has laid out (and so drawn) its rows. */
    private static boolean showsRows(ListView<?> list) {
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getItem() != null
                    && cell.getGraphic() != null) {
                return true;
            }
        }
        return false;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
