package dev.aura.app.shell.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.app.shell.i18n.ShellMessages;
import dev.aura.app.shell.i18n.UiLanguage;
import dev.aura.app.shell.settings.GeneralSettingsViewModel.TestState;
import dev.aura.app.shell.testing.ControllableHealth;
import dev.aura.app.shell.testing.ScriptedCatalog;
import dev.aura.core.events.SimpleEventBus;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.settings.JsonFileSettings;
import dev.aura.core.settings.Settings;
import dev.aura.core.tasks.CurrentThreadTaskRunner;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneralSettingsViewModelTest {
    @TempDir Path dir;

    private final OllamaConnection connection = new OllamaConnection(OllamaConnection.DEFAULT);
    private final ScriptedCatalog catalog = new ScriptedCatalog(connection);
    private final ControllableHealth health = new ControllableHealth(new SimpleEventBus(), OllamaConnection.DEFAULT);

    private GeneralSettingsViewModel viewModel(Settings settings) {
        return new GeneralSettingsViewModel(settings, connection, catalog, health, new CurrentThreadTaskRunner(),
                Runnable::run, ShellMessages.of(UiLanguage.ENGLISH), UiLanguage.ENGLISH);
    }

    @Test
    void testingAConnectionSavesAndAppliesTheUrlAndShowsTheVersion() {
        Settings settings = JsonFileSettings.load(dir.resolve("settings.json"));
        var vm = viewModel(settings);
        vm.ollamaUrlProperty().set("localhost:11500");
        vm.testConnection();

        assertThat(vm.testStateProperty().get()).isEqualTo(TestState.SUCCEEDED);
        assertThat(vm.testMessageProperty().get()).isEqualTo("Connected: Ollama 0.12.6. The address is saved.");
        assertThat(connection.baseUri()).isEqualTo(URI.create("http://localhost:11500"));
        assertThat(settings.get("ollama.url")).contains("http://localhost:11500");
        assertThat(vm.ollamaUrlProperty().get()).isEqualTo("http://localhost:11500");
        assertThat(health.checks).hasValue(1);
    }

    @Test
    void aSavedUrlIsReportedWithThePreviousOneAndNoPassword() {
        var vm = viewModel(JsonFileSettings.load(dir.resolve("settings.json")));
        java.util.List<String> saved = new java.util.ArrayList<>();
        vm.setOnUrlSaved((from, to) -> saved.add(from + " -> " + to));

        vm.ollamaUrlProperty().set("http://me:secret@localhost:11500");
        vm.testConnection();

        assertThat(saved).containsExactly(OllamaConnection.DEFAULT + " -> http://localhost:11500");
    }

    @Test
    void anUnreachableServerSaysWhatHappenedAndWhatToDo() {
        catalog.version = null;
        var vm = viewModel(JsonFileSettings.load(dir.resolve("settings.json")));
        vm.testConnection();

        assertThat(vm.testStateProperty().get()).isEqualTo(TestState.FAILED);
        assertThat(vm.testMessageProperty().get())
                .startsWith("Could not reach Ollama: Connection refused")
                .contains("ollama serve");
    }

    @Test
    void anInvalidAddressChangesNothing() {
        Settings settings = JsonFileSettings.load(dir.resolve("settings.json"));
        var vm = viewModel(settings);
        vm.ollamaUrlProperty().set("http://bad host:11434");
        vm.testConnection();

        assertThat(vm.testStateProperty().get()).isEqualTo(TestState.FAILED);
        assertThat(vm.testMessageProperty().get()).contains("http://127.0.0.1:11434");
        assertThat(connection.baseUri()).isEqualTo(OllamaConnection.DEFAULT);
        assertThat(settings.get("ollama.url")).isEmpty();
    }

    @Test
    void choosingAnotherLanguageSavesItAndAsksForARestart() {
        Settings settings = JsonFileSettings.load(dir.resolve("settings.json"));
        settings.put("ui.language", "en");
        var vm = viewModel(settings);
        assertThat(vm.restartNeededProperty().get()).isFalse();

        vm.languageProperty().set(UiLanguage.THAI);
        assertThat(settings.get("ui.language")).contains("th");
        assertThat(vm.restartNeededProperty().get()).isTrue();

        vm.languageProperty().set(UiLanguage.ENGLISH);
        assertThat(vm.restartNeededProperty().get()).isFalse();
    }
}
