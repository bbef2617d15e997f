package dev.aura.plugins.chat.service;

import static dev.aura.plugins.chat.service.ChatServiceTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.Persona;
import dev.aura.plugins.chat.store.AnswerWriter;
import dev.aura.plugins.chat.store.MessageRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiMessageRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiPersonaRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the service saves a stream (batches, not tokens), personas, and an index rebuilt when found empty. */
class AnswerBatchingTest {
    @TempDir
    Path dir;

    private ChatFixture fx;
    private final AtomicInteger flushes = new AtomicInteger();
    private ChatService chat;

    @BeforeEach
    void open() {
        fx = new ChatFixture(dir, false);
        MessageRepository counting = new CountingFlushes(new JdbiMessageRepository(fx.store.jdbi()), flushes);
        chat = new PersistentChatService(fx.backend.conversations(), counting,
                new JdbiPersonaRepository(fx.store.jdbi()), fx.index, fx.llm, fx.tasks, () -> false, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void tokensArrivingQuicklyAreSavedInAFewBatchesNotOnePerToken() throws Exception {
        String[] tokens = new String[100];
        Arrays.fill(tokens, "tok ");
        fx.ollama.chatScript(ChatScript.answer(tokens).withTokenDelay(Duration.ofMillis(2)));
        Conversation c = chat.newConversation(null, "llama3.2", null);

        ChatMessage answer = await(chat.send(c.id(), "Go", List.of(), new RecordingAnswerListener()));

        assertThat(answer.content()).isEqualTo("tok ".repeat(100));
        assertThat(flushes.get()).isLessThan(10);
    }

    @Test
    void aLargeBurstIsSavedWithoutWaitingForTheTimer() throws Exception {
        String[] tokens = new String[10];
        Arrays.fill(tokens, "x".repeat(1000));
        fx.ollama.chatScript(ChatScript.answer(tokens));
        Conversation c = chat.newConversation(null, "llama3.2", null);

        await(chat.send(c.id(), "Go", List.of(), new RecordingAnswerListener()));

        assertThat(flushes.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPersonaGivesModelParametersAndSystemPromptUnlessTheConversationOverridesIt() throws Exception {
        Persona tutor = fx.backend.personas().save(new Persona(null, "Tutor", "Explain like a tutor.", "llama3.2",
                new dev.aura.plugins.chat.model.ChatParameters(0.3, null, null, 7, null)));
        Conversation c = chat.newConversation(tutor.id(), null, null);
        assertThat(c.model()).isEqualTo("llama3.2");

        await(chat.send(c.id(), "Why?", List.of(), new RecordingAnswerListener()));
        var sent = fx.ollama.lastRequest("/api/chat").orElseThrow().json();
        assertThat(sent.get("messages").get(0).get("content").asText()).isEqualTo("Explain like a tutor.");
        assertThat(sent.get("options").get("seed").asInt()).isEqualTo(7);

        fx.backend.conversations().updateSettings(c.id(), "llama3.2", tutor.id(), "Be a pirate.", c.parameters());
        await(chat.send(c.id(), "And?", List.of(), new RecordingAnswerListener()));
        assertThat(fx.ollama.lastRequest("/api/chat").orElseThrow().json().get("messages").get(0).get("content")
                .asText()).isEqualTo("Be a pirate.");
    }

    @Test
    void anEmptyIndexIsRebuiltFromTheStoreAtOpen() throws Exception {
        Conversation c = fx.backend.chat().newConversation(null, "llama3.2", null);
        ChatMessage answer = await(fx.backend.chat().send(c.id(), "Remember the kumquat", List.of(),
                new RecordingAnswerListener()));
        InMemoryMessageIndex fresh = new InMemoryMessageIndex();

        ChatBackend reopened = ChatBackends.open(fx.store, fx.llm, fx.tasks, fx.settings, fresh, Locale.ENGLISH);

        assertThat(fresh.containsMessage(answer.id())).isTrue();
        assertThat(reopened.chat().search("kumquat", 5)).extracting(h -> h.conversationId()).contains(c.id());
    }

    @Test
    void anIndexThatMissedWritesOfAnotherProcessCatchesUpAtOpen() throws Exception {
        Conversation c = fx.backend.chat().newConversation(null, "llama3.2", null);
        await(fx.backend.chat().send(c.id(), "Remember the kumquat", List.of(), new RecordingAnswerListener()));
        InMemoryMessageIndex behind = new InMemoryMessageIndex();
        behind.putMessage(c.id(), java.util.UUID.randomUUID(), "only one of the stored documents");

        ChatBackend reopened = ChatBackends.open(fx.store, fx.llm, fx.tasks, fx.settings, behind, Locale.ENGLISH);

        assertThat(reopened.chat().search("kumquat", 5)).extracting(h -> h.conversationId()).contains(c.id());
    }

    /** Counts the flushes the service asks for. */
    private record CountingFlushes(MessageRepository store, AtomicInteger flushes) implements MessageRepository {
        @Override
        public AnswerWriter startAnswer(UUID conversationId, UUID parentId, String model) {
            AnswerWriter writer = store.startAnswer(conversationId, parentId, model);
            return new AnswerWriter() {
                @Override public UUID messageId() { return writer.messageId(); }
                @Override public void append(String text) { writer.append(text); }

                @Override
                public void flush() {
                    flushes.incrementAndGet();
                    writer.flush();
                }

                @Override
                public ChatMessage finish(MessageStatus status, MessageFigures figures, String kind, String message) {
                    return writer.finish(status, figures, kind, message);
                }
            };
        }

        @Override public ChatMessage insert(ChatMessage message) { return store.insert(message); }
        @Override public Optional<ChatMessage> find(UUID id) { return store.find(id); }
        @Override public List<ChatMessage> listByConversation(UUID id) { return store.listByConversation(id); }
        @Override public void delete(UUID messageId) { store.delete(messageId); }
        @Override public int markInterrupted() { return store.markInterrupted(); }
    }
}
