package dev.aura.plugins.prompts.eval.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.llm.LlmMessage;
import dev.aura.core.llm.Role;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingPromptTest {
    @Test
    void aPromptfooMessageArrayKeepsRolesAndFillsPlaceholders() {
        GradingPrompt prompt = GradingPrompt.fromPromptfoo("""
                [{"role": "system", "content": "Grade by: {{rubric}}"},
                 {"role": "user", "content": "Text: {{ output }} ($1 \\\\ ok)"}]""");

        List<LlmMessage> messages = prompt.render("a $2 answer", "be brief");

        assertThat(messages).extracting(LlmMessage::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(messages).extracting(LlmMessage::text)
                .containsExactly("Grade by: be brief", "Text: a $2 answer ($1 \\ ok)");
    }

    @Test
    void plainTextRubricPromptIsOneUserMessage() {
        List<LlmMessage> messages = GradingPrompt.fromPromptfoo("Is {{output}} ok? {{ vars.x }}").render("x", "r");

        assertThat(messages).containsExactly(LlmMessage.user("Is x ok? {{ vars.x }}"));
    }

    @Test
    void anUnknownRoleOrMissingContentIsAConfigurationError() {
        assertThatThrownBy(() -> GradingPrompt.fromPromptfoo("[{\"role\": \"tool\", \"content\": \"x\"}]"))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("role 'tool'");
        assertThatThrownBy(() -> GradingPrompt.fromPromptfoo("[{\"role\": \"user\"}]"))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("'content'");
    }

    @Test
    void theDefaultPromptAsksForJsonAndWrapsOutputAndRubric() {
        List<LlmMessage> messages = GradingPrompt.DEFAULT.render("Hi", "Greets");

        assertThat(messages.get(0).role()).isEqualTo(Role.SYSTEM);
        assertThat(messages.get(0).text()).contains("\"pass\": true").contains("JSON object only");
        assertThat(messages.get(1).text()).isEqualTo("<Output>\nHi\n</Output>\n<Rubric>\nGreets\n</Rubric>");
    }
}
