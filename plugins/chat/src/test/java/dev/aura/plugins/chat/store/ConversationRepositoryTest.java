package dev.aura.plugins.chat.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.store.jdbi.JdbiConversationRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiFolderRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiMessageRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiPersonaRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationRepositoryTest {
    @TempDir
    Path dir;

    private H2Store store;
    private ConversationRepository conversations;
    private MessageRepository messages;

    @BeforeEach
    void open() {
        store = ChatStoreFixture.open(dir);
        conversations = new JdbiConversationRepository(store.jdbi());
        messages = new JdbiMessageRepository(store.jdbi());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Conversation draft(String title) {
        return new Conversation(null, title, Conversation.TitleSource.USER, "llama3.2", null, "Be brief.",
                new ChatParameters(0.7, 0.9, 4096, 42, "5m"), null, false, null, null, null, null);
    }

    @Test
    void createdConversationKeepsItsSettingsAndIsSyncReady() {
        Conversation created = conversations.create(draft("Plans"));

        Conversation found = conversations.find(created.id()).orElseThrow();
        assertThat(found.id().version()).isEqualTo(7);
        assertThat(found.title()).isEqualTo("Plans");
        assertThat(found.systemPrompt()).isEqualTo("Be brief.");
        assertThat(found.parameters()).isEqualTo(new ChatParameters(0.7, 0.9, 4096, 42, "5m"));
        assertThat(found.createdAt()).isNotNull();
        assertThat(found.lastActivityAt()).isNotNull();
        assertThat(ChatStoreFixture.changeLogRows(store, "chat_conversation")).isEqualTo(1);
    }

    @Test
    void listShowsPinnedFirstThenNewestActivity() {
        Conversation a = conversations.create(draft("a"));
        Conversation b = conversations.create(draft("b"));
        Conversation c = conversations.create(draft("c"));
        conversations.setPinned(b.id(), true);
        sleepAMillisecond();
        conversations.touch(a.id());

        assertThat(conversations.listActive()).extracting(ConversationSummary::title).containsExactly("b", "a", "c");
    }

    @Test
    void trashedConversationLeavesTheListAndCanBeRestored() {
        Conversation a = conversations.create(draft("a"));
        conversations.create(draft("b"));

        conversations.trash(a.id());
        assertThat(conversations.listActive()).extracting(ConversationSummary::title).containsExactly("b");
        assertThat(conversations.listTrash()).extracting(ConversationSummary::title).containsExactly("a");
        assertThat(conversations.listTrash().getFirst().trashedAt()).isNotNull();

        conversations.restore(a.id());
        assertThat(conversations.listTrash()).isEmpty();
        assertThat(conversations.listActive()).hasSize(2);
    }

    @Test
    void emptyingTheTrashTombstonesConversationsAndTheirMessages() {
        Conversation a = conversations.create(draft("a"));
        Conversation kept = conversations.create(draft("kept"));
        ChatMessage m = messages.insert(new ChatMessage(null, a.id(), null, MessageRole.USER, "hi",
                MessageStatus.COMPLETE, null, null, null, null, List.of(), null));
        conversations.trash(a.id());

        assertThat(conversations.emptyTrash()).isEqualTo(1);

        assertThat(conversations.find(a.id())).isEmpty();
        assertThat(messages.find(m.id())).isEmpty();
        assertThat(conversations.find(kept.id())).isPresent();
        int tombstones = store.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM change_log WHERE op = 'DELETE'").mapTo(Integer.class).one());
        assertThat(tombstones).isEqualTo(2);
    }

    @Test
    void renameSetsTitleAndSourceAndLeafCanBeCleared() {
        Conversation a = conversations.create(draft("a"));
        UUID leaf = UUID.randomUUID();

        conversations.rename(a.id(), "Named", Conversation.TitleSource.GENERATED);
        conversations.setCurrentLeaf(a.id(), leaf);
        assertThat(conversations.find(a.id()).orElseThrow().currentLeafId()).isEqualTo(leaf);
        conversations.setCurrentLeaf(a.id(), null);

        Conversation found = conversations.find(a.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("Named");
        assertThat(found.titleSource()).isEqualTo(Conversation.TitleSource.GENERATED);
        assertThat(found.currentLeafId()).isNull();
    }

    @Test
    void deletingAFolderMovesItsConversationsOut() {
        FolderRepository folders = new JdbiFolderRepository(store.jdbi());
        var work = folders.create("Work");
        folders.create("Alpha");
        Conversation a = conversations.create(draft("a"));
        conversations.moveToFolder(a.id(), work.id());
        assertThat(conversations.listActive().getFirst().folderId()).isEqualTo(work.id());

        folders.delete(work.id());

        assertThat(folders.list()).extracting(f -> f.name()).containsExactly("Alpha");
        assertThat(conversations.find(a.id()).orElseThrow().folderId()).isNull();
    }

    @Test
    void personasAreSavedUpdatedListedByNameAndDeleted() {
        PersonaRepository personas = new JdbiPersonaRepository(store.jdbi());
        var tutor = personas.save(new dev.aura.plugins.chat.model.Persona(null, "Tutor", "Explain simply.",
                "llama3.2", new ChatParameters(0.2, null, null, null, null)));
        personas.save(new dev.aura.plugins.chat.model.Persona(null, "Critic", "Find flaws.", null, null));

        personas.save(new dev.aura.plugins.chat.model.Persona(tutor.id(), "Tutor", "Explain very simply.",
                "llama3.2", tutor.parameters()));

        assertThat(personas.list()).extracting(p -> p.name()).containsExactly("Critic", "Tutor");
        assertThat(personas.find(tutor.id()).orElseThrow().systemPrompt()).isEqualTo("Explain very simply.");
        assertThat(personas.find(tutor.id()).orElseThrow().parameters().temperature()).isEqualTo(0.2);
        personas.delete(tutor.id());
        assertThat(personas.list()).extracting(p -> p.name()).containsExactly("Critic");
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
