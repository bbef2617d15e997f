package dev.aura.app.shell;

import dev.aura.app.shell.support.DesktopLinks;
import dev.aura.app.shell.support.ForwardingLinks;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX entry the toolkit instantiates; started only through {@link AuraShell#launch}. */
public final class ShellApplication extends Application {
    private ShellServices services;

    @Override
    public void init() {
        services = AuraShell.takeServices();
    }

    /** The window's frame goes on screen first; the opening panel is built right after, so the app appears sooner. */
    @Override
    public void start(Stage stage) {
        DesktopLinks desktop = DesktopLinks.of(getHostServices());
        if (services.links() instanceof ForwardingLinks plugins) {
            plugins.forwardTo(desktop); // the links plugins were given at start
        }
        ShellWindow window = ShellWindow.createForStart(stage, services.withLinks(desktop));
        stage.show();
        StartupProbe.afterNextFrame(() -> {
            StartupProbe.firstFrame();
            String panel = System.getProperty(StartupProbe.PANEL);
            if (panel != null) {
                window.showPanel(panel);
            } else {
                window.showInitialPanel();
            }
            StartupProbe.afterNextFrame(StartupProbe::panelReady);
        });
    }
}
