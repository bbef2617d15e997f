package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.history.CellChange;
import dev.aura.plugins.prompts.run.CellResult;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One cell of the results matrix, compact: status badge, score and change badge; a one-line output preview; latency,
 * tokens and cost. Its nodes are built once and reused as the table scrolls; the tooltip text is made on hover.
 */
final class MatrixCell extends TableCell<MatrixRow, MatrixEntry> {
    private static final int PREVIEW_CHARS = 80;
    private static final String[] STATES = {"passed", "failed", "error", "cancelled", "regressed", "fixed"};

    private final RunFormats formats;
    private final Messages messages;
    private final Label badge = new Label();
    private final Label score = new Label();
    private final Label change = new Label();
    private final Label preview = new Label();
    private final Label meta = new Label();
    private final VBox box;
    private final Tooltip tooltip = new Tooltip();

    MatrixCell(RunFormats formats, Messages messages) {
        this.formats = formats;
        this.messages = messages;
        getStyleClass().add("run-cell");
        badge.getStyleClass().add("badge");
        score.getStyleClass().add("score");
        change.getStyleClass().add("change");
        preview.getStyleClass().add("preview");
        meta.getStyleClass().add("meta");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, badge, score, gap, change);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box = new VBox(1, top, preview, meta);
        box.getStyleClass().add("cell-box");
        box.setMinWidth(0);
        preview.setMinWidth(0);
        meta.setMinWidth(0);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setMaxWidth(480);
        tooltip.setWrapText(true);
        tooltip.setOnShowing(e -> tooltip.setText(tooltipText(getItem())));
        setText(null);
    }

    @Override
    protected void updateItem(MatrixEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll(STATES);
        badge.getStyleClass().removeAll(STATES);
        change.getStyleClass().removeAll(STATES);
        if (empty || entry == null) {
            setGraphic(null);
            setTooltip(null);
            if (!empty) {
                getStyleClass().add("pending");
            } else {
                getStyleClass().remove("pending");
            }
            return;
        }
        getStyleClass().remove("pending");
        CellResult r = entry.result();
        String status = entry.status().name().toLowerCase();
        badge.setText(formats.status(entry.status()));
        badge.getStyleClass().add(status);
        getStyleClass().add(status);
        score.setText(r.grade() == null ? "" : formats.score(r.grade().score()));
        String changeClass = changeClass(entry.change());
        change.setVisible(changeClass != null);
        if (changeClass != null) {
            change.setText(messages.text("runs.change." + changeClass));
            change.getStyleClass().add(changeClass);
            getStyleClass().add(changeClass);
        }
        preview.setText(r.status() == CellResult.Status.ERROR || r.status() == CellResult.Status.CANCELLED
                ? RunFormats.preview(r.error(), PREVIEW_CHARS) : RunFormats.preview(r.output(), PREVIEW_CHARS));
        meta.setText(r.cancelled() ? "" : messages.text("runs.cell.meta", formats.latency(r.latencyMs()),
                formats.tokens(r.promptTokens() + r.outputTokens()), formats.cost(r.cost())));
        setGraphic(box);
        setTooltip(tooltip);
    }

    static String changeClass(CellChange.Kind kind) {
        if (kind == CellChange.Kind.REGRESSION) {
            return "regressed";
        }
        return kind == CellChange.Kind.FIX ? "fixed" : null;
    }

    private String tooltipText(MatrixEntry entry) {
        if (entry == null) {
            return "";
        }
        CellResult r = entry.result();
        StringBuilder text = new StringBuilder(messages.text("runs.cell.tooltip", entry.cell().testName(),
                entry.cell().variantLabel(), r.model(), formats.status(r.status())));
        if (r.grade() != null) {
            text.append('\n').append(messages.text("runs.detail.score", formats.score(r.grade().score())));
        }
        String body = r.error() != null && !r.error().isBlank() ? r.error() : r.output();
        text.append("\n\n").append(RunFormats.preview(body, 400));
        return text.toString();
    }
}
