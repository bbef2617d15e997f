package dev.aura.plugins.prompts.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.ui.runs.RunsPane;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected card: a header (title, version, unsaved marker, Save, Run, Delete) over its five tabs. */
final class CardPane {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    CardPane(CardEditorViewModel editor, Messages messages, Node prompt, Node tests, Node versions, Node checks,
            RunsPane runs, Runnable save, Runnable run, Runnable delete) {
        root.setId("card-pane");
        Label title = new Label();
        title.setId("card-heading");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> editor.draft() == null ? ""
                : editor.draft().title().isBlank() ? messages.text("cards.untitled") : editor.draft().title(),
                editor.draftProperty()));
        title.setMinWidth(0);
        Label version = new Label();
        version.setId("card-version");
        version.getStyleClass().add("muted-text");
        version.setMinWidth(Region.USE_PREF_SIZE);
        version.textProperty().bind(Bindings.createStringBinding(() -> editor.saved() == null ? ""
                : messages.text("cards.list.version", editor.saved().number()), editor.savedProperty()));
        Label dirty = new Label(messages.text("cards.header.unsaved"), new FontIcon(Feather.CIRCLE));
        dirty.setId("dirty-marker");
        dirty.getStyleClass().addAll("dirty-marker", Styles.WARNING);
        dirty.setMinWidth(Region.USE_PREF_SIZE);
        dirty.visibleProperty().bind(editor.dirtyProperty());
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(16, 16);
        saving.visibleProperty().bind(editor.stateProperty().isEqualTo(CardEditorViewModel.State.SAVING));
        saving.managedProperty().bind(saving.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button saveButton = new Button(messages.text("cards.header.save"), new FontIcon(Feather.SAVE));
        saveButton.setId("save-card");
        saveButton.setTooltip(new Tooltip(messages.text("cards.header.saveTip")));
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(editor.dirtyProperty().not()
                .or(editor.stateProperty().isEqualTo(CardEditorViewModel.State.SAVING)));
        saveButton.setOnAction(e -> save.run());
        Button runButton = new Button(messages.text("cards.header.run"), new FontIcon(Feather.PLAY));
        runButton.setId("run-card");
        runButton.setTooltip(new Tooltip(messages.text("cards.header.runTip")));
        runButton.setOnAction(e -> run.run());
        Button deleteButton = new Button(null, new FontIcon(Feather.TRASH_2));
        deleteButton.setId("delete-card");
        deleteButton.setTooltip(new Tooltip(messages.text("cards.header.delete")));
        deleteButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
        deleteButton.setOnAction(e -> delete.run());
        HBox header = new HBox(10, title, version, dirty, saving, gap, saveButton, runButton, deleteButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("card-header");
        Label error = new Label();
        error.setId("card-error");
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(editor.errorProperty());
        error.visibleProperty().bind(editor.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root.setTop(new VBox(header, error));

        tabs.setId("card-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("tab-prompt", messages.text("cards.tab.prompt"), Feather.EDIT_3, prompt),
                tab("tab-tests", messages.text("cards.tab.tests"), Feather.CHECK_SQUARE, tests),
                tab("tab-versions", messages.text("cards.tab.versions"), Feather.GIT_COMMIT, versions),
                tab("tab-checks", messages.text("cards.tab.checks"), Feather.SHIELD, checks),
                tab("tab-runs", messages.text("cards.tab.runs"), Feather.PLAY_CIRCLE, runs.node()));
        root.setCenter(tabs);
    }

    private static Tab tab(String id, String text, Feather icon, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    BorderPane root() {
        return root;
    }

    void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
