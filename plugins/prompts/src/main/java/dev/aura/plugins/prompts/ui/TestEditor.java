package dev.aura.plugins.prompts.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.eval.TemplateException;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One test case (or the default test): description, a table of variables (multi-line values), a table of assertions
 * (type, value, threshold, weight, with problems under each row) and the test's threshold.
 */
final class TestEditor {
    private final CardEditorViewModel vm;
    private final Messages messages;
    private final PromptTemplates templates;
    private final int index;
    private final VBox root = new VBox(12);
    private final GridPane vars = new GridPane(6, 6);
    private final VBox asserts = new VBox(6);

    TestEditor(CardEditorViewModel vm, Messages messages, PromptTemplates templates, int index) {
        this.vm = vm;
        this.messages = messages;
        this.templates = templates;
        this.index = index;
        root.setPadding(new Insets(12));
        root.setId("test-editor");
        TestDef test = test();
        if (index >= 0) {
            TextField description = new TextField(test.description() == null ? "" : test.description());
            description.setId("test-description");
            description.setPromptText(messages.text("cards.tests.descriptionHint"));
            description.textProperty().addListener((o, a, b) -> edit(t -> Drafts.description(t, b)));
            root.getChildren().add(Fields.captioned(messages.text("cards.tests.description"), description));
        } else {
            Label hint = new Label(messages.text("cards.tests.defaultHint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("muted-text");
            root.getChildren().add(hint);
        }
        Button addVar = small("add-var", Feather.PLUS, messages.text("cards.tests.addVar"));
        addVar.setOnAction(e -> {
            Map<String, Object> map = new LinkedHashMap<>(test().vars());
            map.put(freeName(map.keySet()), "");
            edit(t -> Drafts.vars(t, map));
            rebuildVars();
        });
        Button addMissing = small("add-missing-vars", Feather.CORNER_DOWN_RIGHT,
                messages.text("cards.tests.addMissing"));
        addMissing.setOnAction(e -> addMissingVars());
        vars.setId("vars-table");
        root.getChildren().add(section(messages.text("cards.tests.vars"), new VBox(4, vars,
                Fields.problem(vm.problems(), CardValidator.testKey(index) + ".vars")), addVar, addMissing));

        Button addAssert = small("add-assert", Feather.PLUS, messages.text("cards.tests.addAssert"));
        addAssert.setOnAction(e -> {
            List<AssertionSpec> list = new ArrayList<>(test().asserts());
            list.add(AssertionSpec.of("contains", null));
            edit(t -> Drafts.asserts(t, list));
            rebuildAsserts();
        });
        asserts.setId("asserts-table");
        root.getChildren().add(section(messages.text("cards.tests.asserts"), asserts, addAssert));

        TextField threshold = new TextField(AssertionTypes.toText(test.threshold()));
        threshold.setId("test-threshold");
        threshold.setPrefColumnCount(6);
        threshold.setMaxWidth(120);
        threshold.setPromptText(messages.text("cards.tests.thresholdHint"));
        String key = CardValidator.testKey(index) + ".threshold";
        Fields.number(threshold, messages, key, false, vm::setInputProblem,
                value -> edit(t -> Drafts.threshold(t, value == null ? null : value.doubleValue())));
        root.getChildren().add(Fields.captioned(messages.text("cards.tests.threshold"),
                new VBox(4, threshold, Fields.problem(vm.problems(), key))));
        rebuildVars();
        rebuildAsserts();
    }

    VBox root() {
        return root;
    }

    private TestDef test() {
        CardContent c = vm.draft();
        return index < 0 ? c.defaultTest() : c.tests().get(index);
    }

    private void edit(UnaryOperator<TestDef> change) {
        vm.update(c -> {
            if (index < 0) {
                return Drafts.defaultTest(c, change.apply(c.defaultTest()));
            }
            List<TestDef> tests = new ArrayList<>(c.tests());
            tests.set(index, change.apply(tests.get(index)));
            return c.withTests(tests);
        });
    }

    private void rebuildVars() {
        vars.getChildren().clear();
        List<Map.Entry<String, Object>> entries = new ArrayList<>(test().vars().entrySet());
        if (entries.isEmpty()) {
            Label none = new Label(messages.text("cards.tests.noVars"));
            none.getStyleClass().add("muted-text");
            vars.add(none, 0, 0, 3, 1);
            return;
        }
        vars.addRow(0, header("cards.tests.varName"), header("cards.tests.varValue"));
        for (int i = 0; i < entries.size(); i++) {
            int row = i;
            TextField name = new TextField(entries.get(i).getKey());
            name.setId("var-name-" + i);
            name.setPrefColumnCount(10);
            TextArea value = new TextArea(AssertionTypes.toText(entries.get(i).getValue()));
            value.setId("var-value-" + i);
            value.setPrefRowCount(Math.min(6, Math.max(1, value.getText().split("\n", -1).length)));
            value.setWrapText(true);
            GridPane.setHgrow(value, Priority.ALWAYS);
            name.textProperty().addListener((o, a, b) -> edit(t -> Drafts.vars(t, renamed(t.vars(), row, b))));
            value.textProperty().addListener((o, a, b) -> edit(t -> Drafts.vars(t, revalued(t.vars(), row, b))));
            Button remove = small("remove-var-" + i, Feather.X, messages.text("cards.tests.removeVar"));
            remove.setText(null);
            remove.setOnAction(e -> {
                Map<String, Object> map = new LinkedHashMap<>(test().vars());
                map.remove(new ArrayList<>(map.keySet()).get(row));
                edit(t -> Drafts.vars(t, map));
                rebuildVars();
            });
            vars.addRow(i + 1, name, value, remove);
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        }
    }

    private static Map<String, Object> renamed(Map<String, Object> vars, int row, String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            out.put(i++ == row ? name.strip() : e.getKey(), e.getValue());
        }
        return out;
    }

    private static Map<String, Object> revalued(Map<String, Object> vars, int row, String value) {
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            out.put(e.getKey(), i++ == row ? value : e.getValue());
        }
        return out;
    }

