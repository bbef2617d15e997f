package dev.aura.plugins.prompts.promptfoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersReadingTest {
    @TempDir
    Path dir;

    @Test
    void providerStringsGiveKindAndModel() {
        PromptfooConfig config = new ConfigDir(dir).read("""
                prompts: [hi]
                providers:
                  - ollama:chat:llama3.2:3b
                  - ollama:completion:qwen2.5
                  - ollama:gemma3
                  - openai:chat:gpt-4o-mini
                  - openai:gpt-4o
                """);
        assertThat(config.providers()).containsExactly(
                new ProviderDef("ollama:chat:llama3.2:3b", null, "chat", "llama3.2:3b", Map.of()),
                new ProviderDef("ollama:completion:qwen2.5", null, "completion", "qwen2.5", Map.of()),
                new ProviderDef("ollama:gemma3", null, "completion", "gemma3", Map.of()),
                new ProviderDef("openai:chat:gpt-4o-mini", null, "chat", "gpt-4o-mini", Map.of()),
                new ProviderDef("openai:gpt-4o", null, "chat", "gpt-4o", Map.of()));
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void providerObjectsKeepLabelAndConfigAndTargetsIsAnAlias() {
        PromptfooConfig config = new ConfigDir(dir).read("""
                prompts: [hi]
                targets:
                  - id: openai:chat:llama3
                    label: local
                    config:
                      apiBaseUrl: http://127.0.0.1:11434/v1
                      temperature: 0.2
                  - ollama:chat:phi4:
                      config: {num_predict: 64}
                """);
        assertThat(config.providers()).containsExactly(
                new ProviderDef("openai:chat:llama3", "local", "chat", "llama3",
                        Map.of("apiBaseUrl", "http://127.0.0.1:11434/v1", "temperature", 0.2)),
                new ProviderDef("ollama:chat:phi4", null, "chat", "phi4", Map.of("num_predict", 64)));
    }

    @Test
    void unknownProvidersAreKeptAndReported() {
        PromptfooConfig config = new ConfigDir(dir).read("""
                prompts: [hi]
                providers:
                  - anthropic:messages:claude-sonnet
                  - id: ollama:chat:x
                    transform: output.trim()
                """);
        assertThat(config.providers().getFirst().supported()).isFalse();
        assertThat(config.providers().getFirst().id()).isEqualTo("anthropic:messages:claude-sonnet");
        assertThat(config.warnings()).containsExactly(
                new ImportWarning("providers[0]", "provider 'anthropic:messages:claude-sonnet' is not supported;"
                        + " use --models to run against Ollama models"),
                new ImportWarning("providers[1].transform", "'transform' is not supported by Aura and was not imported"));
    }
}
