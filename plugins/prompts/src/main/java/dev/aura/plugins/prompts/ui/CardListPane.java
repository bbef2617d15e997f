package dev.aura.plugins.prompts.ui;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardSummary;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The left side: search, tag filters, "New card", Import/Export, and the virtualized card list with its empty and
 * no-match states.
 */
final class CardListPane {
    private final CardListViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final ListView<CardSummary> list = new ListView<>();
    private final FlowPane activeTags = new FlowPane(4, 4);
    private final MenuButton tagMenu;

    CardListPane(CardListViewModel vm, Messages messages, Runnable newCard, Runnable importConfig,
            Runnable exportCard) {
        this.vm = vm;
        this.messages = messages;
        root.getStyleClass().add("card-list-pane");
        root.setPadding(new Insets(12));

        CustomTextField search = new CustomTextField();
        search.setId("card-search");
        search.setPromptText(messages.text("cards.list.search"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        tagMenu = new MenuButton(null, new FontIcon(Feather.TAG));
        tagMenu.setId("tag-filter");
        tagMenu.setTooltip(new javafx.scene.control.Tooltip(messages.text("cards.list.tags")));
        tagMenu.getStyleClass().add(Styles.BUTTON_ICON);
        HBox searchRow = new HBox(6, search, tagMenu);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        Button create = new Button(messages.text("cards.list.new"), new FontIcon(Feather.PLUS));
        create.setId("new-card");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newCard.run());
        MenuItem importItem = new MenuItem(messages.text("cards.list.import"), new FontIcon(Feather.DOWNLOAD));
        importItem.setId("import-config");
        importItem.setOnAction(e -> importConfig.run());
        MenuItem exportItem = new MenuItem(messages.text("cards.list.export"), new FontIcon(Feather.UPLOAD));
        exportItem.setId("export-card");
        exportItem.setOnAction(e -> exportCard.run());
        MenuButton transfer = new MenuButton(messages.text("cards.list.transfer"), null, importItem, exportItem);
        transfer.setId("transfer-menu");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(6, create, gap, transfer);
        actions.setAlignment(Pos.CENTER_LEFT);

        activeTags.setId("active-tags");
        activeTags.managedProperty().bind(activeTags.visibleProperty());
        vm.selectedTags().addListener((SetChangeListener<String>) c -> rebuildTags());
        vm.allTags().addListener((ListChangeListener<String>) c -> rebuildTags());
        rebuildTags();

        list.setId("card-list");
        list.setCellFactory(v -> new CardCell());
        list.setItems(vm.items());
        VBox.setVgrow(list, Priority.ALWAYS);

        StackPane body = new StackPane(list, emptyState(newCard, importConfig), noMatch());
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(actions, searchRow, activeTags, body);
        root.setMinWidth(260);
        root.setPrefWidth(320);
    }

    VBox root() {
        return root;
    }

    ListView<CardSummary> list() {
        return list;
    }

    private Region emptyState(Runnable newCard, Runnable importConfig) {
        Label title = new Label(messages.text("cards.empty.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        var text = Paragraph.of(messages.text("cards.empty.text"), "muted-text");
        Button create = new Button(messages.text("cards.list.new"), new FontIcon(Feather.PLUS));
        create.setId("empty-new-card");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newCard.run());
        Button importButton = new Button(messages.text("cards.empty.import"), new FontIcon(Feather.DOWNLOAD));
        importButton.setId("empty-import");
        importButton.setOnAction(e -> importConfig.run());
        FontIcon icon = new FontIcon(Feather.CLIPBOARD);
        icon.getStyleClass().add("empty-icon");
        VBox box = new VBox(10, icon, title, text, create, importButton);
        box.getStyleClass().add("empty-state");
        box.setId("cards-empty");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(16));
        box.visibleProperty().bind(vm.stateProperty().isEqualTo(CardListViewModel.State.EMPTY));
        return box;
    }

    private Region noMatch() {
        Label label = new Label(messages.text("cards.list.noMatch"));
        label.setWrapText(true);
        Button clear = new Button(messages.text("cards.list.clearFilters"));
        clear.setId("clear-filters");
        clear.setOnAction(e -> vm.clearFilters());
        VBox box = new VBox(8, label, clear);
        box.setId("cards-no-match");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(vm.stateProperty().isEqualTo(CardListViewModel.State.NO_MATCH));
        return box;
    }

    private void rebuildTags() {
        tagMenu.getItems().clear();
        if (vm.allTags().isEmpty()) {
            MenuItem none = new MenuItem(messages.text("cards.list.noTags"));
            none.setDisable(true);
            tagMenu.getItems().add(none);
        }
        for (String tag : vm.allTags()) {
            CheckMenuItem item = new CheckMenuItem(tag);
            item.setSelected(vm.selectedTags().contains(tag));
            item.setOnAction(e -> vm.toggleTag(tag));
            tagMenu.getItems().add(item);
        }
        if (!vm.selectedTags().isEmpty()) {
            MenuItem clear = new MenuItem(messages.text("cards.list.clearFilters"));
            clear.setOnAction(e -> vm.clearFilters());
            tagMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
        activeTags.getChildren().clear();
        for (String tag : vm.selectedTags()) {
            Button chip = new Button(tag, new FontIcon(Feather.X));
            chip.getStyleClass().addAll("tag-chip", "active", Styles.SMALL);
            chip.setOnAction(e -> vm.toggleTag(tag));
            activeTags.getChildren().add(chip);
        }
        activeTags.setVisible(!vm.selectedTags().isEmpty());
    }

    /** A card row: title, tags as chips, the latest version and the labels with the versions they point at. */
    private final class CardCell extends ListCell<CardSummary> {
        @Override
        protected void updateItem(CardSummary card, boolean empty) {
            super.updateItem(card, empty);
            setText(null);
            if (empty || card == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(card.title());
            title.getStyleClass().add("card-title");
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label version = new Label(messages.text("cards.list.version", card.latestVersion()));
            version.getStyleClass().add("card-version");
            version.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(6, title, version);
            top.setAlignment(Pos.CENTER_LEFT);
            FlowPane chips = new FlowPane(4, 4);
            for (String tag : card.tags()) {
                Label chip = new Label(tag);
                chip.getStyleClass().add("tag-chip");
                chips.getChildren().add(chip);
            }
            for (Map.Entry<String, Integer> label : new TreeMap<>(card.labels()).entrySet()) {
                Label chip = new Label(label.getKey() + " → v" + label.getValue(), new FontIcon(Feather.BOOKMARK));
                chip.getStyleClass().addAll("label-chip", label.getKey());
                chips.getChildren().add(chip);
            }
            VBox box = new VBox(4, top);
            if (!chips.getChildren().isEmpty()) {
                box.getChildren().add(chips);
            }
            box.setMinWidth(0);
            box.prefWidthProperty().bind(list.widthProperty().subtract(36));
            setGraphic(box);
        }
    }
}
