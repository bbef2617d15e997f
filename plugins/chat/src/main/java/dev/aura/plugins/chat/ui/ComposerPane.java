package dev.aura.plugins.chat.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Attachment;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** The composer: text (Enter sends, Shift+Enter new line), chips, model picker, parameters, attach, Send/Stop. */
final class ComposerPane {
    private final ChatViewModel chat;
    private final ComposerViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final TextArea input = new TextArea();

    ComposerPane(ChatViewModel chat) {
        this.chat = chat;
        this.vm = chat.composer();
        this.messages = chat.messages();
        build();
    }

    Node node() {
        return root;
    }

    void focus() {
        input.requestFocus();
    }

    private void build() {
        root.getStyleClass().add("composer");
        root.setId("composer");

        input.setId("composer-input");
        input.setPromptText(messages.text("composer.prompt"));
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.textProperty().bindBidirectional(vm.draftProperty());
        input.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isShortcutDown()) {
                e.consume();
                chat.send();
            } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                e.consume();
                input.insertText(input.getCaretPosition(), "\n");
            } else if (e.getCode() == KeyCode.ESCAPE && chat.conversation().isGenerating()) {
                e.consume();
                chat.conversation().stop();
            }
        });

        FlowPane chips = new FlowPane(6, 6);
        chips.setId("composer-chips");
        vm.attachments().addListener((ListChangeListener<Attachment>) c -> showChips(chips));
        chips.visibleProperty().bind(Bindings.isNotEmpty(vm.attachments()));
        chips.managedProperty().bind(chips.visibleProperty());

        Message refused = new Message(messages.text("attach.refusedTitle"), "", new FontIcon("fth-alert-circle"));
        refused.setId("attach-error");
        refused.getStyleClass().add(Styles.WARNING);
        refused.descriptionProperty().bind(vm.attachErrorProperty());
        refused.visibleProperty().bind(vm.attachErrorProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());
        refused.setOnClose(e -> vm.dismissAttachError());

        root.getChildren().addAll(refused, chips, input, toolbar());
        acceptDrops(root);
    }

    /** Files dropped on {@code target} (the composer, or the whole conversation) are attached. */
    void acceptDrops(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (files != null && !files.isEmpty()) {
                vm.attach(files.stream().map(File::toPath).toList());
            }
            e.setDropCompleted(files != null && !files.isEmpty());
            e.consume();
        });
    }

    private void showChips(FlowPane chips) {
        chips.getChildren().setAll(vm.attachments().stream()
                .map(a -> AttachmentChip.of(a, () -> vm.removeAttachment(a))).toList());
    }

    private Node toolbar() {
        ComboBox<String> model = new ComboBox<>(vm.models());
        model.setId("model-picker");
        model.setPromptText(messages.text("composer.modelPrompt"));
        model.valueProperty().bindBidirectional(vm.modelProperty());
        model.setTooltip(new Tooltip(messages.text("composer.modelTooltip")));
        model.setPrefWidth(220);

        Button parameters = new Button(messages.text("composer.parameters"), new FontIcon("fth-sliders"));
        parameters.setId("parameters-button");
        parameters.getStyleClass().add(Styles.FLAT);
        parameters.setOnAction(e -> ParametersPopover.show(parameters, vm, messages));

        Button attach = new Button(null, new FontIcon("fth-paperclip"));
        attach.setId("attach-button");
        attach.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        attach.setTooltip(new Tooltip(messages.text("composer.attachTooltip")));
        attach.setOnAction(e -> pickFiles(attach));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button send = new Button();
        send.setId("send-button");
        BooleanBinding generating = Bindings.createBooleanBinding(() -> chat.conversation().isGenerating(),
                chat.conversation().generatingProperty());
        send.textProperty().bind(Bindings.when(generating).then(messages.text("composer.stop"))
                .otherwise(messages.text("composer.send")));
        send.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(generating.get() ? "fth-square" : "fth-send"), generating));
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(generating.not().and(vm.draftProperty().isEmpty()
                .and(Bindings.isEmpty(vm.attachments())).or(vm.modelProperty().isNull())));
        send.setOnAction(e -> {
            if (chat.conversation().isGenerating()) {
                chat.conversation().stop();
            } else {
                chat.send();
            }
        });
        HBox bar = new HBox(8, model, parameters, attach, spacer, send);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void pickFiles(Node anchor) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("composer.attachTitle"));
        List<File> files = chooser.showOpenMultipleDialog(anchor.getScene() == null ? null
                : anchor.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            vm.attach(files.stream().map(File::toPath).toList());
        }
    }
}
