package dev.aura.plugins.api;

import dev.aura.core.store.MigrationSource;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/**
 * A feature panel of the shell, discovered with {@link java.util.ServiceLoader}. New lifecycle hooks are added as
 * default methods so existing plugins keep working.
 *
 * <p>Order: constructed cheaply, {@link #start} (off the FX thread, also in headless CLI runs), then in the window
 * {@link #createView} once on first activation, {@link #activate}/{@link #deactivate} as the panel is shown or
 * hidden, {@link #canClose} before the window closes, and {@link #stop} in reverse start order.
 */
public interface AuraPlugin {
    PluginDescriptor descriptor();

    /** Flyway migrations of this plugin, applied before {@link #start}; each plugin has its own history table. */
    default Optional<MigrationSource> migrations() {
        return Optional.empty();
    }

    /** Off the FX thread. Must not touch JavaFX: the CLI starts plugins without a toolkit. */
    void start(PluginContext context) throws Exception;

    default void stop() throws Exception {}

    /** On the FX thread, once. */
    Node createView();

    default void activate() {}

    /** Release listeners added on activate. */
    default void deactivate() {}

    /** False vetoes closing the window (a run in progress, unsaved edits). */
    default boolean canClose() {
        return true;
    }

    /** Contributions to the command palette and shortcuts. Called on the FX thread after start. */
    default List<PluginCommand> commands() {
        return List.of();
    }

    default Optional<SettingsPage> settingsPage() {
        return Optional.empty();
    }

    /**
     * Picocli commands added under {@code aura}: objects annotated with {@code @Command}, or a built {@code CommandSpec}
     * when subcommands need constructor arguments (ADR 0004). Called after start.
     */
    default List<Object> cliCommands() {
        return List.of();
    }
}
