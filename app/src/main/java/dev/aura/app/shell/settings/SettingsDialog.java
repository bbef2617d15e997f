package dev.aura.app.shell.settings;

import atlantafx.base.theme.Tweaks;
import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.app.shell.support.DesktopLinks;
import dev.aura.app.shell.theme.ThemeManager;
import dev.aura.core.AuraCore;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.SettingsPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Settings window: General, Plugins, then one page per started plugin that has one. Changes save at once. */
public final class SettingsDialog {
    /** A page's content is built when first shown and kept while the dialog is open. */
    private static final class Page {
        private final String title;
        private final Supplier<Node> factory;
        private Node content;

        Page(String title, Supplier<Node> factory) {
            this.title = title;
            this.factory = factory;
        }

        String title() {
            return title;
        }

        Node content() {
            if (content == null) {
                content = factory.get();
            }
            return content;
        }
    }

    private final Stage stage = new Stage();
    private final List<Page> pages = new ArrayList<>();
    private final BorderPane layout = new BorderPane();

    /** @param restart rebuilds the main window (to apply a language); the dialog closes first */
    public SettingsDialog(Window owner, AuraCore core, PluginHost host, DesktopLinks links, ThemeManager themes,
            ShellMessages m, UiLanguage windowLanguage, Runnable restart) {
        var general = new GeneralSettingsViewModel(core.settings(), core.ollama(), core.models(), core.health(),
                core.tasks(), Platform::runLater, m, windowLanguage);
        var audit = new SettingsAudit(core.audit(), task -> Thread.ofVirtual().name("aura-settings-audit").start(task));
        general.languageProperty().addListener((obs, old, now) -> audit.changed(UiLanguage.SETTINGS_KEY, old, now));
        general.setOnUrlSaved((old, now) -> audit.changed(GeneralSettingsViewModel.OLLAMA_URL_KEY, old, now));
        pages.add(new Page(m.get("settings.general"), () -> GeneralPage.create(general, themes, audit, m,
                core.paths().dataDir(), links, () -> {
                    stage.close();
                    restart.run();
                })));
        pages.add(new Page(m.get("settings.plugins"), () -> PluginsPage.create(host, audit, m)));
        for (LoadedPlugin p : host.started()) {
            host.call(p, "settingsPage", AuraPlugin::settingsPage).flatMap(o -> o).ifPresent(page ->
                    pages.add(new Page(page.title(), () -> pluginContent(host, p, page, m))));
        }

        ListView<String> nav = new ListView<>();
        nav.setId("settings-pages");
        nav.getItems().setAll(pages.stream().map(Page::title).toList());
        nav.setPrefWidth(190);
        nav.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "settings-nav");
        nav.getSelectionModel().selectedIndexProperty().subscribe(i -> {
            if (i.intValue() >= 0) {
                layout.setCenter(pages.get(i.intValue()).content());
            }
        });
        Button close = new Button(m.get("settings.close"));
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setStyle("-fx-padding: 10 16 12 16;");
        layout.setLeft(nav);
        layout.setBottom(buttons);
        layout.setId("settings-root");
        nav.getSelectionModel().select(0);

        Scene scene = new Scene(layout, 820, 560);
        scene.getStylesheets().add(SettingsDialog.class.getResource("/dev/aura/app/shell/shell.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(m.get("settings.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
    }

    private static Node pluginContent(PluginHost host, LoadedPlugin p, SettingsPage page, ShellMessages m) {
        return host.call(p, "settingsPage.createContent", plugin -> page.createContent())
                .orElseGet(() -> new Label(m.format("panel.failed.title", p.descriptor().name()) + "\n"
                        + m.format("panel.failed.cause", p.failureSummary())));
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
