package dev.aura.plugins.automation.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import java.nio.file.Path;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out the history (left), and the message banner, approvals bar and run view (right). */
final class RunsView {
    private final RunsViewModel model;
    private final Messages messages;
    private final SplitPane root;
    private final HBox banner = new HBox(8);
    private final Timeline ticker;

    RunsView(RunsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        HistoryPane history = new HistoryPane(model);
        ApprovalsBar approvals = new ApprovalsBar(model.approvals(), messages);
        RunView run = new RunView(model, new StepDetailPane(messages, model.formats(), this::openFile));
        banner.setId("runs-banner");
        banner.getStyleClass().add("runs-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        model.messageProperty().addListener((o, was, now) -> showBanner(now));
        showBanner("");
        VBox right = new VBox(8, banner, approvals.node(), run.node());
        VBox.setVgrow(run.node(), Priority.ALWAYS);
        root = new SplitPane(history.node(), right);
        root.setDividerPositions(0.34);
        root.getStyleClass().add("automation-runs");
        root.getStylesheets().add(RunsPane.STYLESHEET);
        SplitPane.setResizableWithParent(history.node(), false);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    Parent root() {
        return root;
    }

    void stop() {
        ticker.stop();
    }

    private void showBanner(String text) {
        boolean shown = text != null && !text.isBlank();
        banner.setVisible(shown);
        banner.setManaged(shown);
        if (!shown) {
            banner.getChildren().clear();
            return;
        }
        var paragraph = Paragraph.of(text);
        paragraph.setId("runs-banner-text");
        HBox.setHgrow(paragraph, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setOnAction(e -> model.dismissMessage());
        banner.getChildren().setAll(new FontIcon(Feather.ALERT_CIRCLE), paragraph, close);
    }

    /** The desktop opens the file; where there is none the message says where it is. */
    private void openFile(Path file) {
        if (file == null) {
            return;
        }
        model.background().run(messages.text("runs.job.open"), job -> {
            model.services().context().links().open(file.toUri().toString());
            return file;
        }, opened -> { }, failure -> model.showMessage(messages.text("runs.error.open", file,
                Background.describe(failure))));
    }
}
