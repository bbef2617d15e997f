package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.LatencyRow;
import dev.aura.plugins.analytics.model.ModelSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The six charts of the overview. Each chart is built once and only its data is replaced on refresh; animations are
 * off and colors come from the theme's chart palette, so they follow light and dark.
 */
final class DashboardCharts {
    private final Formats formats;
    private final Consumer<String> toggleModel;
    private final GridPane root = new GridPane(16, 16);
    private final SeriesColors colors = new SeriesColors();
    private final StackedBarChart<String, Number> calls = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final StackedBarChart<String, Number> tokens = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> latency = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> speed = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> cost = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> errors = new BarChart<>(new CategoryAxis(), new NumberAxis());

    DashboardCharts(Formats formats, Consumer<String> toggleModel) {
        this.formats = formats;
        this.toggleModel = toggleModel;
        root.getStyleClass().add("dashboard-charts");
        card(calls, "chart-calls", "ui.chart.calls", 0, 0);
        card(tokens, "chart-tokens", "ui.chart.tokens", 1, 0);
        card(latency, "chart-latency", "ui.chart.latency", 0, 1);
        card(speed, "chart-speed", "ui.chart.speed", 1, 1);
        card(cost, "chart-cost", "ui.chart.cost", 0, 2);
        card(errors, "chart-errors", "ui.chart.errors", 1, 2);
        cost.setLegendVisible(false);
        errors.setLegendVisible(false);
        speed.setCreateSymbols(true);
        latency.setCategoryGap(18);
        for (XYChart<String, Number> chart : List.of(calls, tokens, speed)) {
            ChartHover.onLegendClick(chart, toggleModel);
        }
        for (int c = 0; c < 2; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            root.getColumnConstraints().add(column);
        }
    }

    private void card(XYChart<String, Number> chart, String id, String titleKey, int column, int row) {
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(250);
        chart.setMinHeight(200);
        chart.getXAxis().setAnimated(false);
        chart.getYAxis().setAnimated(false);
        ((CategoryAxis) chart.getXAxis()).setAutoRanging(false);
        Label title = new Label(formats.messages().text(titleKey));
        title.getStyleClass().add("chart-heading");
        VBox box = new VBox(4, title, chart);
        box.getStyleClass().add("chart-card");
        root.add(box, column, row);
    }

    void show(Dashboard d) {
        boolean severalDays = d.range().length().compareTo(Duration.ofDays(1)) > 0;
        List<String> buckets = d.buckets().stream().map(b -> formats.bucket(b, d.range().bucket(), severalDays))
                .toList();
        perModel(calls, buckets, d.series(), s -> toNumbers(s.calls()), v -> formats.count(v.longValue()));
        perModel(tokens, buckets, d.series(), s -> toNumbers(s.tokens()), v -> formats.count(v.longValue()));
        perModel(speed, buckets, d.series(), s -> boxed(s.tokensPerSecond()), formats::rate);
        showLatency(d.latencyByModel());
        showCost(buckets, d.costPerBucket(), d.currency());
        showErrors(d.errorsByKind());
    }

