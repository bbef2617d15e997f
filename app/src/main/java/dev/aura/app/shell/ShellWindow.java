package dev.aura.app.shell;

import atlantafx.base.controls.ModalPane;
import dev.aura.app.AuraVersion;
import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.app.shell.notify.ToastNotifier;
import dev.aura.app.shell.onboarding.OnboardingView;
import dev.aura.app.shell.palette.CommandPaletteView;
import dev.aura.app.shell.palette.CommandPaletteViewModel;
import dev.aura.app.shell.panels.NavigationRail;
import dev.aura.app.shell.panels.NavigationViewModel;
import dev.aura.app.shell.panels.PanelArea;
import dev.aura.app.shell.settings.SettingsDialog;
import dev.aura.app.shell.status.JobsViewModel;
import dev.aura.app.shell.status.OllamaStatusViewModel;
import dev.aura.app.shell.status.StatusBarView;
import dev.aura.app.shell.status.UpdateCoalescer;
import dev.aura.plugins.api.ui.Paragraph;
import dev.aura.app.shell.theme.ThemeManager;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.PluginCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu bar, navigation rail, panel area (with the Ollama onboarding over it), status bar, command
 * palette and toasts, built into a given Stage. Built again in place when the language changes.
 */
public final class ShellWindow implements ShellActions {
    static final String CSS = Objects.requireNonNull(ShellWindow.class.getResource("shell.css")).toExternalForm();

    private final Stage stage;
    private final ShellServices services;
    private final UiLanguage language;
    private final ShellMessages messages;
    private final ThemeManager themes;
    private final OllamaStatusViewModel ollama;
    private final JobsViewModel jobs;
    private final NavigationViewModel navigation;
    private final PanelArea panels;
    private final ToastNotifier toasts = new ToastNotifier();
    private final CommandPaletteViewModel palette;
    private final WindowGeometry geometry;
    private final List<PluginCommand> commands = new ArrayList<>();
    private boolean disposed;

    private ShellWindow(Stage stage, ShellServices services) {
        this.stage = stage;
        this.services = services;
        var core = services.core();
        this.language = UiLanguage.current(core.settings());
        this.messages = ShellMessages.of(language);
        this.themes = new ThemeManager(core.settings(), Application::setUserAgentStylesheet);
        this.ollama = new OllamaStatusViewModel(core.health(), core.events(), Platform::runLater, messages);
        this.jobs = new JobsViewModel(core.tasks(), Platform::runLater, UpdateCoalescer.PULSE);
        this.navigation = new NavigationViewModel(services.plugins(), core.settings(), Platform::runLater);
        this.panels = new PanelArea(navigation, services.plugins(), services.pluginViews(), messages);
        this.palette = new CommandPaletteViewModel(() -> commands);
        this.geometry = new WindowGeometry(stage, core.settings());
    }

    /**
     * Builds the window into {@code stage} (FX thread) without showing it; call {@code stage.show()} after. The
     * services outlive the window: closing the stage disposes the window, not core or the plugins.
     */
    public static ShellWindow create(Stage stage, ShellServices services) {
        return create(stage, services, true);
    }

    /**
     * For the app's start: the window is built without opening a panel, so its first frame is on screen before the
     * panel's view is created; call {@link #showInitialPanel()} once that frame is shown.
     */
    public static ShellWindow createForStart(Stage stage, ShellServices services) {
        return create(stage, services, false);
    }

    private static ShellWindow create(Stage stage, ShellServices services, boolean openPanel) {
        ShellFonts.loadBundled();
        ShellWindow window = new ShellWindow(stage, services);
        window.build(openPanel);
        return window;
    }

    /** Opens the remembered panel (or the first started one). */
    public void showInitialPanel() {
        navigation.selectInitial();
    }

