package dev.aura.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.testing.ChatScript;
import dev.aura.core.testing.FakeOllamaServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuraCoreFactoryTest {
    @TempDir Path dir;

    @Test
    void everythingOfAProfileLivesUnderTheDataDir() {
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.toString(), null, Map.of(), false))) {
            core.settings().put("ui.theme", "Dracula");
            assertThat(core.paths().settingsFile()).startsWith(dir);
            assertThat(Files.exists(core.paths().settingsFile())).isTrue();
            assertThat(core.paths().pluginsDir()).startsWith(dir).isDirectory();
        }
    }

    @Test
    void ollamaUrlComesFromTheOptionThenOllamaHostThenSettings() {
        Map<String, String> env = Map.of("OLLAMA_HOST", "10.0.0.5:11500");
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.toString(), null, env, false))) {
            assertThat(core.ollama().baseUri()).isEqualTo(URI.create("http://10.0.0.5:11500"));
            core.settings().put(AuraCoreFactory.OLLAMA_URL_KEY, "http://127.0.0.1:9999");
        }
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.toString(), null, Map.of(), false))) {
            assertThat(core.ollama().baseUri()).isEqualTo(URI.create("http://127.0.0.1:9999"));
        }
        try (AuraCore core = AuraCoreFactory.open(
                new AuraCoreFactory.Options(dir.toString(), "http://localhost:1234", env, false))) {
            assertThat(core.ollama().baseUri()).isEqualTo(URI.create("http://localhost:1234"));
        }
    }

    @Test
    void aModelCallThroughTheGatewayLandsInTheProfilesUsageLog() throws Exception {
        try (FakeOllamaServer ollama = new FakeOllamaServer()) {
            ollama.start();
            ollama.addModel("llama3.2");
            ollama.chatScript(ChatScript.answer("Hello", " there"));
            try (AuraCore core = AuraCoreFactory.open(
                    new AuraCoreFactory.Options(dir.toString(), ollama.url().toString(), Map.of(), false))) {
                var result = core.llm().chat(ChatRequest.of("test", "llama3.2", List.of(LlmMessage.user("hi"))));
                assertThat(result.text()).isEqualTo("Hello there");
                assertThat(core.usageLog().recent(5)).singleElement().satisfies(r -> {
                    assertThat(r.model()).isEqualTo("llama3.2");
                    assertThat(r.outputTokens()).isEqualTo(2);
                });
            }
        }
    }
}
