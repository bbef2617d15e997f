package dev.aura.app.shell;

import dev.aura.app.shell.support.DesktopLinks;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX entry the toolkit instantiates; started only through {@link AuraShell#launch}. */
public final class ShellApplication extends Application {
    private ShellServices services;

    @Override
    public void init() {
        services = AuraShell.takeServices();
    }

    @Override
    public void start(Stage stage) {
        ShellWindow window = ShellWindow.create(stage, services.withLinks(DesktopLinks.of(getHostServices())));
        String panel = System.getProperty(StartupProbe.PANEL);
        if (panel != null) {
            window.showPanel(panel);
        }
        stage.show();
        StartupProbe.afterShown();
    }
}
