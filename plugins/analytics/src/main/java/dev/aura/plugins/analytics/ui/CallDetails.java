package dev.aura.plugins.analytics.ui;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aura.core.usage.UsageRecord;
import dev.aura.plugins.analytics.model.CallRow;
import dev.aura.plugins.api.ui.Paragraph;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Everything stored about one call: who made it, how it went, its timings, parameters and cost. */
final class CallDetails {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Formats formats;
    private final VBox root = new VBox(10);
    private final GridPane grid = new GridPane(16, 6);
    private final TextArea parameters = new TextArea();
    private final VBox error = new VBox(4);
    private String currency = "USD";

    CallDetails(Formats formats) {
        this.formats = formats;
        root.setId("call-details");
        root.getStyleClass().add("call-details");
        parameters.setId("call-parameters");
        parameters.setEditable(false);
        parameters.setPrefRowCount(6);
        parameters.getStyleClass().add("code-area");
        show(null);
    }

    void currency(String value) {
        currency = value;
    }

    void show(CallRow row) {
        root.getChildren().clear();
        if (row == null) {
            Label hint = new Label(formats.messages().text("ui.calls.pick"));
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            root.getChildren().add(hint);
            return;
        }
        UsageRecord c = row.call();
        grid.getChildren().clear();
        int r = 0;
        r = line(r, "ui.detail.provider", c.provider());
        r = line(r, "ui.detail.model", c.model());
        r = line(r, "ui.detail.plugin", c.source());
        r = line(r, "ui.detail.started", formats.dateTime(c.startedAt()));
        r = line(r, "ui.detail.outcome", formats.messages().text("ui.outcome." + c.outcome().name()));
        r = line(r, "ui.detail.promptTokens", formats.count(c.promptTokens()));
        r = line(r, "ui.detail.outputTokens", formats.count(c.outputTokens()));
        r = line(r, "ui.detail.ttft", formats.millis(c.timeToFirstTokenMs()));
        r = line(r, "ui.detail.latency", formats.millis(c.latencyMs()));
        r = line(r, "ui.detail.speed", formats.rate(c.tokensPerSecond()));
        r = line(r, "ui.detail.load", formats.millis(c.loadMs()));
        r = line(r, "ui.detail.promptEval", formats.millis(c.promptEvalMs()));
        r = line(r, "ui.detail.eval", formats.millis(c.evalMs()));
        line(r, "ui.detail.cost", formats.money(row.cost(), currency));
        Label title = new Label(c.model());
        title.getStyleClass().add(Styles.TITLE_4);
        root.getChildren().addAll(title, grid);
        if (c.error() != null || c.errorKind() != null) {
            error.getChildren().setAll(
                    new Label(formats.messages().text("ui.detail.error", c.errorKind() == null ? "" : c.errorKind())),
                    Paragraph.of(c.error() == null ? "" : c.error()));
            error.getStyleClass().setAll("call-error");
            error.setId("call-error");
            root.getChildren().add(error);
        }
        parameters.setText(pretty(c.parameters()));
        Label params = new Label(formats.messages().text("ui.detail.parameters"));
        params.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().addAll(params, parameters);
    }

    private int line(int row, String key, String value) {
        Label name = new Label(formats.messages().text(key));
        name.getStyleClass().add(Styles.TEXT_MUTED);
        Label text = new Label(value == null || value.isEmpty() ? Formats.NONE : value);
        text.setId("detail-" + key.substring(key.lastIndexOf('.') + 1));
        grid.addRow(row, name, text);
        return row + 1;
    }

    /** Indented JSON; text that is not JSON is shown as stored. */
    static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "{}";
        }
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (java.io.IOException | RuntimeException e) {
            return json;
        }
    }

    VBox root() {
        return root;
    }
}
