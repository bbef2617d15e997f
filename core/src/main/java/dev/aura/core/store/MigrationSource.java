package dev.aura.core.store;

/**
 * A set of Flyway migrations with its own history table, so core and each plugin migrate independently.
 *
 * @param id          "core" or the plugin id
 * @param location    Flyway location, e.g. "classpath:db/migration/chat"
 * @param classLoader the loader that sees the location (a third-party plugin's own loader)
 */
public record MigrationSource(String id, String location, ClassLoader classLoader) {
    public String historyTable() {
        return "flyway_history_" + id.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(java.util.Locale.ROOT);
    }
}
