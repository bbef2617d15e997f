package dev.aura.plugins.prompts.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.prompts.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

/** The run dialog: models to run on, concurrency, and the grading models when the card's tests use them. */
final class RunDialog {

    private final RunDialogViewModel model;
    private final Messages messages;
    private final Dialog<List<String>> dialog = new Dialog<>();
    private final ButtonType run;

    RunDialog(RunDialogViewModel model, Messages messages, String stylesheet) {
        this.model = model;
        this.messages = messages;
        run = new ButtonType(messages.text("runs.dialog.run"), ButtonBar.ButtonData.OK_DONE);
        dialog.setTitle(messages.text("runs.dialog.title", model.version().content().title()));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("run-dialog");
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().getStyleClass().add("run-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, run);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(460);
        Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
        runButton.setId("run-dialog-run");
        runButton.setDefaultButton(true);
        runButton.disableProperty().bind(model.anyCheckedBinding().not());
        dialog.setResultConverter(button -> button == run ? model.confirm() : null);
    }

    private Node content() {
        VBox models = new VBox(4);
        models.setId("run-dialog-models");
        models.setPadding(new Insets(4));
        model.models().addListener((ListChangeListener<ModelChoice>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    models.getChildren().setAll(model.models().stream().map(this::checkBox).toList());
                    return;
                }
            }
        });
        ScrollPane scroll = new ScrollPane(models);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(160);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(20, 20);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());
        TextFlow problem = Paragraph.of("", "problem");
        model.problemProperty().addListener((o, was, now) -> {
            TextFlow text = Paragraph.of(now, "problem");
            problem.getChildren().setAll(text.getChildren());
        });
        problem.setId("run-dialog-problem");
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Spinner<Integer> concurrency = new Spinner<>(1, RunDialogViewModel.MAX_CONCURRENCY,
                model.concurrencyProperty().get());
        concurrency.setId("run-dialog-concurrency");
        concurrency.setEditable(true);
        concurrency.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.concurrencyProperty().set(now);
            }
        });
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, label("runs.dialog.concurrency"), concurrency);
        int row = 1;
        if (model.needsGrader()) {
            grid.addRow(row++, label("runs.dialog.grader"), picker("run-dialog-grader", model.graderModelProperty()));
        }
        if (model.needsEmbedding()) {
            grid.addRow(row, label("runs.dialog.embedding"),
                    picker("run-dialog-embedding", model.embeddingModelProperty()));
        }
        Label modelsLabel = new Label(messages.text("runs.dialog.models"));
        modelsLabel.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(8, modelsLabel, loading, scroll, problem, grid);
        if (model.needsGrader() || model.needsEmbedding()) {
            box.getChildren().add(Paragraph.of(messages.text("runs.dialog.gradingHint"), "hint"));
        }
        return box;
    }

    private CheckBox checkBox(ModelChoice choice) {
        CheckBox box = new CheckBox(choice.installed() ? choice.name()
                : messages.text("runs.dialog.notInstalled", choice.name()));
        box.setId("model-" + choice.name());
        box.selectedProperty().bindBidirectional(choice.checkedProperty());
        return box;
    }

    private ComboBox<String> picker(String id, javafx.beans.property.ObjectProperty<String> value) {
        ComboBox<String> combo = new ComboBox<>(model.installed());
        combo.setId(id);
        combo.setEditable(true);
        combo.setPromptText(messages.text("runs.dialog.pickModel"));
        combo.setValue(value.get());
        combo.valueProperty().addListener((o, was, now) -> value.set(now));
        combo.setPrefWidth(240);
        return combo;
    }

    private Label label(String key) {
        return new Label(messages.text(key));
    }

    /** Shows the dialog (not blocking) and passes the chosen models on when the user presses Run. */
    void show(Window owner, java.util.function.Consumer<List<String>> onRun) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(e -> {
            List<String> chosen = dialog.getResult();
            if (chosen != null && !chosen.isEmpty()) {
                onRun.accept(chosen);
            }
        });
        model.load();
        dialog.show();
    }

    Dialog<List<String>> dialog() {
        return dialog;
    }
}
