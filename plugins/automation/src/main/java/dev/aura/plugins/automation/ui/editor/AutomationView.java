package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.automation.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The panel's layout: the workflow list on the left, the selected workflow (or a hint to pick one) on the right. */
public final class AutomationView {
    public static final String STYLESHEET = AutomationView.class.getResource("/dev/aura/plugins/automation/ui/"
            + "automation.css").toExternalForm();
    private final SplitPane root = new SplitPane();

    public AutomationView(WorkflowListPane list, WorkflowPane workflow, WorkflowEditorViewModel editor,
                          Messages messages) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("automation-panel");
        root.setId("automation-panel");
        Label hint = new Label(messages.text("editor.noSelection"), new FontIcon(Feather.MOUSE_POINTER));
        hint.getStyleClass().addAll("muted-text", Styles.TITLE_4);
        VBox noSelection = new VBox(hint);
        noSelection.setId("no-selection");
        noSelection.setAlignment(Pos.CENTER);
        noSelection.visibleProperty().bind(editor.stateProperty().isEqualTo(WorkflowEditorViewModel.State.NONE)
                .or(editor.stateProperty().isEqualTo(WorkflowEditorViewModel.State.ERROR)));
        workflow.root().visibleProperty().bind(noSelection.visibleProperty().not());
        StackPane right = new StackPane(workflow.root(), noSelection);
        root.getItems().addAll(list.root(), right);
        root.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(list.root(), false);
    }

    public SplitPane root() {
        return root;
    }
}
