package dev.aura.plugins.chat.service;

import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.llm.Role;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.Persona;
import java.util.ArrayList;
import java.util.List;

/** What the model is sent for an answer: the system prompt, then the branch up to the question. Pure. */
public final class AnswerRequests {
    public static final String SOURCE = "chat";

    private AnswerRequests() {}

    /**
     * @param branch  root to the user message being answered, oldest first
     * @param persona the conversation's persona, or null
     */
    public static ChatRequest build(Conversation conversation, Persona persona, List<ChatMessage> branch) {
        List<LlmMessage> messages = new ArrayList<>();
        String system = systemPrompt(conversation, persona);
        if (system != null && !system.isBlank()) {
            messages.add(LlmMessage.system(system));
        }
        for (ChatMessage m : branch) {
            switch (m.role()) {
                case SYSTEM -> messages.add(LlmMessage.system(m.content()));
                case USER -> messages.add(userMessage(m));
                // an empty failed or interrupted answer says nothing the model should see
                case ASSISTANT -> {
                    if (m.content() != null && !m.content().isBlank()) {
                        messages.add(LlmMessage.assistant(m.content()));
                    }
                }
            }
        }
        return new ChatRequest(SOURCE, "ollama", conversation.model(), messages,
                conversation.parameters().toModelParameters());
    }

    /** The conversation's own prompt wins over the persona's. */
    static String systemPrompt(Conversation conversation, Persona persona) {
        if (conversation.systemPrompt() != null) {
            return conversation.systemPrompt();
        }
        return persona == null ? null : persona.systemPrompt();
    }

    /** Text files follow the question, each clearly fenced with its name so the model can tell them apart. */
    static LlmMessage userMessage(ChatMessage m) {
        StringBuilder text = new StringBuilder(m.content() == null ? "" : m.content());
        List<byte[]> images = new ArrayList<>();
        for (Attachment a : m.attachments()) {
            if (a.isImage()) {
                images.add(a.imageData());
            } else if (a.text() != null) {
                text.append("\n\n--- Attached file: ").append(a.name()).append(" ---\n")
                        .append(a.text());
                if (!a.text().endsWith("\n")) {
                    text.append('\n');
                }
                text.append("--- End of ").append(a.name()).append(" ---");
            }
        }
        return new LlmMessage(Role.USER, text.toString(), images);
    }
}
