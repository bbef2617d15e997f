package dev.aura.app.plugins;

import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginDescriptor;
import java.nio.file.Path;
import java.util.Optional;

/** One discovered plugin with its state; a plugin that could not even be instantiated has no instance. */
public final class LoadedPlugin {
    private final PluginDescriptor descriptor;
    private final AuraPlugin plugin;
    private final Path jar;
    private volatile PluginState state;
    private volatile Throwable failure;

    LoadedPlugin(PluginDescriptor descriptor, AuraPlugin plugin, Path jar, PluginState state, Throwable failure) {
        this.descriptor = descriptor;
        this.plugin = plugin;
        this.jar = jar;
        this.state = state;
        this.failure = failure;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public String id() {
        return descriptor.id();
    }

    public Optional<AuraPlugin> plugin() {
        return Optional.ofNullable(plugin);
    }

    /** The jar in the user's plugins folder, or empty for a plugin bundled with the app. */
    public Optional<Path> source() {
        return Optional.ofNullable(jar);
    }

    public PluginState state() {
        return state;
    }

    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** A one-line cause for the UI ("NoClassDefFoundError: org/foo/Bar"). */
    public String failureSummary() {
        Throwable root = failure;
        if (root == null) {
            return "";
        }
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    boolean isUsable() {
        return state == PluginState.STARTED && plugin != null;
    }

    void state(PluginState newState, Throwable cause) {
        this.state = newState;
        this.failure = cause;
    }

    @Override
    public String toString() {
        return descriptor.id() + " " + descriptor.version() + " " + state;
    }
}
