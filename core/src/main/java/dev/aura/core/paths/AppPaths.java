package dev.aura.core.paths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where Aura keeps its files. With an override (--data-dir / AURA_HOME) everything lives under that one
 * folder, so tests and profiles never share a database.
 */
public record AppPaths(Path configDir, Path dataDir, Path cacheDir, Path logDir, Path pluginsDir) {
    /** Environment variable that moves every Aura folder under one directory, like {@code --data-dir}. */
    public static final String HOME_ENV = "AURA_HOME";

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    /** H2 file base name; H2 appends ".mv.db". */
    public Path databaseBase() {
        return dataDir.resolve("aura");
    }

    /**
     * Resolves the folders for one run.
     *
     * @param overrideDir the {@code --data-dir} argument or null; wins over {@code AURA_HOME} in {@code env}
     * @param env         environment variables (XDG_*, APPDATA, LOCALAPPDATA, AURA_HOME)
     * @param osName      the {@code os.name} system property
     * @param userHome    the user's home folder, the fallback base for every OS convention
     */
    public static AppPaths resolve(String overrideDir, Map<String, String> env, String osName, Path userHome) {
        return AppPathsResolver.resolve(overrideDir, env, osName, userHome);
    }

    /** {@link #resolve} with this process's environment, OS and home folder. */
    public static AppPaths forCurrentUser(String overrideDir) {
        return resolve(overrideDir, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * Creates every folder that does not exist yet.
     *
     * @return this, for chaining
     * @throws UncheckedIOException naming the folder that could not be created and what to do about it
     */
    public AppPaths createDirectories() {
        for (Path dir : List.of(configDir, dataDir, cacheDir, logDir, pluginsDir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Aura could not create the folder " + dir + " (" + e + "). "
                        + "Check that the disk is writable and not full, or start Aura with --data-dir "
                        + "pointing to a folder you can write to.", e);
            }
        }
        return this;
    }
}
