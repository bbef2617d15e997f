package dev.aura.core.store;

/** Where one migration source stands: for `aura doctor` and Settings. */
public record MigrationStatus(String sourceId, String currentVersion, int applied, int pending) {
    public boolean isCurrent() {
        return pending == 0;
    }
}