    private void addMissingVars() {
        Set<String> used = new LinkedHashSet<>();
        for (var variant : vm.draft().variants()) {
            try {
                used.addAll(templates.variables(variant.template()));
            } catch (TemplateException e) {
                // a template that does not parse names no variables; its preview shows the error
            }
        }
        Map<String, Object> map = new LinkedHashMap<>(test().vars());
        Set<String> inherited = vm.draft().defaultTest().vars().keySet();
        used.stream().filter(v -> !map.containsKey(v) && (index < 0 || !inherited.contains(v)))
                .forEach(v -> map.put(v, ""));
        edit(t -> Drafts.vars(t, map));
        rebuildVars();
    }

    private void rebuildAsserts() {
        asserts.getChildren().clear();
        vm.clearInputProblems(CardValidator.testKey(index) + ".assert.");
        List<AssertionSpec> list = test().asserts();
        if (list.isEmpty()) {
            Label none = new Label(messages.text("cards.tests.noAsserts"));
            none.getStyleClass().add("muted-text");
            asserts.getChildren().add(none);
            return;
        }
        asserts.getChildren().add(AssertionRow.header(messages));
        for (int j = 0; j < list.size(); j++) {
            int row = j;
            AssertionRow editor = new AssertionRow(list.get(j), j, CardValidator.assertKey(index, j), vm, messages,
                    spec -> edit(t -> {
                        List<AssertionSpec> specs = new ArrayList<>(t.asserts());
                        specs.set(row, spec);
                        return Drafts.asserts(t, specs);
                    }), () -> {
                        List<AssertionSpec> specs = new ArrayList<>(test().asserts());
                        specs.remove(row);
                        edit(t -> Drafts.asserts(t, specs));
                        rebuildAsserts();
                    });
            asserts.getChildren().add(editor.root());
        }
    }

    private Region section(String title, Region body, Button... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, heading, gap);
        bar.getChildren().addAll(actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, body);
        box.getStyleClass().add("test-section");
        return box;
    }

    private Label header(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("field-caption");
        return label;
    }

    static Button small(String id, Feather icon, String text) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setTooltip(new Tooltip(text));
        return button;
    }

    private static String freeName(Set<String> names) {
        for (int i = 1; ; i++) {
            String name = "var" + i;
            if (!names.contains(name)) {
                return name;
            }
        }
    }
}
