package dev.aura.plugins.models.ui;

import atlantafx.base.theme.Styles;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.ModelDetails;
import dev.aura.plugins.models.ByteSizes;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelFacts;
import dev.aura.plugins.models.ModelTimes;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Right side of the panel: everything {@code /api/show} says about the selected model, and its Delete button. */
final class ModelDetailsPane {
    private final ModelDetailsViewModel vm;
    private final Messages messages;
    private final ModelTimes times;
    private final Consumer<InstalledModel> onDelete;
    private final VBox content = new VBox(12);
    private final ScrollPane root = new ScrollPane(content);

    ModelDetailsPane(ModelDetailsViewModel vm, Messages messages, ModelTimes times, Consumer<InstalledModel> onDelete) {
        this.vm = vm;
        this.messages = messages;
        this.times = times;
        this.onDelete = onDelete;
        root.setId("model-details");
        root.setFitToWidth(true);
        // fill the pane so the Template/Modelfile tabs take the height left; scroll only below their minimum
        root.setFitToHeight(true);
        root.getStyleClass().add("details-scroll");
        content.setPadding(new Insets(12, 16, 16, 16));
        vm.modelProperty().addListener(o -> render());
        vm.detailsProperty().addListener(o -> render());
        vm.loadingProperty().addListener(o -> render());
        vm.errorProperty().addListener(o -> render());
        render();
    }

    Node node() {
        return root;
    }

    private void render() {
        InstalledModel model = vm.modelProperty().get();
        if (model == null) {
            content.getChildren().setAll(hint(messages.text("details.none")));
            return;
        }
        content.getChildren().setAll(header(model), facts(model, vm.detailsProperty().get()));
        if (vm.loadingProperty().get()) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(20, 20);
            HBox loading = new HBox(8, spinner, hint(messages.text("details.loading")));
            loading.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(loading);
        } else if (!vm.errorProperty().get().isEmpty()) {
            Label error = new Label(vm.errorProperty().get());
            error.setId("details-error");
            error.getStyleClass().add(Styles.DANGER);
            error.setWrapText(true);
            Button retry = new Button(messages.text("details.retry"));
            retry.setOnAction(e -> vm.reload());
            content.getChildren().addAll(error, retry);
        } else if (vm.detailsProperty().get() != null) {
            addShowSections(vm.detailsProperty().get());
        }
    }

    private Node header(InstalledModel model) {
        Label name = new Label(model.name());
        name.setId("details-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button delete = new Button(messages.text("details.delete"), new FontIcon("fth-trash-2"));
        delete.setId("delete-model");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        delete.setOnAction(e -> onDelete.accept(model));
        HBox header = new HBox(12, name, spacer, delete);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node facts(InstalledModel model, ModelDetails details) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, values);
        int row = 0;
        row = fact(grid, row, "details.family", pick(details == null ? null : details.family(), model.family()));
        row = fact(grid, row, "details.parameters",
                pick(details == null ? null : details.parameterSize(), model.parameterSize()));
        row = fact(grid, row, "details.quantization",
                pick(details == null ? null : details.quantization(), model.quantization()));
        row = fact(grid, row, "details.format", pick(details == null ? null : details.format(), model.format()));
        if (details != null) {
            long context = ModelFacts.contextLength(details).orElse(-1);
            if (context > 0) {
                row = fact(grid, row, "details.context", messages.text("details.tokens", context));
            }
        }
        row = fact(grid, row, "details.size", ByteSizes.format(model.sizeBytes(), messages.locale()));
        row = fact(grid, row, "details.modified",
                messages.text("details.when", times.absolute(model.modifiedAt()), times.relative(model.modifiedAt())));
        row = fact(grid, row, "details.digest", ModelFacts.shortDigest(model.digest()));
        if (details != null && details.capabilities() != null && !details.capabilities().isEmpty()) {
            FlowPane chips = new FlowPane(6, 6);
            chips.setId("details-capabilities");
            for (String capability : details.capabilities()) {
                Label chip = new Label(capability);
                chip.getStyleClass().add("capability-chip");
                chips.getChildren().add(chip);
            }
            Label name = new Label(messages.text("details.capabilities"));
            name.getStyleClass().add(Styles.TEXT_MUTED);
            grid.addRow(row, name, chips);
        }
        return grid;
    }

    private int fact(GridPane grid, int row, String key, String value) {
        Label name = new Label(messages.text(key));
        name.getStyleClass().add(Styles.TEXT_MUTED);
        Label text = new Label(value == null || value.isBlank() ? messages.text("details.unknown") : value);
        text.setWrapText(true);
        text.getStyleClass().add("fact-value");
        grid.addRow(row, name, text);
        return row + 1;
    }

    private void addShowSections(ModelDetails details) {
        String license = ModelFacts.licenseExcerpt(details.license());
        if (!license.isEmpty()) {
            Label text = new Label(license);
            text.setWrapText(true);
            text.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            content.getChildren().add(section("details.license", text));
        }
        TabPane tabs = new TabPane(
                codeTab("details.template", details.template()),
                codeTab("details.system", details.system()),
                codeTab("details.parametersText", details.parameters()),
                codeTab("details.modelfile", details.modelfile()));
        tabs.setId("details-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(160);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content.getChildren().add(tabs);
    }

    private Tab codeTab(String key, String text) {
        boolean empty = text == null || text.isBlank();
        TextArea area = new TextArea(empty ? messages.text("details.notSet") : text.strip());
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(10);
        area.getStyleClass().add(empty ? "code-area-empty" : "code-area");
        Tab tab = new Tab(messages.text(key), area);
        tab.setId("tab-" + key.substring(key.indexOf('.') + 1));
        return tab;
    }

    private Node section(String key, Node body) {
        Label title = new Label(messages.text(key));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, title, body);
    }

    private static String pick(String fromShow, String fromList) {
        return fromShow != null && !fromShow.isBlank() ? fromShow : fromList;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
