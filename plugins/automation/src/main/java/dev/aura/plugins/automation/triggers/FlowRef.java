package dev.aura.plugins.automation.triggers;

/** The workflow a trigger belongs to: its id, and its name as of the latest version (for logs and upcoming runs). */
final class FlowRef {
    private final String id;
    private volatile String name;

    FlowRef(String id, String name) {
        this.id = id;
        this.name = name;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    void rename(String newName) {
        name = newName;
    }
}
