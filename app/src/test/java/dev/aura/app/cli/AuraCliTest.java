package dev.aura.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.testing.FakeOllamaServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuraCliTest {
    @TempDir Path dataDir;
    FakeOllamaServer ollama;

    @BeforeEach
    void startOllama() {
        ollama = new FakeOllamaServer();
        ollama.addModel("llama3.2");
    }

    @AfterEach
    void stopOllama() {
        ollama.close();
    }

    private CliRun aura(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "--ollama-url";
        all[3] = ollama.url().toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(Map.of(), all);
    }

    @Test
    void versionNamesAuraAndJava() {
        CliRun run = CliRun.of(Map.of(), "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Aura Workstation ").contains("Java 25");
    }

    @Test
    void helpListsTheShellAndPluginCommands() {
        CliRun run = aura("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("plugins", "doctor", "--data-dir", "--ollama-url");
    }

    @Test
    void pluginsListShowsIdVersionAndState() throws Exception {
        CliRun run = aura("plugins", "list", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plugins = new ObjectMapper().readTree(run.out());
        assertThat(plugins.isArray()).isTrue();
        for (JsonNode p : plugins) {
            assertThat(p.get("id").asText()).isNotBlank();
            assertThat(p.get("version").asText()).isNotBlank();
            assertThat(p.get("state").asText()).isIn("STARTED", "FAILED", "DISABLED");
        }
    }

    @Test
    void doctorPassesWhenEverythingIsThere() {
        CliRun run = aura("doctor");
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out())
                .contains("OK    Java 25")
                .contains("Data folder " + dataDir)
                .contains("migrations current: core v3")
                .contains("Ollama 0.12.6 reachable at " + ollama.url() + " with 1 model(s)")
                .contains("All checks passed.");
    }

    @Test
    void doctorFailsWithTheReasonWhenOllamaIsDown() {
        ollama.stop();
        CliRun run = aura("doctor");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  ").contains("ollama serve").contains("1 check(s) failed.");
    }

    @Test
    void anUnknownOptionIsAOneLineErrorWithExitCode2() {
        CliRun run = aura("plugins", "list", "--yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("aura: Unknown option: '--yaml'").contains("aura plugins list --help"));
    }

    @Test
    void aDataDirThatCannotBeCreatedIsAOneLineError() throws Exception {
        Path file = java.nio.file.Files.writeString(dataDir.resolve("not-a-folder"), "x");
        CliRun run = CliRun.of(Map.of(), "--data-dir", file.toString(), "plugins", "list");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("aura: "));
    }

    @Test
    void auraHomeSelectsTheProfileWhenNoDataDirIsGiven() {
        CliRun run = CliRun.of(Map.of("AURA_HOME", dataDir.toString()), "--ollama-url", ollama.url().toString(), "doctor");
        assertThat(run.out()).contains("Data folder " + dataDir);
    }
}
