package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.history.StoredRun;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Passed, failed, errors (and cancelled), pass rate, tokens, cost and duration of the run in the matrix. */
final class SummaryBar {
    private final RunsViewModel model;
    private final Messages messages;
    private final RunFormats formats;
    private final Label passed = figure("summary-passed", "passed");
    private final Label failed = figure("summary-failed", "failed");
    private final Label errors = figure("summary-errors", "error");
    private final Label cancelled = figure("summary-cancelled", "cancelled");
    private final Label rate = figure("summary-rate", "rate");
    private final Label tokens = figure("summary-tokens", "plain");
    private final Label cost = figure("summary-cost", "plain");
    private final Label duration = figure("summary-duration", "plain");
    private final FlowPane root = new FlowPane(14, 4);

    SummaryBar(RunsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.formats = model.formats();
        root.setId("runs-summary");
        root.getStyleClass().add("runs-summary");
        root.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(rate, passed, failed, errors, cancelled, tokens, cost, duration);
        model.matrix().totalsProperty().addListener((o, was, now) -> update());
        model.elapsedProperty().addListener((o, was, now) -> update());
        model.shownProperty().addListener((o, was, now) -> update());
        update();
    }

    Node node() {
        return root;
    }

    private void update() {
        MatrixTotals t = model.matrix().totals();
        passed.setText(messages.text("runs.summary.passed", t.passed()));
        failed.setText(messages.text("runs.summary.failed", t.failed()));
        errors.setText(messages.text("runs.summary.errors", t.errors()));
        cancelled.setText(messages.text("runs.summary.cancelled", t.cancelled()));
        cancelled.setVisible(t.cancelled() > 0);
        cancelled.setManaged(t.cancelled() > 0);
        rate.setText(messages.text("runs.summary.rate", formats.percent(t.passRate())));
        tokens.setText(messages.text("runs.summary.tokens", formats.tokens(t.tokens())));
        cost.setText(messages.text("runs.summary.cost", t.priced() ? formats.cost(t.cost()) : "–"));
        StoredRun shown = model.shown();
        String time = shown != null ? formats.runDuration(shown.summary().durationMs()) : model.elapsedProperty().get();
        duration.setText(messages.text("runs.summary.duration", time == null || time.isEmpty() ? "–" : time));
        root.setVisible(t.cells() > 0 || model.running());
        root.setManaged(root.isVisible());
    }

    private static Label figure(String id, String kind) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("summary-figure", kind);
        return label;
    }
}
