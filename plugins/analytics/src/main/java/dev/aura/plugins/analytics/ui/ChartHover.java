package dev.aura.plugins.analytics.ui;

import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips and clicks on chart points. A tooltip is only built when the pointer first reaches a point, so a refresh
 * with hundreds of points creates no popups.
 */
final class ChartHover {
    private static final String TEXT = "aura.hover.text";

    private ChartHover() {}

    /** Shows {@code text} on hover over the point's node and runs {@code onClick} (if any) when it is clicked. */
    static <X, Y> void attach(XYChart.Data<X, Y> point, String text, Runnable onClick) {
        Node node = point.getNode();
        if (node == null) {
            return;
        }
        node.getProperties().put(TEXT, text);
        if (node.getProperties().putIfAbsent("aura.hover.installed", Boolean.TRUE) == null) {
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                Tooltip tip = (Tooltip) node.getProperties().get("aura.hover.tooltip");
                if (tip == null) {
                    tip = new Tooltip();
                    tip.setShowDelay(Duration.millis(150));
                    node.getProperties().put("aura.hover.tooltip", tip);
                    Tooltip.install(node, tip);
                }
                tip.setText((String) node.getProperties().get(TEXT));
            });
        }
        node.setOnMouseClicked(onClick == null ? null : e -> onClick.run());
        node.setCursor(onClick == null ? null : Cursor.HAND);
    }

    /** Clicking a legend entry passes its text (a model) on; the legend is rebuilt by the chart, so listen above it. */
    static void onLegendClick(XYChart<?, ?> chart, Consumer<String> onClick) {
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != chart; n = n.getParent()) {
                if (n instanceof Label label && label.getStyleClass().contains("chart-legend-item")) {
                    onClick.accept(label.getText());
                    return;
                }
            }
        });
    }
}
