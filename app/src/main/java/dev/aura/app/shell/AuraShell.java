package dev.aura.app.shell;

import dev.aura.app.plugins.PluginHost;
import dev.aura.app.shell.notify.ForwardingNotifier;
import dev.aura.core.AuraCore;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;

/**
 * Opens the window. Plugins should already be started (off the FX thread) with {@code notifier} in their contexts,
 * so their toasts appear in the window. {@link #launch} blocks until the window is closed; the caller then stops
 * the plugins and closes core.
 */
public final class AuraShell {
    /**
     * JavaFX instantiates the Application class itself, so the services are handed over through this one slot;
     * it is taken (and cleared) in {@link ShellApplication#init()}.
     */
    private static final AtomicReference<ShellServices> HANDOFF = new AtomicReference<>();

    private AuraShell() {}

    public static void launch(AuraCore core, PluginHost host, ForwardingNotifier notifier, String[] args) {
        launch(new ShellServices(core, host, notifier), args);
    }

    /** For callers that did not give plugins a notifier: their notifications are logged until the window is up. */
    public static void launch(AuraCore core, PluginHost host, String[] args) {
        launch(core, host, new ForwardingNotifier(), args);
    }

    public static void launch(ShellServices services, String[] args) {
        if (!HANDOFF.compareAndSet(null, Objects.requireNonNull(services))) {
            throw new IllegalStateException("The Aura window is already open in this process");
        }
        try {
            Application.launch(ShellApplication.class, args);
        } finally {
            HANDOFF.set(null);
        }
    }

    static ShellServices takeServices() {
        ShellServices services = HANDOFF.get();
        if (services == null) {
            throw new IllegalStateException("Start the window with AuraShell.launch, not Application.launch");
        }
        return services;
    }
}
