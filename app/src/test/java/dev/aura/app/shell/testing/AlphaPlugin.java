package dev.aura.app.shell.testing;

public final class AlphaPlugin extends TestPlugin {
    public AlphaPlugin() {
        super("alpha", "Chat", "fth-message-square", 10);
    }
}
