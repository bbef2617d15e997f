package dev.aura.plugins.prompts.promptfoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @TempDir
    Path dir;

    private static Path example() throws URISyntaxException {
        return Path.of(RoundTripTest.class.getResource("/promptfoo/example/promptfooconfig.yaml").toURI());
    }

    @Test
    void theExampleProjectReadsEveryReferencedFile() throws URISyntaxException {
        PromptfooConfig config = new PromptfooConfigReader().read(example());
        assertThat(config.description()).isEqualTo("Translation quality");
        assertThat(config.prompts()).extracting(PromptDef::label)
                .containsExactly("prompts/translate.txt #1", "prompts/translate.txt #2", "chat");
        assertThat(config.providers()).extracting(ProviderDef::model).containsExactly("llama3.2", "qwen2.5");
        assertThat(config.tests()).hasSize(3);
        assertThat(config.tests().get(1).asserts()).containsExactly(
                AssertionSpec.of("similar", "Danke").withThreshold(0.7),
                AssertionSpec.of("javascript", "output.length < 40"));
        assertThat(config.tests().get(2).vars().get("text")).asString().contains("\"role\": \"system\"");
        assertThat(config.tests().get(2).asserts().get(1))
                .isEqualTo(new AssertionSpec("contains-any", false, List.of("สวัสดี", "ขอบคุณ"), null, 1, "vocabulary"));
        assertThat(config.defaultTest().vars()).isEqualTo(Map.of("tone", "formal"));
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void writingThenReadingGivesAnEqualModel() throws URISyntaxException {
        PromptfooConfig original = new PromptfooConfigReader().read(example());
        Path written = dir.resolve("promptfooconfig.yaml");
        new PromptfooConfigWriter().write(original, written);

        PromptfooConfig again = new PromptfooConfigReader().read(written);

        assertThat(again).isEqualTo(original);
    }

    @Test
    void theWrittenConfigIsSelfContainedPromptfooYaml() throws URISyntaxException {
        String yaml = new PromptfooConfigWriter().toYaml(new PromptfooConfigReader().read(example()));
        assertThat(yaml).doesNotContain("file://").contains("assert:").contains("defaultTest:")
                .contains("- \"ollama:chat:llama3.2\"").contains("type: \"not-icontains\"");
    }
}
