package dev.aura.plugins.models.ui;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelsFailure;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Pull a model": name field, Pull/Cancel, and while pulling the phase, a progress bar, bytes, percent and speed. */
final class PullPane {
    private final PullViewModel vm;
    private final Messages messages;
    private final CustomTextField name = new CustomTextField();
    private final VBox root = new VBox(8);

    PullPane(PullViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        build();
    }

    Node node() {
        return root;
    }

    void focusName() {
        name.requestFocus();
        name.selectAll();
    }

    private void build() {
        root.setId("pull-pane");
        // the table shrinks when the window is small, never the pull controls
        root.setMinHeight(Region.USE_PREF_SIZE);
        name.setId("pull-name");
        name.setPromptText(messages.text("pull.prompt"));
        name.setLeft(new FontIcon("fth-download"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.disableProperty().bind(vm.pullingProperty());
        name.setOnAction(e -> vm.pull());
        HBox.setHgrow(name, Priority.ALWAYS);

        Button pull = new Button(messages.text("pull.button"));
        pull.setId("pull-button");
        pull.getStyleClass().add(Styles.ACCENT);
        pull.setDefaultButton(false);
        pull.disableProperty().bind(vm.canPullBinding().not());
        pull.setOnAction(e -> vm.pull());
        pull.setMinWidth(Region.USE_PREF_SIZE);

        Button cancel = new Button(messages.text("pull.cancel"), new FontIcon("fth-x"));
        cancel.setId("pull-cancel");
        cancel.visibleProperty().bind(vm.pullingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);

        HBox row = new HBox(8, name, pull, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(row, progress(), outcome(), failure());
    }

    private Node progress() {
        Label phase = new Label();
        phase.setId("pull-phase");
        phase.textProperty().bind(vm.phaseProperty());
        Label detail = new Label();
        detail.setId("pull-detail");
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, "tabular-numbers");
        detail.textProperty().bind(vm.detailProperty());
        detail.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox labels = new HBox(8, phase, spacer, detail);
        labels.setAlignment(Pos.BASELINE_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("pull-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.progressProperty().bind(vm.fractionProperty());

        VBox box = new VBox(6, labels, bar);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.visibleProperty().bind(vm.pullingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node outcome() {
        Label outcome = new Label();
        outcome.setId("pull-message");
        outcome.setGraphic(new FontIcon("fth-check-circle"));
        outcome.getStyleClass().add(Styles.SUCCESS);
        outcome.textProperty().bind(vm.messageProperty());
        outcome.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        return outcome;
    }

    private Node failure() {
        Message message = new Message(messages.text("pull.failedTitle"), "", new FontIcon("fth-alert-octagon"));
        message.setId("pull-error");
        message.getStyleClass().add(Styles.DANGER);
        message.descriptionProperty().bind(Bindings.createStringBinding(() -> {
            ModelsFailure f = vm.failureProperty().get();
            return f == null ? "" : f.message();
        }, vm.failureProperty()));
        message.visibleProperty().bind(vm.failureProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        message.setOnClose(e -> vm.dismissMessages());
        return message;
    }
}
