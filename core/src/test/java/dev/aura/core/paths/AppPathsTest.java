package dev.aura.core.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPathsTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxFollowsXdgVariables() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/x/config", "XDG_DATA_HOME", "/x/data",
                "XDG_CACHE_HOME", "/x/cache", "XDG_STATE_HOME", "/x/state");

        AppPaths paths = AppPaths.resolve(null, env, "Linux", HOME);

        assertThat(paths).isEqualTo(new AppPaths(Path.of("/x/config/aura"), Path.of("/x/data/aura"),
                Path.of("/x/cache/aura"), Path.of("/x/state/aura/logs"), Path.of("/x/data/aura/plugins")));
        assertThat(paths.databaseBase()).isEqualTo(Path.of("/x/data/aura/aura"));
        assertThat(paths.settingsFile()).isEqualTo(Path.of("/x/config/aura/settings.json"));
    }

    @Test
    void linuxFallsBackToXdgDefaultsUnderHome() {
        AppPaths paths = AppPaths.resolve(null, Map.of(), "Linux", HOME);

        assertThat(paths).isEqualTo(new AppPaths(Path.of("/home/ann/.config/aura"),
                Path.of("/home/ann/.local/share/aura"), Path.of("/home/ann/.cache/aura"),
                Path.of("/home/ann/.local/state/aura/logs"), Path.of("/home/ann/.local/share/aura/plugins")));
    }

    @Test
    void linuxIgnoresRelativeXdgValuesAsTheSpecRequires() {
        AppPaths paths = AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "relative/data", "XDG_CONFIG_HOME", ""),
                "Linux", HOME);

        assertThat(paths.dataDir()).isEqualTo(Path.of("/home/ann/.local/share/aura"));
        assertThat(paths.configDir()).isEqualTo(Path.of("/home/ann/.config/aura"));
    }

    @Test
    void windowsKeepsConfigInRoamingAndEverythingElseInLocalAppData() {
        String roaming = "C:\\Users\\ann\\AppData\\Roaming";
        String local = "C:\\Users\\ann\\AppData\\Local";

        AppPaths paths = AppPaths.resolve(null, Map.of("APPDATA", roaming, "LOCALAPPDATA", local),
                "Windows 11", Path.of("C:\\Users\\ann"));

        Path localAura = Path.of(local).resolve("Aura");
        assertThat(paths.configDir()).isEqualTo(Path.of(roaming).resolve("Aura"));
        assertThat(paths.dataDir()).isEqualTo(localAura.resolve("Data"));
        assertThat(paths.cacheDir()).isEqualTo(localAura.resolve("Cache"));
        assertThat(paths.logDir()).isEqualTo(localAura.resolve("Logs"));
        assertThat(paths.pluginsDir()).isEqualTo(localAura.resolve("Data").resolve("Plugins"));
    }

    @Test
    void windowsWithoutAppDataVariablesUsesTheProfileFolders() {
        AppPaths paths = AppPaths.resolve(null, Map.of(), "Windows 10", HOME);

        assertThat(paths.configDir()).isEqualTo(HOME.resolve("AppData/Roaming/Aura"));
        assertThat(paths.dataDir()).isEqualTo(HOME.resolve("AppData/Local/Aura/Data"));
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        AppPaths paths = AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME);

        Path support = Path.of("/home/ann/Library/Application Support/Aura");
        assertThat(paths).isEqualTo(new AppPaths(support, support, Path.of("/home/ann/Library/Caches/Aura"),
                Path.of("/home/ann/Library/Logs/Aura"), support.resolve("Plugins")));
    }

    @Test
    void overrideDirectoryHoldsEveryFolder() {
        AppPaths paths = AppPaths.resolve("/profiles/work", Map.of(), "Linux", HOME);

        assertThat(paths).isEqualTo(new AppPaths(Path.of("/profiles/work/config"), Path.of("/profiles/work/data"),
                Path.of("/profiles/work/cache"), Path.of("/profiles/work/logs"),
                Path.of("/profiles/work/plugins")));
    }

    @Test
    void auraHomeOverridesOsConventionsOnEveryOs() {
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            AppPaths paths = AppPaths.resolve(null, Map.of("AURA_HOME", "/srv/aura"), os, HOME);

            assertThat(paths.dataDir()).as(os).isEqualTo(Path.of("/srv/aura/data"));
        }
    }

    @Test
    void dataDirArgumentWinsOverAuraHome() {
        AppPaths paths = AppPaths.resolve("/from/argument", Map.of("AURA_HOME", "/from/env"), "Linux", HOME);

        assertThat(paths.configDir()).isEqualTo(Path.of("/from/argument/config"));
    }

    @Test
    void blankDataDirArgumentFallsBackToAuraHome() {
        AppPaths paths = AppPaths.resolve("  ", Map.of("AURA_HOME", "/from/env"), "Linux", HOME);

        assertThat(paths.configDir()).isEqualTo(Path.of("/from/env/config"));
    }

    @Test
    void overrideStartingWithTildeIsUnderHome() {
        AppPaths paths = AppPaths.resolve("~/aura-test", Map.of(), "Linux", HOME);

        assertThat(paths.dataDir()).isEqualTo(Path.of("/home/ann/aura-test/data"));
    }

    @Test
    void relativeOverrideBecomesAbsolute() {
        AppPaths paths = AppPaths.resolve("profile", Map.of(), "Linux", HOME);

        assertThat(paths.dataDir()).isAbsolute().endsWithRaw(Path.of("profile", "data"));
    }

    @Test
    void createDirectoriesNamesTheFolderItCouldNotCreate(@TempDir Path temp) throws Exception {
        Path occupied = Files.writeString(temp.resolve("occupied"), "a file, not a folder");
        AppPaths paths = AppPaths.resolve(occupied.toString(), Map.of(), "Linux", HOME);

        assertThatThrownBy(paths::createDirectories)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(occupied.resolve("config").toString())
                .hasMessageContaining("--data-dir");
    }

    @Test
    void createDirectoriesCreatesEveryFolder(@TempDir Path temp) {
        AppPaths paths = AppPaths.resolve(temp.resolve("home").toString(), Map.of(), "Linux", HOME);

        paths.createDirectories();

        assertThat(new Path[] {paths.configDir(), paths.dataDir(), paths.cacheDir(), paths.logDir(),
                paths.pluginsDir()}).allMatch(Files::isDirectory);
    }
}
