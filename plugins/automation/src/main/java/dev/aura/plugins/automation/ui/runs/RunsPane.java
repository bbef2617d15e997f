package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * CONTRACT SKELETON (helper "runs-ui" replaces it): run history with filters, a run's step timeline, live progress
 * of running workflows with cancel, pending approvals, retry from the failed step, and the dialogs a manual run
 * needs (permission confirmation, then the variables form). Created and used on the FX thread.
 */
public final class RunsPane {
    public RunsPane(AutomationServices services, Messages messages) {
    }

    public Node node() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** Shows the history of one workflow, or of all when {@code flowId} is null. */
    public void showFlow(String flowId) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /**
     * The Run button: confirms permissions when they are new or grew, asks for the variables (pre-filled with the
     * defaults), starts the run and selects it so its progress shows live. Does nothing when the user cancels.
     */
    public void runManually(String flowId, Window owner) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** The number of runs going now (for the close check). */
    public int activeRuns() {
        return 0;
    }

    public void stop() {}
}
