package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Run history with filters, a run's step timeline, live progress of running workflows with cancel, pending
 * approvals, retry from the failed step, and the dialogs a manual run needs (permission confirmation, then the
 * variables form). Created and used on the FX thread.
 */
public final class RunsPane {
    static final String STYLESHEET = Objects.requireNonNull(
            RunsPane.class.getResource("/dev/aura/plugins/automation/ui/runs/runs.css")).toExternalForm();

    private final RunsViewModel model;
    private final RunsView view;
    private final ManualRun manualRun;

    public RunsPane(AutomationServices services, Messages messages) {
        this(services, messages, Platform::runLater, Clock.systemDefaultZone());
    }

    /** With the UI thread and clock given (tests). */
    public RunsPane(AutomationServices services, Messages messages, Executor uiThread, Clock clock) {
        this.model = new RunsViewModel(services, messages, uiThread, clock);
        this.view = new RunsView(model);
        this.manualRun = new ManualRun(model, STYLESHEET);
        model.start();
    }

    public Node node() {
        return view.root();
    }

    /** Shows the history of one workflow, or of all when {@code flowId} is null. */
    public void showFlow(String flowId) {
        model.showFlow(flowId);
    }

    /**
     * The Run button: confirms permissions when they are new or grew, asks for the variables (pre-filled with the
     * defaults), starts the run and selects it so its progress shows live. Does nothing when the user cancels.
     */
    public void runManually(String flowId, Window owner) {
        manualRun.start(flowId, owner != null ? owner : window());
    }

    /** The number of runs going now (for the close check). */
    public int activeRuns() {
        return model.activeRuns();
    }

    public void stop() {
        model.stop();
        view.stop();
    }

    /** The state behind the pane (tests and screenshots). */
    public RunsViewModel viewModel() {
        return model;
    }

    private Window window() {
        Node root = view.root();
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
