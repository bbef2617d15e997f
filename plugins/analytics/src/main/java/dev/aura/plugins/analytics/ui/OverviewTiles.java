package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Totals;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The eight headline figures of the range, each with its change against the period before. */
final class OverviewTiles {
    /** Whether a rise is welcome (calls), unwelcome (latency, errors) or neither (cost, tokens). */
    private enum Direction { UP_IS_GOOD, UP_IS_BAD, NEUTRAL }

    private record Tile(String id, String titleKey, Direction direction, Function<Totals, Double> value,
            Label figure, Label change) {}

    private final Formats formats;
    private final GridPane root = new GridPane(12, 12);
    private final List<Tile> tiles;
    private String currency = "USD";

    OverviewTiles(Formats formats) {
        this.formats = formats;
        root.getStyleClass().add("overview-tiles");
        tiles = List.of(
                tile("tile-calls", "ui.tile.calls", Direction.UP_IS_GOOD, t -> (double) t.calls()),
                tile("tile-prompt-tokens", "ui.tile.promptTokens", Direction.NEUTRAL, t -> (double) t.promptTokens()),
                tile("tile-output-tokens", "ui.tile.outputTokens", Direction.NEUTRAL, t -> (double) t.outputTokens()),
                tile("tile-cost", "ui.tile.cost", Direction.NEUTRAL, Totals::cost),
                tile("tile-ttft", "ui.tile.ttft", Direction.UP_IS_BAD, Totals::medianTtftMs),
                tile("tile-p95", "ui.tile.p95", Direction.UP_IS_BAD, Totals::p95LatencyMs),
                tile("tile-speed", "ui.tile.speed", Direction.UP_IS_GOOD, Totals::avgTokensPerSecond),
                tile("tile-errors", "ui.tile.errorRate", Direction.UP_IS_BAD,
                        t -> t.calls() == 0 ? null : t.errorRate()));
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            Label title = new Label(formats.messages().text(t.titleKey()));
            title.getStyleClass().add("tile-title");
            t.figure().getStyleClass().add("tile-value");
            t.change().getStyleClass().add("tile-change");
            VBox box = new VBox(2, title, t.figure(), t.change());
            box.setId(t.id());
            box.getStyleClass().add("tile");
            root.add(box, i % 4, i / 4);
        }
        for (int c = 0; c < 4; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(25);
            column.setHgrow(Priority.ALWAYS);
            root.getColumnConstraints().add(column);
        }
    }

    private Tile tile(String id, String key, Direction direction, Function<Totals, Double> value) {
        return new Tile(id, key, direction, value, new Label(Formats.NONE), new Label(""));
    }

    void show(Dashboard d) {
        currency = d.currency();
        for (Tile t : tiles) {
            Double now = t.value().apply(d.current());
            Double before = t.value().apply(d.previous());
            t.figure().setText(format(t, now));
            Double change = Totals.change(now, before);
            t.change().setText(formats.change(change));
            t.change().getStyleClass().removeAll("good", "bad", "neutral");
            t.change().getStyleClass().add(tone(t.direction(), change));
        }
    }

    private String format(Tile t, Double value) {
        if (value == null) {
            return Formats.NONE;
        }
        return switch (t.id()) {
            case "tile-calls" -> formats.count(value.longValue());
            case "tile-prompt-tokens", "tile-output-tokens" -> formats.compact(value);
            case "tile-cost" -> formats.money(value, currency);
            case "tile-ttft", "tile-p95" -> formats.millis(value);
            case "tile-speed" -> formats.rate(value);
            default -> formats.percent(value);
        };
    }

    private static String tone(Direction direction, Double change) {
        if (change == null || Math.abs(change) < 0.005 || direction == Direction.NEUTRAL) {
            return "neutral";
        }
        return (change > 0) == (direction == Direction.UP_IS_GOOD) ? "good" : "bad";
    }

    GridPane root() {
        return root;
    }
}
