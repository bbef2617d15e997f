package dev.aura.plugins.chat.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationArchive;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.jdbi.JdbiArchiveStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreTest {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private H2Store store;
    private ArchiveStore archives;

    @BeforeEach
    void open() {
        store = ChatStoreFixture.open(dir);
        archives = new JdbiArchiveStore(store.jdbi());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ChatMessage message(UUID id, UUID parent, MessageRole role, String text, int minute) {
        return new ChatMessage(id, UUID.randomUUID(), parent, role, text, MessageStatus.COMPLETE, null, null, null,
                null, List.of(), T0.plusSeconds(60L * minute));
    }

    private static ConversationArchive branched() {
        UUID q = UUID.randomUUID();
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        Conversation c = new Conversation(UUID.randomUUID(), "Imported", Conversation.TitleSource.IMPORTED, "llama3.2",
                UUID.randomUUID(), null, null, UUID.randomUUID(), false, a1, T0, T0.plusSeconds(600), null);
        return new ConversationArchive(c, List.of(message(q, null, MessageRole.USER, "q", 0),
                message(a1, q, MessageRole.ASSISTANT, "a1", 1), message(a2, q, MessageRole.ASSISTANT, "a2", 2)));
    }

    @Test
    void importGivesNewIdsAndKeepsTheTreeTheLeafAndTheTimes() {
        ConversationArchive original = branched();

        UUID id = archives.importAll(List.of(original)).getFirst();
        ConversationArchive loaded = archives.load(id);

        assertThat(id).isNotEqualTo(original.conversation().id());
        assertThat(loaded.conversation().title()).isEqualTo("Imported");
        assertThat(loaded.conversation().createdAt()).isEqualTo(T0);
        assertThat(loaded.conversation().lastActivityAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(loaded.conversation().personaId()).as("persona of another database").isNull();
        assertThat(loaded.conversation().folderId()).as("folder of another database").isNull();
        List<ChatMessage> m = loaded.messages();
        assertThat(m).extracting(ChatMessage::content).containsExactly("q", "a1", "a2");
        assertThat(m).extracting(ChatMessage::id).doesNotContainAnyElementsOf(
                original.messages().stream().map(ChatMessage::id).toList());
        assertThat(m.get(1).parentId()).isEqualTo(m.get(0).id());
        assertThat(m.get(2).parentId()).isEqualTo(m.get(0).id());
        assertThat(m.get(2).createdAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(loaded.conversation().currentLeafId()).isEqualTo(m.get(1).id());
        assertThat(archives.allConversationIds()).containsExactly(id);
    }

    @Test
    void importingTheSameArchiveTwiceNeverCollides() {
        ConversationArchive original = branched();

        List<UUID> ids = archives.importAll(List.of(original, original));

        assertThat(ids).doesNotHaveDuplicates().hasSize(2);
        assertThat(archives.load(ids.get(1)).messages()).hasSize(3);
    }
}
