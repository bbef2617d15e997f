package dev.aura.plugins.automation.ui.editor;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.OnError;
import dev.aura.plugins.automation.model.RetryPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.validation.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The form of the selected step: its problems, its id, the fields of its type, and what happens when it fails
 * (attempts with backoff, timeout, stop / continue / go to a step). Built for one step; replaced when another is
 * selected, so {@link #dispose()} drops its listener on the problems.
 */
final class StepForm {
    private final WorkflowEditorViewModel vm;
    private final Messages messages;
    private final StepPath path;
    private final VBox root = new VBox(14);
    private final VBox problemsBox = new VBox(4);
    private final ListChangeListener<Problem> problemsListener = c -> showProblems();

    StepForm(WorkflowEditorViewModel vm, Messages messages, StepPath path, EditorChoices choices) {
        this.vm = vm;
        this.messages = messages;
        this.path = path;
        vm.clearInputProblems("step:");
        Step step = StepTree.get(vm.draft().steps(), path);
        StepKind kind = StepKind.of(step.type());
        root.setId("step-form");
        root.setPadding(new Insets(16));
        Label title = new Label(t(kind.nameKey()), new FontIcon(kind.icon()));
        title.setId("step-form-title");
        title.getStyleClass().add(Styles.TITLE_4);
        problemsBox.setId("step-problems");
        problemsBox.managedProperty().bind(problemsBox.visibleProperty());

        GridPane grid = Forms.grid();
        Forms.row(grid, t("editor.field.id"), Forms.text("field-id", step.id(),
                v -> vm.updateStep(path, s -> new Step(v.strip(), s.type(), s.retry(), s.timeout(), s.onError()))));
        grid.add(new StepFields(vm, messages, path, choices).hint(t("editor.hint.id", step.id())), 1, 1);
        new StepFields(vm, messages, path, choices).build(grid, step);

        root.getChildren().addAll(title, problemsBox, grid, Forms.caption(t("editor.section.failure")),
                failureGrid(step));
        vm.problems().addListener(problemsListener);
        showProblems();
    }

    static String problemKey(StepPath path, String field) {
        return "step:" + path + ":" + field;
    }

    VBox root() {
        return root;
    }

    void dispose() {
        vm.problems().removeListener(problemsListener);
    }

    private GridPane failureGrid(Step step) {
        GridPane grid = Forms.grid();
        Spinner<Integer> attempts = new Spinner<>(1, 20, step.retry().attempts());
        attempts.setId("field-attempts");
        attempts.setEditable(true);
        attempts.setPrefWidth(90);
        attempts.valueProperty().addListener((o, a, b) -> vm.updateStep(path,
                s -> s.withRetry(new RetryPolicy(b, s.retry().backoff()))));
        var backoffField = Forms.duration("field-backoff", step.retry().backoff().isZero() ? null
                : step.retry().backoff(), true, t("editor.field.durationPrompt"),
                v -> vm.updateStep(path, s -> s.withRetry(new RetryPolicy(s.retry().attempts(), v))),
                m -> problem("backoff", m));
        Label backoffCaption = new Label(t("editor.field.backoff"));
        backoffCaption.getStyleClass().add("field-caption");
        backoffCaption.setPadding(new Insets(8, 0, 0, 0));
        HBox retry = new HBox(10, attempts, backoffCaption, backoffField);
        retry.setAlignment(Pos.TOP_LEFT);
        Forms.row(grid, t("editor.field.attempts"), retry);
        Forms.row(grid, t("editor.field.timeout"), Forms.duration("field-timeout", step.timeout(), true,
                t("editor.field.noTimeout"), v -> vm.updateStep(path, s -> s.withTimeout(v)),
                m -> problem("timeout", m)));

        ComboBox<OnError.Action> action = new ComboBox<>();
        action.setId("field-on-error");
        action.getItems().setAll(OnError.Action.values());
        action.setConverter(Combos.converter(a -> t("editor.onError." + a.name().toLowerCase(Locale.ROOT))));
        action.setValue(step.onError().action());
        List<String> siblings = StepTree.list(vm.draft().steps(), path.list()).stream().map(Step::id)
                .filter(id -> !Objects.equals(id, step.id())).toList();
        ComboBox<String> target = new ComboBox<>(FXCollections.observableArrayList(siblings));
        target.setId("field-goto");
        target.setPromptText(t("editor.onError.pick"));
        target.setValue(step.onError().gotoStep());
        target.visibleProperty().bind(action.valueProperty().isEqualTo(OnError.Action.GOTO));
        target.managedProperty().bind(target.visibleProperty());
        Runnable write = () -> {
            OnError.Action chosen = action.getValue();
            String to = target.getValue();
            if (chosen == OnError.Action.GOTO && (to == null || to.isBlank())) {
                problem("goto", t("editor.onError.needTarget"));
                return;
            }
            problem("goto", null);
            OnError policy = switch (chosen) {
                case STOP -> OnError.STOP;
                case CONTINUE -> OnError.CONTINUE;
                case GOTO -> OnError.goTo(to);
            };
            vm.updateStep(path, s -> s.withOnError(policy));
        };
        action.valueProperty().addListener((o, a, b) -> write.run());
        target.valueProperty().addListener((o, a, b) -> write.run());
        HBox onError = new HBox(10, action, target);
        onError.setAlignment(Pos.CENTER_LEFT);
        Forms.row(grid, t("editor.field.onError"), onError);
        return grid;
    }

    private void problem(String field, String message) {
        String stepId = StepTree.exists(vm.draft().steps(), path) ? StepTree.get(vm.draft().steps(), path).id() : null;
        vm.setInputProblem(problemKey(path, field), message == null ? null : new Problem(stepId, message));
    }

    private void showProblems() {
        if (vm.draft() == null || !StepTree.exists(vm.draft().steps(), path)) {
            return;
        }
        String id = StepTree.get(vm.draft().steps(), path).id();
        problemsBox.getChildren().clear();
        for (Problem problem : vm.problems()) {
            if (id.equals(problem.stepId())) {
                FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
                icon.getStyleClass().add("step-problem-icon");
                var text = Paragraph.of(problem.message(), "step-problem");
                HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
                HBox line = new HBox(6, icon, text);
                line.setAlignment(Pos.TOP_LEFT);
                problemsBox.getChildren().add(line);
            }
        }
        problemsBox.setVisible(!problemsBox.getChildren().isEmpty());
    }

    private String t(String key, Object... args) {
        return messages.text(key, args);
    }
}
