package dev.aura.plugins.automation.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.engine.RunStatus;
import java.time.Clock;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A history row: status badge, workflow, then start time, trigger, duration and steps, and the error's first line.
 * A live row shows its current step and try with a running bar instead.
 */
final class RunRowCell extends ListCell<RunRow> {
    private final Messages messages;
    private final RunFormats formats;
    private final Clock clock;
    private final Runnable nearEnd;
    private final Label badge = new Label();
    private final Label workflow = new Label();
    private final Label facts = new Label();
    private final Label error = new Label();
    private final VBox text;
    private final HBox box;

    /** @param nearEnd called when a row close to the end of the list is shown (loads the next page) */
    RunRowCell(Messages messages, RunFormats formats, Clock clock, Runnable nearEnd) {
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.nearEnd = nearEnd;
        workflow.getStyleClass().add(Styles.TEXT_BOLD);
        facts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        error.getStyleClass().addAll("run-error", Styles.TEXT_SMALL);
        for (Label label : new Label[] {workflow, facts, error}) {
            label.setMinWidth(0);
        }
        badge.setMinWidth(Label.USE_PREF_SIZE);
        text = new VBox(1, workflow, facts);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(8, badge, text);
        box.setAlignment(Pos.CENTER_LEFT);
        // as wide as the list: long errors end in an ellipsis instead of scrolling sideways
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RunRow run, boolean empty) {
        super.updateItem(run, empty);
        setText(null);
        if (empty || run == null) {
            setGraphic(null);
            return;
        }
        if (nearEnd != null && getListView() != null && getIndex() >= getListView().getItems().size() - 10) {
            nearEnd.run();
        }
        String state = run.live() ? (run.queued() ? "queued" : "running")
                : run.status().name().toLowerCase(Locale.ROOT);
        badge.setText(run.live() ? messages.text("runs.status." + state) : formats.status(run.status()));
        badge.getStyleClass().setAll("label", "run-badge", "run-" + state);
        workflow.setText(messages.text("runs.row.workflow", run.workflow(), run.version()));
        String duration = formats.duration(run.duration(clock.instant()));
        facts.setText(messages.text("runs.row.facts", formats.time(run.started()), formats.trigger(run.trigger()),
                duration, run.stepCount()));
        text.getChildren().setAll(workflow, facts);
        if (run.live() && !run.queued()) {
            Label step = new Label(run.currentStep() == null ? messages.text("runs.row.between")
                    : messages.text(run.attempt() > 1 ? "runs.row.currentTry" : "runs.row.current",
                    run.currentStep(), run.attempt()));
            step.getStyleClass().addAll(Styles.TEXT_SMALL, "run-current");
            text.getChildren().add(step);
        } else if (run.status() != RunStatus.SUCCEEDED && run.error() != null) {
            error.setText(RunFormats.oneLine(run.error(), 160));
            text.getChildren().add(error);
        }
        setGraphic(box);
    }
}
