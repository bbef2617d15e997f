package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The Runs tab of a card: run (models, concurrency, grading models), live progress and cancel, the results matrix
 * with cell details and a failures filter, the run history with its pass-rate trend, and compare-with-previous. All
 * methods on the FX thread.
 */
public final class RunsPane {
    private final RunsViewModel model;
    private final RunsView view;

    public RunsPane(PromptsServices services, Messages messages) {
        this(services, messages, Platform::runLater, Clock.systemDefaultZone());
    }

    /** With the UI thread and clock given (tests). */
    public RunsPane(PromptsServices services, Messages messages, Executor uiThread, Clock clock) {
        this.model = new RunsViewModel(services, messages, uiThread, clock);
        this.view = new RunsView(model, this::runNow);
    }

    public Node node() {
        return view.root();
    }

    /** Shows the runs of the card of {@code version}; {@code version} is what "Run" runs (the editor's latest save). */
    public void show(CardVersion version) {
        model.show(version);
    }

    /** Opens the run dialog for the shown version (the editor's Run button and Ctrl+R). */
    public void runNow() {
        CardVersion version = model.version();
        if (version == null || model.running()) {
            return;
        }
        RunDialogViewModel dialog = new RunDialogViewModel(model.services(), model.background(), model.messages(),
                version);
        new RunDialog(dialog, model.messages(), RunsView.STYLESHEET).show(window(),
                models -> model.run(models, dialog.concurrencyProperty().get()));
    }

    /** True while a run of the shown card is in progress. */
    public boolean running() {
        return model.runningShownCard();
    }

    /** Cancels a run in progress and stops listening; called when the panel closes. */
    public void dispose() {
        model.dispose();
        view.dispose();
    }

    /** The state behind the tab (tests and screenshots). */
    public RunsViewModel viewModel() {
        return model;
    }

    private Window window() {
        Node root = view.root();
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
