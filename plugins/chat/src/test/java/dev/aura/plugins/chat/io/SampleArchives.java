package dev.aura.plugins.chat.io;

import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Archives for export and import tests, and a comparison that ignores ids. */
public final class SampleArchives {
    static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");

    private SampleArchives() {}

    /**
     * question → (answer A, answer B regenerated) ; answer B → follow-up with a text and an image attachment →
     * stopped answer. The current leaf is the stopped answer.
     */
    public static ConversationArchive branched() {
        UUID id = UUID.randomUUID();
        ChatMessage question = msg(id, null, MessageRole.USER, "Plan a trip to Chiang Mai", MessageStatus.COMPLETE,
                null, 0, List.of());
        ChatMessage answerA = msg(id, question.id(), MessageRole.ASSISTANT, "Visit Doi Suthep.",
                MessageStatus.COMPLETE, "llama3.2", 1, List.of());
        ChatMessage answerB = new ChatMessage(UUID.randomUUID(), id, question.id(), MessageRole.ASSISTANT,
                "Day 1: old city temples.\n\nDay 2: Doi Suthep.", MessageStatus.COMPLETE, "qwen3:8b",
                new MessageFigures(42, 17, 180L, 31.5, 900L), null, null, List.of(), T0.plusSeconds(2));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        ChatMessage followUp = msg(id, answerB.id(), MessageRole.USER, "ภาษาไทยด้วยครับ", MessageStatus.COMPLETE,
                null, 3, List.of(new Attachment(null, "notes.md", "text/markdown", 12, "# Must see\n", null),
                        new Attachment(null, "map.png", "image/png", 4, null, png)));
        ChatMessage stopped = new ChatMessage(UUID.randomUUID(), id, followUp.id(), MessageRole.ASSISTANT,
                "วันที่ 1:", MessageStatus.STOPPED, "qwen3:8b", MessageFigures.NONE, null, null, List.of(),
                T0.plusSeconds(4));
        Conversation conversation = new Conversation(id, "Chiang Mai trip", Conversation.TitleSource.GENERATED,
                "qwen3:8b", null, "You are a travel agent.\nBe brief.",
                new ChatParameters(0.7, 0.9, 8192, 42, "10m"), null, true, stopped.id(), T0, T0.plusSeconds(60),
                null);
        return new ConversationArchive(conversation, List.of(question, answerA, answerB, followUp, stopped));
    }

    public static ConversationArchive failedOnly() {
        UUID id = UUID.randomUUID();
        ChatMessage question = msg(id, null, MessageRole.USER, "Hello?", MessageStatus.COMPLETE, null, 0, List.of());
        ChatMessage failed = new ChatMessage(UUID.randomUUID(), id, question.id(), MessageRole.ASSISTANT, "",
                MessageStatus.FAILED, "llama3.2", null, "unreachable",
                "Ollama is not running at http://127.0.0.1:11434. Start it and press Retry.", List.of(),
                T0.plusSeconds(1));
        Conversation conversation = new Conversation(id, "New chat", Conversation.TitleSource.PLACEHOLDER, "llama3.2",
                null, null, null, null, false, failed.id(), T0, T0.plusSeconds(1), null);
        return new ConversationArchive(conversation, List.of(question, failed));
    }

    private static ChatMessage msg(UUID conversation, UUID parent, MessageRole role, String text,
            MessageStatus status, String model, int second, List<Attachment> attachments) {
        return new ChatMessage(UUID.randomUUID(), conversation, parent, role, text, status, model, null, null, null,
                attachments, T0.plusSeconds(second));
    }

    /**
     * What a user would notice of an archive, with ids replaced by positions: parent, current leaf and attachment
     * ids compared by where they point, not by value.
     */
    public static List<Object> withoutIds(ConversationArchive archive) {
        Map<UUID, Integer> position = new HashMap<>();
        List<ChatMessage> messages = archive.messages();
        for (int i = 0; i < messages.size(); i++) {
            position.put(messages.get(i).id(), i);
        }
        Conversation c = archive.conversation();
        List<Object> view = new ArrayList<>(List.of(c.title(), c.titleSource(), String.valueOf(c.model()),
                String.valueOf(c.systemPrompt()), c.parameters(), c.pinned(),
                String.valueOf(position.get(c.currentLeafId())),
                c.createdAt(), c.lastActivityAt(), String.valueOf(c.trashedAt())));
        for (ChatMessage m : messages) {
            view.add(List.of(String.valueOf(position.get(m.parentId())), m.role(), m.content(), m.status(),
                    String.valueOf(m.model()), m.figures(), String.valueOf(m.errorKind()),
                    String.valueOf(m.errorMessage()), m.createdAt(), m.attachments().stream().map(a -> List.of(
                            a.name(), String.valueOf(a.mediaType()), a.sizeBytes(), String.valueOf(a.text()),
                            a.imageData() == null ? "no image" : java.util.Arrays.toString(a.imageData()))).toList()));
        }
        return view;
    }
}
