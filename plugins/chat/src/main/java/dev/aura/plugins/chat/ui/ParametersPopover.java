package dev.aura.plugins.chat.ui;

import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.ChatParameters;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The conversation's parameters and system prompt override, saved with the conversation on Apply. */
final class ParametersPopover {
    private ParametersPopover() {}

    static void show(Node anchor, ComposerViewModel vm, Messages messages) {
        ParametersForm form = new ParametersForm(messages, vm.parametersProperty().get());
        TextArea systemPrompt = new TextArea(vm.systemPromptProperty().get() == null ? ""
                : vm.systemPromptProperty().get());
        systemPrompt.setId("param-system-prompt");
        systemPrompt.setPromptText(messages.text("param.systemPromptPrompt"));
        systemPrompt.setWrapText(true);
        systemPrompt.setPrefRowCount(4);
        Label systemLabel = new Label(messages.text("param.systemPrompt"));

        Popover popover = new Popover();
        popover.setTitle(messages.text("param.title"));
        popover.setArrowLocation(Popover.ArrowLocation.BOTTOM_LEFT);
        popover.setDetachable(false);

        Button reset = new Button(messages.text("param.reset"));
        reset.setOnAction(e -> {
            form.set(ChatParameters.DEFAULTS);
            systemPrompt.clear();
        });
        Button apply = new Button(messages.text("param.apply"));
        apply.setId("param-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setDefaultButton(true);
        apply.setOnAction(e -> {
            ChatParameters read = form.read();
            if (read != null) {
                vm.applySettings(read, systemPrompt.getText());
                popover.hide();
            }
        });
        HBox buttons = new HBox(8, reset, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(10, form.node(), systemLabel, systemPrompt, buttons);
        content.setPrefWidth(460);
        popover.setContentNode(content);
        popover.show(anchor);
    }
}
