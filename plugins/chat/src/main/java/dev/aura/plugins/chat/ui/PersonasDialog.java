package dev.aura.plugins.chat.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Persona;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Create, edit, duplicate and delete personas: name, system prompt, model and parameters. */
final class PersonasDialog {
    private final PersonasViewModel vm;
    private final ComposerViewModel composer;
    private final Messages messages;
    private final ListView<Persona> list;
    private final TextField name = new TextField();
    private final ComboBox<String> model = new ComboBox<>();
    private final TextArea systemPrompt = new TextArea();
    private final ParametersForm parameters;
    private Persona editing;

    PersonasDialog(PersonasViewModel vm, ComposerViewModel composer, Messages messages) {
        this.vm = vm;
        this.composer = composer;
        this.messages = messages;
        this.list = new ListView<>(vm.personas());
        this.parameters = new ParametersForm(messages, ChatParameters.DEFAULTS);
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("personas.title"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content());
        dialog.setResizable(true);
        vm.refresh();
        dialog.showAndWait();
    }

    Node content() {
        list.setId("persona-list");
        list.setPrefWidth(200);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Persona item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        javafx.scene.layout.StackPane none = new javafx.scene.layout.StackPane(
                Paragraph.of(messages.text("personas.none"), "placeholder-text"));
        none.setPadding(new Insets(8));
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> edit(p));

        Button add = new Button(messages.text("personas.new"), new FontIcon("fth-plus"));
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            edit(null);
            name.requestFocus();
        });
        Button duplicate = new Button(messages.text("personas.duplicate"), new FontIcon("fth-copy"));
        duplicate.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        duplicate.setOnAction(e -> vm.duplicate(list.getSelectionModel().getSelectedItem()));
        Button delete = new Button(messages.text("personas.delete"), new FontIcon("fth-trash-2"));
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            vm.delete(list.getSelectionModel().getSelectedItem().id());
            edit(null);
        });
        VBox left = new VBox(8, list, new HBox(6, add, duplicate), delete);
        VBox.setVgrow(list, Priority.ALWAYS);

        name.setId("persona-name");
        name.setPromptText(messages.text("personas.namePrompt"));
        model.setId("persona-model");
        model.setEditable(true);
        model.setItems(composer.models());
        model.setPromptText(messages.text("personas.modelPrompt"));
        model.setMaxWidth(Double.MAX_VALUE);
        systemPrompt.setId("persona-system-prompt");
        systemPrompt.setWrapText(true);
        systemPrompt.setPrefRowCount(6);
        systemPrompt.setPromptText(messages.text("personas.systemPromptPrompt"));
        Button save = new Button(messages.text("personas.save"), new FontIcon("fth-check"));
        save.setId("persona-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(name.textProperty().isEmpty());
        save.setOnAction(e -> {
            ChatParameters read = parameters.read();
            if (read != null) {
                String chosen = model.getEditor().getText();
                vm.save(new Persona(editing == null ? null : editing.id(), name.getText().strip(),
                        systemPrompt.getText(), chosen == null || chosen.isBlank() ? null : chosen.strip(), read));
            }
        });
        HBox buttons = new HBox(save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox right = new VBox(8, new Label(messages.text("personas.name")), name,
                new Label(messages.text("personas.model")), model,
                new Label(messages.text("personas.systemPrompt")), systemPrompt, parameters.node(), buttons);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox root = new HBox(16, left, right);
        root.setPadding(new Insets(8));
        root.setPrefSize(820, 560);
        edit(null);
        return root;
    }

    private void edit(Persona persona) {
        editing = persona;
        name.setText(persona == null ? "" : persona.name());
        model.getEditor().setText(persona == null || persona.model() == null ? "" : persona.model());
        model.setValue(persona == null ? null : persona.model());
        systemPrompt.setText(persona == null || persona.systemPrompt() == null ? "" : persona.systemPrompt());
        parameters.set(persona == null ? ChatParameters.DEFAULTS : persona.parameters());
    }
}
