package dev.aura.plugins.chat.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.llm.Role;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.Persona;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerRequestsTest {
    private static Conversation conversation(String systemPrompt) {
        return new Conversation(UUID.randomUUID(), "t", Conversation.TitleSource.USER, "qwen2.5", null, systemPrompt,
                new ChatParameters(0.5, 0.8, 8192, 3, "10m"), null, false, null, null, null, null);
    }

    private static ChatMessage message(MessageRole role, String text, MessageStatus status) {
        return new ChatMessage(UUID.randomUUID(), null, null, role, text, status, null, null, null, null, List.of(),
                null);
    }

    @Test
    void requestCarriesSourceModelParametersAndThePersonasPrompt() {
        Persona persona = new Persona(UUID.randomUUID(), "p", "From the persona.", null, null);

        ChatRequest request = AnswerRequests.build(conversation(null), persona,
                List.of(message(MessageRole.USER, "Hi", MessageStatus.COMPLETE)));

        assertThat(request.source()).isEqualTo("chat");
        assertThat(request.model()).isEqualTo("qwen2.5");
        assertThat(request.parameters().temperature()).isEqualTo(0.5);
        assertThat(request.parameters().numCtx()).isEqualTo(8192);
        assertThat(request.parameters().keepAlive()).isEqualTo("10m");
        assertThat(request.messages()).extracting(LlmMessage::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(request.messages().getFirst().text()).isEqualTo("From the persona.");
    }

    @Test
    void anEmptyConversationPromptSilencesThePersonaAndEmptyAnswersAreLeftOut() {
        Persona persona = new Persona(UUID.randomUUID(), "p", "From the persona.", null, null);

        ChatRequest request = AnswerRequests.build(conversation(""), persona, List.of(
                message(MessageRole.USER, "Hi", MessageStatus.COMPLETE),
                message(MessageRole.ASSISTANT, "", MessageStatus.FAILED),
                message(MessageRole.USER, "Hello?", MessageStatus.COMPLETE)));

        assertThat(request.messages()).extracting(LlmMessage::text).containsExactly("Hi", "Hello?");
    }
}
