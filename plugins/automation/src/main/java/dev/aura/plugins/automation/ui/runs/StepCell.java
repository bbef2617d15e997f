package dev.aura.plugins.automation.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.automation.Messages;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A timeline row: status icon, the step's id (indented when nested), a bar whose length is the step's share of the
 * run, its duration, its tries and the error's first line.
 */
final class StepCell extends ListCell<TimelineStep> {
    private static final double INDENT = 18;
    private static final double ID_COLUMN = 170;
    private final Messages messages;
    private final RunFormats formats;
    private final Supplier<Duration> scale;
    private final FontIcon icon = new FontIcon();
    private final Label id = new Label();
    private final Region bar = new Region();
    private final DoubleProperty share = new SimpleDoubleProperty();
    private final Label duration = new Label();
    private final Label attempts = new Label();
    private final Label error = new Label();
    private final Region indent = new Region();
    private final HBox box;

    /** @param scale the duration a full bar stands for (the run's) */
    StepCell(Messages messages, RunFormats formats, Supplier<Duration> scale) {
        this.messages = messages;
        this.formats = formats;
        this.scale = scale;
        id.getStyleClass().addAll("step-id", Styles.TEXT_BOLD);
        id.setMinWidth(Region.USE_PREF_SIZE);
        id.setMaxWidth(Double.MAX_VALUE);
        StackPane track = new StackPane(bar);
        track.getStyleClass().add("step-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setPrefWidth(140);
        track.setMinWidth(80);
        track.setMaxHeight(10);
        bar.getStyleClass().add("step-bar");
        bar.setMinWidth(2);
        bar.maxWidthProperty().bind(track.widthProperty().multiply(share));
        bar.prefWidthProperty().bind(bar.maxWidthProperty());
        duration.getStyleClass().addAll(Styles.TEXT_SMALL, "step-duration");
        duration.setPrefWidth(72);
        duration.setMinWidth(Region.USE_PREF_SIZE);
        attempts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        attempts.setMinWidth(Region.USE_PREF_SIZE);
        id.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        error.getStyleClass().addAll(Styles.TEXT_SMALL, "run-error");
        error.setMinWidth(0);
        HBox.setHgrow(error, Priority.ALWAYS);
        box = new HBox(8, indent, icon, id, track, duration, attempts, error);
        box.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TimelineStep step, boolean empty) {
        super.updateItem(step, empty);
        setText(null);
        if (empty || step == null) {
            setGraphic(null);
            return;
        }
        double inset = step.depth() * INDENT;
        indent.setMinWidth(inset);
        indent.setPrefWidth(inset);
        // ids share one column, so the bars start at the same place whatever the nesting
        id.setPrefWidth(Math.max(ID_COLUMN - inset, 60));
        String state = step.running() ? "running" : step.failed() ? "failed" : "succeeded";
        icon.setIconCode(step.running() ? Feather.LOADER : step.failed() ? Feather.X_CIRCLE : Feather.CHECK_CIRCLE);
        icon.getStyleClass().setAll("ikonli-font-icon", "step-icon", "step-" + state);
        box.getStyleClass().setAll("step-row", "step-" + state);
        id.setText(step.depth() == 0 ? step.stepId() : step.shortId());
        long total = Math.max(1, scale.get().toMillis());
        share.set(Math.min(1, step.duration().toMillis() / (double) total));
        duration.setText(formats.duration(step.duration()));
        if (step.running()) {
            attempts.setText(messages.text("runs.step.runningTry", step.attempts()));
        } else {
            attempts.setText(step.attempts() > 1 ? messages.text("runs.step.tries", step.attempts()) : "");
        }
        error.setText(RunFormats.oneLine(step.error(), 140));
        setGraphic(box);
    }
}
