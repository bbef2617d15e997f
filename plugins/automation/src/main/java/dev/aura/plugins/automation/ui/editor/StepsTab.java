package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.validation.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Steps tab: the step list as an indented tree (branches of conditions and for-each under their step) with Add,
 * Duplicate, Delete, Move up/down (Alt+Up/Alt+Down) and drag to reorder; the selected step's form on the right.
 */
final class StepsTab {
    static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final WorkflowEditorViewModel vm;
    private final Messages messages;
    private final EditorChoices choices;
    private final TreeView<StepRow> tree = new TreeView<>();
    private final Map<StepPath, TreeItem<StepRow>> items = new HashMap<>();
    private final ScrollPane formArea = new ScrollPane();
    private final SplitPane root = new SplitPane();
    private StepForm form;
    private StepPath formPath;
    private boolean syncing;

    StepsTab(WorkflowEditorViewModel vm, Messages messages, EditorChoices choices) {
        this.vm = vm;
        this.messages = messages;
        this.choices = choices;
        tree.setId("step-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new StepCell(vm, messages));
        VBox.setVgrow(tree, Priority.ALWAYS);

        Label empty = new Label(messages.text("editor.steps.empty"), new FontIcon(Feather.PLUS_CIRCLE));
        empty.setId("steps-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted-text");
        empty.setMouseTransparent(true);
        StackPane listBody = new StackPane(tree, empty);
        VBox.setVgrow(listBody, Priority.ALWAYS);
        VBox left = new VBox(8, toolbar(), listBody);
        left.setPadding(new Insets(10));
        left.setMinWidth(260);

        formArea.setId("step-form-area");
        formArea.setFitToWidth(true);
        Label pick = new Label(messages.text("editor.steps.pick"));
        pick.getStyleClass().add("muted-text");
        StackPane noForm = new StackPane(pick);
        formArea.setContent(noForm);

        root.getItems().addAll(left, formArea);
        root.setDividerPositions(0.38);
        root.setId("steps-tab");
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (MOVE_UP.match(e)) {
                vm.moveSelected(-1);
                e.consume();
            } else if (MOVE_DOWN.match(e)) {
                vm.moveSelected(1);
                e.consume();
            }
        });

        vm.structureProperty().addListener((o, a, b) -> rebuild());
        vm.loadsProperty().addListener((o, a, b) -> rebuildForm());
        vm.draftProperty().addListener((o, a, b) -> {
            refreshRows();
            empty.setVisible(b != null && b.steps().isEmpty());
        });
        vm.problems().addListener((ListChangeListener<Problem>) c -> tree.refresh());
        vm.selectedProperty().addListener((o, a, b) -> {
            selectInTree(b);
            if (b == null || !b.equals(formPath)) {
                rebuildForm();
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (syncing || b == null) {
                return;
            }
            vm.selectedProperty().set(b.getValue().isHeading() ? null : b.getValue().path());
        });
        rebuild();
    }

    SplitPane root() {
        return root;
    }

    TreeView<StepRow> tree() {
        return tree;
    }

    private HBox toolbar() {
        MenuButton add = new MenuButton(messages.text("editor.steps.add"), new FontIcon(Feather.PLUS));
        add.setId("add-step");
        add.getStyleClass().add(Styles.ACCENT);
        for (StepKind kind : StepKind.values()) {
            MenuItem item = new MenuItem(messages.text(kind.nameKey()), new FontIcon(kind.icon()));
            item.setId("add-step-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> {
                TreeItem<StepRow> chosen = tree.getSelectionModel().getSelectedItem();
                vm.addStep(kind, chosen != null && chosen.getValue().isHeading() ? chosen.getValue().branch() : null);
            });
            add.getItems().add(item);
        }
        Button duplicate = icon("duplicate-step", Feather.COPY, "editor.steps.duplicate", vm::duplicateSelected);
        Button delete = icon("delete-step", Feather.TRASH_2, "editor.steps.delete", vm::deleteSelected);
        delete.getStyleClass().add(Styles.DANGER);
        Button up = icon("move-up", Feather.ARROW_UP, "editor.steps.up", () -> vm.moveSelected(-1));
        Button down = icon("move-down", Feather.ARROW_DOWN, "editor.steps.down", () -> vm.moveSelected(1));
        for (Button b : List.of(duplicate, delete, up, down)) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        HBox bar = new HBox(4, add, new javafx.scene.layout.Region(), duplicate, up, down, delete);
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button icon(String id, Feather icon, String tipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(messages.text(tipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The tree from the draft's steps; the view model's selection stays selected. */
    private void rebuild() {
        items.clear();
        TreeItem<StepRow> rootItem = new TreeItem<>();
        if (vm.draft() != null) {
            addSteps(rootItem, vm.draft().steps(), StepPath.StepList.ROOT);
        }
        syncing = true;
        try {
            tree.setRoot(rootItem);
        } finally {
            syncing = false;
        }
        selectInTree(vm.selectedProperty().get());
        rebuildForm(); // paths may now point at other steps (after a move), so the form is built again
    }

    private void addSteps(TreeItem<StepRow> parent, List<Step> steps, StepPath.StepList list) {
        for (int i = 0; i < steps.size(); i++) {
            StepPath path = list.at(i);
            Step step = steps.get(i);
            TreeItem<StepRow> item = new TreeItem<>(StepRow.step(path, step));
            item.setExpanded(true);
            items.put(path, item);
            for (StepPath.Branch branch : StepTree.branches(step)) {
                StepPath.StepList sub = path.branch(branch);
                TreeItem<StepRow> heading = new TreeItem<>(StepRow.heading(sub));
                heading.setExpanded(true);
                addSteps(heading, StepTree.branch(step, branch), sub);
                item.getChildren().add(heading);
            }
            parent.getChildren().add(item);
        }
    }

    /** After a field edit the rows show the new summary; the tree keeps its shape and selection. */
    private void refreshRows() {
        if (vm.draft() == null) {
            return;
        }
        List<Step> steps = vm.draft().steps();
        for (Map.Entry<StepPath, TreeItem<StepRow>> entry : items.entrySet()) {
            if (StepTree.exists(steps, entry.getKey())) {
                Step step = StepTree.get(steps, entry.getKey());
                if (!step.equals(entry.getValue().getValue().step())) {
                    entry.getValue().setValue(StepRow.step(entry.getKey(), step));
                }
            }
        }
    }

    private void selectInTree(StepPath path) {
        syncing = true;
        try {
            TreeItem<StepRow> item = path == null ? null : items.get(path);
            if (item == null) {
                if (path == null && tree.getSelectionModel().getSelectedItem() != null
                        && tree.getSelectionModel().getSelectedItem().getValue().isHeading()) {
                    return; // a branch heading stays selected: Add step puts the step there
                }
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void rebuildForm() {
        if (form != null) {
            form.dispose();
            form = null;
        }
        StepPath path = vm.selectedProperty().get();
        formPath = path;
        if (vm.draft() == null || path == null || !StepTree.exists(vm.draft().steps(), path)) {
            Label pick = new Label(messages.text("editor.steps.pick"));
            pick.getStyleClass().add("muted-text");
            StackPane none = new StackPane(pick);
            none.setPadding(new Insets(24));
            formArea.setContent(none);
            return;
        }
        form = new StepForm(vm, messages, path, choices);
        formArea.setContent(form.root());
    }
}
