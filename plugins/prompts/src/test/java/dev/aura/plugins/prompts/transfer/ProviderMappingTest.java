package dev.aura.plugins.prompts.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import dev.aura.plugins.prompts.promptfoo.ProviderDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderMappingTest {
    private static final List<String> INSTALLED = List.of("llama3.2:latest", "qwen3:8b");

    @Test
    void ollamaProvidersOfEveryFormBecomeTheirModel() {
        ProviderMapping.Result result = new ProviderMapping(() -> INSTALLED).map(List.of(
                new ProviderDef("ollama:chat:llama3.2", null, "chat", "llama3.2", Map.of("temperature", 0.1)),
                new ProviderDef("ollama:qwen3:8b", "Qwen", "completion", "qwen3:8b", Map.of())));

        assertThat(result.providers()).extracting(ProviderDef::id)
                .containsExactly("ollama:chat:llama3.2", "ollama:chat:qwen3:8b");
        assertThat(result.providers().getFirst().config()).containsEntry("temperature", 0.1);
        assertThat(result.providers().get(1).label()).isEqualTo("Qwen");
        assertThat(result.warnings()).extracting(ImportWarning::message)
                .singleElement().asString().contains("completion API");
    }

    @Test
    void openAiPointedAtOllamaBecomesTheModelWithOllamaOptions() {
        ProviderMapping.Result result = new ProviderMapping(() -> INSTALLED).map(List.of(
                new ProviderDef("openai:chat:llama3.2", null, "chat", "llama3.2", Map.of("apiBaseUrl",
                        "http://localhost:11434/v1", "apiKey", "ollama", "temperature", 0.3, "max_tokens", 200))));

        assertThat(result.providers()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("ollama:chat:llama3.2");
            assertThat(p.config()).containsOnly(Map.entry("temperature", 0.3), Map.entry("num_predict", 200));
        });
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void otherProvidersAreLeftOutWithAWarningSayingWhatToDo() {
        ProviderMapping.Result result = new ProviderMapping(() -> INSTALLED).map(List.of(
                new ProviderDef("openai:chat:gpt-4o", null, "chat", "gpt-4o", Map.of()),
                new ProviderDef("anthropic:messages:claude", null, null, null, Map.of())));

        assertThat(result.providers()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("providers[0]");
            assertThat(w.message()).contains("openai:chat:gpt-4o").contains("apiBaseUrl");
        });
    }

    @Test
    void modelsNotInstalledAreKeptWithThePullCommand() {
        ProviderMapping.Result result = new ProviderMapping(() -> INSTALLED).map(List.of(
                new ProviderDef("ollama:chat:mistral", null, "chat", "mistral", Map.of())));

        assertThat(result.providers()).extracting(ProviderDef::model).containsExactly("mistral");
        assertThat(result.warnings()).extracting(ImportWarning::message)
                .containsExactly("model mistral is not installed; run ollama pull mistral");
    }

    @Test
    void whenOllamaIsDownNamesAreKeptWithOneWarning() {
        ProviderMapping.Result result = new ProviderMapping(() -> {
            throw new IllegalStateException("Ollama is not reachable at http://127.0.0.1:11434");
        }).map(List.of(new ProviderDef("ollama:chat:mistral", null, "chat", "mistral", Map.of())));

        assertThat(result.providers()).extracting(ProviderDef::model).containsExactly("mistral");
        assertThat(result.warnings()).singleElement().extracting(ImportWarning::message).asString()
                .contains("not reachable").contains("kept as written");
    }

    @Test
    void latestTagIsTheSameModel() {
        assertThat(ProviderMapping.isInstalled("llama3.2", INSTALLED)).isTrue();
        assertThat(ProviderMapping.isInstalled("llama3.2:latest", List.of("llama3.2"))).isTrue();
        assertThat(ProviderMapping.isInstalled("qwen3", INSTALLED)).isFalse();
    }
}
