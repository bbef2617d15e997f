package dev.aura.bench.chat;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageFigures;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.search.LuceneMessageIndex;
import dev.aura.plugins.chat.service.ChatBackend;
import dev.aura.plugins.chat.service.ChatBackends;
import dev.aura.plugins.chat.store.jdbi.ChatSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A generated profile for the window benchmark: 9,999 short conversations and one of 5,000 messages whose answers
 * are Markdown (paragraphs, lists, code), written through the real backend so the search index matches. Kept in the
 * work folder and reused: the long conversation's id is in {@code long-conversation.txt}.
 */
public final class ChatBenchData {
    static final int CONVERSATIONS = 10_000;
    static final int LONG_MESSAGES = 5_000;
    private static final int BATCH = 500;

    private ChatBenchData() {}

    /** Generates the profile in its own JVM, so the window benchmark's memory figure does not include it. */
    public static void main(String[] args) throws Exception {
        try (dev.aura.core.testing.FakeOllamaServer ollama = new dev.aura.core.testing.FakeOllamaServer()) {
            ollama.start();
            ensure(Path.of(args[0]).toAbsolutePath().resolve("profile"), ollama.url().toString());
        }
        System.exit(0);
    }

    static UUID ensure(Path profile, String ollamaUrl) throws Exception {
        Path marker = profile.resolve("long-conversation.txt");
        if (Files.exists(marker)) {
            return UUID.fromString(Files.readString(marker).trim());
        }
        System.err.println("bench: generating " + CONVERSATIONS + " conversations (once; kept in " + profile + ")");
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(profile.toString(), ollamaUrl,
                System.getenv(), false))) {
            core.store().migrate(ChatSchema.MIGRATIONS);
            LuceneMessageIndex index = LuceneMessageIndex.open(core.paths().dataDir().resolve("chat-index"));
            try (ChatBackend backend = ChatBackends.open(core.store(), core.llm(), core.tasks(),
                    core.settings().scoped("plugins.chat"), index, Locale.ENGLISH, false)) {
                Instant start = Instant.now().minus(Duration.ofDays(400));
                UUID longId = backend.archives().importAll(List.of(longConversation(start))).getFirst();
                Random random = new Random(7);
                List<ConversationArchive> batch = new ArrayList<>();
                for (int i = 1; i < CONVERSATIONS; i++) {
                    batch.add(shortConversation(i, start.plus(Duration.ofMinutes(50L * i)), random));
                    if (batch.size() == BATCH) {
                        backend.archives().importAll(batch);
                        batch.clear();
                    }
                }
                backend.archives().importAll(batch);
                Files.writeString(marker, longId.toString());
                return longId;
            }
        }
    }

    private static ConversationArchive longConversation(Instant start) {
        Conversation conversation = conversation("A long working session", start, start.plus(Duration.ofDays(399)));
        List<ChatMessage> messages = new ArrayList<>();
        UUID parent = null;
        for (int i = 0; i < LONG_MESSAGES; i++) {
            boolean user = i % 2 == 0;
            UUID id = UUID.randomUUID();
            messages.add(message(id, parent, user, user ? question(i) : answer(i),
                    start.plus(Duration.ofMinutes(i))));
            parent = id;
        }
        return new ConversationArchive(withLeaf(conversation, parent), messages);
    }

    private static ConversationArchive shortConversation(int n, Instant at, Random random) {
        Conversation conversation = conversation("Conversation " + n + " about " + TOPICS[random.nextInt(TOPICS.length)],
                at, at.plus(Duration.ofMinutes(3)));
        UUID q = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        List<ChatMessage> messages = List.of(message(q, null, true, question(n), at),
                message(a, q, false, answer(n), at.plusSeconds(20)));
        return new ConversationArchive(withLeaf(conversation, a), messages);
    }

    private static Conversation conversation(String title, Instant created, Instant last) {
        return new Conversation(null, title, Conversation.TitleSource.USER, "llama3.2", null, null,
                ChatParameters.DEFAULTS, null, false, null, created, last, null);
    }

    private static Conversation withLeaf(Conversation c, UUID leaf) {
        return new Conversation(c.id(), c.title(), c.titleSource(), c.model(), c.personaId(), c.systemPrompt(),
                c.parameters(), c.folderId(), c.pinned(), leaf, c.createdAt(), c.lastActivityAt(), c.trashedAt());
    }

    private static ChatMessage message(UUID id, UUID parent, boolean user, String text, Instant at) {
        return new ChatMessage(id, null, parent, user ? MessageRole.USER : MessageRole.ASSISTANT, text,
                MessageStatus.COMPLETE, user ? null : "llama3.2",
                user ? MessageFigures.NONE : new MessageFigures(120, 180, 240L, 42.5, 4_300L), null, null, List.of(),
                at);
    }

    private static final String[] TOPICS = {"Java records", "sourdough", "H2 indexes", "Thai grammar", "trip to Chiang Mai",
        "Rust lifetimes", "tax forms", "JavaFX layout", "a birthday poem", "SQL window functions"};

    private static String question(int i) {
        return "Question " + i + ": how would you approach " + TOPICS[i % TOPICS.length] + " in a small project?";
    }

    private static String answer(int i) {
        return switch (i % 4) {
            case 1 -> "Here is a short plan for **" + TOPICS[i % TOPICS.length] + "**:\n\n1. Start small.\n"
                    + "2. Measure before changing anything.\n3. Keep notes of what worked.\n\nThat usually covers it.";
            case 3 -> "A minimal example:\n\n```java\nrecord Point(int x, int y) {\n    Point {\n"
                    + "        if (x < 0) throw new IllegalArgumentException();\n    }\n}\n```\n\n"
                    + "The compact constructor validates the fields before they are assigned.";
            default -> "It depends on what you need. In most cases the simplest option is also the fastest to "
                    + "change later, so prefer it until a measurement says otherwise. *Answer " + i + "*.";
        };
    }
}
