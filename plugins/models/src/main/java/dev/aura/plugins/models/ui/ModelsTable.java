package dev.aura.plugins.models.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.plugins.models.ByteSizes;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelFacts;
import dev.aura.plugins.models.ModelTimes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The installed models: sortable columns, filtered by the view model, with a placeholder for each state. */
final class ModelsTable {
    static final String EMPTY_PULL_MODEL = "llama3.2";

    private final ModelsViewModel vm;
    private final Messages messages;
    private final ModelTimes times;
    private final TableView<InstalledModel> table = new TableView<>();

    ModelsTable(ModelsViewModel vm, ModelTimes times) {
        this.vm = vm;
        this.messages = vm.messages();
        this.times = times;
        build();
    }

    TableView<InstalledModel> node() {
        return table;
    }

    private void build() {
        table.setId("models-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        
        TableColumn<InstalledModel, String> name = column("table.name", InstalledModel::name, 190);
        name.setCellFactory(c -> textCell(s -> s, s -> s, Styles.TEXT_BOLD));
        TableColumn<InstalledModel, Long> size = column("table.size", InstalledModel::sizeBytes, 80);
        size.setCellFactory(c -> textCell(b -> ByteSizes.format(b, messages.locale()), null, null));
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<InstalledModel, String> family = column("table.family", InstalledModel::family, 95);
        TableColumn<InstalledModel, String> params = column("table.parameters", InstalledModel::parameterSize, 85);
        params.setComparator(Comparator.comparingDouble(ModelFacts::parameterCount));
        params.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<InstalledModel, String> quant = column("table.quantization", InstalledModel::quantization, 85);
        TableColumn<InstalledModel, Instant> modified = column("table.modified", InstalledModel::modifiedAt, 120);
        modified.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        modified.setCellFactory(c -> textCell(times::relative, times::absolute, null));
        table.getColumns().setAll(List.of(name, size, family, params, quant, modified));
        // the name takes the width the fixed columns leave (scroll bar included), never less than it needs to read
        double fixed = List.of(size, family, params, quant, modified).stream().mapToDouble(TableColumn::getPrefWidth).sum();
        name.prefWidthProperty().bind(Bindings.max(170, table.widthProperty().subtract(fixed + 20)));

        SortedList<InstalledModel> sorted = new SortedList<>(vm.visibleModels());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        syncSelection(sorted);

        table.placeholderProperty().bind(Bindings.createObjectBinding(this::placeholder,
                vm.stateProperty(), vm.installedModels(), vm.filterProperty()));
    }

    /** Table and view model share one selection; a refresh that replaces the rows keeps the selected model. */
    private void syncSelection(SortedList<InstalledModel> sorted) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                vm.selectedProperty().set(item);
            }
        });
        vm.selectedProperty().addListener((obs, old, model) -> selectInTable(model));
        sorted.addListener((ListChangeListener<InstalledModel>) change -> selectInTable(vm.selectedProperty().get()));
    }

    private void selectInTable(InstalledModel model) {
        if (model == null || !table.getItems().contains(model)) {
            table.getSelectionModel().clearSelection();
        } else if (!model.equals(table.getSelectionModel().getSelectedItem())) {
            table.getSelectionModel().select(model);
            table.scrollTo(model);
        }
    }

    private Node placeholder() {
        return switch (vm.getState()) {
            case LOADING -> {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(32, 32);
                yield centered(spinner, muted(messages.text("table.loading")));
            }
            case EMPTY -> emptyState();
            case ERROR -> vm.installedModels().isEmpty()
                    ? centered(icon("fth-cloud-off"), muted(messages.text("table.unavailable")))
                    : noMatch();
            case READY -> noMatch();
        };
    }

    private Node noMatch() {
        return centered(icon("fth-search"), muted(messages.text("table.noMatch", vm.filterProperty().get().strip())));
    }

    private Node emptyState() {
        Label title = new Label(messages.text("empty.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = muted(messages.text("empty.hint", EMPTY_PULL_MODEL));
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        Button pull = new Button(messages.text("empty.pull", EMPTY_PULL_MODEL), new FontIcon("fth-download"));
        pull.setId("empty-pull");
        pull.getStyleClass().add(Styles.ACCENT);
        pull.disableProperty().bind(vm.pull().pullingProperty());
        pull.setOnAction(e -> vm.pull().pull(EMPTY_PULL_MODEL));
        FontIcon box = icon("fth-box");
        box.setIconSize(40);
        return centered(box, title, hint, pull);
    }

    private static VBox centered(Node... children) {
        VBox box = new VBox(10, children);
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(false);
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.setIconSize(28);
        icon.getStyleClass().add(Styles.TEXT_MUTED);
        return icon;
    }

    private <T> TableColumn<InstalledModel, T> column(String key, Function<InstalledModel, T> value, double width) {
        TableColumn<InstalledModel, T> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setId("col-" + key.substring(key.indexOf('.') + 1));
        return column;
    }

    private static <T> TableCell<InstalledModel, T> textCell(Function<T, String> text, Function<T, String> tooltip,
            String style) {
        return new TableCell<>() {
            {
                if (style != null) {
                    getStyleClass().add(style);
                }
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setTooltip(empty || item == null || tooltip == null ? null : new Tooltip(tooltip.apply(item)));
            }
        };
    }
}
