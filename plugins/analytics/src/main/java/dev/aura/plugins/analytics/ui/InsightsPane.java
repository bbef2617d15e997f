package dev.aura.plugins.analytics.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.analytics.model.Insight;
import dev.aura.plugins.api.ui.Paragraph;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Automatic findings as flags in plain words; clicking one shows the calls behind it. */
final class InsightsPane {
    private final Formats formats;
    private final VBox root = new VBox(6);

    InsightsPane(ObservableList<Insight> insights, Formats formats, Consumer<Insight> open) {
        this.formats = formats;
        root.setId("insights");
        root.getStyleClass().add("insights");
        insights.addListener((ListChangeListener<Insight>) c -> {
            root.getChildren().clear();
            for (Insight insight : insights) {
                HBox flag = new HBox(8, new FontIcon(insight.kind() == Insight.Kind.FASTER_MODEL
                        ? Feather.ZAP : Feather.ALERT_TRIANGLE), Paragraph.of(text(insight)));
                flag.setAlignment(Pos.CENTER_LEFT);
                flag.getStyleClass().addAll("insight", insight.kind() == Insight.Kind.FASTER_MODEL
                        ? Styles.ACCENT : Styles.WARNING);
                HBox.setHgrow(flag.getChildren().get(1), Priority.ALWAYS);
                flag.setCursor(Cursor.HAND);
                flag.setOnMouseClicked(e -> open.accept(insight));
                root.getChildren().add(flag);
            }
            root.setVisible(!insights.isEmpty());
            root.setManaged(!insights.isEmpty());
        });
        root.setVisible(false);
        root.setManaged(false);
    }

    String text(Insight i) {
        return switch (i.kind()) {
            case LATENCY_JUMP -> formats.messages().text("ui.insight.latency", i.model(),
                    formats.millis(i.current()), formats.millis(i.baseline()), formats.count(i.calls()));
            case ERROR_RATE_JUMP -> formats.messages().text("ui.insight.errors", i.model(),
                    formats.percent(i.current()), formats.percent(i.baseline()), formats.count(i.calls()));
            case FASTER_MODEL -> formats.messages().text("ui.insight.faster", i.otherModel(), i.model(),
                    i.source(), formats.percent(i.passRate()), formats.millis(i.current()),
                    formats.millis(i.baseline()));
        };
    }

    VBox root() {
        return root;
    }
}
