package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.validation.Problem;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The fields of one step's own type (URL, path, template...); each edit goes to the draft through the view model. */
final class StepFields {
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

    private final WorkflowEditorViewModel vm;
    private final Messages messages;
    private final StepPath path;
    private final EditorChoices choices;

    StepFields(WorkflowEditorViewModel vm, Messages messages, StepPath path, EditorChoices choices) {
        this.vm = vm;
        this.messages = messages;
        this.path = path;
        this.choices = choices;
    }

    /** Adds the rows for {@code step}'s type to {@code grid}. */
    void build(GridPane grid, Step step) {
        switch (step.type()) {
            case StepType.Prompt p -> new PromptFields(this, messages, choices).build(grid, p);
            case StepType.Http h -> http(grid, h);
            case StepType.Files f -> files(grid, f);
            case StepType.Transform t -> transform(grid, t);
            case StepType.Condition c -> {
                Forms.row(grid, t("editor.field.expression"), Forms.text("field-expression", c.expression(),
                        v -> edit(StepType.Condition.class, x -> new StepType.Condition(v, x.then(), x.otherwise()))));
                grid.add(hint(t("editor.hint.condition")), 1, grid.getRowCount());
            }
            case StepType.ForEach f -> {
                Forms.row(grid, t("editor.field.items"), Forms.text("field-items", f.items(),
                        v -> edit(StepType.ForEach.class, x -> new StepType.ForEach(v, x.body(), x.concurrency()))));
                Spinner<Integer> concurrency = new Spinner<>(1, 32, f.concurrency());
                concurrency.setId("field-concurrency");
                concurrency.setEditable(true);
                concurrency.valueProperty().addListener((o, a, b) -> edit(StepType.ForEach.class,
                        x -> new StepType.ForEach(x.items(), x.body(), b)));
                Forms.row(grid, t("editor.field.concurrency"), concurrency);
                grid.add(hint(t("editor.hint.forEach")), 1, grid.getRowCount());
            }
            case StepType.Delay d -> Forms.row(grid, t("editor.field.duration"), Forms.duration("field-duration",
                    d.duration(), false, t("editor.field.durationPrompt"),
                    v -> edit(StepType.Delay.class, x -> new StepType.Delay(v)), m -> problem("duration", m)));
            case StepType.RunWorkflow r -> {
                ComboBox<String> name = Combos.editable("field-workflow", choices.workflowNames(), r.workflow(),
                        v -> edit(StepType.RunWorkflow.class, x -> new StepType.RunWorkflow(v, x.variables())));
                Forms.row(grid, t("editor.field.workflow"), name);
                Forms.row(grid, t("editor.field.passVariables"), new KeyValueRows("field-pass", r.variables(),
                        t("editor.field.name"), t("editor.field.value"), t("editor.field.addVariable"),
                        t("editor.list.remove"),
                        m -> edit(StepType.RunWorkflow.class, x -> new StepType.RunWorkflow(x.workflow(), m))).root());
            }
            case StepType.Notify n -> {
                Forms.row(grid, t("editor.field.title"), Forms.text("field-title", n.title(),
                        v -> edit(StepType.Notify.class, x -> new StepType.Notify(v, x.message()))));
                Forms.row(grid, t("editor.field.message"), Forms.area("field-message", n.message(), 3,
                        v -> edit(StepType.Notify.class, x -> new StepType.Notify(x.title(), v))));
            }
            case StepType.Approval a -> Forms.row(grid, t("editor.field.message"), Forms.area("field-message",
                    a.message(), 3, v -> edit(StepType.Approval.class, x -> new StepType.Approval(v))));
            case StepType.Shell s -> shell(grid, s);
        }
    }

    private void http(GridPane grid, StepType.Http h) {
        ComboBox<String> method = new ComboBox<>();
        method.setId("field-method");
        method.getItems().setAll(METHODS);
        method.setValue(h.method());
        method.valueProperty().addListener((o, a, b) -> edit(StepType.Http.class,
                x -> new StepType.Http(b, x.url(), x.headers(), x.body(), x.timeout())));
        Forms.row(grid, t("editor.field.method"), method);
        Forms.row(grid, t("editor.field.url"), Forms.text("field-url", h.url(), v -> edit(StepType.Http.class,
                x -> new StepType.Http(x.method(), v, x.headers(), x.body(), x.timeout()))));
        Forms.row(grid, t("editor.field.headers"), new KeyValueRows("field-header", h.headers(),
                t("editor.field.headerName"), t("editor.field.value"), t("editor.field.addHeader"),
                t("editor.list.remove"),
                m -> edit(StepType.Http.class, x -> new StepType.Http(x.method(), x.url(), m, x.body(),
                        x.timeout()))).root());
        Forms.row(grid, t("editor.field.body"), Forms.area("field-body", h.body(), 4, v -> edit(StepType.Http.class,
                x -> new StepType.Http(x.method(), x.url(), x.headers(), v.isEmpty() ? null : v, x.timeout()))));
        Forms.row(grid, t("editor.field.requestTimeout"), Forms.duration("field-http-timeout", h.timeout(), true,
                t("editor.field.durationPrompt"), v -> edit(StepType.Http.class,
                        x -> new StepType.Http(x.method(), x.url(), x.headers(), x.body(), v)),
                m -> problem("http-timeout", m)));
    }

