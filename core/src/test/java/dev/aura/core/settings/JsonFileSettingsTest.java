package dev.aura.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileSettingsTest {
    @TempDir Path dir;

    @Test
    void valuesSurviveReload() {
        Path file = dir.resolve("config/settings.json");
        JsonFileSettings settings = JsonFileSettings.load(file);
        settings.put("ui.theme", "Nord Dark");
        settings.putInt("window.width", 1280);
        settings.putBoolean("ui.compact", true);

        JsonFileSettings reloaded = JsonFileSettings.load(file);
        assertThat(reloaded.get("ui.theme")).contains("Nord Dark");
        assertThat(reloaded.getInt("window.width", 0)).isEqualTo(1280);
        assertThat(reloaded.getBoolean("ui.compact", false)).isTrue();
        assertThat(reloaded.loadWarning()).isEmpty();
    }

    @Test
    void corruptFileIsMovedAsideAndDefaultsAreUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"ui.theme\": \"Nord");
        JsonFileSettings settings = JsonFileSettings.load(file);

        assertThat(settings.get("ui.theme")).isEmpty();
        assertThat(settings.loadWarning()).hasValueSatisfying(w -> assertThat(w).contains("moved to"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("settings.json.corrupt-"));
        }
        settings.put("ui.theme", "Dracula");
        assertThat(JsonFileSettings.load(file).get("ui.theme")).contains("Dracula");
    }

    @Test
    void saveLeavesNoTemporaryFilesBehind() throws Exception {
        JsonFileSettings settings = JsonFileSettings.load(dir.resolve("settings.json"));
        for (int i = 0; i < 20; i++) {
            settings.putInt("counter", i);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void scopedViewPrefixesKeysAndReportsRelativeChanges() {
        JsonFileSettings settings = JsonFileSettings.load(dir.resolve("settings.json"));
        Settings models = settings.scoped("plugins.models");
        List<String> seen = new ArrayList<>();
        models.onChange(seen::add);

        models.put("sort", "size");
        settings.put("ui.theme", "Dracula");

        assertThat(settings.get("plugins.models.sort")).contains("size");
        assertThat(seen).containsExactly("sort");
    }

    @Test
    void malformedNumbersFallBackToTheDefault() {
        JsonFileSettings settings = JsonFileSettings.load(dir.resolve("settings.json"));
        settings.put("window.width", "wide");
        assertThat(settings.getInt("window.width", 900)).isEqualTo(900);
    }
}
