package dev.aura.plugins.prompts.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * One template: a code area highlighting {@code {{ }}}, {@code {% %}} and {@code {# #}}, over a live preview that
 * renders it with the chosen test case's variables (or shows the template error at its line and column).
 */
final class TemplateEditor {
    private final Messages messages;
    private final PromptTemplates templates;
    private final Supplier<CardContent> draft;
    private final CodeArea area = new CodeArea();
    private final ComboBox<Integer> testPicker = new ComboBox<>();
    private final TextArea output = new TextArea();
    private final Label status = new Label();
    private final Label missing = new Label();
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(150));
    private final SplitPane root;
    private boolean settingText;

    TemplateEditor(String id, String text, Messages messages, PromptTemplates templates,
            Supplier<CardContent> draft, Consumer<String> onChange) {
        this.messages = messages;
        this.templates = templates;
        this.draft = draft;
        area.setId(id);
        area.getStyleClass().add("template-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setWrapText(true);
        area.textProperty().addListener((o, a, b) -> {
            area.setStyleSpans(0, TemplateHighlighter.spans(b));
            if (!settingText) {
                onChange.accept(b);
            }
            previewDelay.playFromStart();
        });
        setText(text);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);

        testPicker.setId(id + "-test");
        testPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null ? "" : testName(index);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        testPicker.valueProperty().addListener((o, a, b) -> refreshPreview());
        Label previewTitle = new Label(messages.text("cards.preview.title"));
        previewTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label with = new Label(messages.text("cards.preview.with"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, previewTitle, gap, with, testPicker);
        bar.setAlignment(Pos.CENTER_LEFT);

        output.setId(id + "-preview");
        output.setEditable(false);
        output.setWrapText(true);
        output.getStyleClass().add("preview-output");
        VBox.setVgrow(output, Priority.ALWAYS);
        status.setId(id + "-preview-error");
        status.getStyleClass().add("template-error");
        status.setWrapText(true);
        status.managedProperty().bind(status.visibleProperty());
        missing.setId(id + "-preview-missing");
        missing.getStyleClass().add("preview-hint");
        missing.setWrapText(true);
        missing.managedProperty().bind(missing.visibleProperty());
        VBox preview = new VBox(6, bar, status, missing, output);
        preview.setPadding(new Insets(8, 0, 0, 0));
        preview.getStyleClass().add("template-preview");

        root = new SplitPane(scroll, preview);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.55);
        previewDelay.setOnFinished(e -> refreshPreview());
        refreshTests();
    }

    SplitPane root() {
        return root;
    }

    CodeArea area() {
        return area;
    }

    void setText(String text) {
        settingText = true;
        try {
            area.replaceText(text);
        } finally {
            settingText = false;
        }
    }

    /** The test cases changed: offer them in the picker, keeping the chosen one when it still exists. */
    void refreshTests() {
        CardContent content = draft.get();
        int count = content == null ? 0 : content.tests().size();
        Integer chosen = testPicker.getValue();
        boolean hadTests = testPicker.getItems().size() > 1;
        List<Integer> indices = new ArrayList<>();
        indices.add(-1);
        for (int i = 0; i < count; i++) {
            indices.add(i);
        }
        if (!indices.equals(testPicker.getItems())) {
            testPicker.getItems().setAll(indices);
        }
        // the first test case is the useful preview as soon as there is one; a pick of the user's own stays
        boolean keep = chosen != null && chosen < count && (chosen >= 0 || hadTests);
        testPicker.setValue(keep ? chosen : count > 0 ? 0 : -1);
        refreshPreview();
    }

    private String testName(int index) {
        if (index < 0) {
            return messages.text("cards.preview.defaultOnly");
        }
        TestDef test = draft.get().tests().get(index);
        return test.description() == null || test.description().isBlank()
                ? messages.text("cards.tests.unnamed", index + 1) : test.description();
    }

    void refreshPreview() {
        CardContent content = draft.get();
        if (content == null) {
            return;
        }
        Integer index = testPicker.getValue();
        TestDef test = index == null || index < 0 || index >= content.tests().size() ? null
                : content.tests().get(index);
        TemplatePreview preview = TemplatePreview.of(templates, area.getText(), test, content.defaultTest());
        if (preview.failed()) {
            status.setText(preview.line() > 0
                    ? messages.text("cards.preview.errorAt", preview.line(), preview.column(), preview.error())
                    : messages.text("cards.preview.error", preview.error()));
            output.setText("");
        } else {
            output.setText(preview.text());
        }
        status.setVisible(preview.failed());
        missing.setText(messages.text("cards.preview.missing", String.join(", ", preview.missing())));
        missing.setVisible(!preview.missing().isEmpty());
    }
}
