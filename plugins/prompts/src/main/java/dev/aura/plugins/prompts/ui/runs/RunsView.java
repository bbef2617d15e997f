package dev.aura.plugins.prompts.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.prompts.Messages;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Runs tab: toolbar with progress, message banner, matrix with summary and details, history with trend. */
final class RunsView {
    static final String STYLESHEET = RunsView.class.getResource("/dev/aura/plugins/prompts/ui/runs.css").toExternalForm();

    private final RunsViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final Timeline ticker;

    RunsView(RunsViewModel model, Runnable onRun) {
        this.model = model;
        this.messages = model.messages();
        root.getStyleClass().add("runs-pane");
        root.getStylesheets().add(STYLESHEET);
        ticker = new Timeline(new KeyFrame(Duration.millis(500), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        model.runningProperty().addListener((o, was, now) -> {
            if (now) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });

        ResultsMatrixView matrix = new ResultsMatrixView(model);
        CellDetailPane detail = new CellDetailPane(model);
        SplitPane matrixAndDetail = new SplitPane(matrix.node());
        matrixAndDetail.getStyleClass().add("runs-split");
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && !matrixAndDetail.getItems().contains(detail.node())) {
                matrixAndDetail.getItems().add(detail.node());
                matrixAndDetail.setDividerPositions(0.62);
            } else if (now == null) {
                matrixAndDetail.getItems().remove(detail.node());
            }
        });
        VBox matrixArea = new VBox(6, compareHeader(), new SummaryBar(model).node(), matrixAndDetail);
        VBox.setVgrow(matrixAndDetail, Priority.ALWAYS);
        StackPane center = new StackPane(matrixArea, emptyState());
        Node history = new RunHistoryPane(model).node();
        // a taller or shorter window grows or shrinks the matrix; the history keeps its height
        SplitPane.setResizableWithParent(history, false);
        SplitPane main = new SplitPane(center, history);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.7);
        main.getStyleClass().add("runs-split");
        root.setTop(new VBox(toolbar(onRun), banner()));
        root.setCenter(main);
    }

    Node root() {
        return root;
    }

    void dispose() {
        ticker.stop();
    }

    private Node toolbar(Runnable onRun) {
        Button run = new Button(messages.text("runs.toolbar.run"), new FontIcon(Feather.PLAY));
        run.setId("runs-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> onRun.run());
        run.disableProperty().bind(model.runningProperty().or(model.versionProperty().isNull()));
        run.setTooltip(new Tooltip(messages.text("runs.toolbar.runTip")));

        Button cancel = new Button(messages.text("runs.toolbar.cancel"), new FontIcon(Feather.SQUARE));
        cancel.setId("runs-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.cancellingProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("runs-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(180);
        Label count = new Label();
        count.setId("runs-progress-text");
        count.textProperty().bind(model.progressTextProperty());
        Label elapsed = new Label();
        elapsed.setId("runs-elapsed");
        elapsed.getStyleClass().add(Styles.TEXT_MUTED);
        elapsed.textProperty().bind(model.elapsedProperty());
        HBox progress = new HBox(8, bar, count, elapsed, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        ToggleButton failures = new ToggleButton(messages.text("runs.toolbar.failuresOnly"),
                new FontIcon(Feather.FILTER));
        failures.setId("runs-failures-only");
        failures.selectedProperty().bindBidirectional(model.failuresOnlyProperty());

        RunComparisonViewModel comparison = model.comparison();
        Button compare = new Button(messages.text("runs.toolbar.compare"), new FontIcon(Feather.GIT_PULL_REQUEST));
        compare.setId("runs-compare");
        compare.setOnAction(e -> comparison.compare());
        compare.disableProperty().bind(comparison.availableProperty().not().or(comparison.comparingProperty()));
        Tooltip why = new Tooltip();
        why.textProperty().bind(comparison.hintProperty());
        compare.setTooltip(why);
        // a disabled control shows no tooltip, so the reason also sits on a wrapper that stays enabled
        StackPane compareHolder = new StackPane(compare);
        Tooltip whyDisabled = new Tooltip();
        whyDisabled.textProperty().bind(comparison.hintProperty());
        Tooltip.install(compareHolder, whyDisabled);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar2 = new HBox(8, run, progress, gap, failures, compareHolder);
        bar2.setAlignment(Pos.CENTER_LEFT);
        bar2.getStyleClass().add("runs-toolbar");
        return bar2;
    }

    private Node banner() {
        TextFlow text = Paragraph.of("");
        text.setId("runs-message");
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setOnAction(e -> model.dismissMessage());
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox banner = new HBox(8, icon, text, dismiss);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("runs-banner");
        model.messageProperty().addListener((o, was, now) -> text.getChildren().setAll(
                Paragraph.of(now).getChildren()));
        banner.visibleProperty().bind(model.messageProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node compareHeader() {
        RunComparisonViewModel comparison = model.comparison();
        Label header = new Label();
        header.setId("runs-compare-header");
        header.textProperty().bind(comparison.headerProperty());
        header.getStyleClass().add(Styles.TEXT_BOLD);
        ToggleButton changedOnly = new ToggleButton(messages.text("runs.compare.changedOnly"));
        changedOnly.setId("runs-changed-only");
        changedOnly.selectedProperty().bindBidirectional(model.changedOnlyProperty());
        Button close = new Button(messages.text("runs.compare.close"), new FontIcon(Feather.X));
        close.setId("runs-compare-close");
        close.getStyleClass().add(Styles.FLAT);
        close.setOnAction(e -> comparison.clear());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, new FontIcon(Feather.GIT_PULL_REQUEST), header, gap, changedOnly, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("runs-compare");
        box.visibleProperty().bind(comparison.comparisonProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node emptyState() {
        TextFlow text = Paragraph.of("", "empty-text");
        text.setId("runs-empty");
        text.setMaxWidth(520);
        StackPane box = new StackPane(text);
        box.getStyleClass().add("runs-empty");
        Runnable update = () -> {
            String shown = switch (model.state()) {
                case NO_CARD -> messages.text("runs.state.noCard");
                case LOADING -> messages.text("runs.state.loading");
                case NO_RUNS -> messages.text("runs.state.noRuns");
                default -> "";
            };
            text.getChildren().setAll(Paragraph.of(shown, "empty-text").getChildren());
            box.setVisible(!shown.isEmpty());
        };
        model.stateProperty().addListener((o, was, now) -> update.run());
        update.run();
        return box;
    }
}
