package dev.aura.app.shell.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.plugins.PluginState;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.app.shell.i18n.ShellMessages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings → Plugins: each plugin with id, version, source and state, and a switch to enable it next start. */
final class PluginsPage {
    private PluginsPage() {}

    static Node create(PluginHost host, SettingsAudit audit, ShellMessages m) {
        HBox note = new HBox(8, new FontIcon(Feather.INFO), Paragraph.of(m.get("plugins.restartNote"), Styles.TEXT_MUTED));
        VBox page = new VBox(note);
        page.getStyleClass().add("settings-page");
        page.setId("settings-plugins");
        if (host.plugins().isEmpty()) {
            page.getChildren().add(new Label(m.get("plugins.none")));
        }
        for (LoadedPlugin p : host.plugins()) {
            page.getChildren().add(row(host, audit, p, m));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static Node row(PluginHost host, SettingsAudit audit, LoadedPlugin p, ShellMessages m) {
        Label name = new Label(p.descriptor().name());
        name.getStyleClass().add(Styles.TITLE_4);
        String source = p.source().map(path -> path.getFileName().toString()).orElse(m.get("plugins.source.bundled"));
        Label meta = new Label(m.format("plugins.meta", p.id(), p.descriptor().version()) + " · " + source);
        meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label state = new Label(m.get("plugins.state." + displayState(p.state())));
        state.getStyleClass().add(switch (p.state()) {
            case STARTED -> Styles.SUCCESS;
            case FAILED -> Styles.DANGER;
            default -> Styles.TEXT_MUTED;
        });
        state.setId("plugin-state-" + p.id());
        HBox heading = new HBox(8, name, state);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        VBox text = new VBox(2, heading, meta);
        if (p.state() == PluginState.FAILED) {
            text.getChildren().add(Paragraph.of(m.format("plugins.cause", p.failureSummary()), Styles.DANGER, Styles.TEXT_SMALL));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        ToggleSwitch enabled = new ToggleSwitch(m.get("plugins.enabled"));
        enabled.setId("plugin-enabled-" + p.id());
        enabled.setSelected(host.isEnabled(p.id()));
        enabled.selectedProperty().addListener((obs, old, now) -> {
            host.setEnabled(p.id(), now);
            audit.pluginEnabled(p.id(), now);
        });
        HBox row = new HBox(text, enabled);
        row.getStyleClass().add("plugin-row");
        return row;
    }

    /** LOADED and STOPPED are transient host states; the page shows the three a user cares about. */
    private static String displayState(PluginState state) {
        return switch (state) {
            case STARTED, FAILED, DISABLED -> state.name();
            case LOADED, STOPPED -> PluginState.DISABLED.name();
        };
    }
}
