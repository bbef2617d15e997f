package dev.aura.core.paths;

import java.nio.file.Path;

/**
 * Where Aura keeps its files. With an override (--data-dir / AURA_HOME) everything lives under that one
 * folder, so tests and profiles never share a database.
 */
public record AppPaths(Path configDir, Path dataDir, Path cacheDir, Path logDir, Path pluginsDir) {
    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    /** H2 file base name; H2 appends ".mv.db". */
    public Path databaseBase() {
        return dataDir.resolve("aura");
    }
}
