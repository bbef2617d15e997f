package dev.aura.plugins.prompts.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfigReader;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported configs read back with the promptfoo reader, as promptfoo would read them. */
class CardExporterTest {
    @TempDir
    Path dir;

    private static CardVersion version(String system, String... templates) {
        List<PromptVariant> variants = java.util.stream.IntStream.range(0, templates.length)
                .mapToObj(i -> new PromptVariant(i == 0 ? "A" : "B", templates[i])).toList();
        CardContent content = new CardContent("Summarize", "Short summaries", List.of("text"), variants, system,
                List.of("llama3.2", "qwen3"), Map.of("temperature", 0.2),
                List.of(new TestDef("short", Map.of("text", "A long story."),
                        List.of(AssertionSpec.of("icontains", "story")), null)),
                new TestDef(null, Map.of(), List.of(AssertionSpec.of("not-contains", "sorry")), null));
        return new CardVersion("card-1", 3, content, Instant.EPOCH, null);
    }

    @Test
    void writesAConfigWithEveryVariantModelAndTest() throws Exception {
        Path file = dir.resolve("promptfooconfig.yaml");

        new CardExporter().export(version(null, "Summarize: {{ text }}", "TL;DR {{ text }}"), file);

        PromptfooConfig config = new PromptfooConfigReader().read(file);
        assertThat(config.warnings()).isEmpty();
        assertThat(config.description()).isEqualTo("Summarize");
        assertThat(config.prompts()).extracting(p -> p.template())
                .containsExactly("Summarize: {{ text }}", "TL;DR {{ text }}");
        assertThat(config.providers()).extracting(p -> p.id())
                .containsExactly("ollama:chat:llama3.2", "ollama:chat:qwen3");
        assertThat(config.providers().getFirst().config()).containsEntry("temperature", 0.2);
        assertThat(config.tests()).singleElement().satisfies(t -> assertThat(t.vars()).containsEntry("text",
                "A long story."));
        assertThat(config.defaultTest().asserts()).extracting(AssertionSpec::displayType)
                .containsExactly("not-contains");
    }

    @Test
    void aSystemPromptGoesIntoEveryPromptAsAChatMessageList() throws Exception {
        Path file = dir.resolve("out.yaml");

        new CardExporter().export(version("You are terse. Audience: {{ audience }}", "Summarize: {{ text }}"), file);

        String template = new PromptfooConfigReader().read(file).prompts().getFirst().template();
        JsonNode messages = new ObjectMapper().readTree(template);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asText()).isEqualTo("You are terse. Audience: {{ audience }}");
        assertThat(messages.get(1).path("role").asText()).isEqualTo("user");
        assertThat(messages.get(1).path("content").asText()).isEqualTo("Summarize: {{ text }}");
    }

    @Test
    void aChatPromptWithItsOwnSystemMessageIsKept() {
        String chat = "[{\"role\": \"system\", \"content\": \"own\"}, {\"role\": \"user\", \"content\": \"hi\"}]";

        assertThat(CardExporter.withSystem("card system", chat)).isEqualTo(chat);
        assertThat(CardExporter.withSystem("card system", "[{\"role\": \"user\", \"content\": \"hi\"}]"))
                .contains("card system").contains("\"hi\"");
    }

    @Test
    void replacingAFileLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("promptfooconfig.yaml");
        Files.writeString(file, "old");

        new CardExporter().export(version(null, "Summarize: {{ text }}"), file);

        assertThat(Files.readString(file)).contains("Summarize: {{ text }}");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
