package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.validation.Problem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of the step list: type icon, id, one-line summary and a warning icon when the step has problems; or a branch
 * heading. Steps are dragged onto another step of the same list to take its place.
 */
final class StepCell extends TreeCell<StepRow> {
    private static final String DRAG_FORMAT = "aura-automation-step";
    /** The step being dragged (one drag at a time in the whole toolkit). */
    private static StepPath dragged;

    private final WorkflowEditorViewModel vm;
    private final Messages messages;

    StepCell(WorkflowEditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setPrefWidth(0); // rows take the list's width: long summaries end in an ellipsis, no sideways scrolling
        setOnDragDetected(e -> {
            StepRow row = getItem();
            if (row == null || row.isHeading()) {
                return;
            }
            dragged = row.path();
            var board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_FORMAT + ":" + row.step().id());
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (accepts()) {
                e.acceptTransferModes(TransferMode.MOVE);
                if (!getStyleClass().contains("drop-target")) {
                    getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(e -> {
            boolean done = accepts();
            if (done) {
                vm.moveTo(dragged, getItem().path().index());
            }
            dragged = null;
            e.setDropCompleted(done);
            e.consume();
        });
        setOnDragDone(e -> dragged = null);
    }

    private boolean accepts() {
        StepRow row = getItem();
        return dragged != null && row != null && !row.isHeading() && row.path().list().equals(dragged.list())
                && row.path().index() != dragged.index();
    }

    @Override
    protected void updateItem(StepRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        getStyleClass().removeAll("step-heading", "has-problem");
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (row.isHeading()) {
            getStyleClass().add("step-heading");
            Label heading = new Label(messages.text("editor.branch." + row.branch().branch().name()
                    .toLowerCase(Locale.ROOT)), new FontIcon(Feather.CORNER_DOWN_RIGHT));
            heading.getStyleClass().add("branch-heading");
            setGraphic(heading);
            setTooltip(new Tooltip(messages.text("editor.branch.tip")));
            return;
        }
        StepKind kind = StepKind.of(row.step().type());
        FontIcon icon = new FontIcon(kind.icon());
        icon.getStyleClass().add("step-icon");
        Label id = new Label(row.step().id().isBlank() ? "?" : row.step().id());
        id.getStyleClass().add("step-id");
        id.setMinWidth(Label.USE_PREF_SIZE);
        String text = StepKind.summary(row.step().type());
        Label summary = new Label(text.isEmpty() ? messages.text(kind.nameKey()) : text);
        summary.getStyleClass().add("step-summary");
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox box = new HBox(8, icon, id, summary);
        box.setAlignment(Pos.CENTER_LEFT);
        List<Problem> problems = vm.problems().stream().filter(p -> row.step().id().equals(p.stepId())).toList();
        if (!problems.isEmpty()) {
            getStyleClass().add("has-problem");
            FontIcon warning = new FontIcon(Feather.ALERT_TRIANGLE);
            warning.getStyleClass().add("problem-icon");
            warning.setId("step-problem-" + row.step().id());
            box.getChildren().add(warning);
            setTooltip(new Tooltip(problems.stream().map(Problem::message).collect(Collectors.joining("\n"))));
        } else {
            setTooltip(new Tooltip(messages.text(kind.nameKey())));
        }
        setGraphic(box);
    }
}
