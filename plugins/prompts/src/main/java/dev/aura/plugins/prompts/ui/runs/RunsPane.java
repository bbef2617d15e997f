package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardVersion;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * CONTRACT SKELETON (ui-runs helper): the Runs tab of a card: run (models, concurrency, grader model), live progress
 * and cancel, the results matrix with cell details and a failures filter, the run history with its pass-rate trend,
 * and compare-with-previous. All methods on the FX thread.
 */
public final class RunsPane {
    private final StackPane root = new StackPane();

    public RunsPane(PromptsServices services, Messages messages) {
    }

    public Node node() {
        return root;
    }

    /** Shows the runs of the card of {@code version}; {@code version} is what "Run" runs (the editor's latest save). */
    public void show(CardVersion version) {
    }

    /** Opens the run dialog for the shown version (the editor's Run button and Ctrl+R). */
    public void runNow() {
    }

    /** True while a run of the shown card is in progress. */
    public boolean running() {
        return false;
    }

    /** Cancels a run in progress and stops listening; called when the panel closes. */
    public void dispose() {
    }
}
