package dev.aura.plugins.analytics.ui;

import atlantafx.base.theme.Styles;
import dev.aura.core.usage.UsageRecord;
import dev.aura.plugins.analytics.model.CallRow;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The individual calls in a virtualized table, a page more as the user nears its end, and the chosen call's details. */
final class CallsPane {
    private final CallsViewModel vm;
    private final Formats formats;
    private final SplitPane root = new SplitPane();
    private final TableView<CallRow> table = new TableView<>(null);
    private final CallDetails details;
    private String currency = "USD";

    CallsPane(CallsViewModel vm, Formats formats) {
        this.vm = vm;
        this.formats = formats;
        this.details = new CallDetails(formats);
        table.setItems(vm.rows());
        table.setId("calls-table");
        table.getStyleClass().addAll(Styles.DENSE, "tabular");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(formats.messages().text("ui.calls.empty")));
        table.getColumns().add(column("ui.column.started", c -> formats.shortDateTime(c.startedAt()), 130));
        table.getColumns().add(column("ui.column.model", UsageRecord::model, 150));
        table.getColumns().add(column("ui.column.plugin", UsageRecord::source, 80));
        table.getColumns().add(column("ui.column.outcome",
                c -> formats.messages().text("ui.outcome." + c.outcome().name()), 80));
        table.getColumns().add(column("ui.column.tokens",
                c -> formats.count(c.promptTokens()) + " / " + formats.count(c.outputTokens()), 130));
        table.getColumns().add(column("ui.column.latency", c -> formats.millis(c.latencyMs()), 80));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> details.show(b));
        NearEndRows.install(table, vm::loadMore);
        VBox left = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = new Label();
        error.textProperty().bind(vm.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        left.getChildren().add(0, error);
        ScrollPane right = new ScrollPane(details.root());
        right.setFitToWidth(true);
        right.getStyleClass().add("details-scroll");
        details.root().setPadding(new javafx.geometry.Insets(12));
        root.getItems().addAll(left, right);
        root.setDividerPositions(0.6);
    }

    private TableColumn<CallRow, String> column(String key, Function<UsageRecord, String> value, double width) {
        TableColumn<CallRow, String> column = new TableColumn<>(formats.messages().text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().call())));
        column.setPrefWidth(width);
        column.setSortable(false); // newest first, as paged; sorting a partial list would mislead
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("failed");
                if (!empty && getTableRow() != null && getTableRow().getItem() != null
                        && getTableRow().getItem().call().outcome() != dev.aura.core.usage.Outcome.OK) {
                    getStyleClass().add("failed");
                }
            }
        });
        return column;
    }

    void currency(String value) {
        currency = value;
        details.currency(currency);
    }

    SplitPane root() {
        return root;
    }
}
