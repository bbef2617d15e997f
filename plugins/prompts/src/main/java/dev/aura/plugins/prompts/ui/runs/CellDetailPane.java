package dev.aura.plugins.prompts.ui.runs;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.run.CellResult;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected cell in full: where it ran, its figures, the error if any, each assertion's verdict, score and reason,
 * the whole output (selectable) and the rendered prompt.
 */
final class CellDetailPane {
    private final RunsViewModel model;
    private final Messages messages;
    private final RunFormats formats;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);

    CellDetailPane(RunsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.formats = model.formats();
        root.setId("cell-detail");
        root.getStyleClass().addAll("cell-detail", "edge-to-edge");
        root.setFitToWidth(true);
        content.getStyleClass().add("cell-detail-content");
        model.selectedProperty().addListener((o, was, now) -> show(now));
    }

    Node node() {
        return root;
    }

    private void show(MatrixEntry entry) {
        content.getChildren().clear();
        if (entry == null) {
            return;
        }
        CellResult r = entry.result();
        Label badge = new Label(formats.status(r.status()));
        badge.getStyleClass().addAll("badge", r.status().name().toLowerCase());
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("detail-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(e -> model.select(null));
        TextFlow title = Paragraph.of(entry.cell().testName(), "detail-title");
        title.setId("detail-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, badge, changeBadge(entry), gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().addAll(head, title, muted(messages.text("runs.detail.where", entry.cell().variantLabel(),
                r.model())), figures(r));
        if (r.error() != null && !r.error().isBlank()) {
            TextFlow error = Paragraph.of(r.error(), "detail-error");
            error.setId("detail-error");
            content.getChildren().addAll(heading("runs.detail.error"), error);
        }
        if (r.grade() != null) {
            content.getChildren().add(heading("runs.detail.assertions"));
            VBox list = new VBox(6);
            list.setId("detail-assertions");
            for (GradingResult component : r.grade().components()) {
                list.getChildren().add(assertion(component));
            }
            if (r.grade().components().isEmpty()) {
                list.getChildren().add(muted(messages.text("runs.detail.noAssertions")));
            }
            content.getChildren().add(list);
        }
        content.getChildren().addAll(heading("runs.detail.output"), text("detail-output", r.output(), 10));
        content.getChildren().addAll(heading("runs.detail.prompt"), text("detail-prompt", r.renderedPrompt(), 6));
    }

    private Node changeBadge(MatrixEntry entry) {
        String kind = MatrixCell.changeClass(entry.change());
        Label label = new Label(kind == null ? "" : messages.text("runs.change." + kind));
        label.getStyleClass().addAll("change", kind == null ? "none" : kind);
        label.setVisible(kind != null);
        return label;
    }

    private Node figures(CellResult r) {
        String score = r.grade() == null ? "–" : formats.score(r.grade().score());
        TextFlow line = Paragraph.of(messages.text("runs.detail.figures", score, formats.latency(r.latencyMs()),
                formats.tokens(r.promptTokens()), formats.tokens(r.outputTokens()), formats.cost(r.cost())),
                "muted-text");
        line.setId("detail-figures");
        return line;
    }

    private Node assertion(GradingResult component) {
        FontIcon icon = new FontIcon(component.pass() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE);
        icon.getStyleClass().add(component.pass() ? "pass-icon" : "fail-icon");
        Label type = new Label(component.assertion().displayType());
        type.getStyleClass().addAll("assertion-type", Styles.TEXT_BOLD);
        Label verdict = new Label(messages.text(component.pass() ? "runs.detail.pass" : "runs.detail.fail")
                + " · " + formats.score(component.score()));
        verdict.getStyleClass().addAll("assertion-verdict", component.pass() ? "passed" : "failed");
        Object value = component.assertion().value();
        Label shown = new Label(value == null ? "" : RunFormats.preview(String.valueOf(value), 60));
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.setMinWidth(0);
        HBox line = new HBox(6, icon, type, shown, new Region(), verdict);
        HBox.setHgrow(line.getChildren().get(3), Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        TextFlow reason = Paragraph.of(component.reason() == null ? "" : component.reason(), "assertion-reason");
        VBox box = new VBox(2, line, reason);
        box.getStyleClass().add("assertion-row");
        return box;
    }

    private Label heading(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().addAll("detail-heading", Styles.TEXT_BOLD);
        return label;
    }

    private static TextFlow muted(String text) {
        return Paragraph.of(text, "muted-text");
    }

    private static TextArea text(String id, String value, int rows) {
        TextArea area = new TextArea(value == null ? "" : value);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.getStyleClass().add("detail-text");
        return area;
    }
}
