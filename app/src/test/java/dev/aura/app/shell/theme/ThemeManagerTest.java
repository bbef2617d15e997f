package dev.aura.app.shell.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.settings.JsonFileSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeManagerTest {
    @TempDir Path dir;
    private final List<String> applied = new ArrayList<>();

    @Test
    void theSavedThemeIsAppliedAtStart() {
        var settings = JsonFileSettings.load(dir.resolve("settings.json"));
        settings.put("ui.theme", "nord-dark");
        var themes = new ThemeManager(settings, applied::add);
        themes.applyCurrent();
        assertThat(themes.current()).isEqualTo(ShellTheme.NORD_DARK);
        assertThat(applied).containsExactly(ShellTheme.NORD_DARK.userAgentStylesheet());
    }

    @Test
    void selectingAThemeAppliesAndRemembersIt() {
        var settings = JsonFileSettings.load(dir.resolve("settings.json"));
        var themes = new ThemeManager(settings, applied::add);
        themes.select(ShellTheme.DRACULA);
        assertThat(applied).containsExactly(ShellTheme.DRACULA.userAgentStylesheet());
        assertThat(themes.currentProperty().get()).isEqualTo(ShellTheme.DRACULA);
        assertThat(JsonFileSettings.load(dir.resolve("settings.json")).get("ui.theme")).contains("dracula");
    }

    @Test
    void anUnknownSavedThemeFallsBackToPrimerLight() {
        var settings = JsonFileSettings.load(dir.resolve("settings.json"));
        settings.put("ui.theme", "solarized");
        assertThat(new ThemeManager(settings, applied::add).current()).isEqualTo(ShellTheme.PRIMER_LIGHT);
    }

    @Test
    void everyThemeHasAStylesheetAndDarkOnesSayTheyAreDark() {
        for (ShellTheme t : ShellTheme.values()) {
            assertThat(t.userAgentStylesheet()).as(t.id()).endsWith(".bss");
        }
        assertThat(ShellTheme.DRACULA.isDark()).isTrue();
        assertThat(ShellTheme.PRIMER_LIGHT.isDark()).isFalse();
    }
}
