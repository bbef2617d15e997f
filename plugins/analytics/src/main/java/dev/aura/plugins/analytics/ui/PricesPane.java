package dev.aura.plugins.analytics.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.analytics.Messages;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The price table form: shown in the Prices dialog and as the plugin's settings page. */
final class PricesPane {
    private final VBox root = new VBox(10);

    PricesPane(PricesViewModel vm, Messages messages) {
        root.getStyleClass().add("prices-pane");
        Label intro = new Label(messages.text("ui.prices.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        TableView<PriceRow> table = new TableView<>(vm.rows());
        table.setId("prices-table");
        table.setEditable(true);
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.text("ui.prices.none")));
        TableColumn<PriceRow, String> model = new TableColumn<>(messages.text("ui.column.model"));
        model.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().model()));
        model.setEditable(false);
        model.setPrefWidth(170);
        table.getColumns().add(model);
        table.getColumns().add(editable(messages.text("ui.prices.input"), PriceRow::inputProperty));
        table.getColumns().add(editable(messages.text("ui.prices.output"), PriceRow::outputProperty));
        table.getColumns().add(editable(messages.text("ui.prices.watts"), PriceRow::wattsProperty));

        TextField add = new TextField();
        add.setPromptText(messages.text("ui.prices.addPrompt"));
        add.setId("prices-add-model");
        Button addButton = new Button(messages.text("ui.prices.add"), new FontIcon(Feather.PLUS));
        addButton.setOnAction(e -> {
            vm.addModel(add.getText());
            add.clear();
        });
        add.setOnAction(addButton.getOnAction());
        HBox addRow = new HBox(8, add, addButton);
        HBox.setHgrow(add, Priority.ALWAYS);

        TextField electricity = new TextField();
        electricity.setId("prices-electricity");
        electricity.textProperty().bindBidirectional(vm.electricityProperty());
        TextField currency = new TextField();
        currency.setId("prices-currency");
        currency.setPrefColumnCount(4);
        currency.textProperty().bindBidirectional(vm.currencyProperty());
        GridPane extra = new GridPane(12, 8);
        extra.addRow(0, new Label(messages.text("ui.prices.electricity")), electricity);
        extra.addRow(1, new Label(messages.text("ui.prices.currency")), currency);

        Label error = new Label();
        error.setId("prices-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        Button save = new Button(messages.text("ui.prices.save"), new FontIcon(Feather.SAVE));
        save.setId("prices-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> {
            table.edit(-1, null); // commit a cell still being typed in
            vm.save();
        });
        HBox actions = new HBox(8, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(intro, table, addRow, extra, error, actions);
        root.setPrefWidth(720);
    }

    private static TableColumn<PriceRow, String> editable(String title, Function<PriceRow, StringProperty> value) {
        TableColumn<PriceRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> value.apply(e.getRowValue()).set(e.getNewValue()));
        column.setPrefWidth(150);
        return column;
    }

    VBox root() {
        return root;
    }
}
