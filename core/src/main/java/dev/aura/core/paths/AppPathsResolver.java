package dev.aura.core.paths;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The OS folder conventions behind {@link AppPaths#resolve}: XDG on Linux, AppData on Windows, Library on macOS. */
final class AppPathsResolver {
    private static final String APP_DIR = "aura";
    private static final String APP_DIR_TITLE = "Aura";

    private AppPathsResolver() {}

    static AppPaths resolve(String overrideDir, Map<String, String> env, String osName, Path userHome) {
        String override = firstNonBlank(overrideDir, env.get(AppPaths.HOME_ENV));
        if (override != null) {
            return underOneFolder(expandHome(override, userHome));
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windows(env, userHome);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return macOs(userHome);
        }
        return xdg(env, userHome);
    }

    private static AppPaths underOneFolder(Path root) {
        return new AppPaths(root.resolve("config"), root.resolve("data"), root.resolve("cache"),
                root.resolve("logs"), root.resolve("plugins"));
    }

    private static AppPaths xdg(Map<String, String> env, Path home) {
        Path data = xdgBase(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(APP_DIR);
        return new AppPaths(
                xdgBase(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP_DIR),
                data,
                xdgBase(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP_DIR),
                xdgBase(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(APP_DIR)
                        .resolve("logs"),
                data.resolve("plugins"));
    }

    /** The XDG spec says a relative value is invalid and must be ignored. */
    private static Path xdgBase(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank() || !value.startsWith("/")) {
            return fallback;
        }
        return Path.of(value);
    }

    private static AppPaths windows(Map<String, String> env, Path home) {
        Path roaming = windowsBase(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
        Path local = windowsBase(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
        Path localAura = local.resolve(APP_DIR_TITLE);
        Path data = localAura.resolve("Data");
        // The database and caches stay in Local: a roaming profile must not copy them around.
        return new AppPaths(roaming.resolve(APP_DIR_TITLE), data, localAura.resolve("Cache"),
                localAura.resolve("Logs"), data.resolve("Plugins"));
    }

    private static Path windowsBase(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static AppPaths macOs(Path home) {
        Path library = home.resolve("Library");
        Path support = library.resolve("Application Support").resolve(APP_DIR_TITLE);
        return new AppPaths(support, support, library.resolve("Caches").resolve(APP_DIR_TITLE),
                library.resolve("Logs").resolve(APP_DIR_TITLE), support.resolve("Plugins"));
    }

    private static Path expandHome(String dir, Path home) {
        String trimmed = dir.strip();
        if (trimmed.equals("~")) {
            return home;
        }
        if (trimmed.startsWith("~/") || trimmed.startsWith("~\\")) {
            return home.resolve(trimmed.substring(2));
        }
        return Path.of(trimmed).toAbsolutePath().normalize();
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
