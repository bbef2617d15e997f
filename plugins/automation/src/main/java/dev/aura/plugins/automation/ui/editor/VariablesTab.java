package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.Workflow;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The Variables tab: name and default of each workflow variable, used in steps as {@code {{ vars.name }}}. */
final class VariablesTab {
    private final WorkflowEditorViewModel vm;
    private final Messages messages;
    private final VBox content = new VBox(12);
    private final ScrollPane root = new ScrollPane(content);

    VariablesTab(WorkflowEditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        content.setPadding(new Insets(16));
        content.setMaxWidth(720);
        root.setFitToWidth(true);
        root.setId("variables-tab");
        vm.loadsProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    ScrollPane root() {
        return root;
    }

    private void rebuild() {
        content.getChildren().clear();
        if (vm.draft() == null) {
            return;
        }
        content.getChildren().addAll(Forms.caption(messages.text("editor.vars.title")),
                Paragraph.of(messages.text("editor.vars.text"), "hint-text"),
                new KeyValueRows("var", vm.draft().variables(), messages.text("editor.field.name"),
                        messages.text("editor.vars.default"), messages.text("editor.field.addVariable"),
                        messages.text("editor.list.remove"),
                        vars -> vm.update(w -> new Workflow(w.name(), w.description(), vars, w.steps(), w.triggers(),
                                w.permissions(), w.policy()))).root());
    }
}
