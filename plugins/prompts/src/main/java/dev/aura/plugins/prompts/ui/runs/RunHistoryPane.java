package dev.aura.plugins.prompts.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.history.RunSummary;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The card's runs: a pass-rate trend (oldest to newest, a tooltip per run) and the list; picking one shows it. */
final class RunHistoryPane {
    private final RunsViewModel model;
    private final Messages messages;
    private final RunFormats formats;
    private final ListView<RunSummary> list = new ListView<>();
    private final LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final HBox root;
    private boolean syncing;

    RunHistoryPane(RunsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.formats = model.formats();
        NumberAxis x = new NumberAxis();
        x.setMinorTickVisible(false);
        x.setTickLabelsVisible(false);
        x.setTickMarkVisible(false);
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis(0, 100, 25);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.intValue() + "%";
            }

            @Override
            public Number fromString(String text) {
                return Integer.parseInt(text.replace("%", ""));
            }
        });
        chart = new LineChart<>(x, y);
        chart.setId("runs-trend");
        chart.getStyleClass().add("runs-trend");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setTitle(messages.text("runs.history.trend"));
        chart.getData().add(series);
        chart.setMinWidth(240);

        list.setId("runs-history");
        list.getStyleClass().addAll("runs-history", Styles.DENSE);
        list.setItems(model.history().runs());
        list.setCellFactory(v -> new RunSummaryCell());
        list.setPlaceholder(new Label(messages.text("runs.history.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                model.showRun(now);
            }
        });
        list.disableProperty().bind(model.runningProperty());
        model.history().selectedIdProperty().addListener((o, was, now) -> syncSelection());
        model.history().runs().addListener((ListChangeListener<RunSummary>) c -> {
            redrawTrend();
            syncSelection();
        });
        Label title = new Label(messages.text("runs.history.title"));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");
        VBox listBox = new VBox(4, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        listBox.setMinWidth(300);
        HBox.setHgrow(chart, Priority.ALWAYS);
        root = new HBox(10, listBox, chart);
        root.getStyleClass().add("runs-history-pane");
        HBox.setHgrow(listBox, Priority.SOMETIMES);
    }

    Node node() {
        return root;
    }

    private void syncSelection() {
        String id = model.history().selectedId();
        syncing = true;
        try {
            list.getItems().stream().filter(r -> r.id().equals(id)).findFirst()
                    .ifPresentOrElse(r -> list.getSelectionModel().select(r),
                            () -> list.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
        redrawHighlight();
    }

    private void redrawTrend() {
        List<RunSummary> newestFirst = model.history().runs();
        series.getData().clear();
        int n = newestFirst.size();
        for (int i = 0; i < n; i++) {
            RunSummary run = newestFirst.get(n - 1 - i);
            XYChart.Data<Number, Number> point = new XYChart.Data<>(i + 1, Math.round(run.passRate() * 1000) / 10.0);
            point.setExtraValue(run);
            series.getData().add(point);
        }
        for (XYChart.Data<Number, Number> point : series.getData()) {
            RunSummary run = (RunSummary) point.getExtraValue();
            Node node = point.getNode();
            if (node != null) {
                Tooltip tip = new Tooltip(messages.text("runs.history.point", formats.time(run.startedAt()),
                        run.cardVersion(), formats.percent(run.passRate()), String.join(", ", run.models())));
                tip.setShowDelay(Duration.millis(150));
                Tooltip.install(node, tip);
                node.setCursor(Cursor.HAND);
                node.setOnMouseClicked(e -> model.showRun(run));
            }
        }
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0.5);
        x.setUpperBound(Math.max(1.5, n + 0.5));
        redrawHighlight();
    }

    private void redrawHighlight() {
        String id = model.history().selectedId();
        for (XYChart.Data<Number, Number> point : series.getData()) {
            Node node = point.getNode();
            if (node != null) {
                node.getStyleClass().remove("selected-run");
                if (((RunSummary) point.getExtraValue()).id().equals(id)) {
                    node.getStyleClass().add("selected-run");
                }
            }
        }
    }

    /** Time, version and models on the left; pass rate and status on the right. */
    private final class RunSummaryCell extends ListCell<RunSummary> {
        private final Label when = new Label();
        private final Label what = new Label();
        private final Label rate = new Label();
        private final Label status = new Label();
        private final HBox box;

        RunSummaryCell() {
            what.getStyleClass().add(Styles.TEXT_MUTED);
            what.setMinWidth(0);
            rate.getStyleClass().addAll(Styles.TEXT_BOLD, "rate");
            status.getStyleClass().add("badge");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            VBox left = new VBox(0, when, what);
            left.setMinWidth(0);
            HBox.setHgrow(left, Priority.ALWAYS);
            VBox right = new VBox(0, rate, status);
            right.setAlignment(Pos.CENTER_RIGHT);
            right.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(8, left, gap, right);
            box.setAlignment(Pos.CENTER_LEFT);
            // as wide as the list, never wider: long model lists are cut with an ellipsis, not scrolled to
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RunSummary run, boolean empty) {
            super.updateItem(run, empty);
            setText(null);
            if (empty || run == null) {
                setGraphic(null);
                return;
            }
            when.setText(formats.time(run.startedAt()));
            what.setText(messages.text("runs.history.what", run.cardVersion(), String.join(", ", run.models())));
            rate.setText(formats.percent(run.passRate()));
            String s = run.status().name().toLowerCase();
            status.setText(messages.text("runs.runStatus." + s));
            status.getStyleClass().setAll("label", "badge", "run-" + s);
            setGraphic(box);
        }
    }
}