    private void files(GridPane grid, StepType.Files f) {
        ComboBox<FileOperation> operation = new ComboBox<>();
        operation.setId("field-operation");
        operation.getItems().setAll(FileOperation.values());
        operation.setConverter(Combos.converter(op -> t("editor.files." + op.name().toLowerCase(Locale.ROOT))));
        operation.setValue(f.operation());
        Forms.row(grid, t("editor.field.operation"), operation);
        Forms.row(grid, t("editor.field.path"), Forms.text("field-path", f.path(), v -> edit(StepType.Files.class,
                x -> new StepType.Files(x.operation(), v, x.target(), x.content()))));
        var target = Forms.text("field-target", f.target(), v -> edit(StepType.Files.class,
                x -> new StepType.Files(x.operation(), x.path(), v.isEmpty() ? null : v, x.content())));
        Forms.row(grid, t("editor.field.target"), target);
        var content = Forms.area("field-content", f.content(), 5, v -> edit(StepType.Files.class,
                x -> new StepType.Files(x.operation(), x.path(), x.target(), v.isEmpty() ? null : v)));
        Forms.row(grid, t("editor.field.content"), content);
        Runnable enable = () -> {
            FileOperation op = operation.getValue();
            target.setDisable(op != FileOperation.MOVE);
            content.setDisable(op != FileOperation.WRITE && op != FileOperation.APPEND);
        };
        operation.valueProperty().addListener((o, a, b) -> {
            edit(StepType.Files.class, x -> new StepType.Files(b, x.path(), x.target(), x.content()));
            enable.run();
        });
        enable.run();
        grid.add(hint(t("editor.hint.files")), 1, grid.getRowCount());
    }

    private void transform(GridPane grid, StepType.Transform t) {
        boolean jsonPath = t.jsonPath() != null && !t.jsonPath().isBlank();
        ComboBox<String> mode = new ComboBox<>();
        mode.setId("field-transform-mode");
        mode.getItems().setAll(t("editor.transform.template"), t("editor.transform.jsonPath"));
        mode.getSelectionModel().select(jsonPath ? 1 : 0);
        Forms.row(grid, t("editor.field.transformMode"), mode);
        var template = Forms.area("field-template", t.template(), 5, v -> edit(StepType.Transform.class,
                x -> new StepType.Transform(v, x.jsonPath(), x.source())));
        Forms.row(grid, t("editor.field.template"), template);
        var path = Forms.text("field-jsonpath", t.jsonPath(), v -> edit(StepType.Transform.class,
                x -> new StepType.Transform(x.template(), v.isEmpty() ? null : v, x.source())));
        path.setPromptText("$.items[0].title");
        Forms.row(grid, t("editor.field.jsonPath"), path);
        ComboBox<String> source = Combos.editable("field-source",
                javafx.collections.FXCollections.observableArrayList(StepTree.ids(vm.draft().steps())), t.source(),
                v -> edit(StepType.Transform.class, x -> new StepType.Transform(x.template(), x.jsonPath(),
                        v.isBlank() ? null : v)));
        Forms.row(grid, t("editor.field.source"), source);
        Runnable enable = () -> {
            boolean json = mode.getSelectionModel().getSelectedIndex() == 1;
            template.setDisable(json);
            path.setDisable(!json);
            source.setDisable(!json);
        };
        mode.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            boolean json = b.intValue() == 1;
            // the other way's fields are emptied, so the step does what the form shows
            edit(StepType.Transform.class, x -> json ? new StepType.Transform(null, path.getText(), x.source())
                    : new StepType.Transform(template.getText(), null, null));
            enable.run();
        });
        enable.run();
    }

    private void shell(GridPane grid, StepType.Shell s) {
        var warning = Paragraph.of(t(vm.draft().permissions().shellEnabled() ? "editor.shell.note"
                : "editor.shell.off"));
        warning.setId("shell-warning");
        VBox box = new VBox(warning);
        box.getStyleClass().add(vm.draft().permissions().shellEnabled() ? "note-banner" : "warning-banner");
        grid.add(box, 0, grid.getRowCount(), 2, 1);
        Forms.row(grid, t("editor.field.executable"), Forms.text("field-executable", s.executable(),
                v -> edit(StepType.Shell.class, x -> new StepType.Shell(v, x.args()))));
        Forms.row(grid, t("editor.field.args"), new StringListEditor("field-args", s.args(),
                t("editor.field.argPrompt"), t("editor.list.add"), t("editor.list.remove"),
                t("editor.list.empty"),
                list -> edit(StepType.Shell.class, x -> new StepType.Shell(x.executable(), list))).root());
    }

    /** Replaces the step's type, if it is still a {@code kind}, with {@code edit} of it. */
    <T extends StepType> void edit(Class<T> kind, UnaryOperator<T> edit) {
        vm.updateStep(path, step -> kind.isInstance(step.type())
                ? new Step(step.id(), edit.apply(kind.cast(step.type())), step.retry(), step.timeout(), step.onError())
                : step);
    }

    /** An input problem of this step's field {@code field}; null clears it. */
    void problem(String field, String message) {
        String stepId = StepTree.exists(vm.draft().steps(), path) ? StepTree.get(vm.draft().steps(), path).id() : null;
        vm.setInputProblem(StepForm.problemKey(path, field), message == null ? null : new Problem(stepId, message));
    }

    javafx.scene.Node hint(String text) {
        var hint = Paragraph.of(text, "hint-text");
        hint.getStyleClass().add(Styles.TEXT_SMALL);
        return hint;
    }

    String t(String key, Object... args) {
        return messages.text(key, args);
    }
}
