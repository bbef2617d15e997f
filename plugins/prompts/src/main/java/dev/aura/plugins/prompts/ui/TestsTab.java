package dev.aura.plugins.prompts.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Tests tab: the default test and the test cases on the left (add, duplicate, delete), the chosen one's editor. */
final class TestsTab {
    private static final int DEFAULT_TEST = -1;
    private final CardEditorViewModel vm;
    private final Messages messages;
    private final PromptTemplates templates;
    private final ListView<Integer> list = new ListView<>();
    private final ScrollPane editorScroll = new ScrollPane();
    private final VBox noTests;
    private final SplitPane root = new SplitPane();

    TestsTab(CardEditorViewModel vm, Messages messages, PromptTemplates templates) {
        this.vm = vm;
        this.messages = messages;
        this.templates = templates;
        list.setId("tests-list");
        list.setCellFactory(v -> new TestCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showEditor(b));
        Button add = TestEditor.small("add-test", Feather.PLUS, messages.text("cards.tests.add"));
        add.setOnAction(e -> addTest(new TestDef(null, java.util.Map.of(), List.of(), null)));
        Button duplicate = TestEditor.small("duplicate-test", Feather.COPY, messages.text("cards.tests.duplicate"));
        duplicate.setOnAction(e -> selectedTest().ifPresent(t -> addTest(new TestDef(
                t.description() == null ? null : messages.text("cards.tests.copyOf", t.description()), t.vars(),
                t.asserts(), t.threshold()))));
        duplicate.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(list.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        Button delete = TestEditor.small("delete-test", Feather.TRASH_2, messages.text("cards.tests.delete"));
        delete.setOnAction(e -> deleteTest());
        delete.disableProperty().bind(duplicate.disableProperty());
        duplicate.setText(null); // icons with tooltips: the list column is narrow, "Add test" keeps its words
        delete.setText(null);
        HBox bar = new HBox(4, add, duplicate, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label none = new Label(messages.text("cards.tests.emptyTitle"));
        none.getStyleClass().add(Styles.TEXT_BOLD);
        Label noneText = new Label(messages.text("cards.tests.emptyText"));
        noneText.setWrapText(true);
        noneText.getStyleClass().add("muted-text");
        Button firstTest = new Button(messages.text("cards.tests.add"), new FontIcon(Feather.PLUS));
        firstTest.setId("empty-add-test");
        firstTest.getStyleClass().add(Styles.ACCENT);
        firstTest.setOnAction(e -> add.fire());
        noTests = new VBox(8, none, noneText, firstTest);
        noTests.setId("tests-empty");
        noTests.setPadding(new Insets(12));
        noTests.managedProperty().bind(noTests.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, bar, list, noTests);
        left.setPadding(new Insets(12));
        left.setMinWidth(200);
        editorScroll.setFitToWidth(true);
        editorScroll.setId("test-editor-scroll");
        root.getItems().addAll(left, new StackPane(editorScroll));
        root.setDividerPositions(0.28);
        root.setId("tests-tab");
        vm.draftProperty().addListener((o, a, b) -> {
            if (b != null && a != null && a.tests().size() == b.tests().size()) {
                list.refresh();
            }
        });
        rebuild();
    }

    SplitPane root() {
        return root;
    }

    void rebuild() {
        int chosen = list.getSelectionModel().getSelectedItem() == null ? 0
                : list.getSelectionModel().getSelectedItem();
        refreshList(chosen);
    }

    private void refreshList(int select) {
        if (vm.draft() == null) {
            list.getItems().clear();
            editorScroll.setContent(null);
            return;
        }
        int count = vm.draft().tests().size();
        List<Integer> items = new ArrayList<>();
        items.add(DEFAULT_TEST);
        IntStream.range(0, count).forEach(items::add);
        list.getItems().setAll(items);
        noTests.setVisible(count == 0);
        int target = Math.max(DEFAULT_TEST, Math.min(select, count - 1));
        list.getSelectionModel().clearSelection();
        list.getSelectionModel().select(Integer.valueOf(target));
    }

    private java.util.Optional<TestDef> selectedTest() {
        Integer index = list.getSelectionModel().getSelectedItem();
        return index == null || index < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(vm.draft().tests().get(index));
    }

    private void addTest(TestDef test) {
        List<TestDef> tests = new ArrayList<>(vm.draft().tests());
        tests.add(test);
        vm.update(c -> c.withTests(tests));
        refreshList(tests.size() - 1);
    }

    private void deleteTest() {
        Integer index = list.getSelectionModel().getSelectedItem();
        if (index == null || index < 0) {
            return;
        }
        List<TestDef> tests = new ArrayList<>(vm.draft().tests());
        tests.remove((int) index);
        vm.clearInputProblems("test.");
        vm.update(c -> c.withTests(tests));
        refreshList(Math.min(index, tests.size() - 1));
    }

    private void showEditor(Integer index) {
        if (index == null || vm.draft() == null) {
            editorScroll.setContent(null);
            return;
        }
        editorScroll.setContent(new TestEditor(vm, messages, templates, index).root());
    }

    private final class TestCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null || vm.draft() == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (index < 0) {
                setText(messages.text("cards.tests.default"));
                setGraphic(new FontIcon(Feather.LAYERS));
                return;
            }
            if (index >= vm.draft().tests().size()) {
                setText(null);
                setGraphic(null);
                return;
            }
            TestDef test = vm.draft().tests().get(index);
            String name = test.description() == null ? messages.text("cards.tests.unnamed", index + 1)
                    : test.description();
            setText(messages.text("cards.tests.row", name, test.asserts().size()));
            setGraphic(new FontIcon(Feather.CHECK_SQUARE));
        }
    }
}
