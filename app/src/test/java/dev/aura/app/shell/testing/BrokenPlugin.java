package dev.aura.app.shell.testing;

import dev.aura.plugins.api.PluginContext;

/** Fails to start, like a plugin built against a newer database schema. */
public final class BrokenPlugin extends TestPlugin {
    public BrokenPlugin() {
        super("broken", "Prompts", "fth-layers", 30);
    }

    @Override
    public void start(PluginContext context) {
        throw new IllegalStateException("prompt card schema is newer than this plugin");
    }
}
