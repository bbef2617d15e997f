package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.validation.Problem;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Under the header: what blocks a save, one line per problem (a click on a step's problem selects that step). After
 * a refused save it says so in its heading, so the user knows why nothing was saved.
 */
final class ProblemsBar {
    private static final int SHOWN = 6;

    private final WorkflowEditorViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(4);
    private final Label heading = new Label();
    private final VBox lines = new VBox(2);
    private boolean refused;

    ProblemsBar(WorkflowEditorViewModel vm, Messages messages, Runnable showSteps) {
        this.vm = vm;
        this.messages = messages;
        root.setId("problems-bar");
        root.getStyleClass().add("problems-bar");
        root.setPadding(new Insets(8, 16, 8, 16));
        heading.setId("problems-heading");
        heading.getStyleClass().add("problems-heading");
        heading.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        root.getChildren().addAll(heading, lines);
        root.managedProperty().bind(root.visibleProperty());
        vm.problems().addListener((ListChangeListener<Problem>) c -> show(showSteps));
        vm.refusedSavesProperty().addListener((o, a, b) -> {
            refused = true;
            show(showSteps);
            if (!root.getStyleClass().contains("refused")) {
                root.getStyleClass().add("refused");
            }
        });
        vm.loadsProperty().addListener((o, a, b) -> {
            refused = false;
            root.getStyleClass().remove("refused");
            show(showSteps);
        });
        show(showSteps);
    }

    VBox root() {
        return root;
    }

    private void show(Runnable showSteps) {
        List<Problem> problems = List.copyOf(vm.problems());
        root.setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            refused = false;
            root.getStyleClass().remove("refused");
            lines.getChildren().clear();
            return;
        }
        heading.setText(messages.text(refused ? "editor.problems.refused" : "editor.problems.heading",
                problems.size()));
        lines.getChildren().clear();
        for (Problem problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
            String text = problem.stepId() == null ? problem.message()
                    : messages.text("editor.problems.step", problem.stepId(), problem.message());
            var line = Paragraph.of("• " + text, "problem-line");
            HBox row = new HBox(line);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("problem-row");
            if (problem.stepId() != null) {
                row.setCursor(Cursor.HAND);
                row.setOnMouseClicked(e -> {
                    select(problem.stepId());
                    showSteps.run();
                });
            }
            lines.getChildren().add(row);
        }
        if (problems.size() > SHOWN) {
            lines.getChildren().add(new Label(messages.text("editor.problems.more", problems.size() - SHOWN)));
        }
    }

    private void select(String stepId) {
        StepPath found = find(vm.draft().steps(), StepPath.StepList.ROOT, stepId);
        if (found != null) {
            vm.selectedProperty().set(found);
        }
    }

    private static StepPath find(List<Step> steps, StepPath.StepList list, String id) {
        for (int i = 0; i < steps.size(); i++) {
            StepPath path = list.at(i);
            if (steps.get(i).id().equals(id)) {
                return path;
            }
            for (StepPath.Branch branch : StepTree.branches(steps.get(i))) {
                StepPath inner = find(StepTree.branch(steps.get(i), branch), path.branch(branch), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