    private void perModel(XYChart<String, Number> chart, List<String> buckets, List<ModelSeries> models,
            java.util.function.Function<ModelSeries, Double[]> values,
            java.util.function.Function<Double, String> text) {
        categories(chart, buckets);
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (ModelSeries model : models) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(model.model());
            Double[] points = values.apply(model);
            for (int i = 0; i < buckets.size() && i < points.length; i++) {
                if (points[i] != null) {
                    series.getData().add(new XYChart.Data<>(buckets.get(i), points[i]));
                }
            }
            all.add(series);
        }
        if (!updateInPlace(chart, all)) {
            replace(chart, all);
        }
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> p : series.getData()) {
                ChartHover.attach(p, series.getName() + " · " + p.getXValue() + ": "
                        + text.apply(p.getYValue().doubleValue()), () -> toggleModel.accept(series.getName()));
            }
        }
    }

    /**
     * Same models at the same points as shown (a refresh, or a filter on plugin or outcome): only the values change,
     * so the chart keeps its nodes, which is far cheaper than building them again.
     */
    private static boolean updateInPlace(XYChart<String, Number> chart, List<XYChart.Series<String, Number>> next) {
        List<XYChart.Series<String, Number>> shown = chart.getData();
        if (shown.size() != next.size()) {
            return false;
        }
        for (int s = 0; s < shown.size(); s++) {
            List<XYChart.Data<String, Number>> was = shown.get(s).getData();
            List<XYChart.Data<String, Number>> now = next.get(s).getData();
            if (!shown.get(s).getName().equals(next.get(s).getName()) || was.size() != now.size()) {
                return false;
            }
            for (int i = 0; i < was.size(); i++) {
                if (!was.get(i).getXValue().equals(now.get(i).getXValue())) {
                    return false;
                }
            }
        }
        for (int s = 0; s < shown.size(); s++) {
            List<XYChart.Data<String, Number>> was = shown.get(s).getData();
            List<XYChart.Data<String, Number>> now = next.get(s).getData();
            for (int i = 0; i < was.size(); i++) {
                was.get(i).setYValue(now.get(i).getYValue());
            }
        }
        return true;
    }

    private void replace(XYChart<String, Number> chart, List<XYChart.Series<String, Number>> all) {
        all.forEach(series -> colors.colorOf(series.getName()));
        chart.getData().setAll(all);
        colors.apply(chart);
    }

    private void showLatency(List<LatencyRow> rows) {
        categories(latency, rows.stream().map(LatencyRow::model).toList());
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        String[] names = {"p50", "p95", "p99"};
        for (int k = 0; k < 3; k++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(names[k]);
            for (LatencyRow row : rows) {
                Double v = k == 0 ? row.p50Ms() : k == 1 ? row.p95Ms() : row.p99Ms();
                if (v != null) {
                    series.getData().add(new XYChart.Data<>(row.model(), v));
                }
            }
            all.add(series);
        }
        latency.getData().setAll(all);
        for (XYChart.Series<String, Number> series : all) {
            for (XYChart.Data<String, Number> p : series.getData()) {
                ChartHover.attach(p, p.getXValue() + " · " + series.getName() + ": "
                        + formats.millis(p.getYValue().doubleValue()), () -> toggleModel.accept(p.getXValue()));
            }
        }
    }

    private void showCost(List<String> buckets, double[] perBucket, String currency) {
        categories(cost, buckets);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(formats.messages().text("ui.chart.cost"));
        for (int i = 0; i < buckets.size() && i < perBucket.length; i++) {
            series.getData().add(new XYChart.Data<>(buckets.get(i), perBucket[i]));
        }
        cost.getData().setAll(List.of(series));
        series.getData().forEach(p -> ChartHover.attach(p,
                p.getXValue() + ": " + formats.money(p.getYValue().doubleValue(), currency), null));
    }

    private void showErrors(Map<String, Long> byKind) {
        categories(errors, List.copyOf(byKind.keySet()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(formats.messages().text("ui.chart.errors"));
        byKind.forEach((kind, count) -> series.getData().add(new XYChart.Data<>(kind, count)));
        errors.getData().setAll(List.of(series));
        series.getData().forEach(p -> ChartHover.attach(p,
                p.getXValue() + ": " + formats.count(p.getYValue().longValue()), null));
    }

    private static void categories(XYChart<String, Number> chart, List<String> names) {
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        if (!axis.getCategories().equals(names)) {
            chart.getData().clear();
            axis.setCategories(FXCollections.observableArrayList(names));
            // with auto-ranging off the axis keeps the old tick labels until told to lay out again
            axis.invalidateRange(names);
            axis.requestAxisLayout();
        }
    }

    private static Double[] toNumbers(long[] values) {
        Double[] out = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (double) values[i];
        }
        return out;
    }

    private static Double[] boxed(double[] values) {
        Double[] out = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]) ? null : values[i];
        }
        return out;
    }

    XYChart<String, Number> callsChart() {
        return calls;
    }

    GridPane root() {
        return root;
    }
}
