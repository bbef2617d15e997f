package dev.aura.plugins.automation.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.automation.Messages;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The run shown: its header (workflow, version, trigger, variables, status, start, duration), Cancel while it runs
 * or Retry from the failed step when it failed, the step timeline and the selected step's detail.
 */
final class RunView {
    private final RunsViewModel model;
    private final Messages messages;
    private final RunFormats formats;
    private final Label title = new Label();
    private final Label badge = new Label();
    private final Label trigger = new Label();
    private final Label started = new Label();
    private final Label duration = new Label();
    private final Label variables = new Label();
    private final Button cancel;
    private final Button retry;
    private final ListView<TimelineStep> timeline = new ListView<>();
    private final StepDetailPane stepDetail;
    private final VBox content;
    private final StackPane root;
    private final Label empty;
    private boolean syncing;

    RunView(RunsViewModel model, StepDetailPane stepDetail) {
        this.model = model;
        this.messages = model.messages();
        this.formats = model.formats();
        this.stepDetail = stepDetail;
        title.setId("run-title");
        title.getStyleClass().addAll(Styles.TITLE_4);
        title.setMinWidth(0);
        badge.setId("run-status");
        cancel = new Button(messages.text("runs.run.cancel"), new FontIcon(Feather.SQUARE));
        cancel.setId("run-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.setOnAction(e -> model.cancel());
        retry = new Button(messages.text("runs.run.retry"), new FontIcon(Feather.ROTATE_CW));
        retry.setId("run-retry");
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setOnAction(e -> model.retry());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(10, title, badge, gap, cancel, retry);
        heading.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(2);
        facts.getStyleClass().add("run-facts");
        trigger.setId("run-trigger");
        started.setId("run-started");
        duration.setId("run-duration");
        variables.setId("run-variables");
        variables.setWrapText(false);
        variables.setMinWidth(0);
        addFact(facts, 0, 0, "runs.run.trigger", trigger);
        addFact(facts, 0, 2, "runs.run.started", started);
        addFact(facts, 1, 0, "runs.run.duration", duration);
        addFact(facts, 1, 2, "runs.run.variables", variables);

        timeline.setId("run-timeline");
        timeline.getStyleClass().addAll("run-timeline", Styles.DENSE);
        timeline.setCellFactory(v -> new StepCell(messages, formats, this::scale));
        timeline.setPlaceholder(new Label(messages.text("runs.run.noSteps")));
        timeline.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.selectStep(now);
            }
        });
        model.selectedStepProperty().addListener((o, was, now) -> {
            stepDetail.show(now);
            syncStep();
        });
        SplitPane split = new SplitPane(timeline, stepDetail.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        content = new VBox(8, heading, facts, split);
        content.getStyleClass().add("run-view");
        empty = new Label(messages.text("runs.run.pick"));
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "runs-empty");
        root = new StackPane(empty);
        root.setId("run-view");
        model.detailProperty().addListener((o, was, now) -> show(now));
    }

    Node node() {
        return root;
    }

    private void addFact(GridPane grid, int row, int column, String key, Label value) {
        Label name = new Label(messages.text(key));
        name.getStyleClass().add(Styles.TEXT_MUTED);
        name.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(name, column, row);
        grid.add(value, column + 1, row);
    }

    private Duration scale() {
        RunDetail detail = model.detail();
        return detail == null ? Duration.ofMillis(1) : detail.scale(detail.run().duration(model.clock().instant()));
    }

    private void show(RunDetail detail) {
        if (detail == null) {
            root.getChildren().setAll(empty);
            return;
        }
        if (root.getChildren().getFirst() != content) {
            root.getChildren().setAll(content);
        }
        RunRow run = detail.run();
        title.setText(messages.text("runs.row.workflow", run.workflow(), run.version()));
        String state = run.live() ? (run.queued() ? "queued" : "running")
                : run.status().name().toLowerCase(Locale.ROOT);
        badge.setText(messages.text("runs.status." + state));
        badge.getStyleClass().setAll("label", "run-badge", "run-" + state);
        trigger.setText(formats.trigger(run.trigger()));
        started.setText(formats.time(run.started()));
        duration.setText(formats.duration(run.duration(model.clock().instant())));
        variables.setText(detail.variables().isEmpty() ? messages.text("runs.run.noVariables")
                : new java.util.TreeMap<>(detail.variables()).entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", ")));
        cancel.setVisible(detail.live());
        cancel.setManaged(detail.live());
        retry.setVisible(detail.retryable());
        retry.setManaged(detail.retryable());
        syncing = true;
        try {
            timeline.getItems().setAll(detail.steps());
        } finally {
            syncing = false;
        }
        syncStep();
        if (model.selectedStepProperty().get() != null) {
            stepDetail.show(model.selectedStepProperty().get());
        }
    }

    private void syncStep() {
        TimelineStep step = model.selectedStepProperty().get();
        syncing = true;
        try {
            if (step == null) {
                timeline.getSelectionModel().clearSelection();
            } else {
                int index = timeline.getItems().indexOf(step);
                if (index >= 0 && timeline.getSelectionModel().getSelectedIndex() != index) {
                    timeline.getSelectionModel().select(index);
                }
            }
        } finally {
            syncing = false;
        }
    }
}
