package dev.aura.plugins.automation.ui.editor;

import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.model.StepType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A prompt step's form: inline template or prompt card, model, parameters, and JSON output with its schema. */
final class PromptFields {
    /** Ollama option names the engine accepts; the first two are decimals, the rest whole numbers. */
    static final List<String> PARAMETERS = List.of("temperature", "top_p", "num_ctx", "seed", "num_predict");

    private final StepFields fields;
    private final Messages messages;
    private final EditorChoices choices;

    PromptFields(StepFields fields, Messages messages, EditorChoices choices) {
        this.fields = fields;
        this.messages = messages;
        this.choices = choices;
    }

    void build(GridPane grid, StepType.Prompt p) {
        boolean card = p.cardLabel() != null && !p.cardLabel().isBlank();
        ComboBox<String> source = new ComboBox<>();
        source.setId("field-prompt-source");
        source.getItems().setAll(t("editor.prompt.inline"), t("editor.prompt.card"));
        source.getSelectionModel().select(card ? 1 : 0);
        Forms.row(grid, t("editor.field.promptSource"), source);
        var template = Forms.area("field-template", p.template(), 6, v -> fields.edit(StepType.Prompt.class,
                x -> new StepType.Prompt(v, x.cardLabel(), x.model(), x.parameters(), x.jsonOutput(), x.jsonSchema())));
        Forms.row(grid, t("editor.field.template"), template);
        ComboBox<String> reference = Combos.editable("field-card", choices.promptReferences(), p.cardLabel(),
                v -> fields.edit(StepType.Prompt.class, x -> new StepType.Prompt(x.template(),
                        v.isBlank() ? null : v, x.model(), x.parameters(), x.jsonOutput(), x.jsonSchema())));
        reference.setPromptText(t("editor.prompt.cardPrompt"));
        Forms.row(grid, t("editor.field.card"), reference);
        Runnable enable = () -> {
            boolean useCard = source.getSelectionModel().getSelectedIndex() == 1;
            template.setDisable(useCard);
            reference.setDisable(!useCard);
        };
        source.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            boolean useCard = b.intValue() == 1;
            String cardText = reference.getEditor().getText();
            fields.edit(StepType.Prompt.class, x -> new StepType.Prompt(useCard ? null : template.getText(),
                    useCard && !cardText.isBlank() ? cardText : null, x.model(), x.parameters(), x.jsonOutput(),
                    x.jsonSchema()));
            enable.run();
        });
        enable.run();

        ComboBox<String> model = Combos.editable("field-model", choices.models(), p.model(),
                v -> fields.edit(StepType.Prompt.class, x -> new StepType.Prompt(x.template(), x.cardLabel(), v,
                        x.parameters(), x.jsonOutput(), x.jsonSchema())));
        model.setPromptText(t("editor.prompt.modelPrompt"));
        Forms.row(grid, t("editor.field.model"), model);
        Forms.row(grid, t("editor.field.parameters"), parameters(p));

        CheckBox json = new CheckBox(t("editor.prompt.json"));
        json.setId("field-json");
        json.setSelected(p.jsonOutput());
        Forms.row(grid, "", json);
        var schema = Forms.area("field-schema", p.jsonSchema(), 4, v -> fields.edit(StepType.Prompt.class,
                x -> new StepType.Prompt(x.template(), x.cardLabel(), x.model(), x.parameters(), x.jsonOutput(),
                        v.isBlank() ? null : v)));
        schema.setPromptText("{\"type\": \"object\", \"required\": [\"title\"]}");
        schema.disableProperty().bind(json.selectedProperty().not());
        Forms.row(grid, t("editor.field.schema"), schema);
        json.selectedProperty().addListener((o, a, b) -> fields.edit(StepType.Prompt.class,
                x -> new StepType.Prompt(x.template(), x.cardLabel(), x.model(), x.parameters(), b, x.jsonSchema())));
    }

    private VBox parameters(StepType.Prompt p) {
        FlowPane row = new FlowPane(10, 6);
        Label problem = Forms.problemLabel("field-parameters-problem");
        for (String name : PARAMETERS) {
            Object value = p.parameters().get(name);
            TextField field = new TextField(value == null ? "" : value.toString());
            field.setId("param-" + name);
            field.setPrefColumnCount(5);
            field.setPromptText(t("editor.prompt.default"));
            field.textProperty().addListener((o, a, b) -> {
                String message = null;
                Object number = null;
                if (b != null && !b.isBlank()) {
                    try {
                        number = name.equals("temperature") || name.equals("top_p")
                                ? (Object) Double.parseDouble(b.strip()) : (Object) Integer.parseInt(b.strip());
                    } catch (NumberFormatException e) {
                        message = t("editor.prompt.notNumber", name, b.strip());
                    }
                }
                problem.setText(message == null ? "" : message);
                fields.problem("param-" + name, message);
                if (message == null) {
                    Object parsed = number;
                    fields.edit(StepType.Prompt.class, x -> {
                        Map<String, Object> params = new LinkedHashMap<>(x.parameters());
                        if (parsed == null) {
                            params.remove(name);
                        } else {
                            params.put(name, parsed);
                        }
                        return new StepType.Prompt(x.template(), x.cardLabel(), x.model(), params, x.jsonOutput(),
                                x.jsonSchema());
                    });
                }
            });
            Label caption = new Label(name);
            caption.getStyleClass().add("param-name");
            HBox pair = new HBox(4, caption, field);
            pair.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().add(pair);
        }
        return new VBox(4, row, problem);
    }

    private String t(String key, Object... args) {
        return messages.text(key, args);
    }
}
