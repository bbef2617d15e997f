package dev.aura.plugins.analytics.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/**
 * Keeps each model in the same theme color on every chart and after filtering. JavaFX colors series by position, so
 * filtering to one model would repaint it in the first color; this swaps the position's color class for the model's.
 */
final class SeriesColors {
    private static final int PALETTE = 8;
    private final Map<String, Integer> byModel = new HashMap<>();

    int colorOf(String model) {
        return byModel.computeIfAbsent(model, m -> byModel.size() % PALETTE);
    }

    void apply(XYChart<String, Number> chart) {
        for (XYChart.Series<String, Number> series : chart.getData()) {
            int color = colorOf(series.getName());
            recolor(series.getNode(), color);
            for (XYChart.Data<String, Number> point : series.getData()) {
                recolor(point.getNode(), color);
            }
        }
        for (Node node : chart.lookupAll(".chart-legend-item")) {
            if (node instanceof Label label && byModel.containsKey(label.getText())) {
                recolor(label.getGraphic(), byModel.get(label.getText()));
            }
        }
    }

    private static void recolor(Node node, int color) {
        if (node != null) {
            node.getStyleClass().removeIf(c -> c.startsWith("default-color"));
            node.getStyleClass().add("default-color" + color);
        }
    }
}
