package dev.aura.app.shell.testing;

/** Disabled in the settings by tests; must not appear in the rail. */
public final class HiddenPlugin extends TestPlugin {
    public HiddenPlugin() {
        super("hidden", "Automation", "fth-zap", 40);
    }
}
