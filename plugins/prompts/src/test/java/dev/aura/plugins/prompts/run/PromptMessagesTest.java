package dev.aura.plugins.prompts.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.llm.LlmMessage;
import dev.aura.core.llm.Role;
import org.junit.jupiter.api.Test;

class PromptMessagesTest {
    @Test
    void aJsonArrayOfRolesAndContentsIsAChat() {
        assertThat(PromptMessages.of("[{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"assistant\",\"content\":\"a\"},"
                + "{\"role\":\"user\",\"content\":\"u\"}]"))
                .extracting(LlmMessage::role, LlmMessage::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.SYSTEM, "s"),
                        org.assertj.core.groups.Tuple.tuple(Role.ASSISTANT, "a"),
                        org.assertj.core.groups.Tuple.tuple(Role.USER, "u"));
    }

    @Test
    void anythingElseIsOneUserMessage() {
        for (String text : new String[] {"[1, 2]", "[not json", "[{\"role\":\"tool\",\"content\":\"x\"}]", "plain"}) {
            assertThat(PromptMessages.of(text)).singleElement()
                    .satisfies(m -> assertThat(m.role()).isEqualTo(Role.USER))
                    .satisfies(m -> assertThat(m.text()).isEqualTo(text));
        }
    }
}
