package dev.aura.plugins.automation.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.runs.PendingApproval;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Above the run view: every approval a run waits for, with Approve and Reject. Hidden when none waits. */
final class ApprovalsBar {
    private final ApprovalsModel model;
    private final Messages messages;
    private final VBox root = new VBox(4);

    ApprovalsBar(ApprovalsModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("runs-approvals");
        root.getStyleClass().add("runs-approvals");
        root.visibleProperty().bind(Bindings.isNotEmpty(model.pending()));
        root.managedProperty().bind(root.visibleProperty());
        model.pending().addListener((ListChangeListener<PendingApproval>) c -> redraw());
        redraw();
    }

    Node node() {
        return root;
    }

    private void redraw() {
        root.getChildren().setAll(model.pending().stream().map(this::row).toList());
    }

    private Node row(PendingApproval approval) {
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("approval-icon");
        Label where = new Label(messages.text("runs.approval.where", approval.workflow(), approval.stepId()));
        where.getStyleClass().add(Styles.TEXT_BOLD);
        where.setMinWidth(Label.USE_PREF_SIZE);
        TextFlow text = Paragraph.of(approval.message() == null ? "" : approval.message(), "approval-message");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button approve = new Button(messages.text("runs.approval.approve"), new FontIcon(Feather.CHECK));
        approve.getStyleClass().addAll(Styles.SUCCESS, Styles.SMALL);
        approve.setId("approval-approve");
        approve.setOnAction(e -> model.answer(approval, true));
        Button reject = new Button(messages.text("runs.approval.reject"), new FontIcon(Feather.X));
        reject.getStyleClass().addAll(Styles.DANGER, Styles.SMALL);
        reject.setId("approval-reject");
        reject.setOnAction(e -> model.answer(approval, false));
        for (Button b : new Button[] {approve, reject}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, icon, where, text, approve, reject);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("approval-row");
        row.setUserData(approval.id());
        return row;
    }
}
