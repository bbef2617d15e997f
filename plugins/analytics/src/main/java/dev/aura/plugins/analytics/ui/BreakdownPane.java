package dev.aura.plugins.analytics.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.analytics.model.BreakdownRow;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Dimension;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The dashboard's figures per model, plugin or provider in a sortable table; double-click filters to a row. */
final class BreakdownPane {
    private final Formats formats;
    private final VBox root = new VBox(8);
    private final TableView<BreakdownRow> table = new TableView<>();
    private final ToggleGroup by = new ToggleGroup();
    private Dashboard shown;
    private String currency = "USD";

    BreakdownPane(Formats formats, Consumer<UsageFilter> applyFilter, java.util.function.Supplier<UsageFilter> filter) {
        this.formats = formats;
        root.getStyleClass().add("breakdown-pane");
        HBox toggles = new HBox(0, toggle(Dimension.MODEL, "ui.by.model", Styles.LEFT_PILL),
                toggle(Dimension.PLUGIN, "ui.by.plugin", Styles.CENTER_PILL),
                toggle(Dimension.PROVIDER, "ui.by.provider", Styles.RIGHT_PILL));
        by.getToggles().getFirst().setSelected(true);
        by.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                fill();
            }
        });
        table.setId("breakdown-table");
        table.getStyleClass().addAll(Styles.STRIPED, "tabular");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label(formats.messages().text("ui.table.empty")));
        TableColumn<BreakdownRow, String> key = new TableColumn<>(formats.messages().text("ui.column.key"));
        key.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().key()));
        key.setPrefWidth(200);
        table.getColumns().add(key);
        table.getColumns().add(number("ui.column.calls", r -> (double) r.totals().calls(), v -> formats.count(v.longValue())));
        table.getColumns().add(number("ui.column.tokensIn", r -> (double) r.totals().promptTokens(),
                v -> formats.count(v.longValue())));
        table.getColumns().add(number("ui.column.tokensOut", r -> (double) r.totals().outputTokens(),
                v -> formats.count(v.longValue())));
        table.getColumns().add(number("ui.column.cost", r -> r.totals().cost(), v -> formats.money(v, currency)));
        table.getColumns().add(number("ui.column.ttft", r -> r.totals().medianTtftMs(), formats::millis));
        table.getColumns().add(number("ui.column.p95", r -> r.totals().p95LatencyMs(), formats::millis));
        table.getColumns().add(number("ui.column.speed", r -> r.totals().avgTokensPerSecond(), formats::rate));
        table.getColumns().add(number("ui.column.errorRate", r -> r.totals().errorRate(), formats::percent));
        table.setRowFactory(t -> {
            TableRow<BreakdownRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    String value = row.getItem().key();
                    UsageFilter f = filter.get();
                    applyFilter.accept(switch (dimension()) {
                        case PLUGIN -> f.withSources(Set.of(value));
                        case PROVIDER -> f.withProviders(Set.of(value));
                        default -> f.withModels(Set.of(value));
                    });
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(toggles, table);
    }

    private ToggleButton toggle(Dimension dimension, String key, String pill) {
        ToggleButton button = new ToggleButton(formats.messages().text(key));
        button.setId("by-" + dimension.name().toLowerCase());
        button.setUserData(dimension);
        button.getStyleClass().add(pill);
        button.setToggleGroup(by);
        return button;
    }

    private TableColumn<BreakdownRow, Double> number(String key, Function<BreakdownRow, Double> value,
            Function<Double, String> text) {
        TableColumn<BreakdownRow, Double> column = new TableColumn<>(formats.messages().text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Formats.NONE : text.apply(item));
            }
        });
        column.getStyleClass().add("number-column");
        return column;
    }

    private Dimension dimension() {
        return (Dimension) by.getSelectedToggle().getUserData();
    }

    void show(Dashboard d) {
        shown = d;
        currency = d.currency();
        fill();
    }

    private void fill() {
        if (shown == null) {
            return;
        }
        List<BreakdownRow> rows = switch (dimension()) {
            case PLUGIN -> shown.byPlugin();
            case PROVIDER -> shown.byProvider();
            default -> shown.byModel();
        };
        table.getItems().setAll(rows);
        table.sort();
    }

    VBox root() {
        return root;
    }
}
