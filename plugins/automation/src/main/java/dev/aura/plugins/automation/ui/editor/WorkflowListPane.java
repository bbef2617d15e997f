package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.engine.RunStatus;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The left side: New workflow, Import / Export, search, and the virtualized workflow list (name, triggers in plain
 * words, latest version, last run status) with its empty and no-match states.
 */
public final class WorkflowListPane {
    private final WorkflowListViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final ListView<WorkflowRow> list = new ListView<>();

    public WorkflowListPane(WorkflowListViewModel vm, Messages messages, Runnable newWorkflow, Runnable importFile,
                            Runnable export) {
        this.vm = vm;
        this.messages = messages;
        root.getStyleClass().add("workflow-list-pane");
        root.setPadding(new Insets(12));

        Button create = new Button(messages.text("editor.list.new"), new FontIcon(Feather.PLUS));
        create.setId("new-workflow");
        create.getStyleClass().add(Styles.ACCENT);
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnAction(e -> newWorkflow.run());
        MenuItem importItem = new MenuItem(messages.text("editor.list.import"), new FontIcon(Feather.DOWNLOAD));
        importItem.setId("import-workflow");
        importItem.setOnAction(e -> importFile.run());
        MenuItem exportItem = new MenuItem(messages.text("editor.list.export"), new FontIcon(Feather.UPLOAD));
        exportItem.setId("export-workflow");
        exportItem.setOnAction(e -> export.run());
        MenuButton transfer = new MenuButton(messages.text("editor.list.transfer"), null, importItem, exportItem);
        transfer.setId("transfer-menu");
        transfer.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(6, create, gap, transfer);
        actions.setAlignment(Pos.CENTER_LEFT);

        CustomTextField search = new CustomTextField();
        search.setId("workflow-search");
        search.setPromptText(messages.text("editor.list.search"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(vm.queryProperty());

        list.setId("workflow-list");
        list.setCellFactory(v -> new WorkflowCell());
        list.setItems(vm.items());
        StackPane body = new StackPane(list, emptyState(newWorkflow, importFile), noMatch());
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(actions, search, body);
        root.setMinWidth(315);
        root.setPrefWidth(330);
    }

    public VBox root() {
        return root;
    }

    public ListView<WorkflowRow> list() {
        return list;
    }

    private Region emptyState(Runnable newWorkflow, Runnable importFile) {
        Label title = new Label(messages.text("editor.empty.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        var text = Paragraph.of(messages.text("editor.empty.text"), "muted-text");
        Button create = new Button(messages.text("editor.list.new"), new FontIcon(Feather.PLUS));
        create.setId("empty-new-workflow");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newWorkflow.run());
        Button importButton = new Button(messages.text("editor.empty.import"), new FontIcon(Feather.DOWNLOAD));
        importButton.setId("empty-import");
        importButton.setWrapText(true);
        importButton.setOnAction(e -> importFile.run());
        FontIcon icon = new FontIcon(Feather.GIT_BRANCH);
        icon.getStyleClass().add("empty-icon");
        VBox box = new VBox(10, icon, title, text, create, importButton);
        box.getStyleClass().add("empty-state");
        box.setId("workflows-empty");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(16));
        box.visibleProperty().bind(vm.stateProperty().isEqualTo(WorkflowListViewModel.State.EMPTY));
        return box;
    }

    private Region noMatch() {
        Label label = new Label(messages.text("editor.list.noMatch"));
        label.setWrapText(true);
        Button clear = new Button(messages.text("editor.list.clear"));
        clear.setId("clear-search");
        clear.setOnAction(e -> vm.queryProperty().set(""));
        VBox box = new VBox(8, label, clear);
        box.setId("workflows-no-match");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(vm.stateProperty().isEqualTo(WorkflowListViewModel.State.NO_MATCH));
        return box;
    }

    /** A workflow row: name and version, then its triggers in words and the last run's status. */
    private final class WorkflowCell extends ListCell<WorkflowRow> {
        @Override
        protected void updateItem(WorkflowRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(row.name());
            name.getStyleClass().add("workflow-title");
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Label version = new Label(messages.text("editor.list.version", row.summary().latestVersion()));
            version.getStyleClass().add("workflow-version");
            version.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(6, name, version);
            top.setAlignment(Pos.CENTER_LEFT);
            Label triggers = new Label(TriggerWords.of(row.triggers(), messages));
            triggers.getStyleClass().add("workflow-triggers");
            triggers.setMaxWidth(Double.MAX_VALUE);
            triggers.setMinWidth(0);
            HBox.setHgrow(triggers, Priority.ALWAYS);
            HBox bottom = new HBox(6, triggers, badge(row.summary().lastStatus()));
            bottom.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(3, top, bottom);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(list.widthProperty().subtract(36));
            setGraphic(box);
        }

        private Label badge(RunStatus status) {
            String key = status == null ? "never" : status.name().toLowerCase(Locale.ROOT);
            Label badge = new Label(messages.text("editor.status." + key));
            badge.getStyleClass().addAll("status-badge", "status-" + key);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            return badge;
        }
    }
}
