package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.Workflow;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected workflow: a header (name, version, unsaved marker, Save, Run, Delete), its problems, and six tabs. */
public final class WorkflowPane {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final ReadOnlyStringWrapper shownTab = new ReadOnlyStringWrapper("");

    /** The tabs' contents in order: steps, variables, triggers, permissions, versions, runs. */
    public record Tabs(Node steps, Node variables, Node triggers, Node permissions, Node versions, Node runs) {}

    public WorkflowPane(WorkflowEditorViewModel editor, Messages messages, Tabs content, Runnable save, Runnable run,
                        Runnable delete) {
        root.setId("workflow-pane");
        TextField name = new TextField();
        name.setId("workflow-name");
        name.getStyleClass().add("workflow-name");
        name.setPromptText(messages.text("editor.header.namePrompt"));
        name.setPrefColumnCount(18);
        name.setMaxWidth(420);
        TextField description = new TextField();
        description.setId("workflow-description");
        description.getStyleClass().addAll(Styles.SMALL, "workflow-description");
        description.setPromptText(messages.text("editor.header.descriptionPrompt"));
        description.setPrefColumnCount(32);
        description.setMaxWidth(420);
        Runnable showName = () -> {
            name.setText(editor.draft() == null ? "" : editor.draft().name());
            description.setText(editor.draft() == null ? "" : editor.draft().description());
        };
        editor.loadsProperty().addListener((o, a, b) -> showName.run());
        showName.run();
        name.textProperty().addListener((o, a, b) -> {
            if (editor.draft() != null && !editor.draft().name().equals(b)) {
                editor.update(w -> new Workflow(b, w.description(), w.variables(), w.steps(), w.triggers(),
                        w.permissions(), w.policy()));
            }
        });
        description.textProperty().addListener((o, a, b) -> {
            if (editor.draft() != null && !editor.draft().description().equals(b)) {
                editor.update(w -> new Workflow(w.name(), b, w.variables(), w.steps(), w.triggers(),
                        w.permissions(), w.policy()));
            }
        });
        Label version = new Label();
        version.setId("workflow-version");
        version.getStyleClass().add("muted-text");
        version.setMinWidth(Region.USE_PREF_SIZE);
        version.textProperty().bind(Bindings.createStringBinding(() -> editor.saved() == null
                ? messages.text("editor.header.new") : messages.text("editor.list.version", editor.saved().version()),
                editor.savedProperty()));
        Label dirty = new Label(messages.text("editor.header.unsaved"), new FontIcon(Feather.CIRCLE));
        dirty.setId("dirty-marker");
        dirty.getStyleClass().addAll("dirty-marker", Styles.WARNING);
        dirty.setMinWidth(Region.USE_PREF_SIZE);
        dirty.visibleProperty().bind(editor.dirtyProperty());
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(16, 16);
        saving.visibleProperty().bind(editor.stateProperty().isEqualTo(WorkflowEditorViewModel.State.SAVING));
        saving.managedProperty().bind(saving.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button saveButton = new Button(messages.text("editor.header.save"), new FontIcon(Feather.SAVE));
        saveButton.setId("save-workflow");
        saveButton.setTooltip(new Tooltip(messages.text("editor.header.saveTip")));
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setMinWidth(Region.USE_PREF_SIZE);
        saveButton.disableProperty().bind(editor.dirtyProperty().not()
                .or(editor.stateProperty().isEqualTo(WorkflowEditorViewModel.State.SAVING)));
        saveButton.setOnAction(e -> save.run());
        Button runButton = new Button(messages.text("editor.header.run"), new FontIcon(Feather.PLAY));
        runButton.setId("run-workflow");
        runButton.setTooltip(new Tooltip(messages.text("editor.header.runTip")));
        runButton.setMinWidth(Region.USE_PREF_SIZE);
        runButton.setOnAction(e -> run.run());
        Button deleteButton = new Button(null, new FontIcon(Feather.TRASH_2));
        deleteButton.setId("delete-workflow");
        deleteButton.setTooltip(new Tooltip(messages.text("editor.header.delete")));
        deleteButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
        deleteButton.setOnAction(e -> delete.run());
        HBox nameRow = new HBox(10, name, version, dirty, saving);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        VBox titles = new VBox(4, nameRow, description);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        HBox header = new HBox(10, titles, gap, saveButton, runButton, deleteButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("workflow-header");
        Label error = new Label();
        error.setId("workflow-error");
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(editor.errorProperty());
        error.visibleProperty().bind(editor.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProblemsBar problems = new ProblemsBar(editor, messages, () -> select("tab-steps"));
        root.setTop(new VBox(header, error, problems.root()));

        tabs.setId("workflow-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("tab-steps", messages.text("editor.tab.steps"), Feather.LIST, content.steps()),
                tab("tab-variables", messages.text("editor.tab.variables"), Feather.HASH, content.variables()),
                tab("tab-triggers", messages.text("editor.tab.triggers"), Feather.ZAP, content.triggers()),
                tab("tab-permissions", messages.text("editor.tab.permissions"), Feather.SHIELD,
                        content.permissions()),
                tab("tab-versions", messages.text("editor.tab.versions"), Feather.GIT_COMMIT, content.versions()),
                tab("tab-runs", messages.text("editor.tab.runs"), Feather.ACTIVITY, content.runs()));
        root.setCenter(tabs);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                shownTab.set(b == null ? "" : b.getId()));
        shownTab.set(tabs.getSelectionModel().getSelectedItem().getId());
    }

    private static Tab tab(String id, String text, Feather icon, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    public BorderPane root() {
        return root;
    }

    /** The id of the tab shown now ("tab-steps", "tab-runs"...). */
    public ReadOnlyStringProperty shownTab() {
        return shownTab.getReadOnlyProperty();
    }

    public void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
