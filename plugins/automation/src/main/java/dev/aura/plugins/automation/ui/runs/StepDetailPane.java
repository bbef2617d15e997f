package dev.aura.plugins.automation.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.automation.Messages;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * The selected step: its error, inputs and output (selectable, copyable), and when the output was cut, where the full
 * output is with buttons to open it or copy its path.
 */
final class StepDetailPane {
    private final Messages messages;
    private final RunFormats formats;
    private final Consumer<Path> openFile;
    private final Label title = new Label();
    private final VBox errorBox = new VBox();
    private final TextArea inputs;
    private final TextArea output;
    private final VBox truncated = new VBox(4);
    private final HBox fileButtons;
    private final Label empty;
    private final VBox content;
    private final VBox root;
    private Path fullOutput;

    /** @param openFile opens the full output file (the desktop's viewer) */
    StepDetailPane(Messages messages, RunFormats formats, Consumer<Path> openFile) {
        this.messages = messages;
        this.formats = formats;
        this.openFile = openFile;
        inputs = area("step-inputs", messages.text("runs.step.nothing"));
        output = area("step-output", messages.text("runs.step.nothing"));
        title.setId("step-title");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");
        errorBox.setId("step-error");
        errorBox.getStyleClass().add("step-error-box");
        Button open = new Button(messages.text("runs.step.openFull"));
        open.setId("step-open-full");
        open.getStyleClass().add(Styles.SMALL);
        open.setOnAction(e -> openFile.accept(fullOutput));
        Button copy = new Button(messages.text("runs.step.copyPath"));
        copy.setId("step-copy-path");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(fullOutput.toString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(clip);
        });
        truncated.setId("step-truncated");
        truncated.getStyleClass().add("step-truncated");
        fileButtons = new HBox(6, open, copy);
        truncated.getChildren().add(fileButtons);
        Label inputsTitle = new Label(messages.text("runs.step.inputs"));
        inputsTitle.getStyleClass().add(Styles.TEXT_MUTED);
        Label outputTitle = new Label(messages.text("runs.step.output"));
        outputTitle.getStyleClass().add(Styles.TEXT_MUTED);
        VBox inputsBox = new VBox(2, inputsTitle, inputs);
        VBox outputBox = new VBox(2, outputTitle, output);
        VBox.setVgrow(inputs, Priority.ALWAYS);
        VBox.setVgrow(output, Priority.ALWAYS);
        HBox.setHgrow(inputsBox, Priority.ALWAYS);
        HBox.setHgrow(outputBox, Priority.ALWAYS);
        inputsBox.setPrefWidth(1);
        outputBox.setPrefWidth(1);
        HBox columns = new HBox(8, inputsBox, outputBox);
        VBox.setVgrow(columns, Priority.ALWAYS);
        content = new VBox(6, title, errorBox, truncated, columns);
        VBox.setVgrow(content, Priority.ALWAYS);
        empty = new Label(messages.text("runs.step.pick"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(empty);
        root.setId("step-detail");
        root.getStyleClass().add("step-detail");
        root.setMinHeight(160);
    }

    Node node() {
        return root;
    }

    void show(TimelineStep step) {
        if (step == null) {
            root.getChildren().setAll(empty);
            return;
        }
        root.getChildren().setAll(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        title.setText(step.running()
                ? messages.text("runs.step.titleRunning", step.stepId(), step.attempts(),
                formats.duration(step.duration()))
                : messages.text("runs.step.title", step.stepId(), formats.duration(step.duration())));
        errorBox.getChildren().clear();
        if (step.failed()) {
            TextFlow text = Paragraph.of(step.error(), "run-error");
            errorBox.getChildren().add(text);
        }
        errorBox.setVisible(step.failed());
        errorBox.setManaged(step.failed());
        inputs.setPromptText(messages.text(step.running() ? "runs.step.inputsLater" : "runs.step.nothing"));
        inputs.setText(JsonText.show(step.inputs()));
        output.setText(step.running() ? messages.text("runs.step.noOutputYet") : JsonText.show(step.output()));
        fullOutput = step.fullOutput();
        truncated.setVisible(step.truncated());
        truncated.setManaged(step.truncated());
        if (step.truncated()) {
            truncated.getChildren().setAll(Paragraph.of(messages.text("runs.step.truncated", step.fullOutput())),
                    fileButtons);
        }
    }

    private static TextArea area(String id, String whenEmpty) {
        TextArea area = new TextArea();
        area.setPromptText(whenEmpty);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("step-text");
        area.setPrefRowCount(6);
        area.setMinHeight(48);
        return area;
    }
}
