package dev.aura.app.plugins;

public enum PluginState {
    /** Found, not started yet. */
    LOADED,
    STARTED,
    FAILED,
    DISABLED,
    STOPPED
}
