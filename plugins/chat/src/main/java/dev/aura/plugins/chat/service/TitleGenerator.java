package dev.aura.plugins.chat.service;

import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.llm.ModelParameters;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.store.ConversationRepository;
import dev.aura.plugins.chat.store.MessageRepository;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names a conversation after a complete exchange while its title is still a placeholder: one short, non-streamed
 * call, run as a background job. A failure keeps the placeholder (the next answer tries again).
 */
final class TitleGenerator {
    static final String INSTRUCTION = "Write a 3-6 word title for this conversation. Reply with the title only: "
            + "no quotes, no punctuation at the end, in the language of the conversation.";
    private static final Logger LOG = LoggerFactory.getLogger(TitleGenerator.class);
    private static final int MAX_EXCERPT = 1500;

    private final LlmGateway llm;
    private final TaskRunner tasks;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final BooleanSupplier enabled;
    private final String jobName;
    private final Consumer<UUID> changed;

    TitleGenerator(LlmGateway llm, TaskRunner tasks, ConversationRepository conversations, MessageRepository messages,
            BooleanSupplier enabled, String jobName, Consumer<UUID> changed) {
        this.llm = llm;
        this.tasks = tasks;
        this.conversations = conversations;
        this.messages = messages;
        this.enabled = enabled;
        this.jobName = jobName;
        this.changed = changed;
    }

    /** Called with a COMPLETE answer. */
    void afterAnswer(ChatMessage answer) {
        if (!enabled.getAsBoolean() || answer.parentId() == null || answer.model() == null) {
            return;
        }
        boolean placeholder = conversations.find(answer.conversationId())
                .map(c -> c.titleSource() == Conversation.TitleSource.PLACEHOLDER).orElse(false);
        if (placeholder) {
            tasks.submit(jobName, context -> {
                generate(answer);
                return null;
            });
        }
    }

    private void generate(ChatMessage answer) {
        try {
            String question = messages.find(answer.parentId()).map(ChatMessage::content).orElse("");
            String keepAlive = conversations.find(answer.conversationId())
                    .map(c -> c.parameters().keepAlive()).orElse(null);
            ChatRequest request = new ChatRequest(AnswerRequests.SOURCE, "ollama", answer.model(), List.of(
                    LlmMessage.system(INSTRUCTION),
                    LlmMessage.user("Question:\n" + excerpt(question) + "\n\nAnswer:\n" + excerpt(answer.content()))),
                    new ModelParameters(0.2, null, null, null, keepAlive, 32));
            String title = Titles.fromModel(llm.chat(request).text());
            if (title.isBlank()) {
                return;
            }
            // the user may have typed a title while we waited: theirs wins
            boolean stillPlaceholder = conversations.find(answer.conversationId())
                    .map(c -> c.titleSource() == Conversation.TitleSource.PLACEHOLDER).orElse(false);
            if (stillPlaceholder) {
                conversations.rename(answer.conversationId(), title, Conversation.TitleSource.GENERATED);
                changed.accept(answer.conversationId());
            }
        } catch (RuntimeException e) {
            LOG.info("No title generated for conversation {}; the placeholder stays: {}", answer.conversationId(),
                    e.getMessage());
        }
    }

    private static String excerpt(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= MAX_EXCERPT ? value : value.substring(0, MAX_EXCERPT) + "…";
    }
}