    private void build(boolean openPanel) {
        themes.applyCurrent();
        ModalPane modal = new ModalPane();
        modal.setId("modal");
        // the view lives as long as the palette view model it listens to
        new CommandPaletteView(palette, modal, messages);

        StackPane center = new StackPane(panels.node(),
                new OnboardingView(ollama, messages, this::openLink).node());
        BorderPane layout = new BorderPane(center);
        layout.setTop(ShellMenuBar.createTopBar(this, navigation, themes, messages));
        layout.setLeft(new NavigationRail(navigation, messages).node());
        layout.setBottom(new StatusBarView(ollama, jobs, messages).node());
        StackPane root = new StackPane(layout, toasts.layer(), modal);
        root.setId("shell-root");

        // a rebuilt window keeps its size; a new one gets it from the restored stage bounds
        Scene old = stage.getScene();
        Scene scene = old == null ? new Scene(root) : new Scene(root, old.getWidth(), old.getHeight());
        scene.getStylesheets().add(CSS);
        commands.addAll(ShellCommands.shell(this, navigation, themes, messages, language));
        commands.addAll(ShellCommands.plugins(services.plugins(), navigation));
        for (PluginCommand c : commands) {
            if (c.accelerator() != null) {
                scene.getAccelerators().putIfAbsent(c.accelerator(), () -> {
                    if (c.executable().get()) {
                        c.action().run();
                    }
                });
            }
        }
        services.notifier().attach(toasts);
        // a failed background job would otherwise just vanish from the status bar
        jobs.setOnFailure((name, error) -> toasts.notify(Notifier.Level.ERROR,
                messages.format("jobs.failed.title", name),
                messages.format("jobs.failed.text", error == null || error.getMessage() == null
                        ? String.valueOf(error) : error.getMessage())));

        stage.setTitle(messages.get("app.title"));
        if (!stage.isShowing()) {
            geometry.restore();
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!prepareClose()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            // also when the window is closed without a close request (Platform.exit, session end)
            if (!disposed) {
                geometry.save();
            }
            dispose();
        });
        if (openPanel) {
            navigation.selectInitial();
        }
    }

    /** Shows the panel of the plugin with this id, if it is in the rail. */
    public void showPanel(String pluginId) {
        navigation.select(pluginId);
    }

    /** The commands the palette offers, shell's first. */
    public List<PluginCommand> commands() {
        return List.copyOf(commands);
    }

    /** Toasts in this window; plugins reach them through the services' notifier. */
    public Notifier notifier() {
        return toasts;
    }

    public UiLanguage language() {
        return language;
    }

    /** Rebuilds the window in the same stage, e.g. to apply a new language. Plugin views are kept. */
    public ShellWindow restart() {
        geometry.save();
        dispose();
        return create(stage, services);
    }

    private boolean prepareClose() {
        if (!services.plugins().canClose()) {
            toasts.notify(Notifier.Level.WARNING, messages.get("close.vetoed.title"), messages.get("close.vetoed.text"));
            return false;
        }
        geometry.save();
        return true;
    }

    private void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        panels.close();
        navigation.close();
        ollama.close();
        jobs.close();
        services.notifier().detach(toasts);
    }

    private void openLink(String uri) {
        try {
            services.links().open(uri);
        } catch (Exception e) {
            toasts.notify(Notifier.Level.ERROR, uri, messages.format("settings.openFolder.failed", e.getMessage()));
        }
    }

    @Override
    public void openPalette() {
        palette.open();
    }

    @Override
    public void openSettings() {
        new SettingsDialog(stage, services.core(), services.plugins(), services.links(), themes, messages, language,
                this::restart).show();
    }

    @Override
    public void switchLanguage() {
        language.other().save(services.core().settings());
        restart();
    }

    @Override
    public void retryOllama() {
        ollama.retry();
    }

    @Override
    public void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("app.title"));
        String text = messages.format("about.text", AuraVersion.get(), Runtime.version(),
                System.getProperty("javafx.runtime.version", ""));
        VBox content = new VBox(6);
        text.lines().forEach(line -> content.getChildren().add(Paragraph.of(line)));
        content.setPrefWidth(440);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStylesheets().add(CSS);
        alert.show();
    }

    @Override
    public void quit() {
        if (prepareClose()) {
            stage.hide();
        }
    }
}
