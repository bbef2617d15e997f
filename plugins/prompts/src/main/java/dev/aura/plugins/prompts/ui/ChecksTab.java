package dev.aura.plugins.prompts.ui;

import atlantafx.base.theme.Styles;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.checks.Finding;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Checks tab: each finding with its severity, where it is, its title and the explanation; or "No findings". */
final class ChecksTab {
    private final ChecksViewModel vm;
    private final Messages messages;
    private final VBox findings = new VBox(10);
    private final ScrollPane root = new ScrollPane(findings);

    ChecksTab(ChecksViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        findings.setPadding(new Insets(12));
        findings.setId("findings");
        root.setFitToWidth(true);
        root.setId("checks-tab");
        vm.findings().addListener((ListChangeListener<Finding>) c -> rebuild());
        vm.checkedProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    ScrollPane root() {
        return root;
    }

    private void rebuild() {
        findings.getChildren().clear();
        if (vm.findings().isEmpty()) {
            if (vm.checkedProperty().get()) {
                Label ok = new Label(messages.text("cards.checks.none"), new FontIcon(Feather.CHECK_CIRCLE));
                ok.setId("no-findings");
                ok.getStyleClass().add(Styles.SUCCESS);
                findings.getChildren().addAll(ok, Paragraph.of(messages.text("cards.checks.noneText"),
                        "muted-text"));
            }
            return;
        }
        Label summary = new Label(messages.text("cards.checks.count", vm.findings().size()));
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        findings.getChildren().add(summary);
        for (Finding finding : vm.findings()) {
            findings.getChildren().add(card(finding));
        }
    }

    private Region card(Finding f) {
        Label severity = new Label(messages.text("cards.checks.severity." + f.severity().name()
                .toLowerCase(Locale.ROOT)));
        severity.getStyleClass().addAll("severity", f.severity().name().toLowerCase(Locale.ROOT));
        severity.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(text(f.titleKey(), f));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "finding-title");
        title.setWrapText(true);
        HBox.setHgrow(title, Priority.ALWAYS);
        String where = f.line() > 0 ? messages.text("cards.checks.whereLine", f.where(), f.line())
                : messages.text("cards.checks.where", f.where());
        Label place = new Label(where);
        place.getStyleClass().add("muted-text");
        place.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, severity, title, place);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, top, Paragraph.of(text(f.explainKey(), f)));
        if (f.excerpt() != null && !f.excerpt().isBlank()) {
            Label excerpt = new Label(f.excerpt());
            excerpt.getStyleClass().add("finding-excerpt");
            excerpt.setWrapText(true);
            box.getChildren().add(excerpt);
        }
        box.getStyleClass().addAll("finding", f.severity().name().toLowerCase(Locale.ROOT));
        return box;
    }

    /** The checker's texts come from its own bundle section; an unknown key shows the kind rather than failing. */
    private String text(String key, Finding f) {
        try {
            return messages.text(key, f.args().toArray());
        } catch (IllegalArgumentException e) {
            return f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
